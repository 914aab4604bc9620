import type { ReactiveControllerHost } from 'lit';
import type { LocaleCode } from './locale.js';
import { loadMessages, messagesIn, type MessagePack } from './message-pack.js';

/** Packs whose translation could not be fetched (offline), by locale: English stands in. */
const unavailable = new WeakMap<MessagePack<unknown>, Set<LocaleCode>>();

/**
 * The strings of a pack that travels with a chunk (an editor, a dialog) rather than with the
 * widget's first load: `undefined` until its translation for `locale` is loaded, then the host
 * renders again. Load it alongside the chunk (`loadMessages`) so it is usually there already.
 */
export function chunkMessages<M>(host: ReactiveControllerHost, pack: MessagePack<M>, locale: LocaleCode): M | undefined {
  const loaded = messagesIn(pack, locale);
  if (loaded) return loaded;
  if (unavailable.get(pack as MessagePack<unknown>)?.has(locale)) return pack.en;
  void loadMessages(pack, locale).then(
    () => host.requestUpdate(),
    () => {
      const locales = unavailable.get(pack as MessagePack<unknown>) ?? new Set();
      unavailable.set(pack as MessagePack<unknown>, locales.add(locale));
      host.requestUpdate();
    },
  );
  return undefined;
}
