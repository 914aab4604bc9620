import type { FieldCondition } from '@rapport/core';
import { jsonPathSql } from './json-path-sql.js';
import type { SqlParams } from './sql-params.js';

export type Conditions = ReadonlyArray<readonly [field: string, condition: FieldCondition]>;

/**
 * `where` conditions as one SQL boolean over the records aliased `alias`, with the semantics of
 * the memory adapter's `createRecordFilter`: a missing field equals `null`; ranges hold only
 * between two numbers or two strings; `contains` is a case-insensitive substring test on a
 * string or on any string in an array. A condition on a missing field may yield NULL rather than
 * false: the result is only ever AND-ed into a WHERE clause, where both drop the row, and plain
 * `=` is what the declared indexes (`declared-indexes.ts`) can serve.
 */
export function filterSql(alias: string, conditions: Conditions, params: SqlParams): string {
  const parts = conditions.flatMap(([field, condition]) => conditionSql(jsonPathSql(alias, field, params), condition, params));
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

function conditionSql(value: string, condition: FieldCondition, params: SqlParams): string[] {
  const { eq, ne, gt, gte, lt, lte, in: oneOf, contains } = condition;
  const parts: string[] = [];
  if (eq !== undefined) parts.push(equalsSql(value, eq, params));
  if (ne !== undefined) parts.push(ne === null ? `NOT ${equalsSql(value, ne, params)}` : `${value} IS DISTINCT FROM ${params.json(ne)}`);
  if (gt !== undefined) parts.push(rangeSql(value, '>', gt, params));
  if (gte !== undefined) parts.push(rangeSql(value, '>=', gte, params));
  if (lt !== undefined) parts.push(rangeSql(value, '<', lt, params));
  if (lte !== undefined) parts.push(rangeSql(value, '<=', lte, params));
  if (oneOf !== undefined) {
    const matchesMissing = oneOf.includes(null) ? ` OR ${value} IS NULL OR ${value} = 'null'::jsonb` : '';
    const values = oneOf.filter((item) => item !== null).map((item) => params.json(item));
    const listed = values.length ? `${value} IN (${values.join(', ')})` : 'FALSE';
    parts.push(matchesMissing ? `(${listed}${matchesMissing})` : listed);
  }
  if (contains !== undefined) {
    const needle = params.add(contains.toLowerCase());
    parts.push(
      `(CASE jsonb_typeof(${value})` +
        ` WHEN 'string' THEN strpos(lower(${value} #>> '{}'), ${needle}) > 0` +
        ` WHEN 'array' THEN EXISTS (SELECT 1 FROM jsonb_array_elements(${value}) AS item` +
        ` WHERE jsonb_typeof(item) = 'string' AND strpos(lower(item #>> '{}'), ${needle}) > 0)` +
        ' ELSE FALSE END)',
    );
  }
  return parts;
}

function equalsSql(value: string, expected: FieldCondition['eq'], params: SqlParams): string {
  if (expected === null) return `(${value} IS NULL OR ${value} = 'null'::jsonb)`;
  return `${value} = ${params.json(expected)}`;
}

function rangeSql(value: string, operator: string, bound: string | number, params: SqlParams): string {
  // CASE, not AND: SQL may evaluate AND's operands in any order, and the cast fails on other types.
  return typeof bound === 'number'
    ? `(CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::numeric ${operator} ${params.add(bound)}::numeric ELSE FALSE END)`
    : `(CASE WHEN jsonb_typeof(${value}) = 'string' THEN (${value} #>> '{}') COLLATE "C" ${operator} ${params.add(bound)}::text COLLATE "C" ELSE FALSE END)`;
}
