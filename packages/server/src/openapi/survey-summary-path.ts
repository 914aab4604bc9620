import { MAX_PERIOD_DAYS, MAX_TREND_POINTS } from '@rapport/core/domain';

type JsonSchema = Record<string, unknown>;

const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${status}` }]));
const day = (description: string) => ({ type: 'string', format: 'date', description });
const counts = {
  type: 'object',
  description: 'Per scored question (by id): answers per point of its scale, index 0 = its lowest point',
  additionalProperties: { type: 'array', items: { type: 'integer', minimum: 0 } },
};
const ignored = { type: 'object', description: 'Per scored question: numeric answers off its scale, left out', additionalProperties: { type: 'integer', minimum: 0 } };
const tally = (extra: Record<string, JsonSchema>, required: string[]): JsonSchema => ({
  type: 'object',
  required: ['responses', 'distributions', 'ignored', ...required],
  properties: { ...extra, responses: { type: 'integer', minimum: 0 }, distributions: counts, ignored },
});

/** What `GET /v1/surveys/{id}/summary` answers (`SurveyPeriodAggregate` in `@rapport/core/domain`). */
export const surveySummarySchemas: Record<string, JsonSchema> = {
  SurveyPeriodAggregate: {
    ...tally(
      {
        query: { type: 'object', description: 'The period as the server read it' },
        trend: { type: 'array', description: 'Every bucket meeting the period, oldest first, empty ones included', items: tally({ start: day('The bucket’s first day, in the period’s time zone') }, ['start']) },
        segments: { type: 'array', description: 'Per value of `segmentBy`, largest first, responses without a value last', items: tally({ value: { type: ['string', 'null'] } }, ['value']) },
      },
      ['query', 'trend', 'segments'],
    ),
  },
};

const query = (name: string, required: boolean, schema: JsonSchema, description: string) => ({ name, in: 'query', required, schema, description });

/** `GET /v1/surveys/{id}/summary`: a survey over a period, counted by the database. */
export const surveySummaryPath: JsonSchema = {
  parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } }],
  get: {
    operationId: 'surveys.summary',
    summary: 'How a survey went over a period: responses, answers per point, a trend and segments',
    description: `Staff who may read every response. Counted by the database: the answer is a few kilobytes however many responses there are. At most ${MAX_PERIOD_DAYS} days and ${MAX_TREND_POINTS} trend points.`,
    parameters: [
      query('from', true, { type: 'string', format: 'date' }, 'First day of the period, in `timeZone`'),
      query('to', true, { type: 'string', format: 'date' }, 'Last day, included'),
      query('timeZone', false, { type: 'string', default: 'UTC' }, 'IANA time zone the days are counted in'),
      query('bucket', false, { type: 'string', enum: ['day', 'week', 'month'], default: 'month' }, 'What one trend point covers'),
      query('weekStart', false, { type: 'integer', minimum: 0, maximum: 6, default: 1 }, 'First day of a week, 0 = Sunday'),
      query('segmentBy', false, { type: 'string' }, '`source`, `locale`, or `answers.<id>` of a single-choice question'),
    ],
    responses: {
      200: { description: 'The period', content: { 'application/json': { schema: { $ref: '#/components/schemas/SurveyPeriodAggregate' } } } },
      ...problems(400, 401, 403, 404, 429),
    },
  },
};
