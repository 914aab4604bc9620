import { ValidationError, type EntityName } from '@rapport/core';
import { entities } from '@rapport/core/schema';

/** Names that reach an object's prototype instead of a field, whatever the record holds. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The one check of which fields a list query may filter and sort on: fields of the collection's
 * records (a dotted path starts at one), never a prototype key. A filter the server would
 * otherwise ignore returns rows the caller did not ask for, so it is a 400 naming the field.
 */
export function assertQueryableFields(collection: EntityName, where: unknown, sortFields: readonly string[]): void {
  const known = Object.keys(entities[collection].schema.def.shape);
  const whereFields = typeof where === 'object' && where !== null && !Array.isArray(where) ? Object.keys(where) : [];
  for (const [source, fields] of [['where', whereFields], ['sort', sortFields]] as const) {
    for (const field of fields) {
      const segments = field.split('.');
      if (segments.some((segment) => PROTOTYPE_KEYS.has(segment)) || !known.includes(segments[0] ?? '')) {
        throw new ValidationError([{ path: [source, field], code: 'invalid_value', message: `There is no field "${field}" to ${source === 'where' ? 'filter' : 'sort'} by` }]);
      }
    }
  }
}
