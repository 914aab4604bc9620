import { PermissionError } from '@rapport/core';
import { Hono } from 'hono';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../database/database.js';
import type { AppEnv } from '../http/app-env.js';
import { readJsonBody } from '../http/json-body.js';
import { isEntityName, UnknownCollectionError } from '../http/record-routes.js';
import type { RecordService } from '../records/record-service.js';
import { loadAutomationSettings, saveAutomationSettings } from './automation-settings.js';

/** Rule settings, logs and webhooks are for tenant admins only. */
export function requireAdmin(principal: Principal): void {
  if (principal.kind !== 'staff' || principal.role !== 'admin') throw new PermissionError();
}

interface LogRow {
  id: number | string;
  rule_id: string;
  job_key: string;
  outcome: string;
  detail: unknown;
  error: string | null;
  at: Date | string;
}

interface HistoryRow {
  seq: number | string;
  type: string;
  changed_by: string | null;
  record: Record<string, unknown>;
  at: Date | string;
}

/**
 * The automation's own endpoints: the tenant's rule settings and the automation log (admins
 * only), and a record's history, which tells the rules' changes (`rule:<id>`) from people's.
 */
export function automationRoutes(db: Database, service: RecordService, maxBodyBytes: number): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/automation/settings', async (c) => {
    const principal = c.get('principal');
    requireAdmin(principal);
    return c.json(await loadAutomationSettings(db, principal.tenantId));
  });

  routes.put('/automation/settings', async (c) => {
    const principal = c.get('principal');
    requireAdmin(principal);
    return c.json(await saveAutomationSettings(db, principal.tenantId, await readJsonBody(c, maxBodyBytes)));
  });

  routes.get('/automation/log', async (c) => {
    const principal = c.get('principal');
    requireAdmin(principal);
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 100) || 100, 1), 1000);
    const rows = await db.query<LogRow>('SELECT id, rule_id, job_key, outcome, detail, error, at FROM automation_log WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2', [
      principal.tenantId,
      limit,
    ]);
    return c.json({
      items: rows.map((row) => ({ id: Number(row.id), ruleId: row.rule_id, job: row.job_key, outcome: row.outcome, detail: row.detail, error: row.error ?? undefined, at: new Date(row.at).toISOString() })),
    });
  });

  // Whoever may read the record may read its history; reading it first checks exactly that.
  routes.get('/:collection/:id/history', async (c) => {
    const principal = c.get('principal');
    const collection = c.req.param('collection');
    if (!isEntityName(collection)) throw new UnknownCollectionError(collection);
    const id = c.req.param('id');
    await service.get(principal, collection, id);
    const rows = await db.query<HistoryRow>(
      'SELECT seq, type, changed_by, record, at FROM changes WHERE tenant_id = $1 AND collection = $2 AND record_id = $3 ORDER BY seq LIMIT 1000',
      [principal.tenantId, collection, id],
    );
    return c.json({
      items: rows.map((row) => ({ seq: Number(row.seq), type: row.type, changedBy: row.changed_by ?? undefined, at: new Date(row.at).toISOString(), record: row.record })),
    });
  });

  return routes;
}
