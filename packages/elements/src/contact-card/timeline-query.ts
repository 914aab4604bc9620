import type { Activity, CrmClient, ListQuery, Page } from '@rapport/core';
import { allAsPage } from '../base/list-all.js';
import type { QueryTarget } from '../base/query-controller.js';

/**
 * Every activity of a contact, newest first, as one cached list. Its key sits under the
 * activities' list keys, so the client's optimistic writes and invalidations reach it; the extra
 * `'all-pages'` element keeps it apart from a one-page list of the same query.
 */
export function timelineQuery(client: CrmClient, contactId: string): QueryTarget<Page<Activity>> {
  const query: ListQuery = { where: { contactId }, sort: [{ field: 'at', direction: 'desc' }] };
  return {
    queryClient: client.queryClient,
    options: {
      queryKey: [...client.activities.keys.list(query), 'all-pages'],
      queryFn: ({ signal }) => allAsPage(client.activities, query, signal),
    },
  };
}
