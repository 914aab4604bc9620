import * as z from 'zod/mini';
import { entityNames, type EntityName } from '@rapport/core';
import { entities, externallyKeyedCollections } from '@rapport/core/schema';
import { BULK_LIMIT } from '../records/bulk-upsert.js';
import { automationPaths, outgoingWebhooks, webhookPaths, webhookSchemas } from './automation-paths.js';
import { historyPath, measuresPath, recordExtraSchemas } from './record-extra-paths.js';
import { surveySummaryPath, surveySummarySchemas } from './survey-summary-path.js';
import { presencePaths } from './presence-paths.js';

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 description of the HTTP protocol, generated from the entity schemas the SDK
 * and the server validate with, so the two can never disagree. Served at `/v1/openapi.json`.
 */
export function openApiDocument(): JsonSchema {
  const schemas: Record<string, JsonSchema> = { ...sharedSchemas, ...webhookSchemas, ...recordExtraSchemas, ...surveySummarySchemas };
  const paths: Record<string, JsonSchema> = {};
  for (const name of entityNames) {
    const type = typeName(name);
    schemas[type] = jsonSchemaOf(entities[name].schema, 'output');
    schemas[`${type}Create`] = jsonSchemaOf(entities[name].create, 'input');
    schemas[`${type}Patch`] = mergePatchOf(jsonSchemaOf(entities[name].update, 'input'));
    Object.assign(paths, collectionPaths(name, type));
    paths[`/v1/${name}/{id}/history`] = historyPath(name, type);
  }
  for (const name of ['contacts', 'accounts'] as const) paths[`/v1/${name}/{id}/measures`] = measuresPath(name);
  for (const name of externallyKeyedCollections) paths[`/v1/${name}/bulk`] = { post: bulkOperation(name, typeName(name)) };
  paths['/v1/surveys/{id}/summary'] = surveySummaryPath;
  paths['/v1/stream'] = { get: streamOperation };
  Object.assign(paths, automationPaths, webhookPaths, presencePaths);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rapport API',
      version: '1',
      description: 'Records of a tenant by collection. See docs/protocol.md for versions, paging, retries and live changes.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative: the API lives on the server that serves this document.
    servers: [{ url: '/', description: 'The server that serves this document' }],
    security: [{ bearer: [] }],
    paths,
    webhooks: outgoingWebhooks,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key (`sk_…` staff, `pk_…` public) or a customer token signed by the tenant backend.' },
      },
      schemas,
      responses: errorResponses,
    },
  };
}

function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** A patch member may also be `null`, which removes the field (JSON Merge Patch, top level). */
function mergePatchOf(schema: JsonSchema): JsonSchema {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  return {
    ...schema,
    properties: Object.fromEntries(Object.entries(properties).map(([key, member]) => [key, { anyOf: [member, { type: 'null' }] }])),
  };
}

