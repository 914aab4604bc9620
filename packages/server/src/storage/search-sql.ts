import { SearchRank, WORD_SEPARATORS } from '@rapport/core/adapter';
import { queryableFields, type EntityName } from '@rapport/core/schema';
import { rowScopeSql, type RowScope } from './row-scope.js';
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
 * The bigram index's expression over a search text (migration `0010_search-bigrams.sql`): the
 * distinct two-character substrings that hold a non-ASCII character.
 */
export function searchBigramsSql(text: string): string {
  return `search_bigrams(${text})`;
}

/**
 * The pair of characters the bigram index finds `q` by, as it appears in the JSON text: a query
 * of exactly two characters, one of them non-ASCII (王芳), which has no trigram to narrow it by.
 * `undefined` for any other query.
 */
export function searchBigram(q: string): string | undefined {
  const json = JSON.stringify(q).slice(1, -1);
  // Characters, as PostgreSQL counts them: one outside the BMP is two UTF-16 units.
  const chars = Array.from(json);
  return chars.length === 2 && chars.some((char) => char > '\x7f') ? json : undefined;
}

/**
 * `createSearchRank` in SQL: the best rank among the record's own searched values (each lower-
 * cased, unescaped: a string, or a number's digits) for `q`, already lower-cased. Written for the
 * few rows a ranked page ranks, not for an index.
 */
export function searchRankSql(alias: string, collection: EntityName, q: string, params: SqlParams): string {
  const paths = queryableFields[collection].search ?? [];
  if (paths.length === 0) return String(SearchRank.inside);
  const text = params.add(q);
  // A separator, then `q` with every ASCII character that is not a letter or digit taken literally.
  const wordStart = params.add(`[${WORD_SEPARATORS.replace('-', '')}-]${q.replace(/[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/g, '\\$&')}`);
  const values = paths.map((path) => {
    const kinds = path.endsWith('*') ? '@.type() == "string"' : '@.type() == "string" || @.type() == "number"';
    return `SELECT lower(v #>> '{}') AS t FROM jsonb_path_query(${alias}.data, 'lax $.${path} ? (${kinds})') AS v`;
  });
  const rank =
    `CASE WHEN t = ${text} THEN ${SearchRank.whole} WHEN starts_with(t, ${text}) THEN ${SearchRank.start}` +
    ` WHEN t ~ ${wordStart} THEN ${SearchRank.wordStart} ELSE ${SearchRank.inside} END`;
  return `(SELECT coalesce(min(${rank}), ${SearchRank.inside}) FROM (${values.join(' UNION ALL ')}) AS searched)`;
}

/** How a related record leads to the searched one: it names it (`from`), or the searched one names it (`to`). */
type RelatedLink = { readonly from: string } | { readonly to: string };

/**
 * Records whose `q` also finds them through the text of related records: a ticket by the text of
 * its messages, and by its requester's name or email (a contact's). Only the server joins; the
 * local adapters search a collection's own fields.
 */
export const RELATED_SEARCH: Partial<Record<EntityName, ReadonlyArray<{ readonly collection: EntityName; readonly link: RelatedLink }>>> = {
  tickets: [
    { collection: 'ticketMessages', link: { from: 'ticketId' } },
    { collection: 'contacts', link: { to: 'requesterId' } },
  ],
};

/** The rows of each related collection the caller may read; a collection left out is not searched through. */
export type RelatedScopes = Partial<Record<EntityName, RowScope>>;

/**
 * `q` as a condition: a substring of some declared field, compared inside their JSON text (so
 * the text is JSON-escaped the same way first). The memory adapter's `createSearchFilter` is the
 * reference; `q` is already lower-cased. With `related` scopes (and the tenant's parameter), the
 * record is also found through related records the caller may read, as one union of ids that
 * each trigram index serves on its own.
 */
export function searchSql(alias: string, collection: EntityName, q: string | null, params: SqlParams, related?: { readonly tenant: string; readonly scopes: RelatedScopes }): string {
  if (q === null) return 'TRUE';
  const text = searchTextSql(alias, collection);
  if (text === undefined) return 'FALSE';
  const escaped = JSON.stringify(q).slice(1, -1).replace(/[\\%_]/g, (char) => `\\${char}`);
  const pattern = params.add(`%${escaped}%`);
  const bigram = searchBigram(q);
  const gram = bigram === undefined ? undefined : params.add(bigram);
  // The bigram index narrows; LIKE still decides, as for the trigram index.
  const matches = (searched: string | undefined) => {
    if (searched === undefined) return 'FALSE';
    return gram === undefined ? `${searched} LIKE ${pattern}` : `${searchBigramsSql(searched)} @> ARRAY[${gram}::text] AND ${searched} LIKE ${pattern}`;
  };
  const through = relatedSearches(collection, related?.scopes);
  if (!related || through.length === 0) return `(${matches(text)})`;
  const { tenant, scopes } = related;
  const own = `${alias}_own`;
  const ids = [`SELECT ${own}.id FROM records ${own} WHERE ${own}.tenant_id = ${tenant} AND ${own}.collection = ${literal(collection)} AND ${matches(searchTextSql(own, collection))}`];
  through.forEach(({ collection: other, link }, index) => {
    const r = `${alias}_rel${index}`;
    const found =
      `${r}.tenant_id = ${tenant} AND ${r}.collection = ${literal(other)} AND ${matches(searchTextSql(r, other))}` +
      ` AND ${rowScopeSql(r, tenant, scopes[other] ?? {}, params)}`;
    if ('from' in link) {
      ids.push(`SELECT ${r}.data ->> '${fieldName(link.from)}' FROM records ${r} WHERE ${found}`);
    } else {
      // On the declared filter index of the linking field, as filter-sql writes it.
      const named = `${alias}_by${index}`;
      ids.push(
        `SELECT ${named}.id FROM records ${named} WHERE ${named}.tenant_id = ${tenant} AND ${named}.collection = ${literal(collection)}` +
          ` AND (${named}.data #> '{${fieldName(link.to)}}') IN (SELECT to_jsonb(${r}.id) FROM records ${r} WHERE ${found})`,
      );
    }
  });
  return `${alias}.id IN (${ids.join(' UNION ')})`;
}

/** The related collections `q` also finds records of `collection` through, for a caller with these scopes. */
export function relatedSearches(collection: EntityName, scopes: RelatedScopes = {}) {
  return (RELATED_SEARCH[collection] ?? []).filter((search) => scopes[search.collection] !== undefined);
}

function literal(collection: EntityName): string {
  if (!/^[A-Za-z]+$/.test(collection)) throw new Error(`Not a collection name: ${collection}`);
  return `'${collection}'`;
}

function fieldName(field: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw new Error(`Not a field name: ${field}`);
  return field;
}
