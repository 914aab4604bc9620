import type { CrmError, EntityName, EntityRecord, ListQuery, Page, Resource } from '@rapport/core';
import type { QueryClient } from '@tanstack/query-core';
import { LARGEST_PAGE } from './largest-page.js';
import type { QueryTarget } from './query-controller.js';

/** Every record a list query matches, through as many pages as it takes. */
export async function listAll<N extends EntityName>(resource: Resource<N>, query: ListQuery, signal?: AbortSignal): Promise<EntityRecord<N>[]> {
  const items: EntityRecord<N>[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<EntityRecord<N>> = await resource.list({ ...query, limit: LARGEST_PAGE, cursor }, signal ? { signal } : undefined);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/**
 * Every record of `resource` that matches `query`, read page by page into one cached list. Its key
 * sits under the collection's list keys, so the client's optimistic writes and invalidations reach
 * it; the extra `'all-pages'` element keeps it apart from a one-page list of the same query.
 * Retries follow the client's own list queries.
 */
export function allPagesQuery<N extends EntityName>(queryClient: QueryClient, resource: Resource<N>, query: ListQuery): QueryTarget<Page<EntityRecord<N>>, CrmError> {
  const { queryKey, retry, networkMode } = resource.listQuery(query);
  return {
    queryClient,
    options: {
      queryKey: [...queryKey, 'all-pages'],
      queryFn: async ({ signal }) => {
        const items = await listAll(resource, query, signal);
        return { items, nextCursor: null, total: items.length };
      },
      retry,
      networkMode,
    },
  };
}
