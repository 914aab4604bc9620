import type { LocaleCode } from './locale.js';

/** The locales whose messages are a separate chunk, fetched the first time a widget shows them. */
export type TranslatedLocale = Exclude<LocaleCode, 'en'>;

/**
 * One set of strings in every locale: English in the bundle, the translations loaded on first use,
 * so a page that shows only one language downloads only that one.
 */
export interface MessagePack<M> {
  readonly en: M;
  readonly load: (locale: TranslatedLocale) => Promise<M>;
}

type AnyPack = MessagePack<unknown>;

const loaded = new WeakMap<AnyPack, Map<LocaleCode, unknown>>();
const inFlight = new WeakMap<AnyPack, Map<LocaleCode, Promise<unknown>>>();

function loadedOf(pack: AnyPack): Map<LocaleCode, unknown> {
  let byLocale = loaded.get(pack);
  if (!byLocale) loaded.set(pack, (byLocale = new Map([['en', pack.en]])));
  return byLocale;
}

/** The messages of a pack in a locale, when they are loaded. */
export function messagesIn<M>(pack: MessagePack<M>, locale: LocaleCode): M | undefined {
  return loadedOf(pack).get(locale) as M | undefined;
}

/** Loads the messages of a pack in a locale once; every widget asking meanwhile shares the request. */
export function loadMessages<M>(pack: MessagePack<M>, locale: LocaleCode): Promise<M> {
  const ready = messagesIn(pack, locale);
  if (ready !== undefined) return Promise.resolve(ready);
  let pending = inFlight.get(pack);
  if (!pending) inFlight.set(pack, (pending = new Map()));
  let request = pending.get(locale) as Promise<M> | undefined;
  if (!request) {
    request = pack.load(locale as TranslatedLocale).then(
      (messages) => {
        loadedOf(pack).set(locale, messages);
        pending.delete(locale);
        return messages;
      },
      (error: unknown) => {
        // Forget the failure, so the next switch to this locale (back online) tries again.
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, request);
  }
  return request;
}
