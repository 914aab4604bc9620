// The SDK entry a widget page loads. Demo data (`@rapport/core/demo`), the rules engine
// (`@rapport/core/rules`), domain measures (`@rapport/core/domain`) and the adapter conformance kit
// (`@rapport/core/testing`) are subpaths, so a page pays for them only when it imports them.
export * from './errors/index.js';
export * from './adapter/index.js';
export * from './schema/index.js';
export * from './events/index.js';
export * from './client/index.js';
export * from './outbox/index.js';
export * from './random-id.js';
