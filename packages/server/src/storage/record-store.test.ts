import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import type { AdapterRecord, FieldCondition, Scalar, SortKey } from '@rapport/core';
import { compareValues, compileFieldPath, createRecordFilter, createSearchFilter, createSearchRank, normalizeListQuery, rankMatches, RANKED_MATCHES } from '@rapport/core/adapter';
import type { Database } from '../database/database.js';
import { openDatabase } from '../database/open-database.js';
import { RecordStore } from './record-store.js';

// An embedded PostgreSQL starts in seconds, and the properties run many queries: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// The SQL must give the memory adapter's answers. These properties compare the two on values of
// every scalar type, nulls and missing fields, through filters, sorts and keyset pages.

let db: Database;
let store: RecordStore;
let tenants = 0;

beforeAll(async () => {
  db = await openDatabase();
  store = new RecordStore(db);
});
afterAll(() => db.close());

const text = fc.string({ unit: fc.constantFrom('a', 'B', 'b', 'é', 'É', '中', ' ', '-'), maxLength: 3 });
const scalar: fc.Arbitrary<Scalar> = fc.oneof(fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.constant(null));
/** A value or, as `undefined`, a missing field. */
const value = fc.option(scalar, { nil: undefined, freq: 4 });
// `region` and `consent.email` are declared contact fields: the first is indexed, the second nested.
const row = fc.record({ region: value, consent: fc.record({ email: value }) });

