import { fetchOnce, type FetchOnce } from '../fetch-once.js';
import type { LocaleCode } from './locale.js';

/** The locales whose messages are a separate chunk, fetched the first time a widget shows them. */
export type TranslatedLocale = Exclude<LocaleCode, 'en'>;

/**
 * One set of strings in every locale: English in the bundle, the translations loaded on first use,
 * so a page that shows only one language downloads only that one.
 */
export interface MessagePack<M> {
  readonly en: M;
  /** How to fetch each translation: one entry per locale, so a pack missing one does not compile. */
  readonly translations: { readonly [L in TranslatedLocale]: () => Promise<M> };
}

type AnyPack = MessagePack<unknown>;

/** Each pack's translations, fetched once per locale and shared by every widget. */
const translations = new WeakMap<AnyPack, Map<TranslatedLocale, FetchOnce<unknown>>>();

function translationOf<M>(pack: MessagePack<M>, locale: TranslatedLocale): FetchOnce<M> {
  let byLocale = translations.get(pack as AnyPack);
  if (!byLocale) translations.set(pack as AnyPack, (byLocale = new Map()));
  let translation = byLocale.get(locale);
  if (!translation) byLocale.set(locale, (translation = fetchOnce(() => pack.translations[locale]())));
  return translation as FetchOnce<M>;
}

/** The messages of a pack in a locale, when they are loaded. */
export function messagesIn<M>(pack: MessagePack<M>, locale: LocaleCode): M | undefined {
  return locale === 'en' ? pack.en : translationOf(pack, locale).value;
}

/** Loads the messages of a pack in a locale once; every widget asking meanwhile shares the request. */
export function loadMessages<M>(pack: MessagePack<M>, locale: LocaleCode): Promise<M> {
  return locale === 'en' ? Promise.resolve(pack.en) : translationOf(pack, locale)();
}
