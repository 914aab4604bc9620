import type { ReactiveControllerHost } from 'lit';
import type { LocaleCode } from '../base/locale/locale.js';
import { loadMessages, messagesIn, type MessagePack } from '../base/locale/message-pack.js';

/** Packs whose translation could not be fetched (offline), by locale: English stands in. */
const unavailable = new WeakMap<MessagePack<unknown>, Set<LocaleCode>>();

/**
 * Messages of a pack that travels with a chunk (the submit path, the embed shell) rather than the
 * form's first load, in the form's locale: `undefined` until the translation is loaded, then the
 * host renders again.
 */
export function chunkMessages<M>(pack: MessagePack<M>, host: ReactiveControllerHost, locale: LocaleCode): M | undefined {
  const loaded = messagesIn(pack, locale);
  if (loaded) return loaded;
  if (unavailable.get(pack)?.has(locale)) return pack.en;
  void loadMessages(pack, locale).then(
    () => host.requestUpdate(),
    () => {
      let locales = unavailable.get(pack);
      if (!locales) unavailable.set(pack, (locales = new Set()));
      locales.add(locale);
      host.requestUpdate();
    },
  );
  return undefined;
}
