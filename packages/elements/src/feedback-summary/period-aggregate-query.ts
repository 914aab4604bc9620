import type { CrmClient, CrmError, Survey } from '@rapport/core';
import type { SurveyPeriodAggregate, SurveyPeriodQuery } from '@rapport/core/domain';
import { keepPreviousData } from '@tanstack/query-core';
import type { QueryTarget } from '../base/query-controller.js';
import { feedbackSummaryChunks } from './feedback-summary.chunks.js';

/**
 * A survey's period, counted where the responses are stored when the storage can (a server, the
 * memory and IndexedDB adapters): the summary receives a few kilobytes whatever the number of
 * responses. Over a storage that cannot, only the period's responses are read and counted here.
 * While a new period loads, the last one stays on screen. Writes to responses refetch it.
 */
export function periodAggregateQuery(client: CrmClient, survey: Survey, query: SurveyPeriodQuery): QueryTarget<SurveyPeriodAggregate, CrmError> {
  const resource = client.surveyResponses;
  const { retry, networkMode } = resource.listQuery({});
  return {
    queryClient: client.queryClient,
    options: {
      queryKey: [...resource.keys.aggregates(), survey.id, query],
      queryFn: async ({ signal }) => {
        const { adapter } = client;
        if (adapter.surveySummary) return adapter.surveySummary(survey.id, query, { signal });
        const { countPeriodLocally } = await feedbackSummaryChunks.localCount();
        return countPeriodLocally(client, survey, query, signal);
      },
      placeholderData: keepPreviousData,
      retry,
      networkMode,
    },
  };
}
