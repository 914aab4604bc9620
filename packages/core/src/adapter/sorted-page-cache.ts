import { cloneJson } from './clone-json.js';
import { encodeCursor } from './cursor.js';
import { compileFieldPath } from './field-path.js';
import { pageOrder, type NormalizedListQuery } from './list-query.js';
import { createRecordFilter } from './record-filter.js';
import { createSearchFilter } from './search-filter.js';
import { createSearchRank, rankMatches, RANKED_MATCHES } from './search-rank.js';
import { smallestInOrder } from './smallest-in-order.js';
import type { AdapterRecord, Page } from './storage-adapter.js';
import { compareValues } from './value-order.js';

/** A matching record with its sort values (its `id` last), in the order a query asked for. */
interface SortedEntry {
  readonly keys: readonly unknown[];
  readonly record: AdapterRecord;
}

/**
 * The pages of one in-memory collection. A first page is picked without sorting every match
 * (most lists are never paged further); paging on keeps the query's sorted matches, so that each
 * next page is a binary search until the next write.
 */
export interface SortedPageCache {
  /** The page of `query` after the decoded cursor `after` (`null`: the first page), as fresh copies. */
  page(query: NormalizedListQuery, after: readonly unknown[] | null): Page<AdapterRecord>;
  /** Forgets every sorted list: call it on every write to the collection. */
  clear(): void;
}

const CACHED_QUERIES = 8;

/** A cache over `records`, the live map of the collection named `collection`. */
export function createSortedPageCache(collection: string, records: ReadonlyMap<string, AdapterRecord>): SortedPageCache {
  const sortedByQuery = new Map<string, readonly SortedEntry[]>();

  function matchingRecords(query: NormalizedListQuery): AdapterRecord[] {
    const matches = createRecordFilter(query.where);
    const searched = createSearchFilter(collection, query.q);
    const found: AdapterRecord[] = [];
    for (const record of records.values()) if (matches(record) && searched(record)) found.push(record);
    return found;
  }

  /** All matches in page order, kept until the next write; the oldest query is forgotten first. */
  function sortedMatches(query: NormalizedListQuery, cacheKey: string): readonly SortedEntry[] {
    const compare = keyComparator(query.sort);
    const inListOrder = matchingRecords(query)
      .map(sortEntryMaker(query))
      .sort((a, b) => compare(a.keys, b.keys));
    const entries = query.ranked && query.q !== null ? rankMatches(inListOrder, createSearchRank(collection, query.q)) : inListOrder;
    if (sortedByQuery.size >= CACHED_QUERIES) {
      const oldest = sortedByQuery.keys().next().value;
      if (oldest !== undefined) sortedByQuery.delete(oldest);
    }
    sortedByQuery.set(cacheKey, entries);
    return entries;
  }

  function firstPage(query: NormalizedListQuery): Page<AdapterRecord> {
    const found = matchingRecords(query);
    if (query.ranked && query.q !== null) {
      // The ranked ones, and as many after them as a page may reach.
      const firsts = smallestInOrder(found, RANKED_MATCHES + query.limit, recordComparator(query)).map(sortEntryMaker(query));
      const page = rankMatches(firsts, createSearchRank(collection, query.q)).slice(0, query.limit);
      return toPage(page, found.length > page.length, found.length, query);
    }
    const page = smallestInOrder(found, query.limit, recordComparator(query));
    return toPage(page.map(sortEntryMaker(query)), found.length > page.length, found.length, query);
  }

  return {
    page(query, after) {
      const cacheKey = JSON.stringify([query.where, query.sort, query.q, query.ranked]);
      const cached = sortedByQuery.get(cacheKey);
      if (!cached && after === null) return firstPage(query);
      const sorted = cached ?? sortedMatches(query, cacheKey);
      const start = after === null ? 0 : firstAfter(sorted, after, keyComparator(pageOrder(query)));
      const page = sorted.slice(start, start + query.limit);
      return toPage(page, start + page.length < sorted.length, sorted.length, query);
    },

    clear() {
      sortedByQuery.clear();
    },
  };
}

function toPage(entries: readonly SortedEntry[], hasMore: boolean, total: number, query: NormalizedListQuery): Page<AdapterRecord> {
  const last = entries.at(-1);
  return {
    items: entries.map((entry) => cloneJson(entry.record)),
    nextCursor: hasMore && last ? encodeCursor(pageOrder(query), last.keys) : null,
    total,
  };
}

/** Pairs records with their sort values, for sorting and for the cursor of a page's last row. */
function sortEntryMaker({ sort }: NormalizedListQuery): (record: AdapterRecord) => SortedEntry {
  const readers = sort.map(({ field }) => compileFieldPath(field));
  return (record) => ({ keys: readers.map((read) => read(record)), record });
}

function keyComparator(sort: NormalizedListQuery['sort']): (a: readonly unknown[], b: readonly unknown[]) => number {
  const signs = sort.map(({ direction }) => (direction === 'desc' ? -1 : 1));
  return (a, b) => {
    for (let i = 0; i < signs.length; i++) {
      const order = compareQuickly(a[i], b[i]);
      if (order !== 0) return order * (signs[i] as number);
    }
    return 0;
  };
}

/** Compares records by reading their sort fields as it goes: no key arrays for the many that lose. */
function recordComparator({ sort }: NormalizedListQuery): (a: AdapterRecord, b: AdapterRecord) => number {
  const keys = sort.map(({ field, direction }) => ({ read: compileFieldPath(field), sign: direction === 'desc' ? -1 : 1 }));
  return (a, b) => {
    for (const { read, sign } of keys) {
      const order = compareQuickly(read(a), read(b));
      if (order !== 0) return order * sign;
    }
    return 0;
  };
}

/** `compareValues`, with same-type strings and numbers (nearly every comparison) settled inline. */
function compareQuickly(x: unknown, y: unknown): number {
  return (typeof x === 'string' && typeof y === 'string') || (typeof x === 'number' && typeof y === 'number')
    ? x < y ? -1 : x > y ? 1 : 0
    : compareValues(x, y);
}

/** Index of the first entry strictly after `position` (binary search over the sorted entries). */
function firstAfter(sorted: readonly SortedEntry[], position: readonly unknown[], compare: (a: readonly unknown[], b: readonly unknown[]) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare((sorted[mid] as SortedEntry).keys, position) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
