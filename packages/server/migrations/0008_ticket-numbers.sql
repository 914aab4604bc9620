-- A ticket's number (#1042), counted per tenant: a create takes the next one from this row in its
-- own transaction, so concurrent creates on any number of instances never share a number.
-- Keyed by collection too, as `NUMBERED_COLLECTIONS` in @rapport/core may grow.
CREATE TABLE record_numbers (
  tenant_id text COLLATE "C" NOT NULL,
  collection text COLLATE "C" NOT NULL,
  last_number bigint NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (tenant_id, collection)
);

-- Tickets stored before numbering get numbers in the order they were created; this is a
-- backfill, not a change anyone made, so it leaves no change rows behind.
ALTER TABLE records DISABLE TRIGGER records_changed;
WITH numbered AS (
  SELECT tenant_id, id, row_number() OVER (PARTITION BY tenant_id ORDER BY created_at, id) AS n
    FROM records WHERE collection = 'tickets' AND NOT (data ? 'number')
)
UPDATE records r SET data = jsonb_set(r.data, '{number}', to_jsonb(numbered.n))
  FROM numbered
  WHERE r.tenant_id = numbered.tenant_id AND r.collection = 'tickets' AND r.id = numbered.id;
ALTER TABLE records ENABLE TRIGGER records_changed;

INSERT INTO record_numbers (tenant_id, collection, last_number)
  SELECT tenant_id, 'tickets', max((data ->> 'number')::bigint)
    FROM records WHERE collection = 'tickets' AND jsonb_typeof(data -> 'number') = 'number'
    GROUP BY tenant_id;
