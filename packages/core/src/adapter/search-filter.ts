import { isEntityName } from '../schema/entity-names.js';
import { queryableFields } from '../schema/queryable-fields.js';

/**
 * The `q` test every adapter shares: the lower-cased text is a substring of one of the strings
 * (or a number's digits) at the collection's declared search paths (`queryableFields[...].search`).
 * Arrays on the way are looked through, so `channels.value` reads each channel's value; `*` reads
 * every member of an object (`answers.*`: every answer). A collection that declares
 * no search finds nothing.
 */
export function createSearchFilter(collection: string, q: string | null): (record: unknown) => boolean {
  if (q === null) return () => true;
  const paths = searchPaths(collection);
  // Stops at the first string that holds `q`: most records of a large collection are tested and fail.
  return (record) => paths.some((path) => stringsAt(record, path).some((text) => text.toLowerCase().includes(q)));
}

/** The lower-cased strings (and numbers' digits) at a collection's declared search paths. */
export function searchedTexts(collection: string): (record: unknown) => string[] {
  const paths = searchPaths(collection);
  return (record) => paths.flatMap((path) => stringsAt(record, path).map((text) => text.toLowerCase()));
}

function searchPaths(collection: string): string[][] {
  return (isEntityName(collection) ? queryableFields[collection].search ?? [] : []).map((path) => path.split('.'));
}

function stringsAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => stringsAt(item, path));
  const [head, ...rest] = path;
  // A number is searched as its digits (a ticket's `number`), as the server reads it in the record's JSON.
  if (head === undefined) return typeof value === 'string' ? [value] : typeof value === 'number' ? [String(value)] : [];
  if (head === '*') return value !== null && typeof value === 'object' ? Object.values(value).flatMap((member) => stringsAt(member, rest)) : [];
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, head)) return [];
  return stringsAt((value as Record<string, unknown>)[head], rest);
}
