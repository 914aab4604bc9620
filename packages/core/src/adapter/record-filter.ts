import { compileFieldPath } from './field-path.js';
import type { FieldCondition, Scalar } from './storage-adapter.js';

type Test = (value: unknown) => boolean;

/**
 * Compiles `where` conditions into one predicate. Semantics every adapter shares: a missing field
 * equals `null`; `gt`/`gte`/`lt`/`lte` hold only between two numbers or two strings (ISO dates
 * compare as strings); `contains` is a case-insensitive substring test on a string, or on any
 * element of an array of strings.
 */
export function createRecordFilter(where: ReadonlyArray<readonly [string, FieldCondition]>): (record: unknown) => boolean {
  // Plain loops over compiled tests: this runs once per stored record on every cold list.
  const tests = where.map(([field, condition]) => {
    const read = compileFieldPath(field);
    const checks = conditionTests(condition);
    const [only] = checks;
    if (checks.length === 1 && only) return (record: unknown) => only(read(record));
    return (record: unknown) => {
      const value = read(record);
      for (const check of checks) if (!check(value)) return false;
      return true;
    };
  });
  return (record) => {
    for (const test of tests) if (!test(record)) return false;
    return true;
  };
}

function conditionTests(condition: FieldCondition): Test[] {
  const tests: Test[] = [];
  const { eq, ne, gt, gte, lt, lte, in: oneOf, contains } = condition;
  if (eq !== undefined) tests.push((value) => equals(value, eq));
  if (ne !== undefined) tests.push((value) => !equals(value, ne));
  if (gt !== undefined) tests.push((value) => comparable(value, gt) && value > gt);
  if (gte !== undefined) tests.push((value) => comparable(value, gte) && value >= gte);
  if (lt !== undefined) tests.push((value) => comparable(value, lt) && value < lt);
  if (lte !== undefined) tests.push((value) => comparable(value, lte) && value <= lte);
  if (oneOf !== undefined) tests.push((value) => oneOf.some((candidate) => equals(value, candidate)));
  if (contains !== undefined) {
    const needle = contains.toLowerCase();
    tests.push((value) => {
      if (typeof value === 'string') return value.toLowerCase().includes(needle);
      if (!Array.isArray(value)) return false;
      for (const item of value) if (typeof item === 'string' && item.toLowerCase().includes(needle)) return true;
      return false;
    });
  }
  return tests;
}

function equals(value: unknown, expected: Scalar): boolean {
  return expected === null ? value === null || value === undefined : value === expected;
}

function comparable(value: unknown, bound: string | number): value is string | number {
  return typeof value === typeof bound;
}
