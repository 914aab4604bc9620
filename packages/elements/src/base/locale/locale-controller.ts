import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseMessages } from './catalog.js';
import { holdUpdates } from '../pending-work.js';
import { formatterFor, type Formatter } from './formatter.js';
import { localeOf, onLocaleChange, type LocaleCode } from './locale.js';
import { loadMessages, messagesIn, type MessagePack } from './message-pack.js';
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
 *
 * A locale is applied once the messages of every registered pack are loaded in it: until then the
 * widget keeps showing the locale it had (on its first render: nothing, rather than a flash of
 * English). If a translation cannot be loaded (offline), the widget stays in, or starts in, English.
 */
export class LocaleController implements ReactiveController {
  readonly #host: LocaleHost;
  readonly #packs = new Set<MessagePack<unknown>>([baseMessages]);
  /** The locale whose messages are all loaded and shown; `undefined` before the first one is. */
  #locale: LocaleCode | undefined;
  #ready: Promise<void> = Promise.resolve();

  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Registers a widget's own messages, loaded with the shared ones in every locale it shows. */
  use<M>(pack: MessagePack<M>): MessagePack<M> {
    this.#packs.add(pack as MessagePack<unknown>);
    return pack;
  }

  get locale(): LocaleCode {
    return this.#locale ?? 'en';
  }

  /** Whether a locale is applied, so the widget can render its text. */
  get settled(): boolean {
    return this.#locale !== undefined;
  }

  /** Settles when the messages of the locale being switched to are loaded and applied. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  get messages(): Messages {
    return this.pick(baseMessages);
  }

  /** The strings of a registered pack in the current locale. */
  pick<M>(pack: MessagePack<M>): M {
    return messagesIn(pack, this.locale) ?? pack.en;
  }

  get format(): Formatter {
    return formatterFor(this.locale);
  }

  hostConnected(): void {
    connected.add(this);
    observeLangAround(this.#host);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads the locale; re-renders the host once the new locale's messages are loaded. */
  refresh(): void {
    const next = localeOf(this.#host);
    if (next === this.#locale) return;
    const packs = [...this.#packs];
    if (packs.every((pack) => messagesIn(pack, next) !== undefined)) {
      this.#apply(next);
      return;
    }
    this.#ready = Promise.all(packs.map((pack) => loadMessages(pack, next))).then(
      () => {
        // A later change of `lang` wins over this one.
        if (localeOf(this.#host) === next) this.#apply(next);
      },
      () => {
        if (this.#locale === undefined) this.#apply('en');
      },
    );
    holdUpdates(this.#host, this.#ready);
  }

  #apply(locale: LocaleCode): void {
    this.#locale = locale;
    this.#host.requestUpdate();
  }
}
