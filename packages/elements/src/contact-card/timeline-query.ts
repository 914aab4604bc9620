import type { Activity, CrmClient, ListQuery, Page } from '@rapport/core';
import type { QueryTarget } from '../base/query-controller.js';

/** The most an adapter returns per page. */
const PAGE_SIZE = 1000;

/**
 * Every activity of a contact, newest first, as one cached list. Its key sits under the
 * activities' list keys, so the client's optimistic writes and invalidations reach it; the extra
 * `'all-pages'` element keeps it apart from a one-page list of the same query.
 */
export function timelineQuery(client: CrmClient, contactId: string): QueryTarget<Page<Activity>> {
  const query: ListQuery = { where: { contactId }, sort: [{ field: 'at', direction: 'desc' }], limit: PAGE_SIZE };
  return {
    queryClient: client.queryClient,
    options: {
      queryKey: [...client.activities.keys.list(query), 'all-pages'],
      queryFn: async ({ signal }) => {
        const items: Activity[] = [];
        let cursor: string | null = null;
        do {
          const page: Page<Activity> = await client.activities.list({ ...query, cursor }, { signal });
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return { items, nextCursor: null, total: items.length };
      },
    },
  };
}
