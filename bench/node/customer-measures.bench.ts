// Customer measures kept by the automation worker, on a local PostgreSQL: a full recompute of a
// tenant (every contact and account ranked and stored), and one new order → its customer's
// measures updated by the worker. Baselines, measured in the same run: the domain functions alone
// over the same orders in memory, the least a recompute reads (the orders' fields it ranks by), and
// what the contact card did before the server kept measures (read every order of the tenant and
// rank them all) for one customer.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { rfmAnalysis, summarizeOrders, type SummaryOrder } from '@rapport/core/domain';
import { AutomationWorker, ensureTenant, openDatabase } from '@rapport/server';
import { recomputeTenantMeasures } from '../../packages/server/src/automation/customer-measures-store.js';
import { startTestPostgres } from '../../test/node/server/postgres.js';
import { measure, report, reportRatio } from '../lib/measure.js';

const ORDERS = 1_000_000;
const CONTACTS = 100_000;
const ACCOUNTS = 20_000;
const TENANT = 'bench';
const DAY = 86_400_000;

console.log(`## Customer measures: ${ORDERS.toLocaleString('en')} orders, ${CONTACTS.toLocaleString('en')} contacts, ${ACCOUNTS.toLocaleString('en')} accounts (PostgreSQL)`);
const postgres = await startTestPostgres();
const db = await openDatabase({ databaseUrl: postgres.url });
try {
  await ensureTenant(db, { id: TENANT, name: TENANT });
  const stamp = new Date().toISOString();
  // Seeded with the database's own random numbers from a fixed seed, so every run measures the same data.
  await db.query('SELECT setseed(0.7)');
  await db.query(
    `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
     SELECT $1, 'contacts', 'c' || i, 1, $2, $2, jsonb_build_object('id', 'c' || i, 'tenantId', $1::text, 'version', 1, 'createdAt', $2::text, 'updatedAt', $2::text,
            'name', 'Contact ' || i, 'accountId', 'a' || (i % $4), 'tags', '[]'::jsonb, 'customFields', '{}'::jsonb)
       FROM generate_series(0, $3::int - 1) i`,
    [TENANT, stamp, CONTACTS, ACCOUNTS],
  );
  await db.query(
    `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
     SELECT $1, 'accounts', 'a' || i, 1, $2, $2, jsonb_build_object('id', 'a' || i, 'tenantId', $1::text, 'version', 1, 'createdAt', $2::text, 'updatedAt', $2::text, 'name', 'Account ' || i)
       FROM generate_series(0, $3::int - 1) i`,
    [TENANT, stamp, ACCOUNTS],
  );
  await db.query(
    `WITH o AS (SELECT i, floor(random() ^ 2 * $4)::int AS customer, round((random() * 5000)::numeric, 2) AS amount,
                       to_char((now() - random() * interval '1095 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
                  FROM generate_series(0, $3::int - 1) i)
     INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
     SELECT $1, 'orders', 'o' || i, 1, $2, $2, jsonb_build_object('id', 'o' || i, 'tenantId', $1::text, 'version', 1, 'createdAt', $2::text, 'updatedAt', $2::text,
            'contactId', 'c' || customer, 'accountId', 'a' || (customer % $5), 'orderedAt', at, 'amount', amount, 'currency', 'CNY',
            'status', CASE WHEN i % 10 = 0 THEN 'refunded' ELSE 'paid' END, 'items', '[]'::jsonb)
       FROM o`,
    [TENANT, stamp, ORDERS, CONTACTS, ACCOUNTS],
  );
  await db.query(`UPDATE automation_cursor SET seq = (SELECT max(seq) FROM changes)`);
  await db.exec('VACUUM ANALYZE');

  const now = new Date();
  // The worker's other jobs wait while a recompute holds the event loop.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const full = await measure('full recompute: every contact and account, stored', () => db.transaction((tx) => recomputeTenantMeasures(tx, TENANT, now)), { runs: 3, warmup: 1 });
  loop.disable();
  report(full, undefined, `${CONTACTS + ACCOUNTS} customers`);
  console.log(`    longest event-loop stall meanwhile: ${(loop.max / 1e6).toFixed(0)} ms (the worker's other jobs wait that long at most)`);
  const readOrders = () =>
    db.query<SummaryOrder>(
      `SELECT data->>'contactId' AS "contactId", data->>'accountId' AS "accountId", data->>'orderedAt' AS "orderedAt", (data->>'amount')::float8 AS amount,
              (data->>'margin')::float8 AS margin, data->>'currency' AS currency, data->>'status' AS status
         FROM records WHERE tenant_id = $1 AND collection = 'orders'`,
      [TENANT],
    );
  const floor = await measure('  least it reads: the fields of every order, out of PostgreSQL', readOrders, { runs: 3, warmup: 1 });
  report(floor);
  const orders = await readOrders();
  const inMemory = await measure('  baseline: RFM of the same orders in memory (domain only)', () => [rfmAnalysis(summarizeOrders(orders, { now, by: 'contact' })), rfmAnalysis(summarizeOrders(orders, { now, by: 'account' }))], { runs: 3, warmup: 1 });
  report(inMemory);
  reportRatio('  full recompute / in-memory domain figures (cost of reading and storing)', inMemory, full);
  reportRatio('  reading the orders alone / in-memory domain figures', inMemory, floor);

  // The worker as it runs: the daily schedule is armed (not due), each order is one job per customer.
  const worker = new AutomationWorker({ db });
  await db.query(`INSERT INTO automation_jobs (tenant_id, key, kind, payload, due_at) VALUES ($1, 'schedule:customer-measures', 'customer-measures-all', '{}'::jsonb, now() + interval '1 day')`, [TENANT]);
  let next = 0;
  const oneOrder = await measure(
    'one new order → its contact and account updated by the worker',
    async () => {
      const id = `new-${next++}`;
      const customer = (next * 7919) % CONTACTS;
      const data = { id, tenantId: TENANT, version: 1, createdAt: stamp, updatedAt: stamp, contactId: `c${customer}`, accountId: `a${customer % ACCOUNTS}`, orderedAt: new Date().toISOString(), amount: 120, currency: 'CNY', status: 'paid', items: [] };
      await db.query(`INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data) VALUES ($1, 'orders', $2, 1, $3, $3, $4::jsonb)`, [TENANT, id, stamp, JSON.stringify(data)]);
      const ran = await worker.runOnce();
      if (ran !== 2) throw new Error(`expected the contact's and the account's job, ran ${ran}`);
    },
    { runs: 21, warmup: 3 },
  );
  report(oneOrder, 50);
  const before = await measure(
    '  baseline: the card before, one customer from all orders',
    async () => {
      const all = (await db.query<{ data: never }>(`SELECT data FROM records WHERE tenant_id = $1 AND collection = 'orders'`, [TENANT])).map((row) => row.data);
      return rfmAnalysis(summarizeOrders(all, { now: new Date(), by: 'contact' })).find((row) => row.customerId === 'c1');
    },
    { runs: 1, warmup: 0 },
  );
  report(before);
  reportRatio('  one order kept by the worker vs the card before', oneOrder, before);
} finally {
  await db.close();
  await postgres.stop();
}
