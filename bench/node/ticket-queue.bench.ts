// The agent desk's queue at scale: search over 100,000 tickets through the REST adapter against
// the server (first page, p50; the plain first page of the queue is the baseline measured in the
// same run), bulk-assigning 500 tickets (against the same writes one at a time), and re-sorting a
// queue of 10,000 tickets in the page (against working out its SLA order). The server part runs on
// embedded PGlite, then on PostgreSQL; `RAPPORT_BENCH_STORAGE=pglite` (or `postgres`) runs one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCrmClient, type SlaPolicy, type Ticket } from '@rapport/core';
import { createRestAdapter } from '@rapport/adapter-rest';
import { createApiKey, ensureTenant, openDatabase, type Database, type OpenDatabaseOptions } from '@rapport/server';
import { ensureDeclaredIndexes } from '../../packages/server/src/storage/declared-indexes.js';
import { applyBulkChange } from '../../packages/elements/src/ticket-widget/bulk-changes.js';
import { queueEntries, type QueueNames } from '../../packages/elements/src/ticket-widget/queue.js';
import { sortQueue } from '../../packages/elements/src/ticket-widget/queue-sort.js';
import { startTestPostgres } from '../../test/node/server/postgres.js';
import { startServerProcess, type ServerProcess } from '../../test/node/server/server-process.js';
import { measure, report, reportRatio } from '../lib/measure.js';

const TICKETS = 100_000;
const CONTACTS = 5_000;
const BULK = 500;
const QUEUE = 10_000;
const SUBJECTS = ['Printer jams on every order', 'Till will not start', 'Invoice total looks wrong', 'Parcel arrived damaged', '收银终端无法开机', '发票抬头错误', '退款还没到账', 'App crashes on login'];
const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['芳', '伟', '娜', '敏', '静', '丽', '强', '磊', '军', '洋'];
const STATUSES = ['new', 'open', 'open', 'pending', 'resolved', 'closed'] as const;
const PRIORITIES = ['low', 'normal', 'normal', 'high', 'urgent'] as const;

const stamp = (id: string, at: string) => ({ id, tenantId: 'desk', version: 1, createdAt: at, updatedAt: at });
const at = (index: number) => new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();

function ticketAt(index: number): Record<string, unknown> {
  return {
    ...stamp(`t-${index}`, at(index)),
    number: index + 1,
    subject: `${SUBJECTS[index % SUBJECTS.length]} (${index})`,
    description: 'Details as the customer wrote them.',
    status: STATUSES[index % STATUSES.length],
    priority: PRIORITIES[index % PRIORITIES.length],
    channel: 'web',
    requesterId: `c-${index % CONTACTS}`,
    escalationLevel: 0,
    attachments: [],
    tags: [],
    customFields: {},
  };
}

/** Stores complete records in one statement per batch: the bench's own loader, many times faster than a create each. */
async function insertAll(db: Database, collection: string, records: readonly Record<string, unknown>[]): Promise<void> {
  await db.query(
    `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
      SELECT 'desk', $1, r ->> 'id', 1, r ->> 'createdAt', r ->> 'updatedAt', r FROM jsonb_array_elements($2::jsonb) AS r`,
    [collection, JSON.stringify(records)],
  );
}

/**
 * Loads the tickets into one storage, then measures through the server started on it: the
 * searches (first page, p50, against the plain first page) and bulk-assigning.
 */
