// The one-tag CDN entry (`rapport.js`): a few hundred bytes that register each widget only when its
// tag appears in the page, in the document or in an open shadow root that a widget adds, and fetch
// that widget's chunks all at once. The single-file bundle is `cdn-global.ts`.
import { defaultPrefix, defineScoped } from './base/registry.js';
import { preloadChunks } from './cdn/chunk-preloads.js';
import { widgetLoaders } from './cdn/widget-loaders.js';

/**
 * Sets the locale of every widget on the page without its own `lang` (see `setLocale` in
 * `@rapport/elements`). The locale code travels with the widgets' shared chunk, fetched here on
 * first call, so a page that never calls it does not wait for it.
 */
export function setLocale(tag: string): Promise<void> {
  return import('./base/locale/locale.js').then((locale) => locale.setLocale(tag));
}

const prefix = defaultPrefix;
const loading = new Map<string, Promise<void>>();
const watchedRoots = new Set<Document | ShadowRoot>();

/** Widgets ask for their client when they connect, and only a defined provider can answer. */
let providerDefined: Promise<void> = Promise.resolve();

/**
 * A provider whose only widgets are popups or sliders that have not opened yet waits, with its
 * storage, for the first widget to load: until a trigger fires the page loads neither the SDK nor
 * the form. The value is the storage chunk to preload then.
 */
let providerWaiting: string | undefined;

/** Popups and sliders wait for their trigger (see `deferred-forms.ts`); other modes show at once. */
const isDeferredForm = (element: Element): boolean =>
  element.localName === `${prefix}feedback-form` && /^(popup|slider)$/.test(element.getAttribute('mode') ?? '') && !element.hasAttribute('open');

function load(baseName: string): Promise<void> {
  let defined = loading.get(baseName);
  if (defined) return defined;
  if (baseName !== 'provider' && providerWaiting !== undefined) {
    preloadChunks(providerWaiting, import.meta.url);
    providerWaiting = undefined;
    void load('provider');
  }
  preloadChunks(baseName, import.meta.url);
  const element = widgetLoaders[baseName]!();
  const after = baseName === 'provider' ? Promise.resolve() : providerDefined;
  defined = Promise.all([element, after]).then(([constructor]) => {
    defineScoped(prefix, baseName, constructor);
    watchShadowRoots(`${prefix}${baseName}`);
  });
  defined.catch((error: unknown) => console.error(`Rapport: <${prefix}${baseName}> could not be loaded`, error));
  loading.set(baseName, defined);
  if (baseName === 'provider') providerDefined = defined.catch(() => undefined);
  return defined;
}

/** Loads every Rapport widget `root` (itself included) holds that is not defined yet. */
function discover(root: Element | Document | ShadowRoot): void {
  const found = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element) found.unshift(root);
  // The provider first, so that widgets in the same batch wait for it rather than race it.
  found.sort((a, b) => Number(b.localName === `${prefix}provider`) - Number(a.localName === `${prefix}provider`));
  for (const element of found) {
    const name = element.localName;
    if (!name.startsWith(prefix)) continue;
    const baseName = name.slice(prefix.length);
    if (!(baseName in widgetLoaders)) continue;
    if (isDeferredForm(element)) {
      void import('./feedback-form/deferred-forms.js').then(({ deferFeedbackForm }) => deferFeedbackForm(element, () => load(baseName)));
      continue;
    }
    if (baseName === 'provider') {
      const storage = element.hasAttribute('endpoint') ? 'rest' : element.hasAttribute('demo') ? 'demo' : '';
      const widgets = [...element.querySelectorAll('*')].filter((inner) => inner.localName.slice(prefix.length) in widgetLoaders && inner.localName.startsWith(prefix));
      if (!loading.has('provider') && widgets.length > 0 && widgets.every(isDeferredForm)) {
        providerWaiting = storage;
        continue;
      }
      preloadChunks(storage, import.meta.url);
    }
    void load(baseName);
  }
  // A defined widget added later already has its shadow root: watch what it renders there.
  if (root instanceof Element && root.shadowRoot && loading.has(root.localName.slice(prefix.length))) watch(root.shadowRoot);
}

/** Widgets render other widgets inside their shadow roots (the agent view's contact card). */
function watchShadowRoots(tagName: string): void {
  for (const root of [...watchedRoots]) {
    for (const element of root.querySelectorAll(tagName)) if (element.shadowRoot) watch(element.shadowRoot);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
});

function watch(root: Document | ShadowRoot): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

watch(document);
