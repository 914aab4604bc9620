import { defaultPrefix, defineScoped } from '../base/registry.js';
import { CrmProvider } from '../provider/provider.js';

/**
 * Registers the provider and `element` as `crm-<baseName>`, duplicate-safe, in a browser only: on a
 * server (Node, SSR) Lit's Node build puts a stand-in registry on `globalThis.customElements`, and
 * widgets registered there would run their lifecycle on the server. The provider comes first: a
 * widget asks for its client when it connects, and only an already-defined provider can answer.
 */
export function defineInBrowser(baseName: string, element: CustomElementConstructor): void {
  if (typeof document === 'undefined') return;
  defineScoped(defaultPrefix, 'provider', CrmProvider);
  defineScoped(defaultPrefix, baseName, element);
}
