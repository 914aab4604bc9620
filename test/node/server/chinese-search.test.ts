import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AdapterRecord } from '@rapport/core';
import { createSearchFilter, normalizeListQuery } from '@rapport/core/adapter';
import type { EntityName } from '@rapport/core/schema';
import { openDatabase } from '@rapport/server';
import type { Database } from '../../../packages/server/src/database/database.js';
import { RecordStore } from '../../../packages/server/src/storage/record-store.js';
import { startTestPostgres, type TestPostgres } from './postgres.js';

// Databases start and thousands of rows load: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

// A two-character Chinese query (a name, a city) has no trigram: the bigram index must find it,
// with exactly the memory adapter's answers, on embedded PGlite and on PostgreSQL alike.

const stamp = (tenantId: string, id: string) => ({ id, tenantId, version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });

const contacts = [
  { id: 'c-wang-fang', name: '王芳' },
  { id: 'c-wang-fang-hua', name: '王芳华' },
  { id: 'c-title', name: 'Fang Wang', title: '王芳工作室经理' },
  { id: 'c-spaced', name: '王 芳' },
  { id: 'c-reversed', name: '芳王' },
  { id: 'c-between', name: '王小芳' },
  { id: 'c-latin', name: 'Wang Fang', channels: [{ kind: 'email', value: 'wang.fang@example.com' }] },
  { id: 'c-team-a', name: 'Team A王' },
];
const accounts = [
  { id: 'a-shanghai-trading', name: '上海贸易有限公司' },
  { id: 'a-shanghai', name: '上海' },
  { id: 'a-reversed', name: '海上丝路' },
  { id: 'a-latin', name: 'Shanghai Trading', website: 'https://shanghai.example' },
];
// Found by subject, or through the requester contact's name (related search).
const tickets = [
  { id: 't-subject', subject: '王芳的订单没有到', requesterId: 'c-latin' },
  { id: 't-requester', subject: 'Order missing', requesterId: 'c-wang-fang' },
  { id: 't-other', subject: 'Invoice', requesterId: 'c-between' },
].map((ticket) => ({ ...ticket, status: 'open', priority: 'normal', channel: 'web' }));

const FILLER_FAMILY = ['李', '张', '刘', '陈', '杨', '黄'];
const FILLER_GIVEN = ['伟', '娜', '敏', '静', '丽', '强'];

function storages(): Array<{ name: string; open: () => Promise<{ db: Database; close: () => Promise<void> }> }> {
  return [
    {
      name: 'PGlite',
      open: async () => {
        const db = await openDatabase();
        return { db, close: () => db.close() };
      },
    },
    {
      name: 'PostgreSQL',
      open: async () => {
        const postgres: TestPostgres = await startTestPostgres();
        const db = await openDatabase({ databaseUrl: postgres.url });
        return {
          db,
          close: async () => {
            await db.close();
            await postgres.stop();
          },
        };
      },
    },
  ];
}

describe.each(storages())('two-character Chinese search on $name', ({ open }) => {
  let opened: { db: Database; close: () => Promise<void> };
  let store: RecordStore;
  /** Every statement the store runs, to explain the page query afterwards. */
  const statements: Array<{ sql: string; params: readonly unknown[] }> = [];
  const tenant = 'bigrams';

  beforeAll(async () => {
    opened = await open();
    const { db } = opened;
    const watched = new Proxy(db, {
      get(target, key) {
        if (key === 'query') {
          return (sql: string, params: readonly unknown[] = []) => {
            statements.push({ sql, params });
            return target.query(sql, [...params]);
          };
        }
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    store = new RecordStore(watched);
    // Enough other Chinese names that a scan costs more than the index: the planner must pick it.
    const filler = Array.from({ length: 4000 }, (_, index) => ({
      ...stamp(tenant, `f-${index}`),
      name: `${FILLER_FAMILY[index % 6]}${FILLER_GIVEN[Math.floor(index / 6) % 6]}${index}`,
      title: index % 2 ? '经理' : 'Buyer',
    }));
    await store.import(tenant, 'contacts', [...contacts.map((contact) => ({ ...stamp(tenant, contact.id), ...contact })), ...filler]);
    await store.import(tenant, 'accounts', accounts.map((account) => ({ ...stamp(tenant, account.id), ...account })));
    await store.import(tenant, 'tickets', tickets.map((ticket) => ({ ...stamp(tenant, ticket.id), ...ticket })));
    await db.exec('ANALYZE records');
  });
  afterAll(() => opened?.close());

  async function search(collection: EntityName, q: string, related = {}): Promise<string[]> {
    const page = await store.list(tenant, collection, normalizeListQuery({ q, limit: 100, sort: [{ field: 'id', direction: 'asc' }] }), undefined, related);
    return page.items.map((item) => item.id);
  }

  /** The ids the memory adapter finds among the same records: the reference. */
  function reference(records: ReadonlyArray<Record<string, unknown>>, collection: EntityName, q: string): string[] {
    const matches = createSearchFilter(collection, q.toLowerCase());
    return records
      .filter((record) => matches(record as unknown as AdapterRecord))
      .map((record) => String(record.id))
      .sort();
  }

  it('finds exactly the contacts whose name or title holds the two characters', async () => {
    const found = await search('contacts', '王芳');
    expect(found).toEqual(['c-title', 'c-wang-fang', 'c-wang-fang-hua']);
    expect(found).toEqual(reference(contacts, 'contacts', '王芳'));
    // A Latin letter beside a Chinese one, case-insensitively.
    expect(await search('contacts', 'a王')).toEqual(['c-team-a']);
    expect(await search('contacts', 'A王')).toEqual(['c-team-a']);
  });

  it('finds exactly the companies whose name holds the two characters', async () => {
    const found = await search('accounts', '上海');
    expect(found).toEqual(['a-shanghai', 'a-shanghai-trading']);
    expect(found).toEqual(reference(accounts, 'accounts', '上海'));
  });

  it('finds a ticket by its subject and through its requester’s name', async () => {
    expect(await search('tickets', '王芳', { contacts: {}, ticketMessages: {} })).toEqual(['t-requester', 't-subject']);
  });

  it('reads the contacts through the bigram index', async () => {
    statements.length = 0;
    await search('contacts', '王芳');
    const page = statements.find(({ sql }) => sql.startsWith('SELECT r.data'));
    expect(page).toBeDefined();
    const [plan] = await opened.db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${page?.sql}`, [...(page?.params ?? [])]);
    expect(JSON.stringify(plan?.['QUERY PLAN'])).toMatch(/records_search_bigrams_contacts_/);
  });
});
