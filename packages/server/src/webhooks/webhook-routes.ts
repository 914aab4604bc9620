import { ValidationError } from '@rapport/core';
import { Hono, type Context } from 'hono';
import { requireAdmin } from '../automation/automation-routes.js';
import type { AppEnv } from '../http/app-env.js';
import { readJsonBody } from '../http/json-body.js';
import type { WebhookDelivery } from './webhook-schema.js';
import type { WebhookStore } from './webhook-store.js';

/** Answers that carry a secret are kept by no cache. */
const NOT_STORED = { 'Cache-Control': 'no-store' };

const statuses: ReadonlySet<string> = new Set<WebhookDelivery['status']>(['pending', 'succeeded', 'failed']);

function deliveryQuery(c: Context<AppEnv>): { limit: number; status?: WebhookDelivery['status'] } {
  const limitText = c.req.query('limit');
  const limit = limitText === undefined ? 50 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new ValidationError([{ path: ['limit'], code: 'invalid_value', message: 'Expected a whole number from 1 to 1000' }]);
  }
  const status = c.req.query('status');
  if (status !== undefined && !statuses.has(status)) {
    throw new ValidationError([{ path: ['status'], code: 'invalid_value', message: 'Expected pending, succeeded or failed' }]);
  }
  return { limit, ...(status === undefined ? {} : { status: status as WebhookDelivery['status'] }) };
}

/**
 * `/v1/webhooks`: a tenant admin registers endpoints, reads their delivery log and redelivers.
 * Every other caller gets 403; every query is bound to the caller's tenant.
 */
export function webhookRoutes(store: WebhookStore, maxBodyBytes: number, retryForMs: number): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('/webhooks', async (c, next) => (requireAdmin(c.get('principal')), next()));
  routes.use('/webhooks/*', async (c, next) => (requireAdmin(c.get('principal')), next()));
  const tenant = (c: Context<AppEnv>) => c.get('principal').tenantId;

  routes.get('/webhooks', async (c) => c.json({ items: await store.list(tenant(c)) }));
  routes.post('/webhooks', async (c) => {
    const created = await store.create(tenant(c), await readJsonBody(c, maxBodyBytes));
    return c.json(created, 201, { Location: `${c.req.path}/${created.id}`, ...NOT_STORED });
  });
  routes.get('/webhooks/:id', async (c) => c.json(await store.get(tenant(c), c.req.param('id'))));
  routes.patch('/webhooks/:id', async (c) => c.json(await store.update(tenant(c), c.req.param('id'), await readJsonBody(c, maxBodyBytes))));
  routes.delete('/webhooks/:id', async (c) => {
    await store.remove(tenant(c), c.req.param('id'));
    return c.body(null, 204);
  });
  routes.post('/webhooks/:id/rotate-secret', async (c) => c.json(await store.rotateSecret(tenant(c), c.req.param('id')), 200, NOT_STORED));
  routes.get('/webhooks/:id/deliveries', async (c) => c.json({ items: await store.deliveries(tenant(c), c.req.param('id'), deliveryQuery(c)) }));
  routes.post('/webhooks/:id/deliveries/:deliveryId/redeliver', async (c) =>
    c.json(await store.redeliver(tenant(c), c.req.param('id'), c.req.param('deliveryId'), retryForMs), 202),
  );
  return routes;
}