function typeName(collection: EntityName): string {
  const singular = collection === 'activities' ? 'activity' : collection.replace(/s$/, '');
  return singular[0]?.toUpperCase() + singular.slice(1);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${status}` }]));

const versionHeader = { ETag: { description: 'The record version, e.g. `"3"`', schema: { type: 'string' } } };
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } };

function collectionPaths(collection: EntityName, type: string): Record<string, JsonSchema> {
  const record = { description: `The ${type} record`, headers: versionHeader, content: json(ref(type)) };
  return {
    [`/v1/${collection}`]: {
      get: {
        operationId: `${collection}.list`,
        summary: `One page of ${collection}`,
        parameters: [
          { name: 'where', in: 'query', description: 'JSON object: field path → value or condition (eq, ne, gt, gte, lt, lte, in, contains)', schema: { type: 'string' } },
          { name: 'sort', in: 'query', description: 'Comma-separated field paths, `-` first for descending; ties broken by id', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 50 } },
          { name: 'cursor', in: 'query', description: '`nextCursor` of the previous page', schema: { type: 'string' } },
          {
            name: 'q',
            in: 'query',
            description: 'Search text: records whose declared search fields hold it, ignoring case. Without `sort`, the best of the first 50 matches come first (the whole field, its start, a word start, anywhere)',
            schema: { type: 'string', minLength: 1, maxLength: 200 },
          },
        ],
        responses: {
          200: {
            description: 'A page',
            content: json({
              type: 'object',
              required: ['items', 'nextCursor', 'total'],
              properties: { items: { type: 'array', items: ref(type) }, nextCursor: { type: ['string', 'null'] }, total: { type: 'integer' } },
            }),
          },
          ...problems(400, 401, 403, 404, 429),
        },
      },
      post: {
        operationId: `${collection}.create`,
        summary: `Create a ${type} record with an id the server chooses`,
        parameters: [{ name: 'Idempotency-Key', in: 'header', description: 'Replaying a create with the same key returns the first response', schema: { type: 'string', maxLength: 200 } }],
        requestBody: { required: true, content: json(ref(`${type}Create`)) },
        responses: { 201: record, ...problems(400, 401, 403, 404, 412, 413, 429) },
      },
    },
    [`/v1/${collection}/{id}`]: {
      parameters: [idParameter],
      get: { operationId: `${collection}.get`, summary: `Read one ${type} record`, responses: { 200: record, ...problems(401, 403, 404, 429) } },
      put: {
        operationId: `${collection}.createWithId`,
        summary: 'Create a record with an id the client chose (offline creation)',
        parameters: [{ name: 'If-None-Match', in: 'header', required: true, schema: { const: '*' } }],
        requestBody: { required: true, content: json(ref(`${type}Create`)) },
        responses: { 201: record, ...problems(400, 401, 403, 412, 413, 428, 429) },
      },
      patch: {
        operationId: `${collection}.update`,
        summary: `Change fields of a ${type} record (JSON Merge Patch) at the version it is based on`,
        parameters: [{ name: 'If-Match', in: 'header', required: true, description: 'The version the change is based on', schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/merge-patch+json': { schema: ref(`${type}Patch`) } } },
        responses: { 200: record, ...problems(400, 401, 403, 404, 412, 413, 428, 429) },
      },
      delete: {
        operationId: `${collection}.remove`,
        summary: `Remove a ${type} record`,
        parameters: [{ name: 'If-Match', in: 'header', schema: { type: 'string' } }],
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 412, 429) },
      },
    },
  };
}

function bulkOperation(collection: EntityName, type: string): JsonSchema {
  return {
    operationId: `${collection}.bulkUpsert`,
    summary: `Create or update up to ${BULK_LIMIT} ${type} records by externalId`,
    description:
      'Each record is created when its `externalId` is new and updated otherwise (fields sent replace, `null` removes, the rest is kept); ' +
      'a record equal to the stored one is left unchanged, so a replay changes nothing. Each record gets its own answer: a refused one never holds up the others.',
    requestBody: {
      required: true,
      content: json({
        type: 'object',
        required: ['records'],
        properties: { records: { type: 'array', minItems: 1, maxItems: BULK_LIMIT, items: { allOf: [ref(`${type}Patch`), { required: ['externalId'] }] } } },
      }),
    },
    responses: { 200: { description: 'What became of each record', content: json(ref('BulkAnswer')) }, ...problems(400, 401, 403, 413, 429) },
  };
}

const streamOperation = {
  operationId: 'changes.stream',
  summary: 'Live changes as Server-Sent Events',
  parameters: [
    { name: 'collection', in: 'query', description: 'One collection, or `*` for all the caller may read', schema: { type: 'string', default: '*' } },
    { name: 'Last-Event-ID', in: 'header', description: 'Resume after this event', schema: { type: 'string' } },
  ],
  responses: {
    200: {
      description: '`event: ready` once subscribed, then `event: change` with `{ collection, type, id, record? }` as data',
      content: { 'text/event-stream': { schema: { type: 'string' } } },
    },
    ...problems(401, 403, 404),
  },
};

const sharedSchemas: Record<string, JsonSchema> = {
  BulkAnswer: {
    type: 'object',
    required: ['created', 'updated', 'unchanged', 'refused', 'items'],
    properties: {
      created: { type: 'integer' },
      updated: { type: 'integer' },
      unchanged: { type: 'integer' },
      refused: { type: 'integer' },
      items: { type: 'array', description: 'One per record, in request order', items: ref('BulkItemAnswer') },
    },
  },
  BulkItemAnswer: {
    type: 'object',
    required: ['index', 'status'],
    properties: {
      index: { type: 'integer', description: 'The record\'s position in the request, from 0' },
      externalId: { type: 'string' },
      status: { type: 'string', enum: ['created', 'updated', 'unchanged', 'refused'] },
      id: { type: 'string', description: 'The record\'s id, unless refused' },
      version: { type: 'integer', description: 'The record\'s version after the request, unless refused' },
      kind: { type: 'string', enum: ['validation', 'conflict', 'permission'], description: 'Why it was refused' },
      message: { type: 'string', description: 'Why it was refused, safe to show' },
      issues: { type: 'array', items: ref('FieldIssue'), description: 'The fields refused, with paths within the record' },
    },
  },
  FieldIssue: {
    type: 'object',
    required: ['path', 'code', 'message'],
    properties: {
      path: { type: 'array', items: { type: ['string', 'integer'] } },
      code: { type: 'string', enum: ['required', 'invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'custom'] },
      message: { type: 'string' },
    },
  },
  Problem: {
    type: 'object',
    required: ['type', 'status', 'title', 'kind'],
    properties: {
      type: { const: 'about:blank' },
      status: { type: 'integer' },
      title: { type: 'string', description: 'Safe to show to an end user' },
      kind: { type: 'string', enum: ['validation', 'not-found', 'conflict', 'permission', 'network'] },
      issues: { type: 'array', items: ref('FieldIssue') },
      collection: { type: 'string' },
      id: { type: 'string' },
      expectedVersion: { type: 'integer' },
      current: { type: 'object', description: 'The current record, on a conflict the caller may see' },
    },
  },
};

const problemContent = { 'application/problem+json': { schema: ref('Problem') } };
const errorResponses = Object.fromEntries(
  (
    [
      [400, 'The input was rejected; `issues` name the fields'],
      [401, 'Missing, unknown or expired credentials'],
      [403, 'The caller may not do this'],
      [404, 'No such record (or not visible to the caller), or no such collection'],
      [412, 'The version changed meanwhile, the id is taken, or the one record allowed exists (a customer rates a ticket once); `current` holds the record when the caller may see it'],
      [413, 'The body is larger than the server accepts'],
      [428, 'The request needs If-Match (updates) or If-None-Match: * (creates with an id)'],
      [429, 'Too many requests; wait for Retry-After seconds'],
    ] as const
  ).map(([status, description]) => [String(status), { description, content: problemContent }]),
);
