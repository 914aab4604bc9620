// What the change feed costs a bulk write: 1,000 contacts stored in one statement (the shape of a
// bulk upsert or an import batch) on PGlite and on PostgreSQL, with every declared index, writing their
// change rows once per statement (the server's triggers) against once per row (the trigger the
// server had before, recreated here as the baseline and measured in the same run).
import { ensureTenant, type Database } from '@rapport/server';
import { onBothDatabases } from '../lib/both-databases.js';
import { report, reportRatio, summarize } from '../lib/measure.js';

const BATCH = 1_000;
const PER_ROW_TRIGGER = `
  CREATE FUNCTION bench_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    change_seq bigint;
    author text := NULLIF(current_setting('rapport.changed_by', true), '');
  BEGIN
    INSERT INTO changes (tenant_id, collection, record_id, type, record, changed_by)
      VALUES (NEW.tenant_id, NEW.collection, NEW.id, 'created', NEW.data, author)
      RETURNING seq INTO change_seq;
    PERFORM pg_notify('rapport_changes', change_seq::text);
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER bench_per_row AFTER INSERT ON records FOR EACH ROW EXECUTE FUNCTION bench_record_change();
  ALTER TABLE records DISABLE TRIGGER bench_per_row;`;

async function compare(storage: 'PGlite' | 'PostgreSQL', db: Database): Promise<void> {
  console.log(`\n## Change rows: ${BATCH.toLocaleString('en')} contacts stored in one statement (${storage})`);
  await ensureTenant(db, { id: 'bench', name: 'Bench' });
  await db.exec(PER_ROW_TRIGGER);
  let batch = 0;
  /** A batch of new contacts, as the server stores them. */
  const storeBatch = async () => {
    const from = (batch += 1) * BATCH;
    await db.query(
      `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
       SELECT 'bench', 'contacts', 'c' || i, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z',
              jsonb_build_object('id', 'c' || i, 'tenantId', 'bench', 'version', 1, 'createdAt', '2025-01-01T00:00:00.000Z', 'updatedAt', '2025-01-01T00:00:00.000Z',
                'name', '客户 ' || i, 'channels', jsonb_build_array(jsonb_build_object('kind', 'email', 'value', 'c' || i || '@example.com')),
                'tags', '[]'::jsonb, 'customFields', '{}'::jsonb, 'externalId', 'erp-' || i)
         FROM generate_series($1::integer, $2::integer) i`,
      [from, from + BATCH - 1],
    );
  };
  const triggers = { perRow: ['bench_per_row'], perStatement: ['records_created', 'records_updated', 'records_removed'] };
  const use = async (which: keyof typeof triggers | 'none') => {
    for (const [kind, names] of Object.entries(triggers)) {
      for (const name of names) await db.exec(`ALTER TABLE records ${kind === which ? 'ENABLE' : 'DISABLE'} TRIGGER ${name}`);
    }
  };
  // Taken in turns, so each way stores into a table of the same size on average.
  const modes = ['none', 'perRow', 'perStatement'] as const;
  const times = { none: [] as number[], perRow: [] as number[], perStatement: [] as number[] };
  for (let round = 0; round < 11; round++) {
    for (const mode of modes) {
      await use(mode);
      const started = performance.now();
      await storeBatch();
      // The first two rounds warm up.
      if (round >= 2) times[mode].push(performance.now() - started);
    }
  }
  const none = summarize('no change rows at all (floor)', times.none);
  const perRow = summarize('per-row trigger (baseline)', times.perRow);
  const perStatement = summarize('statement triggers', times.perStatement);
  report(none);
  report(perRow, undefined, `change rows: +${(perRow.medianMs - none.medianMs).toFixed(0)} ms`);
  report(perStatement, undefined, `change rows: +${(perStatement.medianMs - none.medianMs).toFixed(0)} ms`);
  reportRatio('statement triggers, times faster than per row', perStatement, perRow);
}

await onBothDatabases(compare);
