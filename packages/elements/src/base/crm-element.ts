import { ContextConsumer } from '@lit/context';
import { getDefaultClient, type CrmClient } from '@rapport/core';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext } from './client-context.js';
import { pendingWork } from './pending-work.js';
import { LocaleController } from './locale/locale-controller.js';
import { stateStyles } from './states.js';
import { baseStyles } from './theme/base-styles.js';
import { themeTokens } from './theme/tokens.js';

export type ThemeName = 'light' | 'dark';

/** Events that show a visitor reaching into a widget; composed, so they arrive from inside its shadow root. */
const WRITE_INTENT = ['focusin', 'pointerdown'] as const;

/**
 * Base of every Rapport widget: where its client comes from, its locale and its theme.
 *
 * The client is, in order: the `client` property, else the nearest `<crm-provider>` around it,
 * else the page default (`setDefaultClient`).
 */
export abstract class CrmElement extends LitElement {
  static override styles = [themeTokens, baseStyles, stateStyles];

  /** The client this widget reads and writes through; wins over any `<crm-provider>` and the page default. */
  @property({ attribute: false }) accessor client: CrmClient | undefined = undefined;

  /** `light` or `dark` fixes the colour scheme; without it the widget follows the system setting. */
  @property({ reflect: true }) accessor theme: ThemeName | undefined = undefined;

  protected readonly i18n = new LocaleController(this);

  readonly #provided = new ContextConsumer(this, { context: clientContext, subscribe: true });

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of WRITE_INTENT) this.addEventListener(type, this.#prepareWrites, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of WRITE_INTENT) this.removeEventListener(type, this.#prepareWrites);
  }

  /**
   * A visitor reaching into the widget may be about to write: fetch the schemas writes are
   * validated with now, so the write does not wait for them. A page that is only looked at never
   * downloads them. Offline, the write itself fetches them again later.
   */
  readonly #prepareWrites = (): void => {
    for (const type of WRITE_INTENT) this.removeEventListener(type, this.#prepareWrites);
    this.activeClient?.prepareWrites().catch(() => undefined);
  };

  /** The first render waits for the messages of the widget's locale, so a page never flashes English. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.i18n.settled) return super.scheduleUpdate();
    return this.i18n.ready.then(() => super.scheduleUpdate());
  }

  /**
   * Also waits for what the widget is fetching (a language it switches to, a view or feature it
   * shows), so `await el.updateComplete` sees the result.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return super.getUpdateComplete().then((complete) => {
      const work = pendingWork(this);
      return work.length === 0 ? complete : Promise.all(work).then(() => this.getUpdateComplete());
    });
  }

  /** The client in effect, or `undefined` when the page configured none. */
  protected get activeClient(): CrmClient | undefined {
    return this.client ?? this.#provided.value ?? getDefaultClient();
  }
}
