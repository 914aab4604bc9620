import { css, html, nothing, unsafeCSS, type ReactiveController, type TemplateResult } from 'lit';
import type { LocaleCode } from '../base/locale/locale.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { launcherButtonCss, launcherIconPath } from './launcher-button.js';
import { launcherLabels } from './launcher-labels.js';
import type { WidgetHost } from './widget-context.js';

/** The element a launcher belongs to: whether its panel is open, and the button's text when the host gave one. */
export interface LauncherHost extends WidgetHost {
  open: boolean;
  readonly launcherLabel: string;
}

const focusableSelector = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The launcher's distance from the page's edges; the panel keeps the same. */
const offset = unsafeCSS('var(--crm-ticket-widget-launcher-offset, 1.25rem)');

/** The panel floats above the launcher button, on the same side of the page. */
const launcherPanelStyles = css`
  .launcher-panel {
    position: fixed;
    inset: auto ${offset} calc(${offset} + 4rem) auto;
    margin: 0;
    inline-size: min(var(--crm-ticket-widget-panel-width, 26rem), calc(100vw - 2 * ${offset}));
    max-inline-size: none;
    max-block-size: min(var(--crm-ticket-widget-panel-height, 42rem), calc(100vh - 2 * ${offset} - 4rem));
    padding: 0;
    overflow: auto;
    color: var(--_color-on-surface);
    background: var(--_tw-background);
    border: var(--_tw-border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25);
    container-type: inline-size;
  }
  :host([launcher-position='bottom-left']) .launcher-panel {
    inset: auto auto calc(${offset} + 4rem) ${offset};
  }
  .launcher-panel::backdrop {
    background: var(--crm-ticket-widget-backdrop, rgb(0 0 0 / 0.15));
  }
  .launcher-header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-4);
    background: var(--_tw-background);
    border-bottom: 1px solid var(--_color-border);
  }
  .launcher-header h2 {
    margin: 0;
    font-size: var(--_font-size);
  }
  .launcher-close {
    min-inline-size: 2.25rem;
    min-block-size: 2.25rem;
    border: 0;
    background: none;
    font-size: 1.25rem;
    line-height: 1;
  }
  .launcher-content {
    padding: var(--_space-4);
  }
  .launcher-content > .customer,
  .launcher-content > .frame {
    padding: 0;
    border: 0;
  }
`;

/**
 * `<crm-ticket-widget launcher>`: the floating button, and the panel it opens, a modal dialog above
 * the page (the browser keeps the rest of the page inert) with focus kept inside it, closed by
 * Escape or its close button, after which focus is back on the button. Fetched when the widget is
 * a launcher, so an inline widget never loads it; on a CDN page the same button was drawn before
 * (`launcher-shell.ts`) and stays until this one replaces it.
 */
export class LauncherView implements ReactiveController {
  readonly #host: LauncherHost;
  /** Opened and not yet focused inside: focus moves to the first control once the content shows one. */
  #focusPending = false;
  /** The panel was opened once: it stays rendered. */
  #opened = false;

  constructor(host: LauncherHost) {
    this.#host = host;
    host.addController(this);
    adoptViewStyles(host, [unsafeCSS(launcherButtonCss), launcherPanelStyles]);
  }

  hostUpdated(): void {
    this.#replaceShell();
    const dialog = this.#dialog();
    if (!dialog) return;
    if (this.#host.open && !dialog.open) {
      dialog.showModal();
      this.#focusPending = true;
    } else if (!this.#host.open && dialog.open) {
      dialog.close();
      this.#focusPending = false;
      this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="launcher"]')?.focus();
    }
    if (this.#focusPending) {
      const first = this.#focusables(dialog.querySelector('.launcher-content') ?? dialog)[0];
      (first ?? dialog.querySelector<HTMLElement>('.launcher-close'))?.focus();
      if (first) this.#focusPending = false;
    }
  }

  /** The button a CDN page drew before the widget loaded gives way to this one, passing on its focus. */
  #replaceShell(): void {
    const root = this.#host.shadowRoot;
    const shell = [...(root?.querySelectorAll('[data-launcher-shell]') ?? [])];
    if (!root || shell.length === 0) return;
    const focused = shell.includes(root.activeElement as Element);
    for (const node of shell) node.remove();
    if (focused && !this.#host.open) root.querySelector<HTMLElement>('[part~="launcher"]')?.focus();
  }

  readonly close = (): void => {
    this.#host.open = false;
  };

  /** The browser closed the dialog (not the widget): say so. A close the widget made arrives later, maybe after a reopening. */
  readonly #onClose = (event: Event): void => {
    if (!(event.currentTarget as HTMLDialogElement).open) this.close();
  };

  /** Escape: the widget closes the panel itself, so its `open` and the dialog never disagree. */
  readonly #onCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };

  /** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const controls = this.#focusables(dialog);
    if (controls.length === 0) return;
    const active = this.#host.shadowRoot?.activeElement;
    const [first, last] = [controls[0]!, controls[controls.length - 1]!];
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  #dialog(): HTMLDialogElement | null | undefined {
    return this.#host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.launcher-panel');
  }

  #focusables(within: Element): HTMLElement[] {
    return [...within.querySelectorAll<HTMLElement>(focusableSelector)].filter(
      (element) => !(element as HTMLButtonElement).disabled && element.tabIndex >= 0 && element.checkVisibility(),
    );
  }

  readonly #open = (): void => {
    this.#host.open = true;
  };

  /**
   * The button, and the panel once it was first opened (it stays, closed, so its state survives);
   * `content` is what the panel shows while open, `onIntent` fetches it ahead.
   */
  render(locale: LocaleCode, title: string, content: () => TemplateResult, onIntent: () => void): TemplateResult {
    const labels = launcherLabels[locale];
    const open = this.#host.open;
    if (open) this.#opened = true;
    return html`<button
        part="launcher"
        class="launcher"
        type="button"
        aria-haspopup="dialog"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${this.#opened ? 'launcher-panel' : nothing}
        @pointerenter=${onIntent}
        @focusin=${onIntent}
        @click=${this.#open}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${launcherIconPath}></path></svg><span>${this.#host.launcherLabel || labels.open}</span>
      </button>
      ${this.#opened ? this.#renderPanel(title, labels.close, open ? content() : html``) : nothing}`;
  }

  #renderPanel(title: string, closeLabel: string, content: TemplateResult): TemplateResult {
    return html`<dialog part="launcher-panel" id="launcher-panel" class="launcher-panel" aria-labelledby="launcher-title" @cancel=${this.#onCancel} @close=${this.#onClose} @keydown=${this.#onKeydown}>
      <header class="launcher-header">
        <h2 id="launcher-title" part="launcher-title">${title}</h2>
        <button part="launcher-close" class="launcher-close" type="button" aria-label=${closeLabel} @click=${this.close}>×</button>
      </header>
      <div class="launcher-content">${content}</div>
    </dialog>`;
  }
}
