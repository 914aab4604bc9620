import type { StoreRecords } from '../domain/kept-measures.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors/index.js';
import { randomId } from '../random-id.js';
import { isEntityName } from '../schema/entity-names.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import type { Survey } from '../schema/survey.js';
import { validateStored } from '../schema/validators.js';
import { createChangeListeners } from './change-listeners.js';
import { cloneJson } from './clone-json.js';
import { decodeCursor } from './cursor.js';
import { normalizeListQuery, pageOrder } from './list-query.js';
import { joinHub, PresenceHub } from './presence.js';
import { patchRecord, requireRecordObject, stampRecord } from './record-fields.js';
import { highestNumber, numberFieldOf } from './record-numbers.js';
import { createSortedPageCache, type SortedPageCache } from './sorted-page-cache.js';
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

/**
 * The memory adapter always supports `watch`, keeps the customer measures and counts survey
 * periods: every record is at hand. Its presence is that of the widgets over it in this page, so
 * two desks on one page (a story, a test) see each other.
 */
export interface MemoryAdapter extends StorageAdapter {
  watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe;
  customerMeasures: NonNullable<StorageAdapter['customerMeasures']>;
  surveySummary: NonNullable<StorageAdapter['surveySummary']>;
  presence: NonNullable<StorageAdapter['presence']>;
}

interface Collection {
  readonly records: Map<string, AdapterRecord>;
  /** idempotencyKey → the record its first create returned. */
  readonly createdByKey: Map<string, AdapterRecord>;
  /** Sorted matches of recent queries, so paging on does not filter and sort again; emptied by every write. */
  readonly pages: SortedPageCache;
  /** The last number given in a numbered collection (see `NUMBERED_COLLECTIONS`), once one was. */
  lastNumber?: number;
}

/**
 * Storage in the page's memory: the default for browsers and tests. Records are JSON objects
 * stored as private copies; every read returns fresh copies, so callers can never change the
 * store by mutating what they got.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return openMemoryAdapter(options, checkedSeedRecord);
}

/**
 * A memory adapter whose seed is stored as given, unchecked: for a seed known to hold only what a
 * write would store (the demo data, which its tests hold to the entity schemas), so that loading it
 * does not load every entity's schema to check it.
 */
export function createMemoryAdapterFromTrustedSeed(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return openMemoryAdapter(options, (_collection, record) => record);
}

/** The adapter, its seed's records of CRM collections stored as `admitSeed` gives them. */
function openMemoryAdapter(options: MemoryAdapterOptions, admitSeed: (collection: string, record: AdapterRecord) => AdapterRecord): MemoryAdapter {
  let presence: PresenceHub | undefined;
  const tenantId = options.tenantId ?? 'default';
  const now = options.now ?? (() => new Date());
  const newId = options.idGenerator ?? randomId;
  const collections = new Map<string, Collection>();
  const listeners = createChangeListeners();

  function collectionOf(name: string): Collection {
    let collection = collections.get(name);
    if (!collection) {
      const records = new Map<string, AdapterRecord>();
      collection = { records, createdByKey: new Map(), pages: createSortedPageCache(name, records) };
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
    collection.pages.clear();
  }

  /** `data` with the collection's next number, if it numbers its records; a caller's own number is replaced. */
  function numbered(name: string, data: RecordInput): RecordInput {
    const field = numberFieldOf(name);
    if (field === undefined) return data;
    const collection = collectionOf(name);
    collection.lastNumber = (collection.lastNumber ?? highestNumber(collection.records.values(), field)) + 1;
    return { ...data, [field]: collection.lastNumber };
  }

  function announce(collection: string, type: ChangeType, id: string, record?: AdapterRecord): void {
    listeners.deliver(record ? { collection, type, id, record } : { collection, type, id });
  }

  for (const [name, records] of Object.entries(options.seed ?? {})) {
    const seededAt = now().toISOString();
    for (const fields of records) {
      const id = typeof fields.id === 'string' && fields.id ? fields.id : newId();
      const version = Number.isInteger(fields.version) && (fields.version as number) >= 1 ? (fields.version as number) : 1;
      const createdAt = typeof fields.createdAt === 'string' ? fields.createdAt : seededAt;
      const updatedAt = typeof fields.updatedAt === 'string' ? fields.updatedAt : createdAt;
      store(name, admitSeed(name, stampRecord(fields, { id, tenantId, version, createdAt, updatedAt })));
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
      const after = normalized.cursor === null ? null : decodeCursor(normalized.cursor, pageOrder(normalized));
      return collectionOf(collection).pages.page(normalized, after);
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
      const record = stampRecord(numbered(collection, data), { id, tenantId, version: 1, createdAt: at, updatedAt: at });
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
      const { records, pages } = collectionOf(collection);
      records.delete(id);
      pages.clear();
      announce(collection, 'removed', id);
    },

    watch(collection: string, listener: (change: ChangeEvent) => void): Unsubscribe {
      return listeners.watch(collection, listener);
    },

    presence(join) {
      // Sessions end when their widget leaves: a page's memory cannot outlive its tab.
      return joinHub((presence ??= new PresenceHub()), join, randomId());
    },

    // Worked out on each read rather than kept: nothing is stale, and ranking needs no download here.
    async customerMeasures(kind, id, options) {
      options?.signal?.throwIfAborted();
      existing(kind === 'contact' ? 'contacts' : 'accounts', id);
      const all = (name: keyof StoreRecords) => [...(collections.get(name)?.records.values() ?? [])] as never;
      const records: StoreRecords = {
        contacts: all('contacts'),
        orders: all('orders'),
        activities: all('activities'),
        deals: all('deals'),
        tickets: all('tickets'),
        surveyResponses: all('surveyResponses'),
        surveys: all('surveys'),
      };
      // The domain rules load on first use: a page that never shows measures does not pay for them.
      const { keptMeasuresAmong } = await import('../domain/kept-measures.js');
      return keptMeasuresAmong(records, kind, id, now());
    },

    // Every response is at hand: counted here, so a summary never copies them out.
    async surveySummary(surveyId, query, options) {
      options?.signal?.throwIfAborted();
      const survey = existing('surveys', surveyId) as unknown as Survey;
      const [{ aggregateSurveyPeriod }, { parseSurveyPeriodQuery }] = await Promise.all([import('../domain/survey-period-builder.js'), import('../domain/survey-period-query.js')]);
      const responses = collections.get('surveyResponses')?.records.values() ?? [];
      return aggregateSurveyPeriod(survey, responses as Iterable<SurveyResponse>, parseSurveyPeriodQuery(query as unknown as Record<string, unknown>, survey));
    },
  };
}

/** A seed of a CRM collection, as the client's create would have stored it; other collections as given. */
function checkedSeedRecord(collection: string, record: AdapterRecord): AdapterRecord {
  return isEntityName(collection) ? (validateStored(collection, record, `Seed record ${record.id} of ${collection} is invalid`) as AdapterRecord) : record;
}
