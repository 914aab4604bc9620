import { PermissionError, ValidationError } from '@rapport/core';
import { Hono } from 'hono';
import { accessFor } from '../access/access-policy.js';
import type { TenantPresence } from '../live/tenant-presence.js';
import type { AppEnv } from './app-env.js';
import { readJsonBody } from './json-body.js';

/** `tickets/<id>`: the only topics there are, so far. */
const TOPIC = /^tickets\/[^/\s]{1,200}$/;
const SESSION_ID = /^[A-Za-z0-9_-]{8,100}$/;
const MAX_BODY_BYTES = 2048;

/**
 * `PUT /presence/{sessionId}` (`{ topic, userId, name?, typing }`) says a desk has a ticket open,
 * and repeats as its heartbeat; `DELETE /presence/{sessionId}` says it left. Staff who may read
 * tickets only; members go out to the tenant's staff on the change stream (`event: presence`).
 */
export function presenceRoutes(presence: TenantPresence): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.put('/presence/:sessionId', async (c) => {
    const principal = c.get('principal');
    if (principal.kind !== 'staff' || !accessFor(principal, 'tickets').actions.has('read')) throw new PermissionError();
    const sessionId = c.req.param('sessionId');
    const body = (await readJsonBody(c, MAX_BODY_BYTES)) as Record<string, unknown> | null;
    const issues = [
      !SESSION_ID.test(sessionId) && { path: ['sessionId'], code: 'invalid_format', message: 'A random id of 8 to 100 letters, digits, - or _' },
      !(typeof body?.topic === 'string' && TOPIC.test(body.topic)) && { path: ['topic'], code: 'invalid_format', message: 'tickets/<ticket id>' },
      !(typeof body?.userId === 'string' && body.userId.length > 0 && body.userId.length <= 200) && { path: ['userId'], code: 'required', message: 'Who is present: a user id' },
      body?.name !== undefined && !(typeof body.name === 'string' && body.name.length <= 200) && { path: ['name'], code: 'invalid_type', message: 'A name of up to 200 characters' },
      typeof body?.typing !== 'boolean' && { path: ['typing'], code: 'invalid_type', message: 'true or false' },
    ].filter((issue) => issue !== false);
    if (issues.length > 0) throw new ValidationError(issues);
    const { topic, userId, name, typing } = body as { topic: string; userId: string; name?: string; typing: boolean };
    presence.of(principal.tenantId).put(topic, { sessionId: `${principal.keyId}:${sessionId}`, userId, ...(name === undefined ? {} : { name }), typing });
    return c.body(null, 204);
  });

  routes.delete('/presence/:sessionId', (c) => {
    const principal = c.get('principal');
    if (principal.kind !== 'staff') throw new PermissionError();
    presence.of(principal.tenantId).leave(`${principal.keyId}:${c.req.param('sessionId')}`);
    return c.body(null, 204);
  });

  return routes;
}
