import { periodInstants, type SurveyPeriodAggregate, type SurveyPeriodQuery } from '@rapport/core/domain';
import { SurveyPeriodBuilder } from '@rapport/core/survey-counting';
import type { Survey } from '@rapport/core';
import type { SqlExecutor } from '../database/database.js';
import { collectionLiteral } from '../storage/declared-indexes.js';
import { filterSql } from '../storage/filter-sql.js';
import { SqlParams } from '../storage/sql-params.js';

interface CountRow {
  readonly bucket: string;
  readonly segment: string | null;
  /** `null` on the rows that count responses; a question id on the rows that count its answers. */
  readonly question: string | null;
  readonly value: string | number | null;
  readonly n: number;
}

/** The first day of each response's bucket, from its local calendar day `day`; the same rule as `bucketStartOf`. */
function bucketSql(query: SurveyPeriodQuery, params: SqlParams): string {
  if (query.bucket === 'day') return 'day';
  if (query.bucket === 'month') return `date_trunc('month', day)::date`;
  return `day - ((extract(dow FROM day)::int - ${params.add(query.weekStart)}::int + 7) % 7)`;
}

/** A response's segment value; the same rule as `segmentValueOf`. */
function segmentSql(query: SurveyPeriodQuery, params: SqlParams): string {
  const field = query.segmentBy;
  if (field === undefined) return 'NULL::text';
  if (field === 'locale') return `data->>'locale'`;
  if (field === 'source') return `CASE WHEN data ? 'ticketId' THEN 'ticket' WHEN data ? 'orderId' THEN 'order' ELSE 'other' END`;
  const question = params.add(field.slice('answers.'.length));
  return `CASE WHEN jsonb_typeof(data->'answers'->${question}::text) = 'string' THEN data->'answers'->>${question}::text END`;
}

/**
 * A survey over a period, counted by PostgreSQL: one GROUP BY over the period's responses returns
 * a row per bucket, segment, question and point (a few thousand at most), never the responses.
 * The responses are found through the survey's index; local days come from `AT TIME ZONE`.
 */
export async function aggregateSurveyPeriodInDatabase(db: SqlExecutor, tenantId: string, survey: Survey, query: SurveyPeriodQuery): Promise<SurveyPeriodAggregate> {
  const params = new SqlParams();
  const { fromMs, toMs } = periodInstants(query);
  const tenant = params.add(tenantId);
  const ofSurvey = filterSql('r', [['surveyId', { eq: survey.id }]], params);
  const from = params.add(new Date(fromMs).toISOString());
  const to = params.add(new Date(toMs).toISOString());
  const timeZone = params.add(query.timeZone);
  const bucket = bucketSql(query, params);
  const segment = segmentSql(query, params);
  const scored = params.add(survey.questions.filter((question) => ['nps', 'csat', 'ces', 'rating'].includes(question.type)).map((question) => question.id));
  const rows = await db.query<CountRow>(
    `WITH period AS (
       SELECT r.data, ((r.data->>'submittedAt')::timestamptz AT TIME ZONE ${timeZone})::date AS day
       FROM records r
       WHERE r.tenant_id = ${tenant} AND r.collection = ${collectionLiteral('surveyResponses')} AND ${ofSurvey}
         AND (r.data->>'submittedAt')::timestamptz >= ${from}::timestamptz AND (r.data->>'submittedAt')::timestamptz < ${to}::timestamptz
     ), grouped AS (
       SELECT data, to_char(${bucket}, 'YYYY-MM-DD') AS bucket, ${segment} AS segment FROM period
     )
     SELECT bucket, segment, NULL::text AS question, NULL::numeric AS value, count(*)::int AS n FROM grouped GROUP BY 1, 2
     UNION ALL
     SELECT bucket, segment, answer.key, (answer.value #>> '{}')::numeric, count(*)::int
     FROM grouped CROSS JOIN LATERAL jsonb_each(data->'answers') AS answer
     WHERE jsonb_typeof(answer.value) = 'number' AND answer.key = ANY(${scored}::text[])
     GROUP BY 1, 2, 3, 4`,
    params.values,
  );
  const builder = new SurveyPeriodBuilder(survey, query);
  for (const row of rows) {
    if (row.question === null) builder.addResponses(row.bucket, row.segment, Number(row.n));
    else builder.addAnswers(row.bucket, row.segment, row.question, Number(row.value), Number(row.n));
  }
  return builder.result();
}
