import type { CrmClient } from '@rapport/core';
import type { ReactiveControllerHost } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import type { AttachmentPolicy } from './attachment-policy.js';
import type { TicketWidgetMessages } from './ticket-widget.messages.js';

/** What the parts of the ticket widget work with: its client, and its strings and formatters in the current locale. */
export interface WidgetContext {
  readonly client: CrmClient;
  /** The shared words: loading, retry, errors, validation issues. */
  readonly messages: Messages;
  /** The ticket widget's own strings. */
  readonly m: TicketWidgetMessages;
  readonly format: Formatter;
  /** What the user may attach (`max-attachment-size`, `accepted-types`), to a request or a reply. */
  readonly attachments: AttachmentPolicy;
}

/** The element the parts render into and announce events from. */
export type WidgetHost = ReactiveControllerHost & HTMLElement;
