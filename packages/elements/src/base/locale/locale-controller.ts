import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messagesFor } from './catalog.js';
import { formatterFor, type Formatter } from './formatter.js';
import { localeOf, onLocaleChange, type LocaleCode } from './locale.js';
import type { Messages } from './messages.js';

type LocaleHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let langObserver: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

/** Watches `lang` in the document and in every shadow root a connected widget sits in. */
function observeLangAround(element: Element): void {
  if (!langObserver) {
    langObserver = new MutationObserver(refreshAll);
    onLocaleChange(refreshAll);
  }
  let root: Node = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      langObserver.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    }
    if (!(root instanceof ShadowRoot)) return;
    root = root.host.getRootNode();
  }
}

/**
 * Gives a widget its locale, messages and formatters, and re-renders it when the nearest `lang`
 * (on it or an ancestor) or the page locale (`setLocale()`) changes.
 */
export class LocaleController implements ReactiveController {
  readonly #host: LocaleHost;
  #locale: LocaleCode = 'en';

  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  get locale(): LocaleCode {
    return this.#locale;
  }

  get messages(): Messages {
    return messagesFor(this.#locale);
  }

  get format(): Formatter {
    return formatterFor(this.#locale);
  }

  hostConnected(): void {
    connected.add(this);
    observeLangAround(this.#host);
    this.#locale = localeOf(this.#host);
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads the locale; re-renders the host only when it changed. */
  refresh(): void {
    const next = localeOf(this.#host);
    if (next === this.#locale) return;
    this.#locale = next;
    this.#host.requestUpdate();
  }
}
