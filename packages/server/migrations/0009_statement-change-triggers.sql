-- Change rows are written once per statement instead of once per row: a bulk upsert or an import
-- batch of 1,000 records adds its 1,000 change rows in one insert from the statement's transition
-- table, and sends one notification per 500 of them, instead of running a trigger function (an
-- insert and a notification) for every row. What each change row holds is unchanged.
-- PostgreSQL allows transition tables only on single-event triggers, hence three of them.
DROP TRIGGER records_changed ON records;
DROP FUNCTION record_change();

CREATE FUNCTION record_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  author text := NULLIF(current_setting('rapport.changed_by', true), '');
  notified integer;
BEGIN
  -- Notifications carry the sequence numbers of the changes, comma-separated, at most 500 to one
  -- (a payload holds under 8,000 bytes); listeners read exactly those rows back.
  WITH added AS (
    INSERT INTO changes (tenant_id, collection, record_id, type, record, changed_by)
      SELECT tenant_id, collection, id, TG_ARGV[0], data, author FROM changed_rows
      RETURNING seq
  ), numbered AS (
    SELECT seq, (row_number() OVER (ORDER BY seq) - 1) / 500 AS part FROM added
  )
  SELECT count(pg_notify('rapport_changes', seqs)) INTO notified
    FROM (SELECT string_agg(seq::text, ',' ORDER BY seq) AS seqs FROM numbered GROUP BY part) AS parts;
  RETURN NULL;
END
$$;

CREATE TRIGGER records_created AFTER INSERT ON records
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION record_changes('created');
CREATE TRIGGER records_updated AFTER UPDATE ON records
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION record_changes('updated');
CREATE TRIGGER records_removed AFTER DELETE ON records
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION record_changes('removed');
