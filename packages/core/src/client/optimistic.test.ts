import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import type { Page, StoredRecord } from '../adapter/storage-adapter.js';
import { changeCachedRecord, insertIntoCachedLists, restoreSnapshot } from './optimistic.js';
import { createQueryKeys } from './query-keys.js';

type Note = StoredRecord & { readonly text: string };

const keys = createQueryKeys('notes');

function note(id: string, text: string): Note {
  const at = '2024-01-01T00:00:00.000Z';
  return { id, text, tenantId: 't1', version: 1, createdAt: at, updatedAt: at };
}

function page(...items: Note[]): Page<Note> {
  return { items, nextCursor: null, total: items.length };
}

function seededCache() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(keys.detail('n1'), note('n1', 'first'));
  queryClient.setQueryData(keys.list(), page(note('n1', 'first'), note('n2', 'second')));
  queryClient.setQueryData(keys.list({ where: { text: 'second' } }), page(note('n2', 'second')));
  return queryClient;
}

describe('changeCachedRecord', () => {
  it('changes the record in its detail entry and in every list that holds it', () => {
    const queryClient = seededCache();
    changeCachedRecord<Note>(queryClient, keys, 'n1', (r) => ({ ...r, text: 'edited' }));

    expect(queryClient.getQueryData<Note>(keys.detail('n1'))?.text).toBe('edited');
    expect(queryClient.getQueryData<Page<Note>>(keys.list())?.items.map((r) => r.text)).toEqual(['edited', 'second']);
    expect(queryClient.getQueryData<Page<Note>>(keys.list({ where: { text: 'second' } }))?.items[0]?.text).toBe('second');
  });

  it('drops a removed record from lists and their totals but keeps the detail entry', () => {
    const queryClient = seededCache();
    changeCachedRecord<Note>(queryClient, keys, 'n1', () => undefined);

    expect(queryClient.getQueryData(keys.list())).toEqual(page(note('n2', 'second')));
    expect(queryClient.getQueryData<Note>(keys.detail('n1'))?.text).toBe('first');
  });

  it('restores exactly what the touched entries held', () => {
    const queryClient = seededCache();
    const before = queryClient.getQueriesData({ queryKey: keys.all });
    const snapshot = changeCachedRecord<Note>(queryClient, keys, 'n1', (r) => ({ ...r, text: 'edited' }));
    restoreSnapshot(queryClient, snapshot);

    expect(snapshot).toHaveLength(2);
    expect(queryClient.getQueriesData({ queryKey: keys.all })).toEqual(before);
  });
});

describe('insertIntoCachedLists', () => {
  it('adds a new record only to unfiltered first pages, once', () => {
    const queryClient = seededCache();
    queryClient.setQueryData(keys.list({ cursor: 'p2' }), page());
    insertIntoCachedLists(queryClient, keys, note('n3', 'third'));
    insertIntoCachedLists(queryClient, keys, note('n3', 'third'));

    expect(queryClient.getQueryData<Page<Note>>(keys.list())).toMatchObject({ total: 3, items: [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }] });
    expect(queryClient.getQueryData<Page<Note>>(keys.list({ cursor: 'p2' }))?.items).toEqual([]);
    expect(queryClient.getQueryData<Page<Note>>(keys.list({ where: { text: 'second' } }))?.total).toBe(1);
  });
});