async function benchStorage(storage: string, database: OpenDatabaseOptions, startServer: () => Promise<ServerProcess>): Promise<void> {
  const db = await openDatabase(database);
  await ensureTenant(db, { id: 'desk', name: 'Service desk' });
  const { key } = await createApiKey(db, { tenantId: 'desk', role: 'agent' });
  const started = performance.now();
  // Loading is not what is measured: no change rows, and the search indexes built once at the end.
  await db.exec('ALTER TABLE records DISABLE TRIGGER USER');
  const searchIndexes = await db.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'records' AND indexname LIKE 'records_search_%'");
  for (const { indexname } of searchIndexes) await db.exec(`DROP INDEX ${indexname}`);
  await insertAll(db, 'contacts', Array.from({ length: CONTACTS }, (_, index) => ({
    ...stamp(`c-${index}`, at(0)),
    name: `${FAMILY[index % FAMILY.length]}${GIVEN[Math.floor(index / FAMILY.length) % GIVEN.length]}${index >= 100 ? index : ''}`,
    channels: [{ kind: 'email', value: `c${index}@example.com` }],
    tags: [],
    customFields: {},
  })));
  for (let from = 0; from < TICKETS; from += 5_000) {
    const indexes = Array.from({ length: 5_000 }, (_, offset) => from + offset);
    await insertAll(db, 'tickets', indexes.map(ticketAt));
    await insertAll(db, 'ticketMessages', indexes.map((index) => ({
      ...stamp(`m-${index}`, at(index)),
      ticketId: `t-${index}`,
      authorKind: 'agent',
      visibility: 'public',
      body: `Thanks, we logged this under case ref-${index} and will follow up.`,
      attachments: [],
    })));
  }
  await db.exec('ALTER TABLE records ENABLE TRIGGER USER');
  // Built here rather than by the server's start, which is given a minute.
  await ensureDeclaredIndexes(db);
  // PostgreSQL's autovacuum analyses a table this size within a minute of the load; PGlite's server does it on start.
  if (db.kind === 'postgres') await db.exec('ANALYZE records');
  await db.close();
  console.log(`  ${storage}: stored and indexed ${TICKETS.toLocaleString('en')} tickets, as many messages and ${CONTACTS.toLocaleString('en')} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const server = await startServer();
  const client = createCrmClient({ adapter: createRestAdapter({ baseUrl: server.url, token: key }) });
  try {
    const unresolved = { status: { in: ['new', 'open', 'pending'] } };
    const firstPage = (q?: string) => () => client.tickets.list({ where: unresolved, limit: 50, ...(q ? { q } : {}) });
    const baseline = await measure(`${storage}: queue, first page of 50 (baseline)`, firstPage(), { runs: 15, warmup: 3 });
    report(baseline);
    for (const [label, q] of [
      ['search by subject word ("printer")', 'printer'],
      ['search by message text ("ref-4242 ")', 'ref-4242 '],
      ['search by number ("4242")', '4242'],
      ['search by requester email ("c4242@")', 'c4242@'],
      ['search by requester, 2 Chinese characters ("王芳")', '王芳'],
    ] as const) {
      const searched = await measure(`${storage}: ${label}`, firstPage(q), { runs: 15, warmup: 3 });
      report(searched, undefined, `${(searched.medianMs / baseline.medianMs).toFixed(1)}× the plain page`);
    }

    // Bulk assign: the desk's writes (8 at once, each optimistic) against the same writes one at a time.
    const batch = async () => (await client.tickets.list({ where: { status: 'open' }, limit: BULK })).items;
    let assignee = 0;
    const bulk = await measure(`${storage}: bulk-assign ${BULK} tickets (desk, 8 at once)`, async () => {
      const outcome = await applyBulkChange(client, await batch(), { assigneeId: `u-${(assignee += 1)}` }, () => undefined);
      if (outcome.failed.length) throw new Error(`${outcome.failed.length} failed`);
    }, { runs: 3, warmup: 1 });
    const oneByOne = await measure(`${storage}: assign ${BULK} tickets one at a time (baseline)`, async () => {
      const id = `u-${(assignee += 1)}`;
      for (const ticket of await batch()) await client.tickets.update(ticket.id, { assigneeId: id }, { expectedVersion: ticket.version });
    }, { runs: 3, warmup: 1 });
    report(bulk);
    report(oneByOne);
    reportRatio(`${storage}: bulk assign, times faster than one at a time`, bulk, oneByOne);
  } finally {
    // The client's cache timers would otherwise keep the process alive for minutes after the last figure.
    client.dispose();
    await server.stop();
  }
}

console.log('\n## Ticket queue: search, bulk changes and sorting at desk scale');
const only = process.env.RAPPORT_BENCH_STORAGE;

if (only !== 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-queue-'));
  try {
    await benchStorage('PGlite', { dataDir }, () => startServerProcess(['--data-dir', dataDir]));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (only !== 'pglite') {
  const postgres = await startTestPostgres();
  try {
    await benchStorage('PostgreSQL', { databaseUrl: postgres.url }, () => startServerProcess([], { DATABASE_URL: postgres.url }));
  } finally {
    await postgres.stop();
  }
}

// Sorting in the page: a queue of 10,000 worked out in SLA order, then re-sorted by each column.
const policy = {
  id: 'sla',
  tier: 'standard',
  targets: PRIORITIES.map((priority) => ({ priority, firstResponseMinutes: 240, resolutionMinutes: 2880 })),
  calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
  escalation: [],
} as unknown as SlaPolicy;
const tickets = Array.from({ length: QUEUE }, (_, index) => ticketAt(index) as unknown as Ticket);
const now = new Date(Date.UTC(2025, 0, 8));
const names: QueueNames = { requester: (ticket) => `${FAMILY[Number(ticket.requesterId?.slice(2)) % FAMILY.length]}${ticket.requesterId}`, assignee: () => '' };
let entries = queueEntries(tickets, () => policy, now);
const working = await measure(`queue of ${QUEUE.toLocaleString('en')}: SLA working order (baseline)`, () => (entries = queueEntries(tickets, () => policy, now)));
report(working);
for (const key of ['number', 'subject', 'requester', 'sla'] as const) {
  const sorted = await measure(`queue of ${QUEUE.toLocaleString('en')}: re-sorted by ${key}`, () => sortQueue(entries, { key, direction: 'descending' }, names, 'zh-Hans'));
  report(sorted, undefined, `${(sorted.medianMs / working.medianMs).toFixed(2)}× the working order`);
}
