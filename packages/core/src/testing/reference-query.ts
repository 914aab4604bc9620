import type { AdapterRecord, FieldCondition, Scalar, SortKey } from '../adapter/storage-adapter.js';

/**
 * A deliberately plain model of what `list` must return (filter, then sort with `id` last),
 * written apart from any adapter so that property tests compare an adapter against it.
 */
export function expectedOrder(
  records: readonly AdapterRecord[],
  where: Readonly<Record<string, FieldCondition | Scalar>>,
  sort: readonly SortKey[],
): AdapterRecord[] {
  const keys = [...(sort.length ? sort : [{ field: 'createdAt' }]), { field: 'id' }];
  return records
    .filter((record) => Object.entries(where).every(([field, condition]) => holds(valueAt(record, field), condition)))
    .sort((a, b) => {
      for (const { field, direction } of keys) {
        const order = compare(valueAt(a, field), valueAt(b, field));
        if (order !== 0) return direction === 'desc' ? -order : order;
      }
      return 0;
    });
}

function valueAt(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);
}

function holds(value: unknown, condition: FieldCondition | Scalar): boolean {
  if (condition === null || typeof condition !== 'object') return same(value, condition);
  const { eq, ne, gt, gte, lt, lte, in: oneOf, contains } = condition;
  const ordered = (bound: string | number) => typeof value === typeof bound;
  if (eq !== undefined && !same(value, eq)) return false;
  if (ne !== undefined && same(value, ne)) return false;
  if (gt !== undefined && !(ordered(gt) && (value as typeof gt) > gt)) return false;
  if (gte !== undefined && !(ordered(gte) && (value as typeof gte) >= gte)) return false;
  if (lt !== undefined && !(ordered(lt) && (value as typeof lt) < lt)) return false;
  if (lte !== undefined && !(ordered(lte) && (value as typeof lte) <= lte)) return false;
  if (oneOf !== undefined && !oneOf.some((candidate) => same(value, candidate))) return false;
  if (contains !== undefined) {
    const texts = Array.isArray(value) ? value : [value];
    if (!texts.some((text) => typeof text === 'string' && text.toLowerCase().includes(contains.toLowerCase()))) return false;
  }
  return true;
}

function same(value: unknown, expected: Scalar): boolean {
  return expected === null ? value === null || value === undefined : value === expected;
}

/** booleans < numbers < strings (code-unit order) < missing/null. */
function compare(a: unknown, b: unknown): number {
  const rank = (value: unknown) => (value === null || value === undefined ? 3 : typeof value === 'boolean' ? 0 : typeof value === 'number' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (rank(a) === 3) return 0;
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}
