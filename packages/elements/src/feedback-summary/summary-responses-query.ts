import type { CrmClient, CrmError, Page, SurveyResponse } from '@rapport/core';
import { allPagesQuery } from '../base/list-all.js';
import type { QueryTarget } from '../base/query-controller.js';

/**
 * Every response to one survey as one cached list, so a response created through the client (or a
 * queued one delivered later) refreshes the summary.
 */
export function summaryResponsesQuery(client: CrmClient, surveyId: string): QueryTarget<Page<SurveyResponse>, CrmError> {
  return allPagesQuery(client.queryClient, client.surveyResponses, { where: { surveyId } });
}
