import { ValidationError, type SortKey } from '@rapport/core';
import { jsonPathSql } from './json-path-sql.js';
import type { SqlParams } from './sql-params.js';

interface SortColumn {
  readonly sql: string;
  readonly descending: boolean;
  /** The same expression over a cursor value, for the keyset comparison. */
  readonly cursorSql: string;
}

/** Fields every record has, kept in typed columns that indexes cover. */
const STORED_COLUMNS: Readonly<Record<string, { column: string; type: 'string' | 'number' }>> = {
  id: { column: 'id', type: 'string' },
  createdAt: { column: 'created_at', type: 'string' },
  updatedAt: { column: 'updated_at', type: 'string' },
  version: { column: 'version', type: 'number' },
};

/**
 * ORDER BY and the "strictly after the cursor" condition for a sort, in the total order of the
 * memory adapter's `compareValues`: booleans < numbers < strings (binary) < other values < missing
 * or null, all reversed for `desc`. A field of unknown type sorts on three columns (type rank,
 * numeric value, text value), so one SQL order holds for mixed types.
 */
export function sortSql(alias: string, sort: ReadonlyArray<Required<SortKey>>, after: readonly unknown[] | null, params: SqlParams) {
  const columns = sort.flatMap((key, index) => sortColumns(alias, key, after?.[index], params));
  const orderBy = columns.map((column) => `${column.sql} ${column.descending ? 'DESC' : 'ASC'}`).join(', ');
  return { orderBy, afterCursor: after === null ? 'TRUE' : afterSql(columns) };
}

function sortColumns(alias: string, { field, direction }: Required<SortKey>, cursorValue: unknown, params: SqlParams): SortColumn[] {
  const descending = direction === 'desc';
  const stored = Object.hasOwn(STORED_COLUMNS, field) ? STORED_COLUMNS[field] : undefined;
  if (stored) {
    if (cursorValue !== undefined && typeof cursorValue !== stored.type) throw invalidCursor();
    // numeric, not integer: a forged cursor's number may not fit the column's type, yet compares fine.
    const cast = stored.type === 'number' ? '::numeric' : '::text COLLATE "C"';
    return [{ sql: `${alias}.${stored.column}`, descending, cursorSql: cursorValue === undefined ? '' : `${params.add(cursorValue)}${cast}` }];
  }
  const value = jsonPathSql(alias, field, params);
  const cursor = cursorValue === undefined ? undefined : params.json(cursorValue);
  const rowParts = orderParts(value);
  const cursorParts = cursor === undefined ? undefined : orderParts(cursor);
  return rowParts.map((sql, i) => ({ sql, descending, cursorSql: cursorParts?.[i] ?? '' }));
}

/** The index columns that serve a sort on `field`, written over the bare `data` of an index. */
export function sortIndexColumns(field: string, path: string): string[] {
  const stored = Object.hasOwn(STORED_COLUMNS, field) ? STORED_COLUMNS[field] : undefined;
  return stored ? [stored.column] : orderParts(path);
}

/** Type rank, numeric value, text value: each non-null, so tuples compare without NULL logic. */
export function orderParts(value: string): [rank: string, number: string, text: string] {
  const type = `jsonb_typeof(${value})`;
  return [
    `(CASE ${type} WHEN 'boolean' THEN 0 WHEN 'number' THEN 1 WHEN 'string' THEN 2 WHEN 'object' THEN 3 WHEN 'array' THEN 3 ELSE 4 END)`,
    `(CASE ${type} WHEN 'number' THEN (${value})::numeric WHEN 'boolean' THEN (CASE WHEN ${value} = 'true'::jsonb THEN 1 ELSE 0 END) ELSE 0 END)`,
    `(CASE ${type} WHEN 'string' THEN ${value} #>> '{}' WHEN 'object' THEN ${value}::text WHEN 'array' THEN ${value}::text ELSE '' END) COLLATE "C"`,
  ];
}

/**
 * Rows after the cursor position: for each run of columns sorted the same way, every earlier
 * column equal and this run's tuple beyond the cursor's (row comparison, which indexes serve).
 */
function afterSql(columns: readonly SortColumn[]): string {
  const runs: SortColumn[][] = [];
  for (const column of columns) {
    const run = runs.at(-1);
    if (run && run[0]?.descending === column.descending) run.push(column);
    else runs.push([column]);
  }
  const tuple = (run: readonly SortColumn[], side: 'sql' | 'cursorSql') => `(${run.map((column) => column[side]).join(', ')})`;
  const alternatives = runs.map((run, index) => {
    const before = runs.slice(0, index).map((earlier) => `${tuple(earlier, 'sql')} = ${tuple(earlier, 'cursorSql')}`);
    const beyond = `${tuple(run, 'sql')} ${run[0]?.descending ? '<' : '>'} ${tuple(run, 'cursorSql')}`;
    return [...before, beyond].join(' AND ');
  });
  // Implied by the alternatives, but a plain row comparison the sort index can start its scan at.
  const [first] = runs;
  const from = first ? `${tuple(first, 'sql')} ${first[0]?.descending ? '<=' : '>='} ${tuple(first, 'cursorSql')} AND ` : '';
  return `(${from}(${alternatives.map((alternative) => `(${alternative})`).join(' OR ')}))`;
}

/** A cursor this sort did not make, or that was altered. */
export function invalidCursor(): ValidationError {
  return new ValidationError([{ path: ['cursor'], code: 'invalid_value', message: 'This page link is no longer valid; start from the first page' }]);
}
