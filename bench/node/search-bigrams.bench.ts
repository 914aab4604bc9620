// What the bigram index (two-character Chinese search) costs a bulk write: 1,000 contacts stored
// in one statement, three in ten with Chinese names as in the large-tenant benchmark, with the
// contacts' bigram index and without it, taken in turns in the same run, on PGlite and PostgreSQL.
import { ensureTenant, type Database } from '@rapport/server';
import { declaredIndexes } from '../../packages/server/src/storage/declared-indexes.js';
import { onBothDatabases } from '../lib/both-databases.js';
import { report, reportRatio, summarize } from '../lib/measure.js';

const BATCH = 1_000;
const FIRST_ROWS = 20_000;

/** Contacts `from` to `to`, as the server stores them: a third Chinese names, some Chinese titles. */
const insertContacts = (db: Database, from: number, to: number) =>
  db.query(
    `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
     SELECT 'bench', 'contacts', 'c' || i, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z',
            jsonb_build_object('id', 'c' || i, 'tenantId', 'bench', 'version', 1, 'createdAt', '2025-01-01T00:00:00.000Z', 'updatedAt', '2025-01-01T00:00:00.000Z',
              'name', CASE WHEN i % 10 < 3
                THEN (ARRAY['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'])[1 + i % 10] || (ARRAY['芳', '伟', '娜', '敏', '静', '丽', '强', '磊'])[1 + (i / 10) % 8] || CASE WHEN i % 2 = 0 THEN '明' ELSE '' END
                ELSE 'Ada Kalo' || i END,
              'title', (ARRAY['Buyer', 'Manager', '经理', 'Director', 'Engineer'])[1 + i % 5],
              'channels', jsonb_build_array(jsonb_build_object('kind', 'email', 'value', 'c' || i || '@example.com'), jsonb_build_object('kind', 'phone', 'value', '+86 21 ' || (10000000 + i))),
              'tags', '[]'::jsonb, 'customFields', '{}'::jsonb, 'externalId', 'erp-' || i)
       FROM generate_series($1::integer, $2::integer) i`,
    [from, to],
  );

async function compare(storage: 'PGlite' | 'PostgreSQL', db: Database): Promise<void> {
  console.log(`\n## Bigram index: ${BATCH.toLocaleString('en')} contacts stored in one statement (${storage}), ${FIRST_ROWS.toLocaleString('en')} already stored`);
  await ensureTenant(db, { id: 'bench', name: 'Bench' });
  await insertContacts(db, 1, FIRST_ROWS);
  const bigrams = declaredIndexes().find(({ name }) => name.startsWith('records_search_bigrams_contacts_'));
  if (!bigrams) throw new Error('No bigram index is declared for contacts');
  const sizes = await db.query<{ name: string; bytes: string | number }>(
    `SELECT indexname AS name, pg_relation_size(indexname::regclass) AS bytes FROM pg_indexes WHERE tablename = 'records' AND indexname LIKE 'records_search_%contacts%' ORDER BY indexname`,
  );
  for (const size of sizes) console.log(`  ${`size of ${size.name}`.padEnd(58)} ${(Number(size.bytes) / 1024 / 1024).toFixed(1).padStart(9)} MB at ${FIRST_ROWS.toLocaleString('en')} contacts`);
  let next = FIRST_ROWS + 1;
  const modes = ['without', 'with'] as const;
  const times = { without: [] as number[], with: [] as number[] };
  // Taken in turns, so each way stores into a table of the same size on average.
  for (let round = 0; round < 11; round++) {
    for (const mode of modes) {
      await db.exec(mode === 'with' ? bigrams.sql : `DROP INDEX IF EXISTS ${bigrams.name}`);
      const started = performance.now();
      await insertContacts(db, next, next + BATCH - 1);
      next += BATCH;
      // The first two rounds warm up.
      if (round >= 2) times[mode].push(performance.now() - started);
    }
  }
  const without = summarize('every declared index but the bigram one', times.without);
  const withBigrams = summarize('with the bigram index', times.with);
  report(without);
  report(withBigrams, undefined, `bigram index: +${(withBigrams.medianMs - without.medianMs).toFixed(0)} ms`);
  reportRatio('times slower with the bigram index', without, withBigrams);
}

await onBothDatabases(compare);
