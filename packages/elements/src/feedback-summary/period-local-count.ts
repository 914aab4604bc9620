import type { CrmClient, Survey } from '@rapport/core';
import { DAY_MS, periodInstants, type SurveyPeriodAggregate, type SurveyPeriodQuery } from '@rapport/core/domain';
import { aggregateSurveyPeriod } from '@rapport/core/survey-counting';
import { listAll } from '../base/list-all.js';

/**
 * A period counted in the page, over a storage that cannot count it: only the period's responses
 * are read. Stored times may carry any offset, so a day either side is read and the domain keeps
 * the period's own.
 */
export async function countPeriodLocally(client: CrmClient, survey: Survey, query: SurveyPeriodQuery, signal: AbortSignal): Promise<SurveyPeriodAggregate> {
  const { fromMs, toMs } = periodInstants(query);
  const submittedAt = { gte: new Date(fromMs - DAY_MS).toISOString(), lt: new Date(toMs + DAY_MS).toISOString() };
  const responses = await listAll(client.surveyResponses, { where: { surveyId: survey.id, submittedAt } }, signal);
  return aggregateSurveyPeriod(survey, responses, query);
}
