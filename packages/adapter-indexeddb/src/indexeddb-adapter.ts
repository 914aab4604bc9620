import {
  ConflictError,
  NotFoundError,
  ValidationError,
  randomId,
  type AdapterRecord,
  type ChangeEvent,
  type CreateOptions,
  type ListQuery,
  type Page,
  type RemoveOptions,
  type RequestOptions,
  type StorageAdapter,
  type Unsubscribe,
  type UpdateOptions,
} from '@rapport/core';
import {
  cloneJson,
  highestNumber,
  normalizeListQuery,
  numberFieldOf,
  patchRecord,
  requireRecordObject,
  stampRecord,
} from '@rapport/core/adapter';
import type { StoreRecords } from '@rapport/core/domain';
import type { Survey, SurveyResponse } from '@rapport/core';
import { createChangeFeed, type ChangeChannel } from './change-feed.js';
import { createCollectionCache } from './collection-cache.js';
import { createConnection } from './connection.js';
import { IDEMPOTENCY, RECORDS, REVISIONS } from './database.js';
import { requestResult } from './idb-request.js';
import { pageOfRecords } from './page-of-records.js';
import { toStorageError } from './storage-error.js';

export interface IndexedDbAdapterOptions {
  /** The database name; tabs using the same name share records and hear each other's changes. Default `'rapport'`. */
  readonly name?: string;
  /** Stamped on every record; each tenant sees only its own. Default `'default'`. */
  readonly tenantId?: string;
  /** Default: the global `indexedDB`. Pass another implementation (e.g. an in-memory one in Node) with its `IDBKeyRange`. */
  readonly indexedDB?: IDBFactory;
  /** Default: the global `IDBKeyRange`; must come from the same implementation as `indexedDB`. */
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** The clock for `createdAt`/`updatedAt`. Default: the system clock. */
  readonly now?: () => Date;
  /** Makes ids for records created without one. Default: `randomId()` from `@rapport/core`. */
  readonly idGenerator?: () => string;
  /**
   * Carries changes to and from other tabs. Default: a `BroadcastChannel` named `rapport:<name>`
   * (which the adapter closes on `close()`); `null` keeps changes to this page.
   */
  readonly channel?: ChangeChannel | null;
}

export interface IndexedDbAdapter extends StorageAdapter {
  /** Hears this page's writes and, through the channel, other tabs'. */
  watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe;
  /** Worked out from every customer's records in this database, RFM included. */
  customerMeasures: NonNullable<StorageAdapter['customerMeasures']>;
  surveySummary: NonNullable<StorageAdapter['surveySummary']>;
  /** Releases the database connection and the channel; a later call opens them again. */
  close(): void;
}

/**
 * Persistent browser storage: records outlive a reload, every write is one transaction (a
 * conflict leaves the store as it was), idempotency keys are stored with the records so a replay
 * after a reload still returns the first result, and other tabs' writes reach `watch`.
 */
