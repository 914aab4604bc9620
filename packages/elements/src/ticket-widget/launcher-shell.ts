import { localeOf } from '../base/locale/locale.js';
import { launcherButtonCss, launcherIconPath } from './launcher-button.js';
import { launcherLabels } from './launcher-labels.js';

/**
 * The launcher of `<crm-ticket-widget launcher>` as a CDN page first shows it, before the widget,
 * the SDK and the panel are loaded: the same button, in plain DOM, a few hundred bytes. The first
 * pointer or focus on it calls `wake` (which loads the widget); a click also sets `open`. The widget,
 * once defined, renders into this shadow root in place of the button (Lit reuses a shadow root that
 * is there) and opens its panel if asked to.
 */
export function mountLauncherShell(host: HTMLElement, wake: () => unknown): void {
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
  button.lastElementChild!.textContent = host.getAttribute('launcher-label') || launcherLabels[localeOf(host)].open;
  for (const type of ['pointerenter', 'focusin']) button.addEventListener(type, wake, { once: true });
  button.addEventListener('click', () => {
    host.setAttribute('open', '');
    button.setAttribute('aria-busy', 'true');
    wake();
  });
  root.append(style, button);
}
