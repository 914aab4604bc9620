import type { Activity, CrmClient, CrmError, Page } from '@rapport/core';
import { allPagesQuery } from '../base/list-all.js';
import type { QueryTarget } from '../base/query-controller.js';
import { timelineListQuery } from './first-reads.js';

/** Every activity of a contact, newest first, as one cached list that the client's writes keep current. */
export function timelineQuery(client: CrmClient, contactId: string): QueryTarget<Page<Activity>, CrmError> {
  return allPagesQuery(client.queryClient, client.activities, timelineListQuery(contactId));
}
