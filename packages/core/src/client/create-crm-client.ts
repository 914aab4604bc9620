import { QueryClient } from '@tanstack/query-core';
import type { StorageAdapter } from '../adapter/storage-adapter.js';
import type { OutboxStore } from '../outbox/outbox-store.js';
import { createEventBus, type DomainEventBus, type DomainEventMap } from '../events/index.js';
import { entityNames, type EntityName } from '../schema/entity-names.js';
import { getDefaultClient, setDefaultClient } from './default-client.js';
import { applyExternalChange } from './external-changes.js';
import { QUERY_KEY_ROOT } from './query-keys.js';
import { createResource, type Resource } from './resource.js';
import { loadWrites } from './validators.js';

export interface CrmClientOptions {
  readonly adapter: StorageAdapter;
  /** BCP 47 tag widgets format and translate with, e.g. `'zh-Hans'`. Default `'en'`. */
  readonly locale?: string;
  /** The clock domain rules read (SLA timers, deal ages); inject a fixed one in tests. */
  readonly now?: () => Date;
  /** A cache shared with the host application; by default the client makes its own. */
  readonly queryClient?: QueryClient;
  /**
   * Check every record an adapter returns against its entity's whole schema, with its defaults
   * applied (the schemas then load with the first read). Off by default: every write is validated
   * before it is stored, so reads check only the fields the client relies on. Turn it on while
   * developing an adapter, or over a store other writers fill.
   */
  readonly validateReads?: boolean;
  /**
   * Where writes queued for later (a survey response sent offline) wait, by outbox name: a durable
   * store such as `createIndexedDbOutboxStore` keeps them across a reload. Widgets never choose
   * storage: they ask the client. Without one, queued writes live in page memory and die with
   * the page.
   */
  readonly outboxStore?: (name: string) => OutboxStore;
}

/** One typed resource per collection: `client.contacts`, `client.deals`, … */
export type CrmResources = { readonly [N in EntityName]: Resource<N> };

export interface CrmClient extends CrmResources {
  readonly adapter: StorageAdapter;
  readonly queryClient: QueryClient;
  /** Domain events announced after successful writes (`deal.moved`, `ticket.created`, …). */
  readonly events: DomainEventBus;
  readonly locale: string;
  readonly now: () => Date;
  /**
   * Fetches what writes are validated with (the schemas) and their optimistic changes, so the first write does not wait for them:
   * call it when a form gets focus. Writes fetch it themselves otherwise.
   */
  prepareWrites(): Promise<void>;
  /** Opens the store the outbox `name` keeps its entries in, as given in `CrmClientOptions`; without one, outboxes keep entries in page memory. */
  readonly outboxStore?: (name: string) => OutboxStore;
  /** Stops watching the adapter and drops everything this client cached. Calling it twice is harmless. */
  dispose(): void;
}

/** Cached reads are served without asking the adapter for this long; watch events and writes keep them current meanwhile. */
const FRESH_FOR_MS = 30_000;

export function createCrmClient({ adapter, locale = 'en', now = () => new Date(), queryClient: sharedQueryClient, validateReads = false, outboxStore }: CrmClientOptions): CrmClient {
  const queryClient = sharedQueryClient ?? new QueryClient({ defaultOptions: { queries: { staleTime: FRESH_FOR_MS } } });
  queryClient.mount();
  const events = createEventBus<DomainEventMap>();
  const context = { adapter, queryClient, events, validateReads };
  const resources = Object.fromEntries(entityNames.map((name) => [name, createResource(name, context)])) as unknown as CrmResources;
  const stopWatching = adapter.watch?.('*', (change) => applyExternalChange(queryClient, change));

  let disposed = false;
  const client: CrmClient = {
    ...resources,
    adapter,
    queryClient,
    events,
    locale,
    now,
    async prepareWrites() {
      await loadWrites();
    },
    ...(outboxStore ? { outboxStore } : {}),
    dispose() {
      if (disposed) return;
      disposed = true;
      stopWatching?.();
      queryClient.removeQueries({ queryKey: [QUERY_KEY_ROOT] });
      const mutations = queryClient.getMutationCache();
      for (const mutation of mutations.findAll({ mutationKey: [QUERY_KEY_ROOT] })) mutations.remove(mutation);
      queryClient.unmount();
      if (getDefaultClient() === client) setDefaultClient(undefined);
    },
  };
  return client;
}
