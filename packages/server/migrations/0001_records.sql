-- Tenants, their API keys, and every CRM record in one generic table (see
-- docs/decisions/0004-one-generic-records-table.md). Text keys use the "C" collation so that
-- ordering is by code point on every server, whatever its locale.

CREATE TABLE tenants (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  -- Shared with the tenant's own backend, which signs customer tokens with it (HMAC-SHA256).
  customer_token_secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id text COLLATE "C" PRIMARY KEY,
  tenant_id text COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'agent', 'sales', 'public')),
  -- SHA-256 of the key: a leaked database does not leak usable keys.
  key_hash text NOT NULL UNIQUE,
  label text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE records (
  tenant_id text COLLATE "C" NOT NULL,
  collection text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  -- ISO 8601 UTC strings, as in `data`: they sort chronologically as text.
  created_at text COLLATE "C" NOT NULL,
  updated_at text COLLATE "C" NOT NULL,
  -- The whole record as the API returns it, stored fields included.
  data jsonb NOT NULL,
  PRIMARY KEY (tenant_id, collection, id)
);

-- The default list order (createdAt, then id) and "recently changed" lists walk an index.
CREATE INDEX records_by_created ON records (tenant_id, collection, created_at, id);
CREATE INDEX records_by_updated ON records (tenant_id, collection, updated_at, id);
-- Lookups the widgets and the access rules make on every screen: a ticket's thread, a
-- customer's tickets, an account's contacts and deals.
CREATE INDEX records_by_ticket ON records (tenant_id, collection, (data #> '{ticketId}'));
CREATE INDEX records_by_requester ON records (tenant_id, collection, (data #> '{requesterId}'));
CREATE INDEX records_by_account ON records (tenant_id, collection, (data #> '{accountId}'));

-- A create replayed with the same Idempotency-Key returns the first response.
CREATE TABLE idempotency_keys (
  tenant_id text COLLATE "C" NOT NULL,
  collection text COLLATE "C" NOT NULL,
  -- Who sent it: one caller's key never replays another caller's record.
  principal text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, collection, principal, key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

-- Every write to `records` leaves a change row and a notification carrying its sequence
-- number, in the same transaction: each server instance turns them into live events, and a
-- client that reconnects catches up from the last sequence number it saw.
CREATE TABLE changes (
  seq bigserial PRIMARY KEY,
  tenant_id text COLLATE "C" NOT NULL,
  collection text COLLATE "C" NOT NULL,
  record_id text COLLATE "C" NOT NULL,
  type text NOT NULL CHECK (type IN ('created', 'updated', 'removed')),
  -- After the change; for a removal, the record as it was (access rules need its fields).
  record jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_by_tenant ON changes (tenant_id, seq);
CREATE INDEX changes_by_age ON changes (at);

CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  change_seq bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO changes (tenant_id, collection, record_id, type, record)
      VALUES (OLD.tenant_id, OLD.collection, OLD.id, 'removed', OLD.data)
      RETURNING seq INTO change_seq;
  ELSE
    INSERT INTO changes (tenant_id, collection, record_id, type, record)
      VALUES (NEW.tenant_id, NEW.collection, NEW.id, CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'updated' END, NEW.data)
      RETURNING seq INTO change_seq;
  END IF;
  PERFORM pg_notify('rapport_changes', change_seq::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER records_changed AFTER INSERT OR UPDATE OR DELETE ON records
  FOR EACH ROW EXECUTE FUNCTION record_change();
