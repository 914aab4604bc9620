import type { SqlParams } from './sql-params.js';

/** Segments that can be written into SQL as they are; the expression indexes are on such paths. */
const PLAIN_SEGMENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * The SQL for the JSON value at a dot path (`'amount.value'`) inside `alias.data`: SQL NULL when
 * the path is missing, the way the memory adapter reads `undefined`. Plain identifier paths are
 * written literally (so the planner can match an expression index); any other path is a bound
 * parameter, so no caller-chosen text ever becomes SQL.
 */
export function jsonPathSql(alias: string, path: string, params: SqlParams): string {
  const segments = path.split('.');
  const literal = segments.every((segment) => PLAIN_SEGMENT.test(segment));
  return `(${alias}.data #> ${literal ? `'{${segments.join(',')}}'` : `${params.add(segments)}::text[]`})`;
}
