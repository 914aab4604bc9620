import type { ReactiveControllerHost } from 'lit';
import type { LocaleCode } from '../base/locale/locale.js';
import { loadMessages, messagesIn } from '../base/locale/message-pack.js';
import { outboxNoticeMessages, type OutboxNoticeMessages } from './outbox-notice.messages.js';

/** Locales whose notices could not be fetched (offline): English stands in. */
const unavailable = new Set<LocaleCode>();

/**
 * The outbox notices in the form's locale, fetched with the submit path rather than the form:
 * `undefined` (nothing shown) until the translation is loaded, then the host renders again.
 */
export function outboxNotices(host: ReactiveControllerHost, locale: LocaleCode): OutboxNoticeMessages | undefined {
  const loaded = messagesIn(outboxNoticeMessages, locale);
  if (loaded) return loaded;
  if (unavailable.has(locale)) return outboxNoticeMessages.en;
  void loadMessages(outboxNoticeMessages, locale).then(
    () => host.requestUpdate(),
    () => {
      unavailable.add(locale);
      host.requestUpdate();
    },
  );
  return undefined;
}
