-- Outbound webhooks (see docs/automation.md): endpoints an admin registered, and one delivery per
-- endpoint and change, sent and retried by the automation worker through `automation_jobs`.

CREATE TABLE webhooks (
  tenant_id text COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  url text NOT NULL,
  -- `tickets.created`, `deals.updated`, `contacts.*` … or `*` for every change.
  events text[] NOT NULL,
  description text,
  enabled boolean NOT NULL DEFAULT true,
  -- Signs every delivery (HMAC-SHA256). After a rotation the previous one also signs until
  -- `previous_secret_until`, so receivers can switch without missing a delivery.
  secret text NOT NULL,
  previous_secret text,
  previous_secret_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE webhook_deliveries (
  -- The idempotency id the receiver sees (`Rapport-Webhook-Id`, the body's `id`): the same on
  -- every retry and redelivery of this event to this endpoint.
  id text COLLATE "C" PRIMARY KEY,
  tenant_id text COLLATE "C" NOT NULL,
  webhook_id text COLLATE "C" NOT NULL,
  event_type text NOT NULL,
  -- The change it reports: an endpoint gets each change once.
  change_seq bigint NOT NULL,
  -- The exact JSON body, so every attempt sends (and signs) the same bytes.
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_status_code integer,
  last_error text,
  created_at timestamptz NOT NULL,
  last_attempt_at timestamptz,
  next_attempt_at timestamptz,
  -- Failed attempts are retried until then; a manual redeliver moves it.
  retry_until timestamptz NOT NULL,
  finished_at timestamptz,
  UNIQUE (webhook_id, tenant_id, change_seq),
  FOREIGN KEY (tenant_id, webhook_id) REFERENCES webhooks (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (tenant_id, webhook_id, created_at DESC, id);
CREATE INDEX webhook_deliveries_finished ON webhook_deliveries (finished_at) WHERE finished_at IS NOT NULL;

-- Pruning finished work past the retention window reads these.
CREATE INDEX automation_jobs_done ON automation_jobs (done_at) WHERE done_at IS NOT NULL;
CREATE INDEX automation_log_by_age ON automation_log (at);

-- When the worker last moved its place in the change feed. While a worker has read within the
-- last week, changes it has not read yet are kept past the live stream's ten minutes: a worker
-- down for an hour then still turns them into rule jobs and webhook deliveries.
ALTER TABLE automation_cursor ADD COLUMN read_at timestamptz;
