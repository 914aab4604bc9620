import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import type { Page, StoredRecord } from '../adapter/storage-adapter.js';
import { writeConfirmedRecord } from './confirmed-record.js';
import { applyOptimistic, findCachedRecord, insertIntoCachedLists } from './optimistic.js';
import { createQueryKeys } from './query-keys.js';

type Note = StoredRecord & { readonly text: string };

const keys = createQueryKeys('notes');
const secondOnly = keys.list({ where: { text: 'second' } });

function note(id: string, text: string, version = 1): Note {
  const at = '2024-01-01T00:00:00.000Z';
  return { id, text, tenantId: 't1', version, createdAt: at, updatedAt: at };
}

function page(...items: Note[]): Page<Note> {
  return { items, nextCursor: null, total: items.length };
}

function seededCache() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(keys.detail('n1'), note('n1', 'first'));
  queryClient.setQueryData(keys.list(), page(note('n1', 'first'), note('n2', 'second')));
  queryClient.setQueryData(secondOnly, page(note('n2', 'second')));
  return queryClient;
}

const texts = (queryClient: QueryClient, key: readonly unknown[]) => queryClient.getQueryData<Page<Note>>(key)?.items.map((r) => r.text);
const edit = (text: string) => (record: Note) => ({ ...record, text });

describe('applyOptimistic', () => {
  it('shows the change in the detail entry and in every list that holds the record', () => {
    const queryClient = seededCache();
    applyOptimistic<Note>(queryClient, keys, 'n1', edit('edited'));

    expect(queryClient.getQueryData<Note>(keys.detail('n1'))?.text).toBe('edited');
    expect(texts(queryClient, keys.list())).toEqual(['edited', 'second']);
    expect(texts(queryClient, secondOnly)).toEqual(['second']);
  });

  it('drops a record being removed from lists and their totals but keeps its detail entry', () => {
    const queryClient = seededCache();
    applyOptimistic<Note>(queryClient, keys, 'n1', () => undefined);

    expect(queryClient.getQueryData(keys.list())).toEqual(page(note('n2', 'second')));
    expect(queryClient.getQueryData<Note>(keys.detail('n1'))?.text).toBe('first');
  });

  it.each([
    ['an edit', edit('edited')],
    ['a removal', () => undefined],
  ])('rolls back %s to exactly the previous cache', (_, change) => {
    const queryClient = seededCache();
    const before = queryClient.getQueriesData({ queryKey: keys.all });
    applyOptimistic<Note>(queryClient, keys, 'n1', change)();
    expect(queryClient.getQueriesData({ queryKey: keys.all })).toEqual(before);
  });

  it('keeps a neighbour’s change in the same list when rolling back', () => {
    const queryClient = seededCache();
    const rollbackFirst = applyOptimistic<Note>(queryClient, keys, 'n1', edit('edited'));
    applyOptimistic<Note>(queryClient, keys, 'n2', edit('also edited'));
    rollbackFirst();
    expect(texts(queryClient, keys.list())).toEqual(['first', 'also edited']);
  });

  it('leaves an entry alone when something newer replaced the optimistic value', () => {
    const queryClient = seededCache();
    const rollback = applyOptimistic<Note>(queryClient, keys, 'n1', edit('edited'));
    writeConfirmedRecord(queryClient, keys, note('n1', 'from another writer', 2));
    rollback();
    expect(queryClient.getQueryData<Note>(keys.detail('n1'))?.text).toBe('from another writer');
    expect(texts(queryClient, keys.list())).toEqual(['from another writer', 'second']);
  });
});

describe('writeConfirmedRecord', () => {
  it('never replaces a newer version with an older one', () => {
    const queryClient = seededCache();
    writeConfirmedRecord(queryClient, keys, note('n1', 'newer', 3));
    writeConfirmedRecord(queryClient, keys, note('n1', 'older', 2));
    expect(queryClient.getQueryData<Note>(keys.detail('n1'))).toEqual(note('n1', 'newer', 3));
    expect(texts(queryClient, keys.list())).toEqual(['newer', 'second']);
  });
});

describe('findCachedRecord', () => {
  it('prefers the detail entry and falls back to any list that holds the record', () => {
    const queryClient = seededCache();
    queryClient.setQueryData(keys.detail('n1'), note('n1', 'detail copy'));
    expect(findCachedRecord<Note>(queryClient, keys, 'n1')?.text).toBe('detail copy');
    expect(findCachedRecord<Note>(queryClient, keys, 'n2')?.text).toBe('second');
    expect(findCachedRecord(queryClient, keys, 'n9')).toBeUndefined();
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
    expect(queryClient.getQueryData<Page<Note>>(secondOnly)?.total).toBe(1);
  });
});
