import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkError, type ChangeEvent } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createIndexedDbAdapter, type IndexedDbAdapter, type IndexedDbAdapterOptions } from './indexeddb-adapter.js';

const opened: IndexedDbAdapter[] = [];
afterEach(() => {
  for (const adapter of opened.splice(0)) adapter.close();
});

/**
 * One browser profile: adapters it opens share its databases, like tabs. They talk over a
 * BroadcastChannel only when asked to, so tests do not hear each other.
 */
function browser() {
  const indexedDB = new IDBFactory();
  return (options: Omit<IndexedDbAdapterOptions, 'channel'> & { crossTab?: boolean } = {}) => {
    const { crossTab = false, ...adapterOptions } = options;
    const adapter = createIndexedDbAdapter({ indexedDB, IDBKeyRange, ...(crossTab ? {} : { channel: null }), ...adapterOptions });
    opened.push(adapter);
    return adapter;
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 1_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('IndexedDB adapter', () => {
  it('keeps records across a reload', async () => {
    const tab = browser();
    const before = tab();
    const created = await before.create('contacts', { name: 'Zhang Wei', tags: ['vip'] });
    before.close();

    const after = tab();
    expect(await after.get('contacts', created.id)).toEqual(created);
    expect((await after.list('contacts')).items).toEqual([created]);
  });

  it('creates records on a page without crypto.randomUUID (served over plain HTTP)', async () => {
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => webcrypto.getRandomValues(bytes) });
    try {
      const adapter = browser()();
      const created = await adapter.create('contacts', { name: 'Ada' });
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await adapter.get('contacts', created.id)).toEqual(created);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('opens the database again when used after close', async () => {
    const adapter = browser()();
    const created = await adapter.create('contacts', { name: 'Reopened' });
    adapter.close();
    expect(await adapter.get('contacts', created.id)).toEqual(created);
  });

  it('remembers idempotency keys across a reload, so a replayed create is not duplicated', async () => {
    const tab = browser();
    const before = tab();
    const first = await before.create('surveyResponses', { surveyId: 's1', score: 9 }, { idempotencyKey: 'response-1' });
    before.close();

    const replay = await tab().create('surveyResponses', { surveyId: 's1', score: 9 }, { idempotencyKey: 'response-1' });

    expect(replay).toEqual(first);
    expect((await tab().list('surveyResponses')).total).toBe(1);
  });

  it('keeps nothing of a create refused as a conflict, not even its idempotency key', async () => {
    const adapter = browser()();
    await adapter.create('contacts', { name: 'First' }, { id: 'c1' });
    await expect(adapter.create('contacts', { name: 'Second' }, { id: 'c1', idempotencyKey: 'k' })).rejects.toMatchObject({ kind: 'conflict' });

    const retried = await adapter.create('contacts', { name: 'Second' }, { id: 'c2', idempotencyKey: 'k' });

    expect(retried).toMatchObject({ id: 'c2', name: 'Second' });
    expect(await adapter.get('contacts', 'c1')).toMatchObject({ name: 'First', version: 1 });
  });

  it('keeps tenants that share a browser apart', async () => {
    const tab = browser();
    const shop = tab({ tenantId: 'shop' });
    const erp = tab({ tenantId: 'erp' });
    const contact = await shop.create('contacts', { name: 'Only in the shop' }, { id: 'c1' });

    expect(contact.tenantId).toBe('shop');
    expect(await erp.list('contacts')).toMatchObject({ items: [], total: 0 });
    await expect(erp.get('contacts', 'c1')).rejects.toMatchObject({ kind: 'not-found' });
    expect(await erp.create('contacts', { name: 'Same id, other tenant' }, { id: 'c1' })).toMatchObject({ tenantId: 'erp' });
  });

  it('lists what another tab wrote, even with no channel between the tabs', async () => {
    const tab = browser();
    const first = tab();
    const second = tab();
    const mine = await first.create('contacts', { name: 'Mine' });
    expect((await first.list('contacts')).items).toEqual([mine]);

    const theirs = await second.create('contacts', { name: 'Theirs' });
    await second.update('contacts', mine.id, { title: 'Edited elsewhere' }, { expectedVersion: 1 });

    const listed = await first.list('contacts', { sort: [{ field: 'name' }] });
    expect(listed.items.map((record) => [record.name, record.title])).toEqual([
      ['Mine', 'Edited elsewhere'],
      ['Theirs', undefined],
    ]);
    expect(listed.items[1]).toEqual(theirs);
  });

  it('delivers changes made in another tab to watch, for the same tenant only, and lists them', async () => {
    const tab = browser();
    const writer = tab({ crossTab: true });
    const reader = tab({ crossTab: true });
    const otherTenant = tab({ crossTab: true, tenantId: 'other' });
    const heard: ChangeEvent[] = [];
    const heardByOtherTenant: ChangeEvent[] = [];
    reader.watch('contacts', (change) => heard.push(change));
    otherTenant.watch('*', (change) => heardByOtherTenant.push(change));
    await reader.list('contacts');

    const created = await writer.create('contacts', { name: 'From another tab' });
    await writer.update('contacts', created.id, { title: 'Buyer' }, { expectedVersion: 1 });
    await until(() => heard.length === 2);

    expect(heard).toEqual([
      { collection: 'contacts', type: 'created', id: created.id, record: created },
      { collection: 'contacts', type: 'updated', id: created.id, record: await reader.get('contacts', created.id) },
    ]);
    expect(heardByOtherTenant).toEqual([]);
    expect((await reader.list('contacts')).items).toEqual([heard[1]?.record]);
  });

  it('reports storage it cannot use as a network error that is not worth retrying', async () => {
    const blocked = { open: () => { throw new DOMException('Storage is blocked for this page', 'SecurityError'); } } as unknown as IDBFactory;
    const adapter = createIndexedDbAdapter({ indexedDB: blocked, IDBKeyRange, channel: null });

    const error = await adapter.get('contacts', 'c1').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind: 'network', retryable: false, message: 'The browser storage could not be used' });
  });
});

