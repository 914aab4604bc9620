export * from './errors/index.js';
export * from './adapter/index.js';
export * from './schema/index.js';
export * from './events/index.js';
export * from './client/index.js';
export * from './outbox/index.js';
export * from './demo/index.js';
export * from './rules/index.js';
