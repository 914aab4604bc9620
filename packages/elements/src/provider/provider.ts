import { ContextProvider } from '@lit/context';
import { createCrmClient, type CrmClient } from '@rapport/core';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext } from '../base/client-context.js';

/**
 * Hands a client to every Rapport widget inside it, so a page configures data access once. With
 * `demo` and no `client`, it builds a client over the demo data: a plain HTML page then shows a
 * working CRM with no script of its own.
 *
 * @tag crm-provider
 * @summary Provides a CRM client to the widgets it contains.
 * @slot - The widgets (and any other content); the provider itself takes no space in the layout.
 */
export class CrmProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The client to hand down. */
  @property({ attribute: false }) accessor client: CrmClient | undefined = undefined;

  /** Serve the built-in demo data (in memory, reset on reload) when no `client` is given. */
  @property({ type: Boolean }) accessor demo = false;

  #demoClient: CrmClient | undefined;
  #demoLoading: Promise<void> | undefined;

  readonly #context = new ContextProvider(this, { context: clientContext, initialValue: undefined });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('demo')) this.#context.setValue(this.client ?? this.#demoClientIfAsked());
  }

  #demoClientIfAsked(): CrmClient | undefined {
    if (!this.demo) return undefined;
    this.#demoLoading ??= this.#loadDemoClient();
    return this.#demoClient;
  }

  /** The demo data loads on first use, so a page without `demo` never downloads it. */
  async #loadDemoClient(): Promise<void> {
    const { createDemoAdapter } = await import('@rapport/core/demo');
    this.#demoClient = createCrmClient({ adapter: createDemoAdapter() });
    if (!this.client && this.demo) this.#context.setValue(this.#demoClient);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-provider': CrmProvider;
  }
}
