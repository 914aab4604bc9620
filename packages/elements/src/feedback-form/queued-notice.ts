import { html, type TemplateResult } from 'lit';
import type { QueuedState } from './feedback-outbox.js';
import type { OutboxNoticeMessages } from './outbox-notice.messages.js';

/**
 * Earlier answers to this survey kept on this device (queued after a reload, in another tab, or
 * before the page was left): waiting, being sent, or sent. Says what is true: offline, or the
 * service unreachable with the browser online.
 */
export function renderQueuedNotice(state: QueuedState, offline: boolean, m: OutboxNoticeMessages): TemplateResult {
  const text =
    offline && (state === 'waiting' || state === 'unreachable')
      ? m.waitingOffline
      : state === 'unreachable'
        ? m.waitingUnreachable
        : state === 'waiting'
          ? m.waiting
          : state === 'sending'
            ? m.sending
            : m.sent;
  return html`<p part="notice queued" class="notice" role="status">${text}</p>`;
}
