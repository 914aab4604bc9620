import { NotFoundError, ValidationError } from '@rapport/core';
import { parseOrThrow } from '@rapport/core/schema';
import type { Database } from '../database/database.js';
import { JobQueue } from '../automation/job-queue.js';
import { randomToken } from '../random-token.js';
import { deliveryJob } from './webhook-fanout.js';
import type { WebhookAddressPolicy } from './webhook-address-policy.js';
import { webhookCreateSchema, webhookUpdateSchema, type Webhook, type WebhookDelivery, type WebhookEventType } from './webhook-schema.js';

/** Endpoints a tenant may register: each change is sent to every one of them. */
export const MAX_WEBHOOKS_PER_TENANT = 50;
/** How long the previous secret still signs after a rotation. */
export const SECRET_OVERLAP_MS = 24 * 3_600_000;
/** How long a delivery is retried after its event (or after a manual redeliver): three days. */
export const DEFAULT_RETRY_FOR_MS = 72 * 3_600_000;

interface WebhookRow {
  id: string;
  url: string;
  events: WebhookEventType[];
  description: string | null;
  enabled: boolean;
  created_at: Date | string;
  updated_at: Date | string;
}

interface DeliveryRow {
  id: string;
  webhook_id: string;
  event_type: string;
  status: WebhookDelivery['status'];
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date | string;
  last_attempt_at: Date | string | null;
  next_attempt_at: Date | string | null;
  finished_at: Date | string | null;
}

const WEBHOOK_COLUMNS = 'id, url, events, description, enabled, created_at, updated_at';
const iso = (value: Date | string) => new Date(value).toISOString();

