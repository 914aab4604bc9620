// The automation worker on a local PostgreSQL: 100,000 open tickets with SLA deadlines, of which
// DUE come due one after another during the run. Measures how late each escalation is written
// after its deadline (by the database's clock) and the worker's CPU time per 1,000 due jobs.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AutomationWorker, ensureTenant, openDatabase } from '@rapport/server';
import { startTestPostgres } from '../../test/node/server/postgres.js';
import { measuredDatabase } from './automation-phases.js';

const OPEN_TICKETS = 100_000;
const DUE = 2_000;
const DUE_OVER_MS = 20_000;
const TARGET_MINUTES = 60;
const TENANT = 'bench';

console.log(`## Automation: ${OPEN_TICKETS.toLocaleString('en')} open tickets with SLAs, ${DUE.toLocaleString('en')} deadlines due over ${DUE_OVER_MS / 1000} s (PostgreSQL)`);
const postgres = await startTestPostgres();
const db = await openDatabase({ databaseUrl: postgres.url });
try {
  await ensureTenant(db, { id: TENANT, name: TENANT });
  const [first] = await db.query<{ start: Date }>(`SELECT now() + interval '60 seconds' AS start`);
  const startMs = new Date(first!.start).getTime();
  const policy = {
    id: 'policy', tenantId: TENANT, version: 1, createdAt: new Date(startMs).toISOString(), updatedAt: new Date(startMs).toISOString(),
    name: 'Around the clock', tier: 'standard', targets: [{ priority: 'normal', firstResponseMinutes: TARGET_MINUTES, resolutionMinutes: 10 * TARGET_MINUTES }],
    calendar: { timeZone: 'UTC', weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })), holidays: [] },
    escalation: [{ level: 1, atPercent: 100 }],
  };
  await db.query(`INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data) VALUES ($1, 'slaPolicies', 'policy', 1, $2, $2, $3::jsonb)`, [TENANT, policy.createdAt, JSON.stringify(policy)]);
  // Ticket i is created so that its first-response deadline falls at start + i × spacing (the
  // first DUE of them) or an hour and more after the run (the rest): every one is a stored job.
  const spacing = DUE_OVER_MS / DUE;
  const seeding = performance.now();
  await db.query(
    `WITH t AS (
       SELECT i, 't' || i AS id,
              to_char(($2::timestamptz - make_interval(mins => $3::int) + CASE WHEN i < $4::int THEN i * $5::float8 * interval '1 millisecond' ELSE interval '2 hours' END) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created
         FROM generate_series(0, $6::int - 1) i)
     INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
     SELECT $1::text, 'tickets', id, 1, created, created, jsonb_build_object(
       'id', id, 'tenantId', $1::text, 'version', 1, 'createdAt', created, 'updatedAt', created, 'subject', 'Ticket ' || i,
       'description', 'Waiting', 'status', 'open', 'priority', 'normal', 'channel', 'email', 'requesterId', 'someone',
       'slaPolicyId', 'policy', 'escalationLevel', 0, 'attachments', '[]'::jsonb, 'tags', '[]'::jsonb, 'customFields', '{}'::jsonb)
     FROM t`,
    [TENANT, new Date(startMs).toISOString(), TARGET_MINUTES, DUE, spacing, OPEN_TICKETS],
  );
  await db.query(
    `INSERT INTO automation_jobs (tenant_id, key, kind, payload, due_at)
     SELECT tenant_id, 'sla:' || id, 'ticket-sla', jsonb_build_object('ticketId', id), created_at::timestamptz + make_interval(mins => $2::int)
       FROM records WHERE tenant_id = $1 AND collection = 'tickets'`,
    [TENANT, TARGET_MINUTES],
  );
  await db.query(`UPDATE automation_cursor SET seq = (SELECT max(seq) FROM changes)`);
  // As a server that has run a while: the bulk load vacuumed and analyzed now, not by autovacuum in the middle of the run.
  await db.exec('VACUUM ANALYZE');
  console.log(`  seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  const phases = measuredDatabase(db);
  const worker = new AutomationWorker({ db: phases.db, pollMs: 100 });
  const cpuBefore = process.cpuUsage();
  // Rows are parsed and rules run on this one thread: a long stall holds every job back.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  await worker.start();
  const deadline = Date.now() + 60_000 + DUE_OVER_MS + 120_000;
  let escalated = 0;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [row] = await db.query<{ escalated: number }>(`SELECT count(*)::integer AS escalated FROM changes WHERE tenant_id = $1 AND changed_by = 'rule:sla-breach-escalation'`, [TENANT]);
    escalated = row?.escalated ?? 0;
    if (escalated >= DUE) break;
  }
  await worker.stop();
  const cpu = process.cpuUsage(cpuBefore);
  loopDelay.disable();
  const delays = (
    await db.query<{ delay_ms: number }>(
      `SELECT extract(epoch FROM (c.at - (r.created_at::timestamptz + make_interval(mins => $2::int)))) * 1000 AS delay_ms
         FROM changes c JOIN records r ON r.tenant_id = c.tenant_id AND r.collection = 'tickets' AND r.id = c.record_id
        WHERE c.tenant_id = $1 AND c.changed_by = 'rule:sla-breach-escalation'`,
      [TENANT, TARGET_MINUTES],
    )
  ).map((row) => Number(row.delay_ms)).sort((a, b) => a - b);
  const at = (share: number) => delays[Math.min(delays.length - 1, Math.floor(delays.length * share))] ?? NaN;
  const [events] = await db.query<{ jobs: number }>(`SELECT count(*)::integer AS jobs FROM automation_log WHERE tenant_id = $1 AND outcome = 'event'`, [TENANT]);
  console.log(`  escalations written: ${escalated} of ${DUE} due (${OPEN_TICKETS - DUE} not yet due stayed untouched: ${escalated === DUE ? 'yes' : 'no'})`);
  console.log(`  deadline → escalation delay: p50 ${(at(0.5) / 1000).toFixed(2)} s, p99 ${(at(0.99) / 1000).toFixed(2)} s, max ${(at(1) / 1000).toFixed(2)} s (goal p99 ≤ 2 s)`);
  console.log(`  worker CPU: ${(((cpu.user + cpu.system) / 1000 / Math.max(1, events?.jobs ?? 0)) * 1000).toFixed(0)} ms per 1,000 due jobs (this process, worker and its database client)`);
  // Each due job's delay in parts: waiting to be claimed, its handler up to the escalation, its completion after it.
  const stamps = await db.query<{ id: number | string; due: number; escalated: number }>(
    `SELECT j.id, extract(epoch FROM r.created_at::timestamptz + make_interval(mins => $2::int)) * 1000 AS due, extract(epoch FROM c.at) * 1000 AS escalated
       FROM changes c JOIN records r ON r.tenant_id = c.tenant_id AND r.collection = 'tickets' AND r.id = c.record_id
       JOIN automation_jobs j ON j.tenant_id = c.tenant_id AND j.key = 'sla:' || c.record_id
      WHERE c.tenant_id = $1 AND c.changed_by = 'rule:sla-breach-escalation'`,
    [TENANT, TARGET_MINUTES],
  );
  const spread = (values: number[]) => {
    const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
    const pick = (share: number) => ((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN) / 1000).toFixed(2);
    return `p50 ${pick(0.5)} s, p99 ${pick(0.99)} s`;
  };
  const claimed = (row: (typeof stamps)[number]) => phases.claimedAt.get(Number(row.id)) ?? NaN;
  console.log(`  where the delay goes: deadline → claimed ${spread(stamps.map((row) => claimed(row) - Number(row.due)))}; claimed → escalation written ${spread(stamps.map((row) => Number(row.escalated) - claimed(row)))}; escalation → job completed ${spread(stamps.map((row) => (phases.finishedAt.get(Number(row.id)) ?? NaN) - Number(row.escalated)))}`);
  const firstDue = Math.min(...stamps.map((row) => Number(row.due)));
  const bySecond = Array.from({ length: DUE_OVER_MS / 2000 }, (_, window) =>
    spread(stamps.filter((row) => Math.floor((Number(row.due) - firstDue) / 2000) === window).map((row) => Number(row.escalated) - Number(row.due))).replace(/ s/g, ''),
  );
  console.log(`  event loop stalls: p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, longest ${(loopDelay.max / 1e6).toFixed(0)} ms`);
  console.log(`  delay by when the deadline fell (2 s windows, p50/p99 in s): ${bySecond.join(' | ')}`);
  for (const line of phases.report(events?.jobs ?? 0)) console.log(line);
} finally {
  await db.close();
  await postgres.stop();
}
