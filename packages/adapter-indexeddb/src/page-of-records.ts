import type {
  AdapterRecord,
  NormalizedListQuery,
  Page,
} from '@rapport/core';
import {
  compareValues,
  compileFieldPath,
  createRecordFilter,
  createSearchFilter,
  createSearchRank,
  decodeCursor,
  encodeCursor,
  pageOrder,
  rankMatches,
} from '@rapport/core/adapter';

interface Row {
  /** The record's sort values, its `id` last. */
  readonly keys: readonly unknown[];
  readonly record: AdapterRecord;
}

/**
 * One page of `records` for a normalized query, with the filter, value order and keyset cursors
 * every adapter shares, so this adapter pages exactly as the memory adapter does.
 */
export function pageOfRecords(collection: string, records: readonly AdapterRecord[], query: NormalizedListQuery): Page<AdapterRecord> {
  const order = pageOrder(query);
  const after = query.cursor === null ? null : decodeCursor(query.cursor, order);
  const filter = createRecordFilter(query.where);
  const searched = createSearchFilter(collection, query.q);
  const matches = (record: AdapterRecord) => filter(record) && searched(record);
  const readers = query.sort.map(({ field }) => compileFieldPath(field));
  const comparator = (signs: readonly number[]) => (a: readonly unknown[], b: readonly unknown[]) => {
    for (let i = 0; i < signs.length; i++) {
      const order = compareValues(a[i], b[i]);
      if (order !== 0) return order * (signs[i] ?? 1);
    }
    return 0;
  };
  const signsOf = (keys: typeof order) => keys.map(({ direction }) => (direction === 'desc' ? -1 : 1));
  const compare = comparator(signsOf(order));

  let total = 0;
  let found: Row[] = [];
  for (const record of records) {
    if (!matches(record)) continue;
    total++;
    const keys = readers.map((read) => read(record));
    // A ranked search needs every match to know which are ranked; otherwise only those past the cursor.
    if (query.ranked || after === null || compare(keys, after) > 0) found.push({ keys, record });
  }
  if (query.ranked && query.q !== null) {
    const inListOrder = comparator(signsOf(query.sort));
    found.sort((a, b) => inListOrder(a.keys, b.keys));
    found = rankMatches(found, createSearchRank(collection, query.q));
    if (after !== null) found = found.filter((row) => compare(row.keys, after) > 0);
  } else {
    found.sort((a, b) => compare(a.keys, b.keys));
  }
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.record),
    nextCursor: found.length > page.length && last ? encodeCursor(order, last.keys) : null,
    total,
  };
}
