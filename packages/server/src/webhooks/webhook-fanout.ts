import type { SqlExecutor } from '../database/database.js';
import type { JobRequest } from '../automation/job-queue.js';
import type { StoredChange } from '../live/change-feed.js';
import { randomToken } from '../random-token.js';

/** A change of the feed as the worker reads it, with who made it. */
export interface WebhookChange extends StoredChange {
  readonly changedBy: string | null;
}

/** The job that sends one delivery (and re-arms itself for each retry). */
export function deliveryJob(tenantId: string, deliveryId: string, dueAt?: Date): JobRequest {
  return { tenantId, key: `webhook:${deliveryId}`, kind: 'webhook-delivery', payload: { deliveryId }, ...(dueAt ? { dueAt } : {}) };
}

interface Subscription {
  tenant_id: string;
  id: string;
  events: string[];
}

/**
 * Turns changes into deliveries, one per change and subscribed endpoint, with the body every
 * attempt will send. Runs in the transaction that moves the worker's place in the feed, so an
 * event is queued exactly once and never lost; sending happens later, outside any write.
 * Returns how many deliveries it queued.
 */
export async function queueWebhookDeliveries(tx: SqlExecutor, changes: readonly WebhookChange[], now: Date | null, retryForMs: number): Promise<number> {
  if (changes.length === 0) return 0;
  const tenants = [...new Set(changes.map((change) => change.tenantId))];
  const subscriptions = await tx.query<Subscription>('SELECT tenant_id, id, events FROM webhooks WHERE enabled AND tenant_id IN (SELECT jsonb_array_elements_text($1::jsonb))', [
    JSON.stringify(tenants),
  ]);
  if (subscriptions.length === 0) return 0;
  const at = now ?? new Date((await tx.query<{ now: Date | string }>('SELECT now() AS now'))[0]!.now);
  const createdAt = at.toISOString();
  const deliveries: Array<{ id: string; tenant_id: string; webhook_id: string; event_type: string; change_seq: number; body: string }> = [];
  for (const change of changes) {
    const type = `${change.collection}.${change.type}`;
    const anyOfCollection = `${change.collection}.*`;
    for (const hook of subscriptions) {
      if (hook.tenant_id !== change.tenantId || !hook.events.some((event) => event === type || event === anyOfCollection || event === '*')) continue;
      const id = `whd_${randomToken(16)}`;
      const body = JSON.stringify({
        id,
        type,
        createdAt,
        data: { collection: change.collection, id: change.id, changedBy: change.changedBy, sequence: change.seq, record: change.record },
      });
      deliveries.push({ id, tenant_id: change.tenantId, webhook_id: hook.id, event_type: type, change_seq: change.seq, body });
    }
  }
  if (deliveries.length === 0) return 0;
  // One statement for the batch: the deliveries, and a job for each (as `JobQueue.enqueue` would queue it).
  const queued = await tx.query<{ id: string }>(
    `WITH queued AS (
       INSERT INTO webhook_deliveries (id, tenant_id, webhook_id, event_type, change_seq, body, created_at, next_attempt_at, retry_until)
       SELECT d.id, d.tenant_id, d.webhook_id, d.event_type, d.change_seq, d.body, $2::timestamptz, $2::timestamptz, $3::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS d(id text, tenant_id text, webhook_id text, event_type text, change_seq bigint, body text)
       ON CONFLICT DO NOTHING
       RETURNING id, tenant_id)
     INSERT INTO automation_jobs (tenant_id, key, kind, payload, due_at)
     SELECT tenant_id, 'webhook:' || id, 'webhook-delivery', jsonb_build_object('deliveryId', id), $2::timestamptz FROM queued
     ON CONFLICT (tenant_id, key) DO NOTHING
     RETURNING id`,
    [JSON.stringify(deliveries), createdAt, new Date(at.getTime() + retryForMs).toISOString()],
  );
  return queued.length;
}
