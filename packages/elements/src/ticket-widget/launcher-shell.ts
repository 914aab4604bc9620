import type { LocaleCode } from '../base/locale/locale.js';
import { launcherButtonCss, launcherIconPath } from './launcher-button.js';
import { launcherLabels } from './launcher-labels.js';

/**
 * The launcher of `<crm-ticket-widget launcher>` as a CDN page first shows it, before the widget,
 * the SDK and the panel are loaded: the same button, in plain DOM, a few hundred bytes. The first
 * pointer or focus on it calls `wake` (which loads the widget); a click also sets `open`. The widget,
 * once defined, renders into this shadow root (Lit reuses a shadow root that is there), removes
 * these nodes once its own button shows (`launcher-view.ts`), and opens its panel if asked to. `pageLocaleTag` is what the page gave `setLocale`.
 */
export function mountLauncherShell(host: HTMLElement, wake: () => unknown, pageLocaleTag?: string): void {
  if (host.shadowRoot) return;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = launcherButtonCss;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.innerHTML = `<svg viewBox="0 0 24 24" aria-hidden="true"><path d="${launcherIconPath}"/></svg><span></span>`;
  button.lastElementChild!.textContent = host.getAttribute('launcher-label') || launcherLabels[shellLocale(host, pageLocaleTag)].open;
  for (const type of ['pointerenter', 'focusin']) button.addEventListener(type, wake, { once: true });
  button.addEventListener('click', () => {
    host.setAttribute('open', '');
    button.setAttribute('aria-busy', 'true');
    wake();
  });
  for (const node of [style, button]) node.setAttribute('data-launcher-shell', '');
  root.append(style, button);
}

/**
 * The locale `localeOf` (base/locale/locale.ts) gives `element`, by the same rules: the nearest
 * `lang` below `<html>`, the page's `setLocale`, `<html lang>`, the browser's language. Written
 * again here because that module travels in the widgets' runtime chunk, which the shell must not
 * fetch; a test holds the two to the same answers.
 */
export function shellLocale(element: Element, pageLocaleTag: string | undefined): LocaleCode {
  const root = element.ownerDocument.documentElement;
  const tags: (string | null | undefined)[] = [];
  for (let node: Element | null = element; node && node !== root; node = node.parentElement ?? hostOf(node)) tags.push(node.getAttribute('lang'));
  tags.push(pageLocaleTag, root.lang, navigator.language);
  for (const tag of tags) {
    if (!tag) continue;
    try {
      const locale = new Intl.Locale(tag).maximize();
      return locale.language !== 'zh' ? 'en' : locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    } catch {
      // Not a language tag: the next source decides.
    }
  }
  return 'en';
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
