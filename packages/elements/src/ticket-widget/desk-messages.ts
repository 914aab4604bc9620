import type { ReactiveControllerHost } from 'lit';
import type { LocaleCode } from '../base/locale/locale.js';
import { loadMessages, messagesIn } from '../base/locale/message-pack.js';
import { deskMessages, type DeskMessages } from './desk.messages.js';

/** Locales whose desk strings could not be fetched (offline): English stands in. */
const unavailable = new Set<LocaleCode>();

/**
 * The desk's strings in `locale`, which travel with the agent view: `undefined` until the
 * translation is loaded, then the host renders again.
 */
export function deskMessagesIn(host: ReactiveControllerHost, locale: LocaleCode): DeskMessages | undefined {
  const loaded = messagesIn(deskMessages, locale);
  if (loaded) return loaded;
  if (unavailable.has(locale)) return deskMessages.en;
  void loadMessages(deskMessages, locale).then(
    () => host.requestUpdate(),
    () => {
      unavailable.add(locale);
      host.requestUpdate();
    },
  );
  return undefined;
}
