import { PermissionError } from '@rapport/core';
import { Hono } from 'hono';
import type { Database } from '../database/database.js';
import type { AppEnv } from '../http/app-env.js';
import type { RecordService } from '../records/record-service.js';
import { measureCustomer, storedMeasures } from './customer-measures-store.js';

/**
 * `GET /v1/contacts/{id}/measures` and `GET /v1/accounts/{id}/measures`: the relationship
 * measures the automation worker keeps (RFM, value tier, loyalty, churn risk, lifecycle), for
 * staff who may read the customer. A customer not measured yet (the worker is off, or has not
 * got to them) is worked out on the spot from its own records, and not stored: reading never writes.
 */
export function customerMeasuresRoutes(db: Database, service: RecordService, now: () => Date): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  for (const [collection, kind] of [
    ['contacts', 'contact'],
    ['accounts', 'account'],
  ] as const) {
    routes.get(`/${collection}/:id/measures`, async (c) => {
      const principal = c.get('principal');
      // Churn risk and value tier are the business's view of a customer, not the customer's.
      if (principal.kind !== 'staff') throw new PermissionError();
      const id = c.req.param('id');
      await service.get(principal, collection, id);
      const stored = await storedMeasures(db, principal.tenantId, kind, id);
      if (stored) return c.json(stored);
      const at = now();
      const { measures } = await measureCustomer(db, principal.tenantId, kind, id, at);
      return c.json({ ...measures, kind, customerId: id, computedAt: at.toISOString() });
    });
  }
  return routes;
}
