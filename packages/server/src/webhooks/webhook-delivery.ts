import type { JobHandler } from '../automation/job-handlers.js';
import { WebhookAddressPolicy, type WebhookAddressOptions } from './webhook-address-policy.js';
import { sendWebhook, systemResolver, type ResolveHost } from './webhook-sender.js';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature.js';
import { DEFAULT_RETRY_FOR_MS } from './webhook-store.js';

/** How the server sends webhooks: where it may connect, how long it waits, how long it retries. */
export interface WebhookDeliveryOptions extends WebhookAddressOptions {
  /** How long one attempt may take before it counts as failed. Default 10 s. */
  readonly timeoutMs?: number;
  /** How long after its event a failing delivery is retried. Default 3 days; at least a day. */
  readonly retryForMs?: number;
  /** Resolves receivers' host names (default: the system's resolver). */
  readonly resolve?: ResolveHost;
}

/** Wait before the next attempt after `attempt` failed: 30 s, 1 min, 2 min … at most 6 h. */
export function webhookRetryDelayMs(attempt: number): number {
  return Math.min(6 * 3_600_000, 30_000 * 2 ** (attempt - 1));
}

export function webhookRetryForMs(options: WebhookDeliveryOptions): number {
  return Math.max(24 * 3_600_000, options.retryForMs ?? DEFAULT_RETRY_FOR_MS);
}

interface DeliveryRow {
  id: string;
  body: string;
  event_type: string;
  status: string;
  attempts: number;
  retry_until: Date | string;
  url: string;
  enabled: boolean;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Date | string | null;
}

/**
 * The `webhook-delivery` job: one attempt, recorded in the delivery log. A failure re-arms the
 * job at the next backoff step until the retry window closes; then the delivery is `failed`
 * (an admin can redeliver it).
 */
export function webhookDeliveryHandler(options: WebhookDeliveryOptions = {}): JobHandler {
  const policy = new WebhookAddressPolicy(options);
  const resolve = options.resolve ?? systemResolver;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async ({ db, job, now }) => {
    const [row] = await db.query<DeliveryRow>(
      `SELECT d.id, d.body, d.event_type, d.status, d.attempts, d.retry_until, w.url, w.enabled, w.secret, w.previous_secret, w.previous_secret_until
         FROM webhook_deliveries d JOIN webhooks w ON w.tenant_id = d.tenant_id AND w.id = d.webhook_id
        WHERE d.tenant_id = $1 AND d.id = $2`,
      [job.tenantId, String(job.payload.deliveryId)],
    );
    if (!row || row.status !== 'pending') return undefined;
    const attempt = row.attempts + 1;
    const secrets = [row.secret, ...(row.previous_secret && row.previous_secret_until && new Date(row.previous_secret_until) > now ? [row.previous_secret] : [])];
    const result = row.enabled
      ? await sendWebhook({
          url: row.url,
          body: row.body,
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'Rapport-Webhooks/1',
            'Rapport-Webhook-Id': row.id,
            'Rapport-Event': row.event_type,
            'Rapport-Delivery-Attempt': String(attempt),
            [SIGNATURE_HEADER]: signWebhook(row.body, secrets, Math.floor(now.getTime() / 1000)),
          },
          policy,
          resolve,
          timeoutMs,
        })
      : { delivered: false, error: 'The webhook is disabled' };
    const retryAt = new Date(now.getTime() + webhookRetryDelayMs(attempt));
    const finished = result.delivered || !row.enabled || retryAt > new Date(row.retry_until);
    await db.query(
      `UPDATE webhook_deliveries SET attempts = $3, status = $4, last_status_code = $5, last_error = $6, last_attempt_at = $7, next_attempt_at = $8, finished_at = $9
        WHERE tenant_id = $1 AND id = $2`,
      [
        job.tenantId,
        row.id,
        attempt,
        result.delivered ? 'succeeded' : finished ? 'failed' : 'pending',
        result.statusCode ?? null,
        result.delivered ? null : (result.error ?? null),
        now.toISOString(),
        finished ? null : retryAt.toISOString(),
        finished ? now.toISOString() : null,
      ],
    );
    return finished ? undefined : retryAt;
  };
}
