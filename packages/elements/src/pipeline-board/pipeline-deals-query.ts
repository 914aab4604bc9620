import { NetworkError, type CrmClient, type CrmError, type Deal, type ListQuery, type ListQueryOptions, type Page, type RequestOptions } from '@rapport/core';
import { LARGEST_PAGE } from '../base/largest-page.js';
import { openDealsQuery } from './first-reads.js';

const MAX_LOAD_ATTEMPTS = 3;

/**
 * The query of every open deal of a pipeline, for `QueryController` or `queryClient.fetchQuery`
 * (a host can prefetch with it so the board paints at once).
 *
 * It lives among the client's deal lists, so the client's optimistic writes, rollbacks and
 * `watch` updates reach the board like any list. Each write makes the client refetch its lists;
 * for a board of thousands of deals that would reload the whole pipeline after every drop, so a
 * refetch asks only for deals changed since the newest change it has read, then checks the open
 * count and reloads in full when the two disagree (a deal removed, or moved to another pipeline)
 * or when more than a page changed (as after a bulk import stamped with one time).
 */
export function pipelineDealsQuery(client: CrmClient, pipelineId: string): ListQueryOptions<'deals'> {
  const query = openDealsQuery(pipelineId);
  const queryKey = client.deals.keys.list(query);
  return {
    queryKey,
    networkMode: 'always',
    // Only a failure that may pass is worth another try; a missing pipeline stays missing.
    retry: (failures: number, error: CrmError) => error instanceof NetworkError && error.retryable && failures < MAX_LOAD_ATTEMPTS - 1,
    queryFn: async ({ signal }) => {
      const held = client.queryClient.getQueryData<Page<Deal>>(queryKey);
      const since = syncedUpTo.get(client.queryClient)?.get(pipelineId);
      const synced = held && since !== undefined ? await syncChanges(client, pipelineId, held, since, { signal }) : undefined;
      const result = synced ?? (await loadAll(client, query, { signal }));
      remember(client, pipelineId, result.newest);
      return result.page;
    },
  };
}

/**
 * Per cache and pipeline, the newest `updatedAt` the adapter has sent. Kept apart from the held
 * deals because those are also patched in place by live updates, which may run ahead of changes
 * not yet read.
 */
const syncedUpTo = new WeakMap<object, Map<string, string>>();

interface Loaded {
  readonly page: Page<Deal>;
  readonly newest: string;
}

function remember(client: CrmClient, pipelineId: string, newest: string): void {
  let byPipeline = syncedUpTo.get(client.queryClient);
  if (!byPipeline) syncedUpTo.set(client.queryClient, (byPipeline = new Map()));
  byPipeline.set(pipelineId, newest);
}

function newestOf(deals: readonly Deal[], since = ''): string {
  let newest = since;
  for (const deal of deals) if (deal.updatedAt > newest) newest = deal.updatedAt;
  return newest;
}

async function loadAll(client: CrmClient, query: ListQuery, options: RequestOptions): Promise<Loaded> {
  const items: Deal[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Deal> = await client.deals.list({ ...query, cursor }, options);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { page: { items, nextCursor: null, total: items.length }, newest: newestOf(items) };
}

/** `held` brought up to date by the deals changed since `since`, or `undefined` when only a full load can tell. */
async function syncChanges(client: CrmClient, pipelineId: string, held: Page<Deal>, since: string, options: RequestOptions): Promise<Loaded | undefined> {
  const changes = await client.deals.list({ where: { pipelineId, updatedAt: { gte: since } }, limit: LARGEST_PAGE }, options);
  if (changes.nextCursor !== null) return undefined;
  const changed = new Map(changes.items.map((deal) => [deal.id, deal]));
  const belongs = (deal: Deal) => deal.status === 'open' && deal.pipelineId === pipelineId;
  const items: Deal[] = [];
  for (const deal of held.items) {
    const update = changed.get(deal.id) ?? deal;
    changed.delete(deal.id);
    if (belongs(update)) items.push(update);
  }
  for (const deal of changed.values()) if (belongs(deal)) items.push(deal);
  const { total } = await client.deals.list({ where: { pipelineId, status: 'open' }, limit: 1 }, options);
  return total === items.length ? { page: { items, nextCursor: null, total }, newest: newestOf(changes.items, since) } : undefined;
}
