import { PermissionError, type Survey } from '@rapport/core';
import { parseSurveyPeriodQuery } from '@rapport/core/domain';
import { Hono } from 'hono';
import { accessFor } from '../access/access-policy.js';
import type { Database } from '../database/database.js';
import type { AppEnv } from '../http/app-env.js';
import type { RecordService } from '../records/record-service.js';
import { EVERY_ROW } from '../storage/row-scope.js';
import { aggregateSurveyPeriodInDatabase } from './survey-period-sql.js';

/**
 * `GET /v1/surveys/{id}/summary?from&to&timeZone&bucket&weekStart&segmentBy`: how a survey went
 * over a period (totals, a trend, segments), counted by the database, for staff who may read
 * every response. A dashboard over 100,000 responses receives a few kilobytes, not the responses.
 */
export function surveySummaryRoutes(db: Database, service: RecordService): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/surveys/:id/summary', async (c) => {
    const principal = c.get('principal');
    const access = accessFor(principal, 'surveyResponses');
    // Counting every response is reading every response: only a caller who may read them all.
    if (principal.kind !== 'staff' || !access.actions.has('read') || access.scope !== EVERY_ROW) throw new PermissionError();
    const survey = (await service.get(principal, 'surveys', c.req.param('id'))) as unknown as Survey;
    const query = parseSurveyPeriodQuery(c.req.query(), survey);
    return c.json(await aggregateSurveyPeriodInDatabase(db, principal.tenantId, survey, query));
  });
  return routes;
}
