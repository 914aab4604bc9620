import type { ReactiveControllerHost } from 'lit';
import type { LocaleCode } from '../base/locale/locale.js';
import { chunkMessages } from '../base/locale/chunk-messages.js';
import { outboxNoticeMessages, type OutboxNoticeMessages } from './outbox-notice.messages.js';

/**
 * The outbox notices in the form's locale, fetched with the submit path rather than the form:
 * `undefined` (nothing shown) until the translation is loaded, then the host renders again.
 */
export function outboxNotices(host: ReactiveControllerHost, locale: LocaleCode): OutboxNoticeMessages | undefined {
  return chunkMessages(host, outboxNoticeMessages, locale);
}
