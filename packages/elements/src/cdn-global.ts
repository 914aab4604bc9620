// The one-file CDN bundle for pages that cannot load modules (`rapport.iife.js`): the whole SDK and
// every element, registered under the `crm-` prefix, as the global `Rapport`.
import './define.js';

export * from '@rapport/core';
export * from './index.js';
