/** The locales every widget ships with. */
export const supportedLocales = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type LocaleCode = (typeof supportedLocales)[number];

let pageLocale: LocaleCode | undefined;
const pageLocaleListeners = new Set<() => void>();

/**
 * The supported locale closest to a BCP 47 tag: Chinese by script (zh-TW, zh-HK and zh-Hant use
 * traditional characters, zh-CN, zh-SG and plain zh simplified), every other language English.
 * `undefined` for an empty or malformed tag, so a caller can fall back to the next source.
 */
export function resolveLocale(tag: string | null | undefined): LocaleCode | undefined {
  if (!tag) return undefined;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  if (locale.language !== 'zh') return 'en';
  return locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Sets the locale of every widget on the page that has no `lang` of its own or on an ancestor
 * below `<html>`. It takes precedence over `<html lang>`, which pages often leave at a default.
 */
export function setLocale(tag: string): void {
  const next = resolveLocale(tag);
  if (next === undefined) throw new RangeError(`Not a language tag: ${tag}`);
  if (next === pageLocale) return;
  pageLocale = next;
  for (const listener of pageLocaleListeners) listener();
}

/** The page-level locale: `setLocale()`, else `<html lang>`, else the browser's language, else English. */
export function getLocale(): LocaleCode {
  return (
    pageLocale ??
    resolveLocale(globalThis.document?.documentElement.lang) ??
    resolveLocale(globalThis.navigator?.language) ??
    'en'
  );
}

/** Calls `listener` whenever `setLocale()` changes the page locale; returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  pageLocaleListeners.add(listener);
  return () => pageLocaleListeners.delete(listener);
}

/** The locale of one element: the nearest `lang` on it or an ancestor (across shadow roots), else the page's. */
export function localeOf(element: Element): LocaleCode {
  const root = element.ownerDocument.documentElement;
  let node: Element | null = element;
  while (node && node !== root) {
    const lang = node.getAttribute('lang');
    const resolved = resolveLocale(lang);
    if (resolved) return resolved;
    node = node.parentElement ?? hostOf(node);
  }
  return getLocale();
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