function webhookOf(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    ...(row.description === null ? {} : { description: row.description }),
    enabled: row.enabled,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function deliveryOf(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    ...(row.last_status_code === null ? {} : { lastStatusCode: row.last_status_code }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    createdAt: iso(row.created_at),
    ...(row.last_attempt_at === null ? {} : { lastAttemptAt: iso(row.last_attempt_at) }),
    ...(row.status === 'pending' && row.next_attempt_at !== null ? { nextAttemptAt: iso(row.next_attempt_at) } : {}),
    ...(row.finished_at === null ? {} : { finishedAt: iso(row.finished_at) }),
  };
}

const newSecret = () => `whsec_${randomToken(32)}`;

/** A tenant's webhooks and their delivery log. Every query names the tenant. */
export class WebhookStore {
  constructor(
    private readonly db: Database,
    private readonly policy: WebhookAddressPolicy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private checkUrl(url: string): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ValidationError([{ path: ['url'], code: 'invalid_format', message: 'Expected an absolute URL such as https://erp.example.com/rapport-events' }]);
    }
    const refusal = this.policy.urlRefusal(parsed);
    if (refusal) throw new ValidationError([{ path: ['url'], code: 'invalid_value', message: `The URL ${refusal}` }]);
  }

  /** Registers an endpoint; the answer carries its signing secret, shown this once. */
  async create(tenantId: string, input: unknown): Promise<Webhook & { secret: string }> {
    const hook = parseOrThrow(webhookCreateSchema, input);
    this.checkUrl(hook.url);
    const [{ count } = { count: 0 }] = await this.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM webhooks WHERE tenant_id = $1', [tenantId]);
    if (count >= MAX_WEBHOOKS_PER_TENANT) {
      throw new ValidationError([{ path: [], code: 'too_big', message: `A tenant may register at most ${MAX_WEBHOOKS_PER_TENANT} webhooks; remove one first` }]);
    }
    const secret = newSecret();
    const [row] = await this.db.query<WebhookRow>(
      `INSERT INTO webhooks (tenant_id, id, url, events, description, enabled, secret, created_at, updated_at)
         VALUES ($1, $2, $3, ARRAY(SELECT jsonb_array_elements_text($4::jsonb)), $5, $6, $7, $8, $8) RETURNING ${WEBHOOK_COLUMNS}`,
      [tenantId, `wh_${randomToken(12)}`, hook.url, JSON.stringify([...new Set(hook.events)]), hook.description ?? null, hook.enabled, secret, this.now().toISOString()],
    );
    return { ...webhookOf(row!), secret };
  }

  async list(tenantId: string): Promise<Webhook[]> {
    const rows = await this.db.query<WebhookRow>(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE tenant_id = $1 ORDER BY created_at, id`, [tenantId]);
    return rows.map(webhookOf);
  }

  async get(tenantId: string, id: string): Promise<Webhook> {
    const [row] = await this.db.query<WebhookRow>(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    if (!row) throw new NotFoundError('webhooks', id);
    return webhookOf(row);
  }

  async update(tenantId: string, id: string, input: unknown): Promise<Webhook> {
    const patch = parseOrThrow(webhookUpdateSchema, input);
    if (patch.url !== undefined) this.checkUrl(patch.url);
    const [row] = await this.db.query<WebhookRow>(
      `UPDATE webhooks SET
          url = coalesce($3, url),
          events = CASE WHEN $4::jsonb IS NULL THEN events ELSE ARRAY(SELECT jsonb_array_elements_text($4::jsonb)) END,
          description = CASE WHEN $5 THEN $6 ELSE description END,
          enabled = coalesce($7, enabled),
          updated_at = $8
        WHERE tenant_id = $1 AND id = $2 RETURNING ${WEBHOOK_COLUMNS}`,
      [
        tenantId,
        id,
        patch.url ?? null,
        patch.events ? JSON.stringify([...new Set(patch.events)]) : null,
        patch.description !== undefined,
        patch.description ?? null,
        patch.enabled ?? null,
        this.now().toISOString(),
      ],
    );
    if (!row) throw new NotFoundError('webhooks', id);
    return webhookOf(row);
  }

  /** Removes the endpoint and its delivery log; pending deliveries are dropped. */
  async remove(tenantId: string, id: string): Promise<void> {
    const rows = await this.db.query('DELETE FROM webhooks WHERE tenant_id = $1 AND id = $2 RETURNING id', [tenantId, id]);
    if (rows.length === 0) throw new NotFoundError('webhooks', id);
  }

  /** A new secret, shown this once; the old one keeps signing for a day beside it. */
  async rotateSecret(tenantId: string, id: string): Promise<Webhook & { secret: string }> {
    const secret = newSecret();
    const now = this.now();
    const [row] = await this.db.query<WebhookRow>(
      `UPDATE webhooks SET previous_secret = secret, previous_secret_until = $4, secret = $3, updated_at = $5
        WHERE tenant_id = $1 AND id = $2 RETURNING ${WEBHOOK_COLUMNS}`,
      [tenantId, id, secret, new Date(now.getTime() + SECRET_OVERLAP_MS).toISOString(), now.toISOString()],
    );
    if (!row) throw new NotFoundError('webhooks', id);
    return { ...webhookOf(row), secret };
  }

  /** The endpoint's deliveries, newest first (`status`: only those). */
  async deliveries(tenantId: string, webhookId: string, { limit = 50, status }: { limit?: number; status?: WebhookDelivery['status'] } = {}): Promise<WebhookDelivery[]> {
    await this.get(tenantId, webhookId);
    const rows = await this.db.query<DeliveryRow>(
      `SELECT id, webhook_id, event_type, status, attempts, last_status_code, last_error, created_at, last_attempt_at, next_attempt_at, finished_at
         FROM webhook_deliveries WHERE tenant_id = $1 AND webhook_id = $2 AND ($3::text IS NULL OR status = $3)
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [tenantId, webhookId, status ?? null, limit],
    );
    return rows.map(deliveryOf);
  }

  /**
   * Sends a delivery again now, whatever became of it, with its idempotency id and body
   * unchanged; failures are retried as for a new event.
   */
  async redeliver(tenantId: string, webhookId: string, deliveryId: string, retryForMs = DEFAULT_RETRY_FOR_MS): Promise<WebhookDelivery> {
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<DeliveryRow>(
        `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $4, retry_until = $5, finished_at = NULL
          WHERE tenant_id = $1 AND webhook_id = $2 AND id = $3
          RETURNING id, webhook_id, event_type, status, attempts, last_status_code, last_error, created_at, last_attempt_at, next_attempt_at, finished_at`,
        [tenantId, webhookId, deliveryId, now.toISOString(), new Date(now.getTime() + retryForMs).toISOString()],
      );
      if (!row) throw new NotFoundError('webhookDeliveries', deliveryId);
      await new JobQueue(this.db).enqueue(tx, [deliveryJob(tenantId, deliveryId, now)]);
      return deliveryOf(row);
    });
  }
}
