import { ContextProvider } from '@lit/context';
import { createCrmClient, type CrmClient, type StorageAdapter } from '@rapport/core';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientContext } from '../base/client-context.js';
import { lazyAdapter } from './lazy-adapter.js';
import { lazyOutboxStore } from './lazy-outbox-store.js';
import { acquireSharedClient, releaseSharedClient } from './shared-clients.js';

/**
 * Hands a client to every Rapport widget inside it, so a page configures data access once. Without
 * a `client` property it builds one: over a Rapport server with `endpoint` (and `token`), or over
 * the built-in demo data with `demo`. A plain HTML page then shows a working CRM with no script of
 * its own. A client built over a server keeps writes queued offline (a survey answered without a
 * connection) in IndexedDB, loaded on first use. Providers of the same endpoint and token share one
 * client: one live stream, and one request for the same query, however many providers a page has.
 * Building over a server needs the optional peers `@rapport/adapter-rest` and
 * `@rapport/adapter-indexeddb` installed.
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

  /** The client to hand down; wins over `endpoint` and `demo`. */
  @property({ attribute: false }) accessor client: CrmClient | undefined = undefined;

  /** Base URL of a Rapport server (e.g. `https://crm.example.com` or `/crm`): widgets then read and write over HTTP. */
  @property() accessor endpoint: string | undefined = undefined;

  /** The bearer token sent to `endpoint`: a public key (`pk_…`) in public pages, or a customer token or staff key. */
  @property() accessor token: string | undefined = undefined;

  /** Serve the built-in demo data (in memory, reset on reload) when there is no `endpoint`. */
  @property({ type: Boolean }) accessor demo = false;

  /** What the built client was made from; a change of source replaces (and disposes) it. */
  #builtFrom = '';
  #built: CrmClient | undefined;

  readonly #context = new ContextProvider(this, { context: clientContext, initialValue: undefined });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#build();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#letGo();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('client') && !changed.has('endpoint') && !changed.has('token') && !changed.has('demo')) return;
    this.#build();
  }

  #build(): void {
    const source = this.endpoint !== undefined ? `rest ${this.endpoint} ${this.token ?? ''}` : this.demo ? 'demo' : '';
    if (source !== this.#builtFrom) {
      this.#letGo();
      this.#builtFrom = source;
      // Demo data stays each provider's own: it lives in the page, not on a server they share.
      if (source === 'demo') this.#built = createCrmClient({ adapter: this.#buildAdapter() });
      // A server's clients keep queued writes (a survey answered offline) on the device, across reloads.
      else if (source) {
        this.#built = acquireSharedClient(source, () => {
          const adapter = this.#buildAdapter();
          return createCrmClient(typeof indexedDB === 'undefined' ? { adapter } : { adapter, outboxStore: lazyOutboxStore });
        });
      }
    }
    this.#context.setValue(this.client ?? this.#built);
  }

  #letGo(): void {
    if (this.#builtFrom === 'demo') this.#built?.dispose();
    else if (this.#builtFrom) releaseSharedClient(this.#builtFrom);
    this.#builtFrom = '';
    this.#built = undefined;
  }

  #buildAdapter(): StorageAdapter {
    const { endpoint, token } = this;
    if (endpoint === undefined) return lazyAdapter('demo', async () => (await import('@rapport/core/demo')).createDemoAdapter(), { keepsMeasures: true, countsSurveys: true });
    return lazyAdapter('rest', async () => (await import('@rapport/adapter-rest')).createRestAdapter({ baseUrl: endpoint, ...(token ? { token } : {}) }), { keepsMeasures: true, countsSurveys: true });
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
