import type { MutationOptions, QueryClient, QueryObserverOptions } from '@tanstack/query-core';
import type {
  AdapterRecord,
  CreateOptions,
  ListQuery,
  Page,
  RemoveOptions,
  RequestOptions,
  StorageAdapter,
  UpdateOptions,
} from '../adapter/storage-adapter.js';
import { isCrmError, NetworkError, type CrmError } from '../errors/index.js';
import type { DomainEventBus } from '../events/index.js';
import type { EntityCreate, EntityName, EntityRecord, EntityUpdate } from '../schema/entities.js';
import type { CachedRecordLookup } from './announce-write.js';
import { writeConfirmedRecord } from './confirmed-record.js';
import { createQueryKeys, invalidateCollectionReads, type QueryKeys } from './query-keys.js';
import { createSerialQueue } from './serial-queue.js';
import { requireStoredRecord } from './stored-record-issues.js';
import { loadValidators, loadWrites, loadWriteSupport, type WriteSupport } from './validators.js';

export interface CreateVariables<N extends EntityName> {
  readonly input: EntityCreate<N>;
  readonly options?: CreateOptions;
}

export interface UpdateVariables<N extends EntityName> {
  readonly id: string;
  readonly patch: EntityUpdate<N>;
  readonly options: UpdateOptions;
}

export interface RemoveVariables {
  readonly id: string;
  readonly options?: RemoveOptions;
}

export type DetailQueryKey<N extends EntityName> = ReturnType<QueryKeys<N>['detail']>;
export type ListQueryKey<N extends EntityName> = ReturnType<QueryKeys<N>['list']>;

/** Options for `new QueryObserver(client.queryClient, …)` that read one record. */
export type DetailQueryOptions<N extends EntityName> = QueryObserverOptions<
  EntityRecord<N>,
  CrmError,
  EntityRecord<N>,
  EntityRecord<N>,
  DetailQueryKey<N>
>;

/** Options for `new QueryObserver(client.queryClient, …)` that read one page of a list. */
export type ListQueryOptions<N extends EntityName> = QueryObserverOptions<
  Page<EntityRecord<N>>,
  CrmError,
  Page<EntityRecord<N>>,
  Page<EntityRecord<N>>,
  ListQueryKey<N>
>;

/** The typed access to one collection: direct reads, cached reads, and writes with optimistic updates. */
export interface Resource<N extends EntityName> {
  readonly collection: N;
  readonly keys: QueryKeys<N>;
  /** Reads one record from the adapter, bypassing the cache. */
  get(id: string, options?: RequestOptions): Promise<EntityRecord<N>>;
  /** Reads one page from the adapter, bypassing the cache. */
  list(query?: ListQuery, options?: RequestOptions): Promise<Page<EntityRecord<N>>>;
  create(input: EntityCreate<N>, options?: CreateOptions): Promise<EntityRecord<N>>;
  update(id: string, patch: EntityUpdate<N>, options: UpdateOptions): Promise<EntityRecord<N>>;
  remove(id: string, options?: RemoveOptions): Promise<void>;
  detailQuery(id: string): DetailQueryOptions<N>;
  listQuery(query?: ListQuery): ListQueryOptions<N>;
  /** Reads one record through the cache: a fresh cached copy is returned without asking the adapter. */
  fetch(id: string): Promise<EntityRecord<N>>;
  fetchList(query?: ListQuery): Promise<Page<EntityRecord<N>>>;
  /** Options for `new MutationObserver(client.queryClient, …)`; `create` runs the same mutation. */
  createMutation(): MutationOptions<EntityRecord<N>, CrmError, CreateVariables<N>>;
  updateMutation(): MutationOptions<EntityRecord<N>, CrmError, UpdateVariables<N>>;
  removeMutation(): MutationOptions<void, CrmError, RemoveVariables>;
}

export interface ResourceContext {
  readonly adapter: StorageAdapter;
  readonly queryClient: QueryClient;
  readonly events: DomainEventBus;
  /** Check every record read against its entity's whole schema, not only its stored fields. */
  readonly validateReads: boolean;
}

const MAX_READ_ATTEMPTS = 3;

