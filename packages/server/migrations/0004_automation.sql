-- The automation worker's durable state (see docs/automation.md): its place in the change feed,
-- the jobs and deadlines it has to run, and its log. The database's clock decides when a job is
-- due, so instances with skewed clocks never run one early.

-- Who made a change: a rule's writes set `rapport.changed_by` for their transaction, so a
-- record's history tells an automatic change from a person's.
ALTER TABLE changes ADD COLUMN changed_by text;

CREATE OR REPLACE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  change_seq bigint;
  author text := NULLIF(current_setting('rapport.changed_by', true), '');
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO changes (tenant_id, collection, record_id, type, record, changed_by)
      VALUES (OLD.tenant_id, OLD.collection, OLD.id, 'removed', OLD.data, author)
      RETURNING seq INTO change_seq;
  ELSE
    INSERT INTO changes (tenant_id, collection, record_id, type, record, changed_by)
      VALUES (NEW.tenant_id, NEW.collection, NEW.id, CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'updated' END, NEW.data, author)
      RETURNING seq INTO change_seq;
  END IF;
  PERFORM pg_notify('rapport_changes', change_seq::text);
  RETURN NULL;
END
$$;

CREATE INDEX changes_by_record ON changes (tenant_id, collection, record_id, seq);

-- How far the worker has turned changes into jobs. One row, locked while an instance reads on.
CREATE TABLE automation_cursor (
  name text PRIMARY KEY,
  seq bigint NOT NULL
);
-- Changes from before the worker existed are history, not work.
INSERT INTO automation_cursor (name, seq) SELECT 'changes', coalesce(max(seq), 0) FROM changes;

-- Work to do at `due_at`: a change to react to, or a deadline (an SLA threshold, a schedule).
-- `key` names the work: queuing the same key again moves its deadline instead of adding a job.
CREATE TABLE automation_jobs (
  id bigserial PRIMARY KEY,
  tenant_id text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  due_at timestamptz NOT NULL,
  -- An instance holds a job until then; one that died lets it go when the lease runs out.
  locked_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  -- Raised by every enqueue: a run that finishes after the job was queued again leaves it due.
  generation integer NOT NULL DEFAULT 1,
  done_at timestamptz,
  last_error text,
  UNIQUE (tenant_id, key)
);
CREATE INDEX automation_jobs_due ON automation_jobs (due_at) WHERE done_at IS NULL;

-- What the rules did and what failed, per tenant: readable by admins.
CREATE TABLE automation_log (
  id bigserial PRIMARY KEY,
  tenant_id text COLLATE "C" NOT NULL,
  rule_id text NOT NULL,
  job_key text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('event', 'notification', 'failed')),
  detail jsonb NOT NULL DEFAULT '{}',
  error text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX automation_log_by_tenant ON automation_log (tenant_id, id);

-- Each tenant's choices for the built-in rules (on/off, thresholds); defaults when absent.
CREATE TABLE automation_settings (
  tenant_id text COLLATE "C" PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
