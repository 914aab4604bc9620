// The SDK entry a page loads: the client, its errors and events, and the outbox. What only some
// pages need has an entry of its own, so a page pays for it only when it imports it:
// `@rapport/core/schema` (the zod schemas; the client fetches them with its first write),
// `@rapport/core/adapter` (the memory adapter and the parts adapters are built from),
// `@rapport/core/domain`, `/rules`, `/demo` and `/testing`. Every type is exported from here too.
//
// Errors and entity names are re-exported by name, not with `export *`: the schemas import them,
// and esbuild, bundling without code splitting, leaves a module that the client also loads with
// `import()` uninitialized behind an `export *` of a side-effect-free package (evanw/esbuild#1490).
export { ConflictError, CrmError, isCrmError, NetworkError, NotFoundError, PermissionError, ValidationError } from './errors/index.js';
export type * from './errors/index.js';
export { entityNames, isEntityName } from './schema/entity-names.js';
export type * from './schema/index.js';
export type * from './adapter/index.js';
export * from './events/index.js';
export * from './client/index.js';
export * from './outbox/index.js';
export * from './random-id.js';