/** One generic implementation serves every collection, which keeps the browser bundle small. */
export function createResource<N extends EntityName>(collection: N, { adapter, queryClient, events, validateReads }: ResourceContext): Resource<N> {
  const keys = createQueryKeys(collection);
  // One write at a time per record: each optimistic change and its rollback then see the cache
  // the previous write of that record left, never a half-finished one.
  const serialPerRecord = createSerialQueue();

  const cachedWith =
    ({ findCachedRecord }: WriteSupport): CachedRecordLookup =>
    (other, id) =>
      findCachedRecord(queryClient, createQueryKeys(other), id);

  async function parseStored(raw: AdapterRecord): Promise<EntityRecord<N>> {
    const record = requireStoredRecord(collection, raw);
    if (!validateReads) return record as unknown as EntityRecord<N>;
    const { validateStored } = await loadValidators();
    return validateStored(collection, record, `A stored ${collection} record is invalid`) as unknown as EntityRecord<N>;
  }

  async function get(id: string, options?: RequestOptions): Promise<EntityRecord<N>> {
    return parseStored(await callAdapter(() => adapter.get(collection, id, options)));
  }

  async function list(query: ListQuery = {}, options?: RequestOptions): Promise<Page<EntityRecord<N>>> {
    const page = await callAdapter(() => adapter.list(collection, query, options));
    return { ...page, items: await Promise.all(page.items.map(parseStored)) };
  }

  /** Events of an update compare against the record as it was; read it only when the cache lacks that version. */
  async function previousVersion(writes: WriteSupport, id: string, expectedVersion: number): Promise<EntityRecord<N> | undefined> {
    if (!writes.announcesUpdates(collection)) return undefined;
    const known = cachedWith(writes)(collection, id);
    return known?.version === expectedVersion ? known : get(id);
  }

  async function stopRefetches(id: string): Promise<void> {
    // A response already on its way must not overwrite the optimistic change with older data.
    await queryClient.cancelQueries({ queryKey: keys.detail(id), exact: true });
    await queryClient.cancelQueries({ queryKey: keys.lists() });
  }

  function createMutation(): MutationOptions<EntityRecord<N>, CrmError, CreateVariables<N>> {
    return {
      mutationKey: [...keys.all, 'create'],
      networkMode: 'always',
      mutationFn: async ({ input, options }) => {
        const [validators, writes] = await loadWrites();
        const data = validators.validateCreate(collection, input);
        const record = await parseStored(await callAdapter(() => adapter.create(collection, data, options)));
        queryClient.setQueryData(keys.detail(record.id), record);
        writes.insertIntoCachedLists(queryClient, keys, record);
        invalidateCollectionReads(queryClient, keys);
        writes.announceCreated(events, collection, record, cachedWith(writes));
        return record;
      },
    };
  }

  // The optimistic change is made inside the mutation function, after validation, so invalid
  // input never reaches the cache and observers still see the write pending or failed.
  function updateMutation(): MutationOptions<EntityRecord<N>, CrmError, UpdateVariables<N>> {
    return {
      mutationKey: [...keys.all, 'update'],
      networkMode: 'always',
      mutationFn: ({ id, patch, options }) =>
        serialPerRecord(id, async () => {
          const [validators, writes] = await loadWrites();
          const changes = validators.validateUpdate(collection, patch) as EntityUpdate<N>;
          const previous = await previousVersion(writes, id, options.expectedVersion);
          await stopRefetches(id);
          const rollback = writes.applyOptimistic<EntityRecord<N>>(queryClient, keys, id, (record) => ({ ...record, ...changes }));
          let record: EntityRecord<N>;
          try {
            record = await parseStored(await callAdapter(() => adapter.update(collection, id, changes, options)));
          } catch (error) {
            rollback();
            throw error;
          } finally {
            // A first read of this record that the write cancelled has nothing to show: read it again.
            void queryClient.invalidateQueries({ queryKey: keys.detail(id), exact: true, predicate: (query) => query.state.data === undefined });
          }
          writeConfirmedRecord(queryClient, keys, record);
          invalidateCollectionReads(queryClient, keys);
          if (previous) writes.announceUpdated(events, collection, record, previous);
          return record;
        }),
    };
  }

  function removeMutation(): MutationOptions<void, CrmError, RemoveVariables> {
    return {
      mutationKey: [...keys.all, 'remove'],
      networkMode: 'always',
      mutationFn: ({ id, options }) =>
        serialPerRecord(id, async () => {
          const writes = await loadWriteSupport();
          await stopRefetches(id);
          const rollback = writes.applyOptimistic<EntityRecord<N>>(queryClient, keys, id, () => undefined);
          try {
            await callAdapter(() => adapter.remove(collection, id, options));
          } catch (error) {
            rollback();
            throw error;
          }
          queryClient.removeQueries({ queryKey: keys.detail(id), exact: true });
          invalidateCollectionReads(queryClient, keys);
        }),
    };
  }

  function run<TData, TVariables>(options: MutationOptions<TData, CrmError, TVariables>, variables: TVariables): Promise<TData> {
    return queryClient.getMutationCache().build(queryClient, options).execute(variables);
  }

  function detailQuery(id: string): DetailQueryOptions<N> {
    return { queryKey: keys.detail(id), queryFn: ({ signal }) => get(id, { signal }), networkMode: 'always', retry: retryNetworkErrors };
  }

  function listQuery(query: ListQuery = {}): ListQueryOptions<N> {
    return { queryKey: keys.list(query), queryFn: ({ signal }) => list(query, { signal }), networkMode: 'always', retry: retryNetworkErrors };
  }

  return {
    collection,
    keys,
    get,
    list,
    create: (input, options) => run(createMutation(), { input, options }),
    update: (id, patch, options) => run(updateMutation(), { id, patch, options }),
    remove: (id, options) => run(removeMutation(), { id, options }),
    detailQuery,
    listQuery,
    fetch: (id) => queryClient.fetchQuery(detailQuery(id)),
    fetchList: (query) => queryClient.fetchQuery(listQuery(query)),
    createMutation,
    updateMutation,
    removeMutation,
  };
}

/** Adapter failures that are not already typed become a `NetworkError` with a safe message; the original stays as `cause`. */
async function callAdapter<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw isCrmError(error) ? error : new NetworkError(undefined, true, { cause: error });
  }
}

/** Only a failure that may pass is worth another read; a missing or invalid record stays so. */
function retryNetworkErrors(failureCount: number, error: CrmError): boolean {
  return error instanceof NetworkError && error.retryable && failureCount < MAX_READ_ATTEMPTS - 1;
}
