import { ValidationError, type EntityName, type ListQuery } from '@rapport/core';
import { assertQueryableFields } from './list-query-fields.js';

/**
 * Reads a list query from the URL: `where` is JSON, `sort` lists fields with `-` for descending
 * (`-createdAt,name`), `limit` a whole number, `cursor` the opaque text of a previous page, `q`
 * the search text. Fields must be the collection's; the values are checked afterwards by
 * `normalizeListQuery`, like any adapter's input.
 */
export function listQueryFromSearch(collection: EntityName, search: URLSearchParams): ListQuery {
  const query: { -readonly [K in keyof ListQuery]: unknown } = {};
  const where = search.get('where');
  if (where !== null) query.where = parseJson(where, 'where');
  const sort = search.get('sort');
  if (sort !== null) {
    query.sort = sort
      .split(',')
      .filter(Boolean)
      .map((key) => (key.startsWith('-') ? { field: key.slice(1), direction: 'desc' } : { field: key, direction: 'asc' }));
  }
  assertQueryableFields(collection, query.where, Array.isArray(query.sort) ? query.sort.map(({ field }: { field: string }) => field) : []);
  const limit = search.get('limit');
  if (limit !== null) query.limit = /^\d{1,7}$/.test(limit) ? Number(limit) : limit;
  const cursor = search.get('cursor');
  if (cursor !== null) query.cursor = cursor;
  const q = search.get('q');
  if (q !== null) query.q = q;
  return query as ListQuery;
}

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: [field], code: 'invalid_format', message: 'Must be JSON' }]);
  }
}
