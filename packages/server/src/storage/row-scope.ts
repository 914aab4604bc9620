import type { Conditions } from './filter-sql.js';
import { filterSql } from './filter-sql.js';
import { jsonPathSql } from './json-path-sql.js';
import type { SqlParams } from './sql-params.js';

/**
 * The rows of a collection one caller may see, beyond its tenant: conditions on the record, and
 * optionally that one of its fields names a visible record of another collection (a customer
 * sees the messages of their own tickets).
 */
export interface RowScope {
  readonly where?: Conditions;
  readonly within?: {
    readonly field: string;
    readonly collection: string;
    readonly where: Conditions;
  };
}

export const EVERY_ROW: RowScope = {};

export function rowScopeSql(alias: string, tenantParam: string, scope: RowScope, params: SqlParams): string {
  const parts = [filterSql(alias, scope.where ?? [], params)];
  if (scope.within) {
    const { field, collection, where } = scope.within;
    const owner = `${alias}_owner`;
    parts.push(
      `COALESCE(${jsonPathSql(alias, field, params)} IN ` +
        `(SELECT to_jsonb(${owner}.id) FROM records ${owner} WHERE ${owner}.tenant_id = ${tenantParam}` +
        ` AND ${owner}.collection = ${params.add(collection)} AND ${filterSql(owner, where, params)}), FALSE)`,
    );
  }
  return parts.join(' AND ');
}
