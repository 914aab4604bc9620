// The one-tag CDN entry (`rapport.js`): a few hundred bytes that register each widget only when its
// tag appears in the page, in the document or in an open shadow root that a widget adds, and fetch
// that widget's chunks all at once, with what the widget will read first over a server. A provider
// loads with the first widget that needs it, and a ticket widget's launcher shows its button alone
// until a visitor reaches for it, so a shop page with only the launcher fetches neither the SDK nor
// the widget before then. The single-file bundle is `cdn-global.ts`.
import { defaultPrefix, defineScoped } from './base/registry.js';
import { preloadChunks } from './cdn/chunk-preloads.js';
import { startFirstReads } from './cdn/first-reads.js';
import { DEFAULT_TICKET_WIDGET_MODE } from './ticket-widget/first-reads.js';
import { launcherShell, widgetLoaders } from './cdn/widget-loaders.js';

/** The last locale the page asked for: the launcher's button speaks it before the locale code has loaded. */
let pageLocaleTag: string | undefined;

/**
 * Sets the locale of every widget on the page without its own `lang` (see `setLocale` in
 * `@rapport/elements`). The locale code travels with the widgets' shared chunk, fetched here on
 * first call, so a page that never calls it does not wait for it.
 */
export function setLocale(tag: string): Promise<void> {
  pageLocaleTag = tag;
  return import('./base/locale/locale.js').then((locale) => locale.setLocale(tag));
}

const prefix = defaultPrefix;
const loading = new Map<string, Promise<void>>();
const watchedRoots = new Set<Document | ShadowRoot>();

/** Widgets ask for their client when they connect, and only a defined provider can answer. */
let providerDefined: Promise<void> = Promise.resolve();

/** Providers found before any widget was loaded: they wait for one, with the storage each will ask for. */
const waitingProviders: Element[] = [];
let widgetLoaded = false;

function loadProvider(provider: Element): void {
  preloadChunks(provider.hasAttribute('endpoint') ? 'rest' : provider.hasAttribute('demo') ? 'demo' : '', import.meta.url);
  void load('provider');
}

/** The mode a widget shows without a `mode` attribute, for a widget whose modes are views of their own. */
const defaultModes: Record<string, string> = { 'ticket-widget': DEFAULT_TICKET_WIDGET_MODE };

/** Popups and sliders wait for their trigger (see `deferred-forms.ts`); other modes show at once. */
const isDeferredForm = (element: Element): boolean =>
  element.localName === `${prefix}feedback-form` && /^(popup|slider)$/.test(element.getAttribute('mode') ?? '') && !element.hasAttribute('open');

function load(baseName: string): Promise<void> {
  let defined = loading.get(baseName);
  if (defined) return defined;
  if (baseName !== 'provider' && !widgetLoaded) {
    widgetLoaded = true;
    for (const provider of waitingProviders.splice(0)) loadProvider(provider);
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
      if (widgetLoaded) loadProvider(element);
      else waitingProviders.push(element);
    } else if (baseName === 'ticket-widget' && element.hasAttribute('launcher') && element.getAttribute('mode') !== 'agent' && !loading.has(baseName)) {
      // The launcher's button alone; the widget (and the provider with the SDK) load when a visitor reaches for it.
      preloadChunks('launcher-shell', import.meta.url);
      void launcherShell().then(({ mountLauncherShell }) => mountLauncherShell(element as HTMLElement, () => load(baseName), pageLocaleTag));
    } else {
      // The view its mode shows (the agent's desk, a customer's page), when the build lists one: asked for with the widget, not after it.
      const mode = element.getAttribute('mode') ?? defaultModes[baseName];
      if (mode) preloadChunks(`${baseName}:${mode}`, import.meta.url);
      void load(baseName);
      startFirstReads(baseName, element, `${prefix}provider`);
    }
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
