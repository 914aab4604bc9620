// The errors and entity names, re-exported by name rather than with `export *`: the schemas import
// them, and esbuild, bundling without code splitting, leaves a module that the client also loads
// with `import()` uninitialized behind an `export *` of a side-effect-free package
// (evanw/esbuild#1490).
//
// They sit in this module, not in the entry itself, because a named re-export in the entry makes a
// splitting bundler (esbuild) take the whole entry into a page's first load, with every `export *`
// behind it: the outbox, used only by code loaded on use, then arrived with every widget over REST.
export { ConflictError, CrmError, isCrmError, NetworkError, NotFoundError, PermissionError, ValidationError } from './errors/index.js';
export { entityNames, isEntityName } from './schema/entity-names.js';