const bound = fc.oneof(fc.integer({ min: -3, max: 3 }), text);
const condition: fc.Arbitrary<FieldCondition | Scalar> = fc.oneof(
  scalar,
  fc.record({ eq: scalar }),
  fc.record({ ne: scalar }),
  fc.record({ gt: bound }, { requiredKeys: [] }),
  fc.record({ gte: bound, lt: bound }, { requiredKeys: [] }),
  fc.record({ lte: bound }),
  fc.record({ in: fc.array(scalar, { maxLength: 3 }) }),
  fc.record({ contains: text }),
);
const sortKey: fc.Arbitrary<SortKey> = fc.record({ field: fc.constantFrom('region', 'consent.email', 'createdAt', 'id', 'version'), direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc') });

async function seed(rows: ReadonlyArray<{ region: Scalar | undefined; consent: { email: Scalar | undefined } }>): Promise<{ tenant: string; records: AdapterRecord[] }> {
  const tenant = `t${(tenants += 1)}`;
  const records: AdapterRecord[] = [];
  for (const [index, fields] of rows.entries()) {
    records.push(await store.create(tenant, 'contacts', { ...fields, n: index }, { id: `r${String(index).padStart(2, '0')}` }));
  }
  return { tenant, records };
}

describe('RecordStore lists like the memory adapter', () => {
  it('filters with the same answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 12 }), condition, fc.constantFrom('region', 'consent.email'), async (rows, where, field) => {
        const { tenant, records } = await seed(rows);
        const query = normalizeListQuery({ where: { [field]: where }, limit: 1000 });
        const expected = records.filter(createRecordFilter(query.where)).map((record) => record.id);
        const page = await store.list(tenant, 'contacts', query);
        expect(page.items.map((record) => record.id).sort()).toEqual(expected.sort());
        expect(page.total).toBe(expected.length);
      }),
      { numRuns: 150 },
    );
  });

  it('sorts and pages in the same order, every record exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 12 }), fc.uniqueArray(sortKey, { maxLength: 3, selector: (key) => key.field }), fc.integer({ min: 1, max: 5 }), async (rows, sort, limit) => {
        const { tenant, records } = await seed(rows);
        const normalized = normalizeListQuery({ sort, limit });
        const readers = normalized.sort.map(({ field }) => compileFieldPath(field));
        const expected = [...records]
          .sort((a, b) => {
            for (const [i, key] of normalized.sort.entries()) {
              const order = compareValues(readers[i]?.(a), readers[i]?.(b));
              if (order !== 0) return key.direction === 'desc' ? -order : order;
            }
            return 0;
          })
          .map((record) => record.id);
        const walked: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.list(tenant, 'contacts', normalizeListQuery({ sort, limit, cursor }));
          walked.push(...page.items.map((record) => record.id));
          cursor = page.nextCursor;
        } while (cursor !== null && walked.length <= records.length);
        expect(walked).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a filter or sort on a field the collection does not declare, naming it', async () => {
    const filtered = store.list('alpha', 'contacts', normalizeListQuery({ where: { givenName: 'Ada' } }));
    await expect(filtered).rejects.toMatchObject({ kind: 'validation', issues: [{ path: ['where', 'givenName'] }] });
    const sorted = store.list('alpha', 'contacts', normalizeListQuery({ sort: [{ field: 'avatarUrl' }] }));
    await expect(sorted).rejects.toMatchObject({ kind: 'validation', issues: [{ path: ['sort', 0, 'field'] }] });
    // Tenant-defined fields are allowed, unindexed.
    await expect(store.list('alpha', 'contacts', normalizeListQuery({ where: { 'customFields.tier': 'gold' } }))).resolves.toMatchObject({ total: 0 });
  });

  it('counts totals exactly up to the limit, then flags an estimate', async () => {
    const tenant = `t${(tenants += 1)}`;
    const smallLimit = new RecordStore(db, undefined, 5);
    const records = Array.from({ length: 12 }, (_, index) => ({
      id: `c${index}`, tenantId: tenant, version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', name: `n${index}`, region: index < 3 ? 'east' : 'west',
    }));
    await store.import(tenant, 'contacts', records);
    await db.exec('ANALYZE records');
    const few = await smallLimit.list(tenant, 'contacts', normalizeListQuery({ where: { region: 'east' }, limit: 1 }));
    expect([few.total, few.totalIsEstimate]).toEqual([3, undefined]);
    const many = await smallLimit.list(tenant, 'contacts', normalizeListQuery({ limit: 1 }));
    expect(many.totalIsEstimate).toBe(true);
    expect(many.total).toBeGreaterThan(5);
  });

  it('does not count a list the planner puts far past the limit, but counts a search, whose size it only guesses', async () => {
    const tenant = `t${(tenants += 1)}`;
    const statements: string[] = [];
    const watched = new Proxy(db, {
      get: (target, key) => (key === 'query' ? (sql: string, params?: unknown[]) => (statements.push(sql), target.query(sql, params)) : Reflect.get(target, key)),
    });
    const smallLimit = new RecordStore(watched, undefined, 5);
    const records = Array.from({ length: 60 }, (_, index) => ({
      id: `c${index}`, tenantId: tenant, version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', name: index < 8 ? `Zyx ${index}` : `n${index}`,
    }));
    await store.import(tenant, 'contacts', records);
    await db.exec('ANALYZE records');
    const counts = () => statements.filter((sql) => sql.startsWith('SELECT count(*)')).length;

    const all = await smallLimit.list(tenant, 'contacts', normalizeListQuery({ limit: 1 }));
    expect([all.totalIsEstimate, counts()]).toEqual([true, 0]);
    expect(all.total).toBeGreaterThan(10);
    // 8 of 60 match: more than the limit, so an estimate, but counted first (the cap is reached).
    const found = await smallLimit.list(tenant, 'contacts', normalizeListQuery({ q: 'zyx', limit: 1, sort: [{ field: 'name' }] }));
    expect([found.totalIsEstimate, counts()]).toEqual([true, 1]);
    expect(found.total).toBeGreaterThanOrEqual(6);
  });
});

