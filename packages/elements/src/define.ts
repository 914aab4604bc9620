// Importing this module registers every widget under the default `crm-` prefix — in a browser.
// On a server (Node, SSR) it defines nothing: Lit's Node build puts a stand-in registry on
// `globalThis.customElements`, and widgets registered there would run their lifecycle on the server.
import { defineElements } from './define-elements.js';

if (typeof document !== 'undefined') defineElements();
