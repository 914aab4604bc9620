// The one-file CDN bundle: the whole SDK and every element, registered under the `crm-` prefix.
// As an IIFE it is the global `Rapport`.
import './define.js';

export * from '@rapport/core';
export * from './index.js';
