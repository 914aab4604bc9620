import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NetworkError, createOutbox, type OutboxEntry, type StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createIndexedDbOutboxStore } from './indexeddb-outbox-store.js';

const START = Date.parse('2025-03-01T09:00:00Z');

function entry(id: string, fields: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    op: 'create',
    collection: 'surveyResponses',
    data: { surveyId: 's1', answers: { nps: 9 } },
    id,
    idempotencyKey: id,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: START,
    enqueuedAt: START,
    ...fields,
  } as OutboxEntry;
}

describe('IndexedDB outbox store', () => {
  it('keeps entries across a reload, in id order, with every field as written', async () => {
    const indexedDB = new IDBFactory();
    const before = createIndexedDbOutboxStore({ indexedDB });
    const failed = entry('b', { state: 'failed', attempts: 1, lastError: { kind: 'validation', message: 'Invalid', issues: [{ path: ['answers', 'nps'], code: 'too_big', message: 'At most 10' }] } });
    await before.put(failed);
    await before.put(entry('a'));
    await before.put(entry('c', { op: 'update', recordId: 'r1', data: { title: undefined }, expectedVersion: 3 } as Partial<OutboxEntry>));
    await before.delete('a');
    before.close();

    const after = await createIndexedDbOutboxStore({ indexedDB }).list();

    expect(after.map((stored) => stored.id)).toEqual(['b', 'c']);
    expect(after[0]).toEqual(failed);
    expect(after[1]).toHaveProperty('data', { title: undefined });
    expect('title' in (after[1] as { data: object }).data).toBe(true);
  });

  it('names the database it shares with other tabs', () => {
    expect(createIndexedDbOutboxStore({ name: 'shop', indexedDB: new IDBFactory() }).sharedName).toBe('shop');
  });

  it('replays a write after a reload exactly once', async () => {
    const indexedDB = new IDBFactory();
    const server = createMemoryAdapter();
    let responsesLost = true;
    const remote: StorageAdapter = {
      ...server,
      create: async (...args) => {
        const created = await server.create(...args);
        if (responsesLost) throw new NetworkError();
        return created;
      },
    };
    const firstPage = createOutbox({ store: createIndexedDbOutboxStore({ indexedDB }), adapter: remote });
    await firstPage.enqueue({ op: 'create', collection: 'surveyResponses', data: { surveyId: 's1', answers: { nps: 9 } } });
    expect((await firstPage.flush()).remaining).toBe(1);

    responsesLost = false;
    const reloaded = createOutbox({ store: createIndexedDbOutboxStore({ indexedDB }), adapter: remote, now: () => new Date(Date.now() + 3_600_000) });
    const result = await reloaded.flush();

    expect(result).toMatchObject({ remaining: 0 });
    expect(await server.list('surveyResponses')).toMatchObject({ total: 1 });
  });

  it('falls back to page memory where the browser refuses to open the database, and says entries will not survive a reload', async () => {
    // What a sandboxed frame or blocked storage does: every open fails.
    const refusing = { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } } as unknown as IDBFactory;
    const store = createIndexedDbOutboxStore({ indexedDB: refusing });
    await store.put(entry('a'));
    await store.put(entry('b'));
    await store.delete('a');
    expect((await store.list()).map(({ id }) => id)).toEqual(['b']);
    expect(await store.durable()).toBe(false);
    expect(await createIndexedDbOutboxStore({ indexedDB: new IDBFactory() }).durable()).toBe(true);
  });
});
