import { ContextProvider } from '@lit/context';
import type { CrmClient } from '@rapport/core';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext } from '../base/client-context.js';

/**
 * Hands a client to every Rapport widget inside it, so a page configures data access once.
 *
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

  readonly #context = new ContextProvider(this, { context: clientContext, initialValue: undefined });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client')) this.#context.setValue(this.client);
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
