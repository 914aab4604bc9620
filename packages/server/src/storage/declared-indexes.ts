import { entityNames, EXTERNAL_ID_FIELD, queryableFields, type EntityName } from '@rapport/core/schema';
import type { SqlExecutor } from '../database/database.js';
import { searchTextSql } from './search-sql.js';
import { orderParts } from './sort-sql.js';

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
    const { filter, unindexed = [], sort } = queryableFields[collection];
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
    const text = searchTextSql(null, collection);
    const search = text === undefined ? [] : [{ name: `records_search_${collection.toLowerCase()}`, sql: `ON records USING gin ((${text}) gin_trgm_ops) ${where}` }];
    return [...filters, ...sorts, ...search].map(({ name, sql }) => ({ name, sql: `CREATE INDEX IF NOT EXISTS ${name} ${sql}` }));
  });
}

/** Creates the declared indexes that are missing; run after the migrations, on every start. */
export async function ensureDeclaredIndexes(db: SqlExecutor): Promise<void> {
  await db.exec(declaredIndexes().map(({ sql }) => `${sql};`).join('\n'));
}
