import { LOYALTY_LEVELS } from '@rapport/core/domain';

type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${status}` }]));
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } };
const enumOf = (...values: string[]) => ({ type: 'string', enum: values });

/** What the server answers about a record beyond the record itself: its history and a customer's kept measures. */
export const recordExtraSchemas: Record<string, JsonSchema> = {
  RecordChange: {
    type: 'object',
    required: ['seq', 'type', 'at', 'record'],
    properties: {
      seq: { type: 'integer', description: 'Position in the tenant’s change feed' },
      type: enumOf('created', 'updated', 'removed'),
      changedBy: { type: 'string', description: '`rule:<id>` for a change made by the automation; absent for an API write' },
      at: { type: 'string', format: 'date-time' },
      record: { type: 'object', description: 'The record after the change; for `removed`, as it was' },
    },
  },
  CustomerMeasures: {
    type: 'object',
    required: ['kind', 'customerId', 'computedAt', 'lifecycle', 'loyalty', 'churn'],
    properties: {
      kind: enumOf('contact', 'account'),
      customerId: { type: 'string' },
      computedAt: { type: 'string', format: 'date-time', description: 'When the measures were worked out' },
      lifecycle: {
        type: 'object',
        required: ['stage', 'reached', 'reasons'],
        properties: {
          stage: enumOf('exploration', 'formation', 'stability', 'decline', 'churned'),
          reached: { ...enumOf('exploration', 'formation', 'stability'), description: 'The growth stage the purchase history reached' },
          churn: enumOf('active', 'passive'),
          reasons: {
            type: 'array',
            description: 'Why the stage is decline or churned; empty for growth stages',
            items: enumOf('ended-by-company', 'no-order-in-churn-period', 'no-recent-order', 'order-rate-fell', 'no-recent-contact', 'last-deal-lost'),
          },
        },
      },
      tier: { ...enumOf('green', 'yellow', 'red'), description: 'Profitability; absent without orders or with orders in several currencies' },
      loyalty: enumOf(...LOYALTY_LEVELS),
      rfm: {
        type: 'object',
        description: 'Absent for a customer who never bought',
        required: ['r', 'f', 'm', 'segment'],
        properties: {
          r: { type: 'integer', minimum: 1, maximum: 5 },
          f: { type: 'integer', minimum: 1, maximum: 5 },
          m: { type: 'integer', minimum: 1, maximum: 5 },
          segment: enumOf('champions', 'loyal', 'new', 'potential', 'at-risk', 'hibernating', 'lost'),
        },
      },
      churn: {
        type: 'object',
        required: ['risk', 'reasons'],
        properties: {
          risk: { type: 'number', minimum: 0, maximum: 1 },
          reasons: {
            type: 'array',
            description: 'The factors that raised the risk, the strongest first',
            items: {
              type: 'object',
              required: ['factor', 'value', 'risk'],
              properties: {
                factor: enumOf('recency', 'complaints', 'detractors', 'sla-breaches'),
                value: { type: 'number', description: 'Days overdue for recency, a count for the others' },
                risk: { type: 'number', minimum: 0, maximum: 1 },
              },
            },
          },
        },
      },
    },
  },
};

/** `GET /v1/{collection}/{id}/history`: whoever may read the record may read how it changed. */
export function historyPath(collection: string, type: string): JsonSchema {
  return {
    parameters: [idParameter],
    get: {
      operationId: `${collection}.history`,
      summary: `How a ${type} record changed, oldest first (at most 1000 changes)`,
      responses: {
        200: { description: 'The changes', content: json({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('RecordChange') } } }) },
        ...problems(401, 403, 404, 429),
      },
    },
  };
}

/** `GET /v1/{contacts|accounts}/{id}/measures`: the relationship measures the automation keeps. */
export function measuresPath(collection: 'contacts' | 'accounts'): JsonSchema {
  return {
    parameters: [idParameter],
    get: {
      operationId: `${collection}.measures`,
      summary: 'The relationship measures the server keeps: lifecycle, value tier, loyalty, RFM and churn risk',
      description: 'Staff only. A customer not measured yet is worked out on the spot and not stored.',
      responses: { 200: { description: 'The measures', content: json(ref('CustomerMeasures')) }, ...problems(401, 403, 404, 429) },
    },
  };
}
