import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AutomationWorker, ensureTenant, openDatabase, type Database } from '@rapport/server';
import { startTestPostgres, type TestPostgres } from './postgres.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// Three instances deliver one tenant's webhooks from one PostgreSQL: each delivery is sent by one
// of them, once, even when the receiver fails a first attempt.

const CHANGES = 300;
let postgres: TestPostgres;
let db: Database;

beforeAll(async () => {
  postgres = await startTestPostgres();
  db = await openDatabase({ databaseUrl: postgres.url });
});

afterAll(async () => {
  await db?.close();
  await postgres?.stop();
});

describe('webhooks on PostgreSQL', () => {
  it('delivers each change once across three instances, retrying the ones that failed', async () => {
    const arrivals = new Map<string, number>();
    const receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const id = String(req.headers['rapport-webhook-id']);
        const seen = (arrivals.get(id) ?? 0) + 1;
        arrivals.set(id, seen);
        // Every third delivery fails its first attempt.
        res.writeHead(seen === 1 && id.charCodeAt(id.length - 1) % 3 === 0 ? 500 : 200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const workers = [1, 2, 3].map(() => new AutomationWorker({ db, pollMs: 50, webhooks: { allowLoopback: true } }));
    try {
      await ensureTenant(db, { id: 'many', name: 'Many' });
      await db.query(`INSERT INTO webhooks (tenant_id, id, url, events, secret) VALUES ('many', 'wh', $1, ARRAY['contacts.created'], 'whsec_test')`, [url]);
      await workers[0]!.runOnce();
      await db.query(
        `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
         SELECT 'many', 'contacts', 'c' || i, 1, now(), now(), jsonb_build_object('id', 'c' || i, 'tenantId', 'many', 'version', 1, 'name', 'Contact ' || i)
           FROM generate_series(1, $1::int) i`,
        [CHANGES],
      );
      await Promise.all(workers.map((worker) => worker.start()));
      const retried = () => [...arrivals.keys()].filter((id) => id.charCodeAt(id.length - 1) % 3 === 0).length;
      const done = async () => {
        const [row] = await db.query<{ succeeded: number }>(`SELECT count(*)::integer AS succeeded FROM webhook_deliveries WHERE tenant_id = 'many' AND status = 'succeeded'`);
        return row!.succeeded === CHANGES;
      };
      // The failed first attempts wait 30 s by the database's clock: bring them forward.
      for (let waited = 0; !(await done()) && waited < 100_000; waited += 200) {
        await db.query(`UPDATE automation_jobs SET due_at = now() WHERE tenant_id = 'many' AND done_at IS NULL AND kind = 'webhook-delivery' AND due_at > now()`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await done()).toBe(true);
      expect(arrivals.size).toBe(CHANGES);
      const attempts = await db.query<{ id: string; attempts: number }>(`SELECT id, attempts FROM webhook_deliveries WHERE tenant_id = 'many'`);
      // Sent exactly as often as the log says: once, or twice after a failed first attempt.
      for (const { id, attempts: count } of attempts) expect(arrivals.get(id), id).toBe(count);
      expect(attempts.filter((row) => row.attempts === 2)).toHaveLength(retried());
      expect(retried()).toBeGreaterThan(0);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
