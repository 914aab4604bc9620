import * as z from 'zod/mini';
import { automationSettingsSchema } from '../automation/automation-settings.js';
import { webhookCreateSchema, webhookEventTypes, webhookUpdateSchema } from '../webhooks/webhook-schema.js';

type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${status}` }]));

function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const webhookIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } };
const adminOnly = 'Tenant admins only.';

/** The schemas of the automation and webhook endpoints, and of what a webhook receiver gets. */
export const webhookSchemas: Record<string, JsonSchema> = {
  AutomationSettings: jsonSchemaOf(automationSettingsSchema, 'output'),
  AutomationSettingsInput: jsonSchemaOf(automationSettingsSchema, 'input'),
  WebhookCreate: jsonSchemaOf(webhookCreateSchema, 'input'),
  WebhookPatch: jsonSchemaOf(webhookUpdateSchema, 'input'),
  Webhook: {
    type: 'object',
    required: ['id', 'url', 'events', 'enabled', 'createdAt', 'updatedAt'],
    properties: {
      id: { type: 'string' },
      url: { type: 'string', format: 'uri' },
      events: { type: 'array', items: { type: 'string', enum: [...webhookEventTypes] } },
      description: { type: 'string' },
      enabled: { type: 'boolean' },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
  WebhookWithSecret: {
    allOf: [
      ref('Webhook'),
      {
        type: 'object',
        required: ['secret'],
        properties: { secret: { type: 'string', description: 'Signs every delivery (`whsec_…`). Shown only in this answer: store it now.' } },
      },
    ],
  },
  WebhookDelivery: {
    type: 'object',
    required: ['id', 'webhookId', 'eventType', 'status', 'attempts', 'createdAt'],
    properties: {
      id: { type: 'string', description: 'The idempotency id the receiver sees, the same on every retry and redelivery' },
      webhookId: { type: 'string' },
      eventType: { type: 'string' },
      status: { type: 'string', enum: ['pending', 'succeeded', 'failed'] },
      attempts: { type: 'integer' },
      lastStatusCode: { type: 'integer' },
      lastError: { type: 'string' },
      createdAt: { type: 'string', format: 'date-time' },
      lastAttemptAt: { type: 'string', format: 'date-time' },
      nextAttemptAt: { type: 'string', format: 'date-time', description: 'When the next attempt is due, while pending' },
      finishedAt: { type: 'string', format: 'date-time' },
    },
  },
  WebhookEvent: {
    type: 'object',
    required: ['id', 'type', 'createdAt', 'data'],
    properties: {
      id: { type: 'string', description: 'Idempotency id: process each id once' },
      type: { type: 'string', enum: webhookEventTypes.filter((type) => !type.endsWith('*')) },
      createdAt: { type: 'string', format: 'date-time' },
      data: {
        type: 'object',
        required: ['collection', 'id', 'changedBy', 'sequence', 'record'],
        properties: {
          collection: { type: 'string' },
          id: { type: 'string' },
          changedBy: { type: ['string', 'null'], description: '`rule:<id>` for a change made by the automation, else null' },
          sequence: { type: 'integer', description: 'Position in the tenant’s change feed: deliveries may arrive out of order' },
          record: { type: 'object', description: 'The record after the change; for `.removed`, as it was' },
        },
      },
    },
  },
};

const list = (schema: string) => json({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref(schema) } } });

/** `/v1/webhooks…`: registration, the delivery log and redelivery. */
export const webhookPaths: Record<string, JsonSchema> = {
  '/v1/webhooks': {
    get: { operationId: 'webhooks.list', summary: 'The tenant’s webhook endpoints', description: adminOnly, responses: { 200: { description: 'The endpoints', content: list('Webhook') }, ...problems(401, 403) } },
    post: {
      operationId: 'webhooks.create',
      summary: 'Register an endpoint; the answer holds its signing secret, shown once',
      description: `${adminOnly} The URL must use https: and must not point into a private address range.`,
      requestBody: { required: true, content: json(ref('WebhookCreate')) },
      responses: { 201: { description: 'Registered', content: json(ref('WebhookWithSecret')) }, ...problems(400, 401, 403, 413) },
    },
  },
  '/v1/webhooks/{id}': {
    parameters: [webhookIdParameter],
    get: { operationId: 'webhooks.get', summary: 'Read one endpoint', description: adminOnly, responses: { 200: { description: 'The endpoint', content: json(ref('Webhook')) }, ...problems(401, 403, 404) } },
    patch: {
      operationId: 'webhooks.update',
      summary: 'Change an endpoint’s URL, events, description or enabled state',
      description: adminOnly,
      requestBody: { required: true, content: json(ref('WebhookPatch')) },
      responses: { 200: { description: 'The endpoint', content: json(ref('Webhook')) }, ...problems(400, 401, 403, 404, 413) },
    },
    delete: { operationId: 'webhooks.remove', summary: 'Remove an endpoint and its delivery log', description: adminOnly, responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404) } },
  },
  '/v1/webhooks/{id}/rotate-secret': {
    parameters: [webhookIdParameter],
    post: {
      operationId: 'webhooks.rotateSecret',
      summary: 'A new signing secret, shown once; the old one also signs for 24 hours',
      description: adminOnly,
      responses: { 200: { description: 'The endpoint with its new secret', content: json(ref('WebhookWithSecret')) }, ...problems(401, 403, 404) },
    },
  },
  '/v1/webhooks/{id}/deliveries': {
    parameters: [webhookIdParameter],
    get: {
      operationId: 'webhooks.deliveries',
      summary: 'The endpoint’s delivery log, newest first',
      description: adminOnly,
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 50 } },
        { name: 'status', in: 'query', schema: { type: 'string', enum: ['pending', 'succeeded', 'failed'] } },
      ],
      responses: { 200: { description: 'Deliveries', content: list('WebhookDelivery') }, ...problems(400, 401, 403, 404) },
    },
  },
  '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver': {
    parameters: [webhookIdParameter, { name: 'deliveryId', in: 'path', required: true, schema: { type: 'string' } }],
    post: {
      operationId: 'webhooks.redeliver',
      summary: 'Send a delivery again now, with the same id and body',
      description: adminOnly,
      responses: { 202: { description: 'Queued', content: json(ref('WebhookDelivery')) }, ...problems(401, 403, 404) },
    },
  },
};

const header = (description: string) => ({ required: true, description, schema: { type: 'string' } });

/** What the server sends to a registered endpoint (OpenAPI's `webhooks`). */
export const outgoingWebhooks: Record<string, JsonSchema> = {
  recordChanged: {
    post: {
      operationId: 'webhooks.deliver',
      summary: 'A change of a subscribed type, sent to a registered endpoint',
      description: 'Answer 2xx within 10 s. Anything else, a timeout or a redirect is retried with exponential backoff for three days.',
      security: [],
      parameters: [
        { name: 'Rapport-Signature', in: 'header', ...header('`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`; one `v1` per valid secret') },
        { name: 'Rapport-Webhook-Id', in: 'header', ...header('The idempotency id, as in the body') },
        { name: 'Rapport-Event', in: 'header', ...header('The event type, as in the body') },
        { name: 'Rapport-Delivery-Attempt', in: 'header', ...header('1 for the first attempt') },
      ],
      requestBody: { required: true, content: json(ref('WebhookEvent')) },
      responses: { 200: { description: 'Received (any 2xx)' } },
    },
  },
};

/** `/v1/automation/…`: the tenant's rule settings and the automation log. */
export const automationPaths: Record<string, JsonSchema> = {
  '/v1/automation/settings': {
    get: {
      operationId: 'automation.settings',
      summary: 'The tenant’s settings of the built-in rules',
      description: adminOnly,
      responses: { 200: { description: 'The settings, defaults filled in', content: json(ref('AutomationSettings')) }, ...problems(401, 403) },
    },
    put: {
      operationId: 'automation.saveSettings',
      summary: 'Replace the rule settings; fields left out take their defaults',
      description: adminOnly,
      requestBody: { required: true, content: json(ref('AutomationSettingsInput')) },
      responses: { 200: { description: 'The settings as stored', content: json(ref('AutomationSettings')) }, ...problems(400, 401, 403, 413) },
    },
  },
  '/v1/automation/log': {
    get: {
      operationId: 'automation.log',
      summary: 'What the rules did and what failed, newest first',
      description: adminOnly,
      parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } }],
      responses: {
        200: {
          description: 'Log entries',
          content: json({
            type: 'object',
            required: ['items'],
            properties: {
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id', 'ruleId', 'job', 'outcome', 'detail', 'at'],
                  properties: {
                    id: { type: 'integer' },
                    ruleId: { type: 'string' },
                    job: { type: 'string' },
                    outcome: { type: 'string', enum: ['event', 'notification', 'failed'] },
                    detail: { type: 'object' },
                    error: { type: 'string' },
                    at: { type: 'string', format: 'date-time' },
                  },
                },
              },
            },
          }),
        },
        ...problems(401, 403),
      },
    },
  },
};
