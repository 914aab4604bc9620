import type { CrmClient, CrmError, Page, SurveyResponse } from '@rapport/core';
import { allAsPage } from '../base/list-all.js';
import type { QueryTarget } from '../base/query-controller.js';

/**
 * Every response to one survey, read page by page into one cached list. The key sits under the
 * responses' list keys, so a response created through the client (or a queued one delivered later)
 * refreshes the summary; retries follow the client's own list queries.
 */
export function summaryResponsesQuery(client: CrmClient, surveyId: string): QueryTarget<Page<SurveyResponse>, CrmError> {
  const query = { where: { surveyId } };
  const { queryKey, retry, networkMode } = client.surveyResponses.listQuery(query);
  return {
    queryClient: client.queryClient,
    options: {
      queryKey: [...queryKey, 'all-pages'],
      queryFn: ({ signal }) => allAsPage(client.surveyResponses, query, signal),
      retry,
      networkMode,
    },
  };
}
