import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AutomationWorker, createApiKey, createRapportApp, ensureTenant, openDatabase, type Database } from '@rapport/server';
import { startTestPostgres, type TestPostgres } from './postgres.js';
import { startServerProcess } from './server-process.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// Exactly once on a real PostgreSQL: several workers on one database, and a worker killed while
// deadlines are due. The tickets are created "long ago" (a clock in the past), so every SLA
// deadline is due when the workers start, by the database's own clock.

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

/**
 * A new tenant whose admin creates records through the API with the server's clock stopped at
 * `now`, and an SLA policy for its normal tickets: a first response within `firstResponseMinutes`,
 * at any hour of the week.
 */
async function tenantWithPolicy(tenantId: string, now: Date, firstResponseMinutes: number) {
  await ensureTenant(db, { id: tenantId, name: tenantId });
  const key = (await createApiKey(db, { tenantId, role: 'admin' })).key;
  const rapport = await createRapportApp({ database: db, now: () => now });
  const post = async (collection: string, body: unknown) => {
    const response = await rapport.app.request(`/v1/${collection}`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(await response.text());
    return (await response.json()) as { id: string };
  };
  await post('slaPolicies', {
    name: 'Standard',
    tier: 'standard',
    targets: [{ priority: 'normal', firstResponseMinutes, resolutionMinutes: 8 * firstResponseMinutes }],
    calendar: { timeZone: 'UTC', weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })) },
  });
  return { post, close: () => rapport.close() };
}

/** `count` tickets of one tenant whose first-response target ran out days ago. */
async function overdueTickets(tenantId: string, count: number): Promise<void> {
  const { post, close } = await tenantWithPolicy(tenantId, new Date('2026-01-05T09:00:00Z'), 30);
  for (let start = 0; start < count; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - start) }, (_, index) =>
        post('tickets', { subject: `Ticket ${start + index}`, description: 'Overdue', channel: 'email', requesterId: 'someone' }),
      ),
    );
  }
  await close();
}

/** Per ticket, how many times a rule raised its escalation level. */
async function escalations(tenantId: string): Promise<number[]> {
  const rows = await db.query<{ raises: number }>(
    `SELECT count(*) FILTER (WHERE c.changed_by = 'rule:sla-breach-escalation')::integer AS raises
       FROM records r LEFT JOIN changes c ON c.tenant_id = r.tenant_id AND c.collection = r.collection AND c.record_id = r.id
      WHERE r.tenant_id = $1 AND r.collection = 'tickets' GROUP BY r.id`,
    [tenantId],
  );
  return rows.map((row) => row.raises);
}

async function until(condition: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('automation on PostgreSQL', () => {
  it('three instances on one database escalate each of 1,000 overdue tickets exactly once', async () => {
    await overdueTickets('three', 1000);
    const databases = await Promise.all([0, 1, 2].map(() => openDatabase({ databaseUrl: postgres.url })));
    const workers = databases.map((database) => new AutomationWorker({ db: database, pollMs: 20 }));
    try {
      await Promise.all(workers.map((worker) => worker.start()));
      await until(async () => (await escalations('three')).every((raises) => raises > 0));
      // Give any duplicate the chance to happen before counting.
      await Promise.all(workers.map((worker) => worker.runOnce()));
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      await Promise.all(databases.map((database) => database.close()));
    }
    const raises = await escalations('three');
    expect(raises).toHaveLength(1000);
    expect(raises.filter((count) => count !== 1)).toEqual([]);
    const [events] = await db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM automation_log WHERE tenant_id = 'three' AND outcome = 'event'`);
    expect(events?.count).toBe(1000);
  });

  it('wakes for a deadline due in 2 s instead of waiting for its poll, and not before it by the database clock', async () => {
    const tenantId = 'soon';
    // A ticket created 44 min 58 s ago: 75 % of its hour to the first response (the warning) is 2 s away, when the
    // worker has long finished the work the ticket's creation gave it and sleeps.
    const [clock] = await db.query<{ now: Date }>(`SELECT now() - interval '45 minutes' + interval '2 seconds' AS now`);
    const createdAt = new Date(clock!.now);
    const { post, close } = await tenantWithPolicy(tenantId, createdAt, 60);
    const database = await openDatabase({ databaseUrl: postgres.url });
    // A poll far longer than the test may take: only waking for the deadline itself can fire it in time.
    const worker = new AutomationWorker({ db: database, pollMs: 600_000 });
    try {
      await worker.start();
      const ticket = await post('tickets', { subject: 'Soon', description: 'Warning in 2 s', channel: 'email', requesterId: 'someone' });
      await until(async () => (await escalations(tenantId)).every((raises) => raises > 0), 30_000);
      const [fired] = await db.query<{ late_ms: number }>(
        `SELECT extract(epoch FROM c.at - ($2::timestamptz + interval '45 minutes')) * 1000 AS late_ms
           FROM changes c WHERE c.tenant_id = $1 AND c.record_id = $3 AND c.changed_by = 'rule:sla-breach-escalation'`,
        [tenantId, createdAt.toISOString(), ticket.id],
      );
      // By the database's clock: never before the deadline, and long before the next poll would have come.
      expect(Number(fired!.late_ms)).toBeGreaterThanOrEqual(0);
      expect(Number(fired!.late_ms)).toBeLessThan(60_000);
    } finally {
      await worker.stop();
      await database.close();
      await close();
    }
  });

  it('a worker killed with deadlines due leaves each effect to its successor, exactly once', async () => {
    await overdueTickets('crash', 300);
    const env = { DATABASE_URL: postgres.url };
    const first = await startServerProcess(['--automation'], env);
    await until(async () => (await escalations('crash')).some((raises) => raises > 0));
    await first.kill();
    const doneByFirst = (await escalations('crash')).filter((raises) => raises > 0).length;
    // Whatever the killed one held stays claimed until its lease runs out; the successor then takes it over.
    await db.query(`UPDATE automation_jobs SET locked_until = now() WHERE tenant_id = 'crash' AND locked_until > now()`);
    const second = await startServerProcess(['--automation'], env);
    try {
      await until(async () => (await escalations('crash')).every((raises) => raises > 0));
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await second.stop();
    }
    const raises = await escalations('crash');
    expect(doneByFirst).toBeLessThan(300);
    expect(raises.filter((count) => count !== 1)).toEqual([]);
  });
});
