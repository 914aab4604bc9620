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
  const tests = where.map(([field, condition]) => {
    const read = compileFieldPath(field);
    const checks = conditionTests(condition);
    return (record: unknown) => {
      const value = read(record);
      return checks.every((check) => check(value));
    };
  });
  if (tests.length === 0) return () => true;
  return (record) => tests.every((test) => test(record));
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
    tests.push((value) =>
      typeof value === 'string'
        ? value.toLowerCase().includes(needle)
        : Array.isArray(value) && value.some((item) => typeof item === 'string' && item.toLowerCase().includes(needle)),
    );
  }
  return tests;
}

function equals(value: unknown, expected: Scalar): boolean {
  return expected === null ? value === null || value === undefined : value === expected;
}

function comparable(value: unknown, bound: string | number): value is string | number {
  return typeof value === typeof bound;
}
