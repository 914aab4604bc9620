// Webhook throughput to a receiver on the loopback interface (PostgreSQL): DELIVERIES changes,
// each sent by the automation worker as a signed, logged, retried delivery. The baseline, in the
// same run, is the same signed bodies POSTed straight to the same receiver at the worker's
// concurrency: the ratio is what durability (a delivery row, a job claimed and finished) costs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'node:http';
import { AutomationWorker, ensureTenant, openDatabase, signWebhook } from '@rapport/server';
import { startTestPostgres } from '../../test/node/server/postgres.js';

const DELIVERIES = 3_000;
const CONCURRENCY = 16; // the worker runs this many jobs side by side
const TENANT = 'bench';

console.log(`## Webhooks: ${DELIVERIES.toLocaleString('en')} changes delivered to a loopback receiver (PostgreSQL)`);
let received = 0;
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    received += 1;
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

const postgres = await startTestPostgres();
const db = await openDatabase({ databaseUrl: postgres.url });
try {
  await ensureTenant(db, { id: TENANT, name: TENANT });
  await db.query(`INSERT INTO webhooks (tenant_id, id, url, events, secret) VALUES ($1, 'wh', $2, ARRAY['*'], 'whsec_bench')`, [TENANT, url]);
  const worker = new AutomationWorker({ db, pollMs: 50, webhooks: { allowLoopback: true } });
  await worker.runOnce();

  // Baseline: the same kind of body, signed, POSTed with a kept-alive connection pool, CONCURRENCY at a time.
  const body = JSON.stringify({ id: 'whd_x', type: 'contacts.created', createdAt: new Date().toISOString(), data: { collection: 'contacts', id: 'c', changedBy: null, sequence: 1, record: { name: 'Contact' } } });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Rapport-Signature': signWebhook(body, ['whsec_bench'], Math.floor(Date.now() / 1000)) } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(body);
    });
  let next = 0;
  const baselineStart = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < DELIVERIES) await post();
  }));
  const baselineMs = performance.now() - baselineStart;
  agent.destroy();
  received = 0;

  // Through the worker: changes written in one statement, then delivered as the worker reads them.
  await db.query(
    `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
     SELECT $1::text, 'contacts', 'c' || i, 1, now(), now(), jsonb_build_object('id', 'c' || i, 'tenantId', $1::text, 'version', 1, 'name', 'Contact ' || i)
       FROM generate_series(1, $2::int) i`,
    [TENANT, DELIVERIES],
  );
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await worker.start();
  const deadline = Date.now() + 300_000;
  while (received < DELIVERIES && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const workerMs = performance.now() - start;
  await worker.stop();
  const cpu = process.cpuUsage(cpuBefore);
  const [state] = await db.query<{ succeeded: number; attempts: number }>(
    `SELECT count(*) FILTER (WHERE status = 'succeeded')::integer AS succeeded, coalesce(sum(attempts), 0)::integer AS attempts FROM webhook_deliveries WHERE tenant_id = $1`,
    [TENANT],
  );
  const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000).toLocaleString('en');
  console.log(`  direct signed POSTs (baseline):        ${perSecond(DELIVERIES, baselineMs).padStart(7)} /s`);
  console.log(`  through the automation worker:         ${perSecond(received, workerMs).padStart(7)} /s  (${state?.succeeded} of ${DELIVERIES} logged as succeeded, ${state?.attempts} attempts)`);
  console.log(`  worker ÷ baseline:                     ${(baselineMs / workerMs).toFixed(2).padStart(7)} ×`);
  console.log(`  worker CPU: ${(((cpu.user + cpu.system) / 1000 / Math.max(1, received)) * 1000).toFixed(0)} ms per 1,000 deliveries (this process, worker, receiver and database client)`);
} finally {
  await db.close();
  await postgres.stop();
  receiver.closeAllConnections();
  receiver.close();
}
