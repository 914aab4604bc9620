import { queryableFields, type EntityName } from '@rapport/core/schema';
import type { SqlParams } from './sql-params.js';

/**
 * The text `q` searches in, as one lower-cased SQL expression over `alias.data` (or the bare
 * `data` of an index): each declared search path's strings as JSON (`lax` paths look through
 * arrays, so `channels.value` reads every channel's value). `undefined` for a collection that
 * declares no search. The trigram index is built on exactly this expression.
 */
export function searchTextSql(alias: string | null, collection: EntityName): string | undefined {
  const paths = queryableFields[collection].search ?? [];
  if (paths.length === 0) return undefined;
  const data = alias === null ? 'data' : `${alias}.data`;
  const parts = paths.map((path) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|\*))*$/.test(path)) throw new Error(`Not a search path: ${path}`);
    // A wildcard's members may be numbers too (a response's scores): only strings are searched, as in `createSearchFilter`.
    return `jsonb_path_query_array(${data}, 'lax $.${path}${path.endsWith('*') ? ' ? (@.type() == "string")' : ''}')::text`;
  });
  return `lower(${parts.join(` || ' ' || `)})`;
}

/**
 * `q` as a condition: a substring of some declared field, compared inside their JSON text (so
 * the text is JSON-escaped the same way first). The memory adapter's `createSearchFilter` is the
 * reference; `q` is already lower-cased.
 */
export function searchSql(alias: string, collection: EntityName, q: string | null, params: SqlParams): string {
  if (q === null) return 'TRUE';
  const text = searchTextSql(alias, collection);
  if (text === undefined) return 'FALSE';
  const escaped = JSON.stringify(q).slice(1, -1).replace(/[\\%_]/g, (char) => `\\${char}`);
  return `${text} LIKE ${params.add(`%${escaped}%`)}`;
}