export function createIndexedDbAdapter(options: IndexedDbAdapterOptions = {}): IndexedDbAdapter {
  const name = options.name ?? 'rapport';
  const tenantId = options.tenantId ?? 'default';
  const now = options.now ?? (() => new Date());
  const newId = options.idGenerator ?? randomId;
  const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  const connection = createConnection(options.indexedDB ?? globalThis.indexedDB, name);
  const cache = createCollectionCache();
  // Only a channel the adapter opened itself is the adapter's to close.
  let ownChannel: BroadcastChannel | undefined;
  const feed = createChangeFeed({
    tenantId,
    openChannel: () => {
      if (options.channel !== undefined) return options.channel;
      ownChannel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`rapport:${name}`) : undefined;
      return ownChannel ?? null;
    },
    closeChannel: () => {
      ownChannel?.close();
      ownChannel = undefined;
    },
    // Another tab's write, applied to this page's cache so the next list need not reload.
    onRemoteChange: ({ collection, id, record }, revision) => cache.follow(collection, revision, id, record),
  });

  const recordKey = (collection: string, id: string) => [tenantId, collection, id];
  const revisionKey = (collection: string) => [tenantId, collection];

  async function revisionOf(transaction: IDBTransaction, collection: string): Promise<number> {
    return (await requestResult<number | undefined>(transaction.objectStore(REVISIONS).get(revisionKey(collection)))) ?? 0;
  }

  /** Marks the collection changed, inside the write's transaction; returns the revision it had. */
  async function bumpRevision(transaction: IDBTransaction, collection: string): Promise<number> {
    const from = await revisionOf(transaction, collection);
    transaction.objectStore(REVISIONS).put(from + 1, revisionKey(collection));
    return from;
  }

  /**
   * `data` with the collection's next number, if it numbers its records, counted under
   * `revisions` in the create's own transaction (so two tabs never give one number twice); the
   * first count starts after the highest number already stored.
   */
  async function numbered(transaction: IDBTransaction, collection: string, data: Readonly<Record<string, unknown>>): Promise<Readonly<Record<string, unknown>>> {
    const field = numberFieldOf(collection);
    if (field === undefined || !keyRange) return data;
    const counters = transaction.objectStore(REVISIONS);
    const key = [tenantId, collection, field];
    let last = await requestResult<number | undefined>(counters.get(key));
    if (last === undefined) {
      const stored = await requestResult<AdapterRecord[]>(transaction.objectStore(RECORDS).getAll(keyRange.bound([tenantId, collection], [tenantId, collection, []])));
      last = highestNumber(stored, field);
    }
    counters.put(last + 1, key);
    return { ...data, [field]: last + 1 };
  }

  async function existing(transaction: IDBTransaction, collection: string, id: string): Promise<AdapterRecord> {
    const record = await requestResult<AdapterRecord | undefined>(transaction.objectStore(RECORDS).get(recordKey(collection, id)));
    if (!record) throw new NotFoundError(collection, id);
    return record;
  }

  /** Every record of this tenant's collection: a snapshot, from the cache while no write has come since. */
  async function recordsOf(collection: string): Promise<AdapterRecord[]> {
    if (!keyRange) throw toStorageError(new DOMException('IDBKeyRange is not available', 'NotSupportedError'));
    // Every key of this tenant's collection lies between [tenant, collection] and
    // [tenant, collection, []]: arrays sort after strings in IndexedDB's key order.
    const range = keyRange.bound([tenantId, collection], [tenantId, collection, []]);
    return connection.transact([RECORDS, REVISIONS], 'readonly', async (transaction) => {
      const revision = await revisionOf(transaction, collection);
      const cached = cache.at(collection, revision);
      // A snapshot: this page's later writes update the cache while this list is still paging.
      if (cached) return [...cached.values()];
      const loaded = await requestResult<AdapterRecord[]>(transaction.objectStore(RECORDS).getAll(range));
      cache.keep(collection, revision, loaded);
      return loaded;
    });
  }

  return {
    name: 'indexeddb',

    async get(collection: string, id: string, requestOptions?: RequestOptions): Promise<AdapterRecord> {
      requestOptions?.signal?.throwIfAborted();
      return connection.transact([RECORDS], 'readonly', (transaction) => existing(transaction, collection, id));
    },

    async list(collection: string, query?: ListQuery, requestOptions?: RequestOptions): Promise<Page<AdapterRecord>> {
      requestOptions?.signal?.throwIfAborted();
      const normalized = normalizeListQuery(query);
      const page = pageOfRecords(collection, await recordsOf(collection), normalized);
      return { ...page, items: page.items.map(cloneJson) };
    },

    async create(collection: string, data: Readonly<Record<string, unknown>>, createOptions: CreateOptions = {}): Promise<AdapterRecord> {
      createOptions.signal?.throwIfAborted();
      requireRecordObject(data);
      const { idempotencyKey } = createOptions;
      const outcome = await connection.transact([RECORDS, IDEMPOTENCY, REVISIONS], 'readwrite', async (transaction) => {
        const records = transaction.objectStore(RECORDS);
        const createdByKey = transaction.objectStore(IDEMPOTENCY);
        if (idempotencyKey !== undefined) {
          const replayed = await requestResult<AdapterRecord | undefined>(createdByKey.get([tenantId, collection, idempotencyKey]));
          if (replayed) return { record: replayed, replayed: true, from: undefined };
        }
        const id = createOptions.id ?? newId();
        if (typeof id !== 'string' || id === '') throw new ValidationError([{ path: ['id'], code: 'invalid_type', message: 'Must be text' }]);
        const taken = await requestResult<AdapterRecord | undefined>(records.get(recordKey(collection, id)));
        if (taken) throw new ConflictError(collection, id, 0, taken);
        const at = now().toISOString();
        const record = stampRecord(await numbered(transaction, collection, data), { id, tenantId, version: 1, createdAt: at, updatedAt: at });
        records.put(record, recordKey(collection, id));
        if (idempotencyKey !== undefined) createdByKey.put(record, [tenantId, collection, idempotencyKey]);
        return { record, replayed: false, from: await bumpRevision(transaction, collection) };
      });
      if (outcome.from !== undefined) {
        cache.follow(collection, outcome.from, outcome.record.id, outcome.record);
        feed.publish({ collection, type: 'created', id: outcome.record.id, record: outcome.record }, outcome.from);
      }
      // The cache keeps this object: the caller gets a copy.
      return cloneJson(outcome.record);
    },

    async update(collection: string, id: string, patch: Readonly<Record<string, unknown>>, updateOptions: UpdateOptions): Promise<AdapterRecord> {
      updateOptions?.signal?.throwIfAborted();
      requireRecordObject(patch);
      const expectedVersion = updateOptions?.expectedVersion;
      if (!Number.isInteger(expectedVersion)) {
        throw new ValidationError([{ path: ['expectedVersion'], code: 'invalid_type', message: 'Must be a whole number' }]);
      }
      const { record, from } = await connection.transact([RECORDS, REVISIONS], 'readwrite', async (transaction) => {
        const current = await existing(transaction, collection, id);
        if (current.version !== expectedVersion) throw new ConflictError(collection, id, expectedVersion, current);
        const updated = patchRecord(current, patch, now().toISOString());
        transaction.objectStore(RECORDS).put(updated, recordKey(collection, id));
        return { record: updated, from: await bumpRevision(transaction, collection) };
      });
      cache.follow(collection, from, id, record);
      feed.publish({ collection, type: 'updated', id, record }, from);
      return cloneJson(record);
    },

    async remove(collection: string, id: string, removeOptions?: RemoveOptions): Promise<void> {
      removeOptions?.signal?.throwIfAborted();
      const expectedVersion = removeOptions?.expectedVersion;
      const from = await connection.transact([RECORDS, REVISIONS], 'readwrite', async (transaction) => {
        const current = await existing(transaction, collection, id);
        if (expectedVersion !== undefined && current.version !== expectedVersion) {
          throw new ConflictError(collection, id, expectedVersion, current);
        }
        transaction.objectStore(RECORDS).delete(recordKey(collection, id));
        return bumpRevision(transaction, collection);
      });
      cache.follow(collection, from, id, undefined);
      feed.publish({ collection, type: 'removed', id }, from);
    },

    watch: (collection, listener) => feed.watch(collection, listener),

    // Every customer's orders are in this database: rank among them as a server would, with no download.
    async customerMeasures(kind, id, requestOptions) {
      requestOptions?.signal?.throwIfAborted();
      await connection.transact([RECORDS], 'readonly', (transaction) => existing(transaction, kind === 'contact' ? 'contacts' : 'accounts', id));
      const names = ['contacts', 'orders', 'activities', 'deals', 'tickets', 'surveyResponses', 'surveys'] as const;
      const loaded = await Promise.all(names.map((collection) => recordsOf(collection)));
      const records = Object.fromEntries(names.map((collection, i) => [collection, loaded[i]])) as unknown as StoreRecords;
      // The domain rules load on first use: a page that never shows measures does not pay for them.
      const { keptMeasuresAmong } = await import('@rapport/core/domain');
      return keptMeasuresAmong(records, kind, id, now());
    },

    // The responses are in this database: counted here, so a summary never copies them out.
    async surveySummary(surveyId, query, requestOptions) {
      requestOptions?.signal?.throwIfAborted();
      const survey = (await connection.transact([RECORDS], 'readonly', (transaction) => existing(transaction, 'surveys', surveyId))) as unknown as Survey;
      const [{ aggregateSurveyPeriod }, { parseSurveyPeriodQuery }] = await Promise.all([import('@rapport/core/survey-counting'), import('@rapport/core/domain')]);
      const checked = parseSurveyPeriodQuery(query as unknown as Record<string, unknown>, survey);
      return aggregateSurveyPeriod(survey, (await recordsOf('surveyResponses')) as unknown as SurveyResponse[], checked);
    },

    close() {
      feed.close();
      connection.close();
      cache.clear();
    },
  };
}
