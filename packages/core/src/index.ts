// The SDK entry a page loads: the client, its errors and events, and the outbox. What only some
// pages need has an entry of its own, so a page pays for it only when it imports it:
// `@rapport/core/schema` (the zod schemas; the client fetches them with its first write),
// `@rapport/core/adapter` (the memory adapter and the parts adapters are built from),
// `@rapport/core/domain`, `/rules`, `/demo` and `/testing`. Every type is exported from here too.
export * from './named-exports.js';
export type * from './errors/index.js';
export type * from './schema/index.js';
export type * from './adapter/index.js';
export * from './events/index.js';
export * from './client/index.js';
export * from './outbox/index.js';
export * from './random-id.js';