describe('RecordStore search like the memory adapter', () => {
  it('finds the same records for one- and two-character queries, Chinese ones included', async () => {
    // Two characters with a non-ASCII one go through the bigram index; one outside the BMP is two UTF-16 units.
    const letter = fc.constantFrom('王', '芳', 'a', 'A', 'é', 'É', ' ', '𠮷');
    const name = fc.string({ unit: letter, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name, title: name }), { maxLength: 8 }), fc.string({ unit: letter, minLength: 1, maxLength: 2 }).filter((q) => q.trim() !== ''), async (rows, q) => {
        const tenant = `t${(tenants += 1)}`;
        const records: AdapterRecord[] = [];
        for (const [index, fields] of rows.entries()) records.push(await store.create(tenant, 'contacts', fields, { id: `r${index}` }));
        const query = normalizeListQuery({ q, limit: 1000, sort: [{ field: 'id', direction: 'asc' }] });
        const expected = records.filter(createSearchFilter('contacts', query.q)).map((record) => record.id);
        expect((await store.list(tenant, 'contacts', query)).items.map((item) => item.id)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('RecordStore ranks a search like the memory adapter', () => {
  /** Every record of a query, page after page. */
  async function walk(on: RecordStore, tenant: string, q: string, limit: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<RecordStore['list']>> = await on.list(tenant, 'contacts', normalizeListQuery({ q, limit, cursor }));
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    return ids;
  }

  it('puts the same records first, page by page, for Latin, Chinese and separators, however the matches are read', async () => {
    // With an exact-count limit of 3, more matches are read in the list's order rather than all at once.
    const dense = new RecordStore(db, undefined, 3);
    // Separators and characters a regular expression or LIKE would read as operators.
    const letter = fc.constantFrom('a', 'N', 'n', '王', '芳', ' ', '-', '.', '@', '(', '*', '\\');
    const name = fc.string({ unit: letter, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name, title: name }), { maxLength: 10 }),
        fc.string({ unit: letter, minLength: 1, maxLength: 3 }).filter((q) => q.trim() === q && q !== ''),
        fc.integer({ min: 1, max: 4 }),
        async (rows, q, limit) => {
          const tenant = `t${(tenants += 1)}`;
          const records: AdapterRecord[] = [];
          for (const [index, fields] of rows.entries()) records.push(await store.create(tenant, 'contacts', fields, { id: `r${index}` }));
          const query = normalizeListQuery({ q });
          const inListOrder = records.filter(createSearchFilter('contacts', query.q)).map((record) => ({ keys: [record.createdAt, record.id], record }));
          inListOrder.sort((a, b) => compareValues(a.record.createdAt, b.record.createdAt) || compareValues(a.record.id, b.record.id));
          const expected = rankMatches(inListOrder, createSearchRank('contacts', query.q ?? '')).map(({ record }) => record.id);
          expect(await walk(store, tenant, q, limit)).toEqual(expected);
          expect(await walk(dense, tenant, q, limit)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('ranks accounts, deals and tickets by their own searched fields too', async () => {
    const tenant = `t${(tenants += 1)}`;
    const names = async (collection: string, q: string) => (await store.list(tenant, collection, normalizeListQuery({ q }))).items.map((item) => item.name ?? item.subject);
    // Each a different rank, listed against the order they were made in.
    for (const name of ['Joanna Trading', 'Annex Ltd', 'Ann']) await store.create(tenant, 'accounts', { name });
    for (const name of ['Replanning kit', 'Annual plan', 'Plan']) await store.create(tenant, 'deals', { name });
    for (const subject of ['Printer replan', 'Broken planner', 'plan B']) await store.create(tenant, 'tickets', { subject });
    expect(await names('accounts', 'ann')).toEqual(['Ann', 'Annex Ltd', 'Joanna Trading']);
    expect(await names('deals', 'plan')).toEqual(['Plan', 'Annual plan', 'Replanning kit']);
    expect(await names('tickets', 'plan')).toEqual(['plan B', 'Broken planner', 'Printer replan']);
  });

  it("ranks only the first matches in the list's order, and lists the rest after them", async () => {
    const tenant = `t${(tenants += 1)}`;
    const at = (index: number) => new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
    // As many inside matches as are ranked, then three whole matches past them.
    const contacts = Array.from({ length: RANKED_MATCHES + 3 }, (_, index) => ({
      id: `c${String(index).padStart(4, '0')}`,
      tenantId: tenant,
      version: 1,
      createdAt: at(index),
      updatedAt: at(index),
      name: index < RANKED_MATCHES ? (index % 2 === 0 ? `Joanna ${index}` : `Ann ${index}`) : 'Ann',
    }));
    await store.import(tenant, 'contacts', contacts);
    const id = (index: number) => `c${String(index).padStart(4, '0')}`;
    // Every match read at once; more than 3 (or than those ranked) walked in the list's order.
    for (const on of [store, new RecordStore(db, undefined, 3), new RecordStore(db, undefined, RANKED_MATCHES)]) {
      const first = await on.list(tenant, 'contacts', normalizeListQuery({ q: 'ann', limit: 3 }));
      // "Ann 1" starts with the text; the whole matches past the ranked ones are not ranked.
      expect(first.items.map((item) => item.name)).toEqual(['Ann 1', 'Ann 3', 'Ann 5']);
      const walked = await walk(on, tenant, 'ann', 40);
      expect(walked).toHaveLength(RANKED_MATCHES + 3);
      expect(new Set(walked).size).toBe(RANKED_MATCHES + 3);
      // The odd ones (starts), then the even ones (inside), then the rest in order.
      expect(walked.slice(RANKED_MATCHES / 2 - 1, RANKED_MATCHES / 2 + 1)).toEqual([id(RANKED_MATCHES - 1), id(0)]);
      expect(walked.slice(-3)).toEqual([id(RANKED_MATCHES), id(RANKED_MATCHES + 1), id(RANKED_MATCHES + 2)]);
      // A page that ends where the ranked ones end still says more follow.
      expect(await walk(on, tenant, 'ann', RANKED_MATCHES)).toEqual(walked);
    }
  });
});

describe('RecordStore search through related records', () => {
  it('counts every match with the first page, exactly, even past the exact-count limit', async () => {
    const tenant = `t${(tenants += 1)}`;
    const smallLimit = new RecordStore(db, undefined, 5);
    const stamp = (id: string, minute: number) => ({ id, tenantId: tenant, version: 1, createdAt: `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`, updatedAt: '2026-01-01T00:00:00.000Z' });
    await store.import(tenant, 'contacts', [{ ...stamp('c-ada', 0), name: 'Ada Printer' }, { ...stamp('c-bob', 0), name: 'Bob' }]);
    // Twelve matches: four by subject, four by a message, four by the requester's name; four more match nothing.
    const tickets = Array.from({ length: 16 }, (_, index) => ({
      ...stamp(`t-${index}`, index),
      subject: index < 4 ? `Printer ${index}` : `Till ${index}`,
      status: 'open',
      priority: 'normal',
      channel: 'web',
      requesterId: index >= 8 && index < 12 ? 'c-ada' : 'c-bob',
    }));
    await store.import(tenant, 'tickets', tickets);
    await store.import(tenant, 'ticketMessages', [4, 5, 6, 7].map((index) => ({ ...stamp(`m-${index}`, index), ticketId: `t-${index}`, authorKind: 'agent', body: 'The printer again' })));
    const related = { ticketMessages: {}, contacts: {} };

    const first = await smallLimit.list(tenant, 'tickets', normalizeListQuery({ q: 'printer', limit: 5 }), undefined, related);
    expect(first.items.map((item) => item.id)).toEqual(['t-0', 't-1', 't-2', 't-3', 't-4']);
    expect([first.total, first.totalIsEstimate]).toEqual([12, undefined]);
    const second = await smallLimit.list(tenant, 'tickets', normalizeListQuery({ q: 'printer', limit: 5, cursor: first.nextCursor }), undefined, related);
    expect(second.items.map((item) => item.id)).toEqual(['t-5', 't-6', 't-7', 't-8', 't-9']);
    const none = await smallLimit.list(tenant, 'tickets', normalizeListQuery({ q: 'scanner', limit: 5 }), undefined, related);
    expect([none.items, none.total, none.totalIsEstimate]).toEqual([[], 0, undefined]);
  });
});

describe('RecordStore writes', () => {
  it('keeps each tenant to its own records, even under the same id', async () => {
    await store.create('alpha', 'contacts', { name: 'Alpha' }, { id: 'same' });
    await store.create('beta', 'contacts', { name: 'Beta' }, { id: 'same' });
    expect((await store.get('alpha', 'contacts', 'same')).name).toBe('Alpha');
    await store.update('beta', 'contacts', 'same', 1, (current) => ({ ...current, name: 'Beta 2' }));
    expect((await store.get('alpha', 'contacts', 'same')).version).toBe(1);
    await store.remove('beta', 'contacts', 'same', undefined);
    expect((await store.get('alpha', 'contacts', 'same')).name).toBe('Alpha');
  });

  it('stores a field named __proto__ as data, not as a prototype', async () => {
    const created = await store.create('alpha', 'things', JSON.parse('{"__proto__": {"polluted": true}, "kept": 1}') as Record<string, unknown>);
    const read = await store.get('alpha', 'things', created.id);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.hasOwn(read, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
