import { entities, type EntityName } from './entities.js';
import { parseOrThrow } from './parse.js';

// What the client validates writes (and, when asked, reads) with. It is a module of its own that
// the client imports on first use, so a page that only reads never downloads the schemas.

/** A create input with its defaults applied, or a `ValidationError` naming each rejected field. */
export function validateCreate(collection: EntityName, input: unknown): Record<string, unknown> {
  return parseOrThrow(entities[collection].create, input) as Record<string, unknown>;
}

/** A patch as it will be applied, or a `ValidationError` naming each rejected field. */
export function validateUpdate(collection: EntityName, patch: unknown): Record<string, unknown> {
  return parseOrThrow(entities[collection].update, patch) as Record<string, unknown>;
}

/** A stored record checked field by field against its entity's schema, with its defaults. */
export function validateStored(collection: EntityName, record: unknown, message: string): Record<string, unknown> {
  return parseOrThrow(entities[collection].schema, record, message) as Record<string, unknown>;
}
