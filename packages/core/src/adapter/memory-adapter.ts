import { ConflictError, NotFoundError, ValidationError } from '../errors/index.js';
import { randomId } from '../random-id.js';
import { isEntityName } from '../schema/entity-names.js';
import { validateStored } from '../schema/validators.js';
import { cloneJson } from './clone-json.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { compileFieldPath } from './field-path.js';
import { normalizeListQuery, type NormalizedListQuery } from './list-query.js';
import { patchRecord, requireRecordObject, stampRecord } from './record-fields.js';
import { createRecordFilter } from './record-filter.js';
import { createSearchFilter } from './search-filter.js';
import { smallestInOrder } from './smallest-in-order.js';
import type {
  AdapterRecord,
  ChangeEvent,
  ChangeType,
  CreateOptions,
  ListQuery,
  Page,
  RemoveOptions,
  RequestOptions,
  StorageAdapter,
  Unsubscribe,
  UpdateOptions,
} from './storage-adapter.js';
import { compareValues } from './value-order.js';

export type RecordInput = Readonly<Record<string, unknown>>;

export interface MemoryAdapterOptions {
  /**
   * Records to preload, by collection. A record keeps its `id`, `version`, `createdAt` and
   * `updatedAt` when it has them and gets fresh ones when not; `tenantId` is always the adapter's.
   * A record of a CRM collection (`contacts`, `deals`, …) is stored as a write would store it:
   * checked against its entity's schema, with the schema's defaults, or refused with a
   * `ValidationError` naming the record and its fields.
   */
  readonly seed?: Readonly<Record<string, readonly RecordInput[]>>;
  /** Stamped on every record. Default `'default'`. */
  readonly tenantId?: string;
  /** The clock for `createdAt`/`updatedAt`. Default: the system clock. */
  readonly now?: () => Date;
  /** Makes ids for records created without one. Default: `randomId()`. */
  readonly idGenerator?: () => string;
}

/** The memory adapter always supports `watch`. */
export interface MemoryAdapter extends StorageAdapter {
  watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe;
}

/** A matching record with its sort values (its `id` last), in the order a query asked for. */
interface SortedEntry {
  readonly keys: readonly unknown[];
  readonly record: AdapterRecord;
}

interface Collection {
  readonly name: string;
  readonly records: Map<string, AdapterRecord>;
  /** idempotencyKey → the record its first create returned. */
  readonly createdByKey: Map<string, AdapterRecord>;
  /** Sorted matches of recent queries, so paging on does not filter and sort again; emptied by every write. */
  readonly sortedByQuery: Map<string, readonly SortedEntry[]>;
}

const CACHED_QUERIES_PER_COLLECTION = 8;

