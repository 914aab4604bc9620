import type { CrmError, EntityName, EntityRecord, ListQuery, Page, Resource } from '@rapport/core';
import type { QueryClient } from '@tanstack/query-core';
import type { QueryTarget } from '../base/query-controller.js';

/** The most an adapter returns per page. */
const PAGE_SIZE = 1000;

/**
 * Every record of `resource` that matches `query`, read page by page into one cached list. Its
 * key sits under the collection's list keys, so the client's optimistic writes and invalidations
 * reach it; the extra `'all-pages'` element keeps it apart from a one-page list of the same query.
 */
export function allPagesQuery<N extends EntityName>(queryClient: QueryClient, resource: Resource<N>, query: ListQuery): QueryTarget<Page<EntityRecord<N>>, CrmError> {
  const pageQuery: ListQuery = { ...query, limit: PAGE_SIZE };
  return {
    queryClient,
    options: {
      queryKey: [...resource.keys.list(pageQuery), 'all-pages'],
      queryFn: async ({ signal }) => {
        const items: EntityRecord<N>[] = [];
        let cursor: string | null = null;
        do {
          const page: Page<EntityRecord<N>> = await resource.list({ ...pageQuery, cursor }, { signal });
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return { items, nextCursor: null, total: items.length };
      },
    },
  };
}
