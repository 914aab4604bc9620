import type { CrmClient } from '@rapport/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleCode } from '../base/locale/locale.js';
import { chunkMessages } from '../base/locale/chunk-messages.js';
import { embedMessages } from './embed.messages.js';
import { embedStyles } from './embed.styles.js';
import { contactAnsweredRecently } from './contact-asked.js';
import { mayAsk, promptRulesOf, rememberAsked, takeOpenedByTrigger, watchPrompt, type EmbedMode } from './prompt-watch.js';

/** What the shell needs of the form. */
export interface EmbedHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the popup, slider or side panel is open; the shell and the page both set it. */
  open: boolean;
  readonly mode: EmbedMode;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The focused element, looked up through open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** The elements Tab stops at inside `root`, in order: one per radio group (its checked radio, else its first). */
function tabStops(root: Element): HTMLElement[] {
  const seen = new Set<string>();
  return [...root.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href], [tabindex]')].filter((element) => {
    if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled || element.getClientRects().length === 0) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
    const group = root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`);
    const stop = [...group].find((radio) => radio.checked) ?? group[0];
    if (stop !== element || seen.has(element.name)) return false;
    seen.add(element.name);
    return true;
  });
}

/**
 * The form as a popup (a modal dialog), a slider (a card in a corner that leaves the page usable)
 * or a side tab (a tab at the window's edge that opens a modal side panel). Watches the triggers
 * (see `prompt-watch.ts`), keeps the focus inside while modal, closes with Escape or its close
 * button, and gives the focus back to where it was. Loaded only for these modes, so an inline form
 * never downloads it.
 */
export class EmbedShell implements ReactiveController {
  readonly #host: EmbedHost;
  readonly #locale: () => LocaleCode;
  /** Whether the visitor has answered in this page: then closing does not offer the survey again. */
  readonly #answered: () => boolean;
  #stopWatching: (() => void) | undefined;
  /** Whether the side tab is offered: the visitor is in the sample and was not asked too recently. */
  #tabOffered = false;
  /** The open state the dialog was last put in. */
  #shownOpen = false;
  #returnFocus: HTMLElement | undefined;
  readonly #client: () => CrmClient | undefined;
  /** The store's word on whether the form's contact answered lately (on another device too), asked once. */
  #contactCheck: Promise<boolean> | undefined;

  constructor(host: EmbedHost, locale: () => LocaleCode, answered: () => boolean, client: () => CrmClient | undefined) {
    this.#host = host;
    this.#locale = locale;
    this.#answered = answered;
    this.#client = client;
    const root = host.renderRoot;
    if (root instanceof ShadowRoot && embedStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, embedStyles.styleSheet];
    host.addController(this);
  }

  /** Opens when the visitor is in the sample and was not asked too recently (on any tab). */
  show(): void {
    if (!this.#host.open && mayAsk(promptRulesOf(this.#host))) this.#openAsked();
  }

  hostConnected(): void {
    const rules = promptRulesOf(this.#host);
    this.#tabOffered = rules.mode === 'side-tab' && mayAsk(rules);
    // Opened by a trigger before the form loaded: it shows once the store says its contact was not asked elsewhere.
    if (this.#host.open && takeOpenedByTrigger(this.#host)) {
      const checking = this.#contactAnswered();
      if (checking) {
        this.#host.open = false;
        void checking.then((answered) => {
          if (!answered) this.#host.open = true;
        });
      }
    }
    if (!this.#host.open) this.#stopWatching = watchPrompt(rules, () => this.#openAsked());
    // Asked at once: a contact who answered on another device is offered no tab, and no trigger opens it.
    void this.#contactAnswered();
  }

  /** Asks the store about the form's contact, once; `undefined` when there is no contact or no client to ask. */
  #contactAnswered(): Promise<boolean> | undefined {
    const rules = promptRulesOf(this.#host);
    const client = this.#client();
    if (!rules.contactId || !client) return undefined;
    return (this.#contactCheck ??= contactAnsweredRecently(client, rules).then((answered) => {
      if (answered) {
        this.#stopWatching?.();
        this.#stopWatching = undefined;
        this.#tabOffered = false;
        this.#host.requestUpdate();
      }
      return answered;
    }));
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  hostUpdated(): void {
    const open = this.#host.open;
    if (open === this.#shownOpen) return;
    this.#shownOpen = open;
    const dialog = this.#host.renderRoot.querySelector('dialog');
    if (open) {
      this.#stopWatching?.();
      this.#returnFocus = deepActiveElement();
      // Modal ones make the page inert and take the focus. The slider leaves the page as it is: its
      // `open` is set rather than `show()` called, which would pull the focus from what the visitor is doing.
      if (this.#host.mode !== 'slider') dialog?.showModal();
      else if (dialog) dialog.open = true;
    } else {
      dialog?.close();
      if (this.#returnFocus?.isConnected) this.#returnFocus.focus();
      this.#returnFocus = undefined;
      if (this.#answered()) this.#tabOffered = false;
    }
  }

  /**
   * Opened by a trigger or `show()`: counts as asking, on every tab, even if the visitor closes it
   * unanswered. A form with a contact first waits for the store's word on that contact.
   */
  #openAsked(): void {
    const checking = this.#contactAnswered();
    if (!checking) return this.#openNow();
    void checking.then((answered) => {
      if (!answered && !this.#host.open) this.#openNow();
    });
  }

  #openNow(): void {
    rememberAsked(promptRulesOf(this.#host), 'dismissed');
    this.#host.open = true;
  }

  readonly #close = (): void => {
    this.#host.open = false;
  };

  readonly #onCancel = (event: Event): void => {
    // Escape on a modal dialog: closed through the open state, so the focus goes back.
    event.preventDefault();
    this.#close();
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#host.mode === 'slider') {
      event.stopPropagation();
      this.#close();
      return;
    }
    if (event.key !== 'Tab' || this.#host.mode === 'slider') return;
    // Inert pages still let Tab reach the browser's own controls; the focus wraps inside instead.
    const dialog = event.currentTarget as HTMLDialogElement;
    const stops = tabStops(dialog);
    const active = deepActiveElement();
    const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
    if (stops.length === 0 || active === edge || !active || !dialog.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? stops[stops.length - 1] : stops[0])?.focus();
    }
  };

  /** A click on the popup's backdrop (the dialog itself, outside its card) closes it. */
  readonly #onClick = (event: MouseEvent): void => {
    if (event.target === event.currentTarget && this.#host.mode !== 'slider') this.#close();
  };

  /** The form's content inside the mode's frame; the live region goes in too, as a modal dialog hides the rest. */
  render(content: TemplateResult): TemplateResult {
    const m = chunkMessages(this.#host, embedMessages, this.#locale()) ?? embedMessages.en;
    const { mode, open } = this.#host;
    const tab =
      mode === 'side-tab' && this.#tabOffered
        ? html`<button part="side-tab" class="side-tab" type="button" aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'} @click=${() => (this.#host.open = true)}>
            ${m.tab}
          </button>`
        : nothing;
    return html`${tab}
      <dialog
        part="dialog"
        class=${`embed ${mode}`}
        aria-labelledby="survey-title thanks-title"
        aria-label=${m.label}
        @cancel=${this.#onCancel}
        @keydown=${this.#onKeyDown}
        @click=${this.#onClick}
      >
        ${open
          ? html`<div class="embed-card">
              <button part="close-button" class="close" type="button" aria-label=${m.close} @click=${this.#close}>×</button>
              ${content}
            </div>`
          : nothing}
      </dialog>`;
  }
}
