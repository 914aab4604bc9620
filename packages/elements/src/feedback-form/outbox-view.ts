import type { OutboxEntry } from '@rapport/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatterFor } from '../base/locale/formatter.js';
import type { LocaleCode } from '../base/locale/locale.js';
import { outboxNotices } from './outbox-notices.js';
import { renderQueuedNotice } from './queued-notice.js';
import type { ResponseSender } from './response-sender.js';
import { renderUnsentNotice } from './unsent-notice.js';

export interface OutboxViewProps {
  readonly host: ReactiveControllerHost;
  readonly sender: ResponseSender;
  readonly locale: LocaleCode;
  readonly offline: boolean;
  /** The visitor is correcting a refused response's answers in the form. */
  readonly correcting: boolean;
  readonly retryLabel: string;
  /** Where the survey is shown: puts a refused response's answers back in the form. */
  readonly onCorrect: ((entry: OutboxEntry) => void) | undefined;
  /** Runs a retry or discard, then moves the focus (the notice leaves with its buttons). */
  readonly settle: (action: Promise<void>) => void;
}

/**
 * What the form says about this survey's responses kept on this device: earlier answers waiting,
 * being sent or sent, and refused ones (with a retry, a discard and, where the survey is shown, a
 * correction). Part of the submit path, so it costs the form's first load nothing.
 */
export function renderOutboxView({ host, sender, locale, offline, correcting, retryLabel, onCorrect, settle }: OutboxViewProps): TemplateResult | typeof nothing {
  const notices = outboxNotices(host, locale);
  if (!notices) return nothing;
  const outbox = sender.outbox;
  const queued = outbox.queuedState(sender.key);
  const queuedNotice = queued ? renderQueuedNotice(queued, offline, notices) : nothing;
  if (correcting) return html`${queuedNotice}<p part="notice" class="notice" role="status">${notices.correcting}</p>`;
  const count = outbox.unsent;
  if (count === 0) return queuedNotice;
  const refused = outbox.refused[0];
  return html`${queuedNotice}${renderUnsentNotice({
    text: notices.unsent(count, formatterFor(locale).number(count)),
    retryLabel,
    discardLabel: notices.discard,
    onRetry: () => settle(outbox.retryUnsent()),
    onDiscard: () => settle(outbox.discardUnsent()),
    ...(onCorrect && refused ? { correct: { label: notices.correct, onCorrect: () => onCorrect(refused) } } : {}),
  })}`;
}
