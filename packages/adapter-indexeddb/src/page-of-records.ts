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
  decodeCursor,
  encodeCursor,
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
  const after = query.cursor === null ? null : decodeCursor(query.cursor, query.sort);
  const filter = createRecordFilter(query.where);
  const searched = createSearchFilter(collection, query.q);
  const matches = (record: AdapterRecord) => filter(record) && searched(record);
  const readers = query.sort.map(({ field }) => compileFieldPath(field));
  const signs = query.sort.map(({ direction }) => (direction === 'desc' ? -1 : 1));
  const compare = (a: readonly unknown[], b: readonly unknown[]) => {
    for (let i = 0; i < signs.length; i++) {
      const order = compareValues(a[i], b[i]);
      if (order !== 0) return order * (signs[i] ?? 1);
    }
    return 0;
  };

  let total = 0;
  const rest: Row[] = [];
  for (const record of records) {
    if (!matches(record)) continue;
    total++;
    const keys = readers.map((read) => read(record));
    if (after === null || compare(keys, after) > 0) rest.push({ keys, record });
  }
  rest.sort((a, b) => compare(a.keys, b.keys));
  const page = rest.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.record),
    nextCursor: rest.length > page.length && last ? encodeCursor(query.sort, last.keys) : null,
    total,
  };
}