describe('customer measures', () => {
  it('ranks a contact among every customer’s orders in the database, as the memory adapter does', async () => {
    const now = new Date('2025-06-01T00:00:00Z');
    const memory = createMemoryAdapter({ now: () => now });
    const adapter = browser()({ now: () => now });
    const orders = [1, 2, 3, 4, 5].flatMap((n) =>
      Array.from({ length: n }, (_, i) => ({ contactId: `c${n}`, orderedAt: new Date(now.getTime() - (300 - n * 50 + i) * 86_400_000).toISOString(), amount: n * 1_000, currency: 'CNY' })),
    );
    for (const store of [memory, adapter]) {
      for (const n of [1, 2, 3, 4, 5]) await store.create('contacts', { name: `Contact ${n}` }, { id: `c${n}` });
      for (const order of orders) await store.create('orders', order);
    }
    for (const id of ['c1', 'c5']) {
      const kept = await adapter.customerMeasures('contact', id);
      expect(kept.rfm).toBeDefined();
      expect(kept).toEqual(await memory.customerMeasures('contact', id));
    }
    await expect(adapter.customerMeasures('contact', 'nobody')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

describe('survey periods', () => {
  it('counts a survey period in the database as the memory adapter does, and refuses a bad query by field', async () => {
    const memory = createMemoryAdapter();
    const adapter = browser()();
    const survey = { title: 'How did we do?', questions: [{ type: 'nps', id: 'nps', label: 'Recommend?' }, { type: 'single', id: 'channel', label: 'Where?', options: [{ value: 'web', label: 'Web' }] }] };
    for (const store of [memory, adapter]) {
      await store.create('surveys', survey, { id: 's1' });
      for (const [i, at] of ['2026-03-01T10:00:00Z', '2026-03-09T23:30:00Z', '2026-03-31T20:00:00Z', '2026-04-02T10:00:00Z'].entries()) {
        await store.create('surveyResponses', { surveyId: 's1', submittedAt: at, answers: { nps: i * 3, ...(i % 2 ? { channel: 'web' } : {}) } });
      }
    }
    const query = { from: '2026-03-01', to: '2026-03-31', timeZone: 'Asia/Shanghai', bucket: 'week', weekStart: 1, segmentBy: 'answers.channel' } as const;
    const counted = await adapter.surveySummary('s1', query);
    expect(counted.responses).toBe(2);
    expect(counted.segments.map((segment) => [segment.value, segment.responses])).toEqual([['web', 1], [null, 1]]);
    expect(counted).toEqual(await memory.surveySummary('s1', query));
    await expect(adapter.surveySummary('s1', { ...query, from: '2026-02-30' })).rejects.toMatchObject({ name: 'ValidationError', issues: [{ path: ['from'] }] });
    await expect(adapter.surveySummary('nope', query)).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

describe('ticket numbers', () => {
  it('tabs of one browser creating at once never share a number, and a caller cannot choose one', async () => {
    const open = browser();
    const [tab1, tab2] = [open(), open()];
    const created = await Promise.all([tab1, tab2, tab1, tab2].map((tab, index) => tab.create('tickets', { subject: `New ${index}`, number: 99 })));
    expect(created.map((record) => record.number).sort()).toEqual([1, 2, 3, 4]);
    expect((await open().create('tickets', { subject: 'After a reload' })).number).toBe(5);
  });
});
