import { entityNames, EXTERNAL_ID_FIELD, queryableFields, type EntityName } from '@rapport/core/schema';
import type { SqlExecutor } from '../database/database.js';
import { searchBigramsSql, searchTextSql } from './search-sql.js';
import { orderParts, sortIndexColumns } from './sort-sql.js';

/** A JSON path as written literally into SQL; declared fields are plain identifiers, checked here. */
function literalPath(field: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(field)) throw new Error(`Not an indexable field path: ${field}`);
  return `(data #> '{${field.split('.').join(',')}}')`;
}

/** A collection name as an SQL literal: partial indexes are only chosen when the query names it the same way. */
export function collectionLiteral(collection: EntityName): string {
  if (!/^[A-Za-z]+$/.test(collection)) throw new Error(`Not a collection name: ${collection}`);
  return `'${collection}'`;
}

/**
 * The indexes that serve every filter and sort the collections declare (`queryableFields`): one
 * partial index per collection and field, on the very expressions `filter-sql.ts` and
 * `sort-sql.ts` write, so the planner can match them. Named after what they cover, so a changed
 * declaration adds a new index and `CREATE INDEX IF NOT EXISTS` keeps the rest.
 */
export function declaredIndexes(): Array<{ name: string; sql: string }> {
  return entityNames.flatMap((collection) => {
    const { filter, unindexed = [], sort, sortedFilters = [] } = queryableFields[collection];
    const where = `WHERE collection = ${collectionLiteral(collection)}`;
    const slug = (field: string) => `${collection}_${field.replace(/\./g, '_')}`.toLowerCase();
    const filters = filter
      // `externalId` has the unique index of migration 0007, which serves its filter too.
      .filter((field) => !unindexed.includes(field) && field !== EXTERNAL_ID_FIELD)
      .map((field) => ({
        name: `records_filter_${slug(field)}`,
        sql: `ON records (tenant_id, ${literalPath(field)}) ${where}`,
      }));
    const sorts = sort.map((field) => ({
      name: `records_sort_${slug(field)}`,
      sql: `ON records (tenant_id, ${orderParts(literalPath(field)).join(', ')}, id) ${where}`,
    }));
    const pairs = sortedFilters.map(([filtered, sorted]) => ({
      name: `records_filter_sort_${slug(filtered)}_${sorted.replace(/\./g, '_').toLowerCase()}`,
      sql: `ON records (tenant_id, ${literalPath(filtered)}, ${sortIndexColumns(sorted, literalPath(sorted)).join(', ')}, id) ${where}`,
    }));
    const text = searchTextSql(null, collection);
    // Named after the expression too: a changed list of search fields builds a new index, and the old one is dropped.
    const bigrams = text === undefined ? undefined : searchBigramsSql(text);
    const search =
      text === undefined || bigrams === undefined
        ? []
        : [
            { name: `${SEARCH_INDEX_PREFIX}${collection.toLowerCase()}_${shortHash(text)}`, sql: `ON records USING gin ((${text}) gin_trgm_ops) ${where}` },
            // Beside it, for a two-character query the trigrams cannot narrow (see searchBigram).
            { name: `${SEARCH_INDEX_PREFIX}bigrams_${collection.toLowerCase()}_${shortHash(bigrams)}`, sql: `ON records USING gin ((${bigrams})) ${where}` },
          ];
    return [...filters, ...sorts, ...pairs, ...search].map(({ name, sql }) => ({ name, sql: `CREATE INDEX IF NOT EXISTS ${name} ${sql}` }));
  });
}

/**
 * Statistics on each indexed filter field's expression, one per field path across collections.
 * The planner ignores what ANALYZE gathers for a partial index: without these it guessed 1,504
 * unresolved tickets of 66,668, and 500 tickets per requester instead of 20, and so joined a
 * search for a rare word by reading every ticket.
 */
export function declaredStatistics(): Array<{ name: string; sql: string }> {
  const paths = new Set(
    entityNames.flatMap((collection) => {
      const { filter, unindexed = [] } = queryableFields[collection];
      return filter.filter((field) => !unindexed.includes(field) && field !== EXTERNAL_ID_FIELD);
    }),
  );
  return [...paths].map((field) => {
    const name = `${STATISTICS_PREFIX}${field.replace(/\./g, '_').toLowerCase()}`;
    return { name, sql: `CREATE STATISTICS IF NOT EXISTS ${name} ON (${literalPath(field)}) FROM records` };
  });
}

/**
 * Creates the declared indexes and statistics that are missing and drops search indexes and
 * statistics no longer declared (an index is large and costs every write, statistics cost every
 * analysis); run after the migrations, on every start.
 */
export async function ensureDeclaredIndexes(db: SqlExecutor): Promise<void> {
  const declared = [...declaredIndexes(), ...declaredStatistics()];
  await db.exec(declared.map(({ sql }) => `${sql};`).join('\n'));
  const names = new Set(declared.map(({ name }) => name));
  const existing = await db.query<{ name: string; kind: 'INDEX' | 'STATISTICS' }>(
    `SELECT indexname AS name, 'INDEX' AS kind FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'records' AND indexname LIKE '${SEARCH_INDEX_PREFIX}%'
     UNION ALL SELECT stxname, 'STATISTICS' FROM pg_statistic_ext WHERE stxnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND stxname LIKE '${STATISTICS_PREFIX}%'`,
  );
  const stale = existing.filter(({ name }) => !names.has(name) && /^[a-z0-9_]+$/.test(name));
  if (stale.length) await db.exec(stale.map(({ name, kind }) => `DROP ${kind} IF EXISTS ${name};`).join('\n'));
}

const SEARCH_INDEX_PREFIX = 'records_search_';
const STATISTICS_PREFIX = 'records_stats_';

/** Eight hex digits of FNV-1a: enough to tell two declarations apart in an index name. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
