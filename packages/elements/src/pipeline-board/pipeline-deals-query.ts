import { NetworkError, type CrmClient, type CrmError, type Deal, type ListQuery, type ListQueryOptions, type Page, type RequestOptions } from '@rapport/core';

/** The adapter contract's largest page. */
const PAGE_SIZE = 1000;
const MAX_LOAD_ATTEMPTS = 3;

/**
 * The query of every open deal of a pipeline, for `QueryController` or `queryClient.fetchQuery`
 * (a host can prefetch with it so the board paints at once).
 *
 * It lives among the client's deal lists, so the client's optimistic writes, rollbacks and
 * `watch` updates reach the board like any list. Each write makes the client refetch its lists;
 * for a board of thousands of deals that would reload the whole pipeline after every drop, so a
 * refetch asks only for deals changed since the newest one held, then checks the open count and
 * reloads in full only when the two disagree (a deal removed, or moved to another pipeline).
 */
export function pipelineDealsQuery(client: CrmClient, pipelineId: string): ListQueryOptions<'deals'> {
  const query: ListQuery = { where: { pipelineId, status: 'open' }, sort: [{ field: 'id' }], limit: PAGE_SIZE };
  const queryKey = client.deals.keys.list(query);
  return {
    queryKey,
    networkMode: 'always',
    // Only a failure that may pass is worth another try; a missing pipeline stays missing.
    retry: (failures: number, error: CrmError) => error instanceof NetworkError && error.retryable && failures < MAX_LOAD_ATTEMPTS - 1,
    queryFn: async ({ signal }) => {
      const held = client.queryClient.getQueryData<Page<Deal>>(queryKey);
      return (held && (await syncChanges(client, pipelineId, held, { signal }))) ?? loadAll(client, query, { signal });
    },
  };
}

async function loadAll(client: CrmClient, query: ListQuery, options: RequestOptions): Promise<Page<Deal>> {
  const items: Deal[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Deal> = await client.deals.list({ ...query, cursor }, options);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { items, nextCursor: null, total: items.length };
}

/** `held` brought up to date by the deals changed since its newest one, or `undefined` when only a full load can tell. */
async function syncChanges(client: CrmClient, pipelineId: string, held: Page<Deal>, options: RequestOptions): Promise<Page<Deal> | undefined> {
  let since = '';
  for (const deal of held.items) if (deal.updatedAt > since) since = deal.updatedAt;
  if (!since) return undefined;
  const changes = await client.deals.list({ where: { pipelineId, updatedAt: { gte: since } }, limit: PAGE_SIZE }, options);
  if (changes.nextCursor !== null) return undefined;
  const changed = new Map(changes.items.map((deal) => [deal.id, deal]));
  const items: Deal[] = [];
  for (const deal of held.items) {
    const update = changed.get(deal.id);
    changed.delete(deal.id);
    if (!update) items.push(deal);
    else if (update.status === 'open') items.push(update);
  }
  for (const deal of changed.values()) if (deal.status === 'open') items.push(deal);
  const { total } = await client.deals.list({ where: { pipelineId, status: 'open' }, limit: 1 }, options);
  return total === items.length ? { items, nextCursor: null, total } : undefined;
}