/**
 * Storage in the page's memory: the default for browsers and tests. Records are JSON objects
 * stored as private copies; every read returns fresh copies, so callers can never change the
 * store by mutating what they got.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const tenantId = options.tenantId ?? 'default';
  const now = options.now ?? (() => new Date());
  const newId = options.idGenerator ?? randomId;
  const collections = new Map<string, Collection>();
  const listeners = new Map<string, Set<(change: ChangeEvent) => void>>();

  function collectionOf(name: string): Collection {
    let collection = collections.get(name);
    if (!collection) {
      collection = { name, records: new Map(), createdByKey: new Map(), sortedByQuery: new Map() };
      collections.set(name, collection);
    }
    return collection;
  }

  function existing(name: string, id: string): AdapterRecord {
    const record = collections.get(name)?.records.get(id);
    if (!record) throw new NotFoundError(name, id);
    return record;
  }

  function store(name: string, record: AdapterRecord): void {
    const collection = collectionOf(name);
    collection.records.set(record.id, record);
    collection.sortedByQuery.clear();
  }

  function announce(collection: string, type: ChangeType, id: string, record?: AdapterRecord): void {
    for (const key of [collection, '*']) {
      for (const listener of listeners.get(key) ?? []) {
        // Each listener runs in its own microtask: after the write's caller resumes, and a
        // throwing listener cannot keep the others from hearing about the change.
        queueMicrotask(() => {
          if (!listeners.get(key)?.has(listener)) return;
          listener(record ? { collection, type, id, record: cloneJson(record) } : { collection, type, id });
        });
      }
    }
  }

  function matchingRecords(collection: Collection, query: NormalizedListQuery): AdapterRecord[] {
    const matches = createRecordFilter(query.where);
    const searched = createSearchFilter(collection.name, query.q);
    const found: AdapterRecord[] = [];
    for (const record of collection.records.values()) if (matches(record) && searched(record)) found.push(record);
    return found;
  }

  /** All matches in order, kept until the next write so that paging on is a binary search. */
  function sortedMatches(collection: Collection, query: NormalizedListQuery, cacheKey: string): readonly SortedEntry[] {
    const compare = keyComparator(query);
    const entries = matchingRecords(collection, query)
      .map(sortEntryMaker(query))
      .sort((a, b) => compare(a.keys, b.keys));
    if (collection.sortedByQuery.size >= CACHED_QUERIES_PER_COLLECTION) {
      const oldest = collection.sortedByQuery.keys().next().value;
      if (oldest !== undefined) collection.sortedByQuery.delete(oldest);
    }
    collection.sortedByQuery.set(cacheKey, entries);
    return entries;
  }

  /** A first page, picked without sorting every match: most lists are never paged further. */
  function firstPage(collection: Collection, query: NormalizedListQuery): Page<AdapterRecord> {
    const found = matchingRecords(collection, query);
    const page = smallestInOrder(found, query.limit, recordComparator(query));
    return toPage(page.map(sortEntryMaker(query)), found.length > page.length, found.length, query);
  }

  for (const [name, records] of Object.entries(options.seed ?? {})) {
    const seededAt = now().toISOString();
    for (const fields of records) {
      const id = typeof fields.id === 'string' && fields.id ? fields.id : newId();
      const version = Number.isInteger(fields.version) && (fields.version as number) >= 1 ? (fields.version as number) : 1;
      const createdAt = typeof fields.createdAt === 'string' ? fields.createdAt : seededAt;
      const updatedAt = typeof fields.updatedAt === 'string' ? fields.updatedAt : createdAt;
      store(name, seededRecord(name, stampRecord(fields, { id, tenantId, version, createdAt, updatedAt })));
    }
  }

  return {
    name: 'memory',

    async get(collection: string, id: string, options?: RequestOptions): Promise<AdapterRecord> {
      options?.signal?.throwIfAborted();
      return cloneJson(existing(collection, id));
    },

    async list(collection: string, query?: ListQuery, options?: RequestOptions): Promise<Page<AdapterRecord>> {
      options?.signal?.throwIfAborted();
      const normalized = normalizeListQuery(query);
      const after = normalized.cursor === null ? null : decodeCursor(normalized.cursor, normalized.sort);
      const state = collectionOf(collection);
      const cacheKey = JSON.stringify([normalized.where, normalized.sort, normalized.q]);
      const cached = state.sortedByQuery.get(cacheKey);
      if (!cached && after === null) return firstPage(state, normalized);
      const sorted = cached ?? sortedMatches(state, normalized, cacheKey);
      const start = after === null ? 0 : firstAfter(sorted, after, keyComparator(normalized));
      const page = sorted.slice(start, start + normalized.limit);
      return toPage(page, start + page.length < sorted.length, sorted.length, normalized);
    },

    async create(collection: string, data: RecordInput, options: CreateOptions = {}): Promise<AdapterRecord> {
      options.signal?.throwIfAborted();
      requireRecordObject(data);
      const { createdByKey, records } = collectionOf(collection);
      const replayed = options.idempotencyKey === undefined ? undefined : createdByKey.get(options.idempotencyKey);
      if (replayed) return cloneJson(replayed);
      const id = options.id ?? newId();
      if (typeof id !== 'string' || id === '') throw new ValidationError([{ path: ['id'], code: 'invalid_type', message: 'Must be text' }]);
      const taken = records.get(id);
      // Expected version 0: the caller expected no record under this id.
      if (taken) throw new ConflictError(collection, id, 0, cloneJson(taken));
      const at = now().toISOString();
      const record = stampRecord(data, { id, tenantId, version: 1, createdAt: at, updatedAt: at });
      store(collection, record);
      if (options.idempotencyKey !== undefined) createdByKey.set(options.idempotencyKey, record);
      announce(collection, 'created', id, record);
      return cloneJson(record);
    },

    async update(collection: string, id: string, patch: RecordInput, options: UpdateOptions): Promise<AdapterRecord> {
      options?.signal?.throwIfAborted();
      requireRecordObject(patch);
      const expectedVersion = options?.expectedVersion;
      if (!Number.isInteger(expectedVersion)) {
        throw new ValidationError([{ path: ['expectedVersion'], code: 'invalid_type', message: 'Must be a whole number' }]);
      }
      const current = existing(collection, id);
      if (current.version !== expectedVersion) throw new ConflictError(collection, id, expectedVersion, cloneJson(current));
      const record = patchRecord(current, patch, now().toISOString());
      store(collection, record);
      announce(collection, 'updated', id, record);
      return cloneJson(record);
    },

    async remove(collection: string, id: string, options?: RemoveOptions): Promise<void> {
      options?.signal?.throwIfAborted();
      const current = existing(collection, id);
      const expectedVersion = options?.expectedVersion;
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        throw new ConflictError(collection, id, expectedVersion, cloneJson(current));
      }
      const { records, sortedByQuery } = collectionOf(collection);
      records.delete(id);
      sortedByQuery.clear();
      announce(collection, 'removed', id);
    },

    watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe {
      let subscribed = listeners.get(collection);
      if (!subscribed) listeners.set(collection, (subscribed = new Set()));
      subscribed.add(listener);
      return () => {
        subscribed.delete(listener);
      };
    },
  };
}

function toPage(entries: readonly SortedEntry[], hasMore: boolean, total: number, query: NormalizedListQuery): Page<AdapterRecord> {
  const last = entries.at(-1);
  return {
    items: entries.map((entry) => cloneJson(entry.record)),
    nextCursor: hasMore && last ? encodeCursor(query.sort, last.keys) : null,
    total,
  };
}

/** Pairs records with their sort values, for sorting and for the cursor of a page's last row. */
function sortEntryMaker({ sort }: NormalizedListQuery): (record: AdapterRecord) => SortedEntry {
  const readers = sort.map(({ field }) => compileFieldPath(field));
  return (record) => ({ keys: readers.map((read) => read(record)), record });
}

function keyComparator({ sort }: NormalizedListQuery): (a: readonly unknown[], b: readonly unknown[]) => number {
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

/** A seed of a CRM collection, as the client's create would have stored it; other collections as given. */
function seededRecord(collection: string, record: AdapterRecord): AdapterRecord {
  return isEntityName(collection) ? (validateStored(collection, record, `Seed record ${record.id} of ${collection} is invalid`) as AdapterRecord) : record;
}
