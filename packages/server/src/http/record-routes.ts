import { NotFoundError, ValidationError, type EntityName } from '@rapport/core';
import { entities, idSchema } from '@rapport/core/schema';
import * as z from 'zod/mini';
import { Hono, type Context } from 'hono';
import type { RecordService } from '../records/record-service.js';
import { assertStorable } from '../storage/storable-json.js';
import type { AppEnv } from './app-env.js';
import { etagOf, versionFromIfMatch } from './etag.js';
import { readJsonBody } from './json-body.js';
import { listQueryFromSearch } from './list-query-params.js';
import { problem, problemResponse } from './problem.js';

/** A bulk body may be this many times the size of a single write's (8 MiB by default). */
const BULK_BODY_FACTOR = 32;

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The record endpoints: `/:collection` and `/:collection/:id`, for any entity collection. */
export function recordRoutes(service: RecordService, maxBodyBytes: number): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/:collection', async (c) => {
    const collection = collectionOf(c);
    return c.json(await service.list(c.get('principal'), collection, listQueryFromSearch(collection, new URL(c.req.url).searchParams)));
  });

  routes.post('/:collection', async (c) => {
    const collection = collectionOf(c);
    const body = await readJsonBody(c, maxBodyBytes);
    const record = await service.create(c.get('principal'), collection, body, idempotencyOf(c));
    return createdResponse(c, record, `${new URL(c.req.url).pathname}/${encodeURIComponent(record.id)}`);
  });

  // Up to BULK_LIMIT records of a few kilobytes each: a larger body than a single write.
  routes.post('/:collection/bulk', async (c) => {
    const collection = collectionOf(c);
    const body = await readJsonBody(c, maxBodyBytes * BULK_BODY_FACTOR);
    return c.json(await service.bulkUpsert(c.get('principal'), collection, body));
  });

  routes.get('/:collection/:id', async (c) => {
    const collection = collectionOf(c);
    return recordResponse(c, await service.get(c.get('principal'), collection, idOf(c)));
  });

  // Creating with a client-chosen id is a PUT that must not replace anything.
  routes.put('/:collection/:id', async (c) => {
    const collection = collectionOf(c);
    const id = idOf(c);
    if (c.req.header('If-None-Match')?.trim() !== '*') return preconditionRequired('Send If-None-Match: * to create a record with this id');
    const body = await readJsonBody(c, maxBodyBytes);
    const record = await service.create(c.get('principal'), collection, body, { id, ...idempotencyOf(c) });
    return createdResponse(c, record, new URL(c.req.url).pathname);
  });

  routes.patch('/:collection/:id', async (c) => {
    const collection = collectionOf(c);
    const id = idOf(c);
    const expectedVersion = versionFromIfMatch(c.req.header('If-Match'));
    if (expectedVersion === undefined) return preconditionRequired('Send If-Match with the version the change is based on');
    if (expectedVersion === null) throw headerIssue('If-Match', 'Must be a version such as "3"');
    const body = await readJsonBody(c, maxBodyBytes);
    return recordResponse(c, await service.update(c.get('principal'), collection, id, body, expectedVersion));
  });

  routes.delete('/:collection/:id', async (c) => {
    const collection = collectionOf(c);
    const id = idOf(c);
    const expectedVersion = versionFromIfMatch(c.req.header('If-Match'));
    if (expectedVersion === null) throw headerIssue('If-Match', 'Must be a version such as "3"');
    await service.remove(c.get('principal'), collection, id, expectedVersion);
    return c.body(null, 204);
  });

  return routes;
}

export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(entities, name);
}

/** A path outside the known collections: 404, like a missing record, but saying what is missing. */
export class UnknownCollectionError extends NotFoundError {
  constructor(collection: string) {
    super(collection, '');
    this.message = 'There is no such collection';
  }
}

function collectionOf(c: Context<AppEnv>): EntityName {
  const name = c.req.param('collection') ?? '';
  if (!isEntityName(name)) throw new UnknownCollectionError(name);
  return name;
}

function idOf(c: Context<AppEnv>): string {
  const id = c.req.param('id') ?? '';
  if (!z.safeParse(idSchema, id).success) throw new ValidationError([{ path: ['id'], code: 'invalid_value', message: 'Must be 1 to 200 characters' }]);
  assertStorable(id, ['id']);
  return id;
}

function idempotencyOf(c: Context<AppEnv>): { idempotencyKey?: string } {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return {};
  if (!IDEMPOTENCY_KEY.test(key)) throw headerIssue('Idempotency-Key', 'Must be 1 to 200 visible ASCII characters');
  return { idempotencyKey: key };
}

function recordResponse(c: Context<AppEnv>, record: { version: number }): Response {
  c.header('ETag', etagOf(record.version));
  return c.json(record);
}

function createdResponse(c: Context<AppEnv>, record: { version: number }, location: string): Response {
  c.header('ETag', etagOf(record.version));
  c.header('Location', location);
  return c.json(record, 201);
}

function headerIssue(header: string, message: string): ValidationError {
  return new ValidationError([{ path: [header], code: 'invalid_format', message }]);
}

function preconditionRequired(title: string): Response {
  return problemResponse(problem(428, 'validation', title, { issues: [{ path: [], code: 'required', message: title }] }));
}
