import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/query-core';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory-adapter.js';
import type { AdapterRecord, Page, StorageAdapter } from '../adapter/storage-adapter.js';
import { ConflictError, NetworkError, NotFoundError, PermissionError, ValidationError } from '../errors/index.js';
import { createEventBus, type DomainEventMap } from '../events/index.js';
import type { Contact } from '../schema/contact.js';
import { createResource } from './resource.js';

const ada = { id: 'c1', name: 'Ada Lovelace', tags: ['vip'] };
const grace = { id: 'c2', name: 'Grace Hopper' };

function setup(adapter: StorageAdapter = createMemoryAdapter({ seed: { contacts: [ada, grace] } }), validateReads = false) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const contacts = createResource('contacts', { adapter, queryClient, events: createEventBus<DomainEventMap>(), validateReads });
  return { adapter, queryClient, contacts };
}

/** Wraps an adapter so its writes wait until `release()`: the moment between an optimistic change and the answer. */
function holdWrites(adapter: StorageAdapter) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: StorageAdapter = {
    ...adapter,
    update: async (...args) => (await gate, adapter.update(...args)),
    remove: async (...args) => (await gate, adapter.remove(...args)),
  };
  return { held, release };
}

const names = (page: Page<Contact> | undefined) => page?.items.map((c) => c.name);

describe('a resource', () => {
  it('creates, reads, lists, updates and removes records of its collection', async () => {
    const { contacts } = setup(createMemoryAdapter());
    const created = await contacts.create({ name: '  Lin Wei  ', channels: [{ kind: 'email', value: 'lin@example.com' }] });
    expect(created).toMatchObject({ name: 'Lin Wei', version: 1, tags: [], consent: { marketing: false } });

    expect(await contacts.get(created.id)).toEqual(created);
    expect((await contacts.list({ where: { name: { contains: 'lin' } } })).items).toEqual([created]);

    const updated = await contacts.update(created.id, { title: 'Buyer' }, { expectedVersion: 1 });
    expect(updated).toMatchObject({ name: 'Lin Wei', title: 'Buyer', version: 2 });

    await contacts.remove(created.id);
    await expect(contacts.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('rejects invalid input with every bad field, before anything reaches the adapter', async () => {
    const { adapter, contacts } = setup();
    const create = vi.spyOn(adapter, 'create');
    const update = vi.spyOn(adapter, 'update');

    const error = await contacts
      .create({ name: '', channels: [{ kind: 'email', value: 'not-an-email' }], avatarUrl: 'nope' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path.join('.')).sort()).toEqual(['avatarUrl', 'channels.0.value', 'name']);
    await expect(contacts.update('c1', { name: '   ' }, { expectedVersion: 1 })).rejects.toMatchObject({ kind: 'validation', issues: [{ path: ['name'] }] });

    expect(create).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
    expect((await contacts.list()).total).toBe(2);
  });

  it('reports a record that lacks the fields every stored record has, instead of passing it on', async () => {
    const adapter = createMemoryAdapter({ seed: { contacts: [ada] } });
    const withoutVersion: StorageAdapter = {
      ...adapter,
      get: async (...args) => ({ ...(await adapter.get(...args)), version: undefined as unknown as number }),
      list: async (...args) => {
        const page = await adapter.list(...args);
        return { ...page, items: page.items.map((item) => ({ ...item, id: 7 as unknown as string })) };
      },
    };
    const { contacts } = setup(withoutVersion);
    const error = await contacts.get('c1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issuesAt('version')).toMatchObject([{ code: 'required' }]);
    expect((error as ValidationError).message).toBe('A stored contacts record is invalid');
    await expect(contacts.list()).rejects.toMatchObject({ kind: 'validation', issues: [{ path: ['id'], code: 'invalid_type' }] });
  });

  it('checks every field of what it reads against the schema, defaults applied, when asked to', async () => {
    const adapter = createMemoryAdapter();
    const stored = { tenantId: 'default', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    const records: Record<string, AdapterRecord> = { broken: { ...stored, id: 'broken', name: 42 }, bare: { ...stored, id: 'bare', name: 'Bare' } };
    const filledByAnotherWriter: StorageAdapter = {
      ...adapter,
      get: async (_collection, id) => records[id]!,
      list: async () => ({ items: Object.values(records), nextCursor: null, total: 2 }),
    };
    const { contacts } = setup(filledByAnotherWriter, true);
    const error = await contacts.get('broken').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issuesAt('name')).toHaveLength(1);
    expect((error as ValidationError).message).toBe('A stored contacts record is invalid');
    await expect(contacts.list()).rejects.toBeInstanceOf(ValidationError);
    expect(await contacts.get('bare')).toMatchObject({ tags: [], channels: [], customFields: {} });
  });

  it('turns an untyped adapter failure into a NetworkError that keeps the cause, and passes typed ones through', async () => {
    const adapter = createMemoryAdapter();
    const failure = new TypeError('fetch failed: ECONNREFUSED 10.0.0.7:5432');
    vi.spyOn(adapter, 'list').mockRejectedValue(failure);
    const { contacts } = setup(adapter);

    const error = await contacts.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).not.toContain('10.0.0.7');
    expect((error as NetworkError).cause).toBe(failure);
    await expect(contacts.get('missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('cached reads', () => {
  it('fetch and fetchList read the adapter once, then serve fresh data from the cache', async () => {
    const { adapter, contacts } = setup();
    const get = vi.spyOn(adapter, 'get');
    const list = vi.spyOn(adapter, 'list');

    expect((await contacts.fetch('c1')).name).toBe('Ada Lovelace');
    expect((await contacts.fetch('c1')).name).toBe('Ada Lovelace');
    expect(names(await contacts.fetchList({ limit: 10 }))).toEqual(['Ada Lovelace', 'Grace Hopper']);
    await contacts.fetchList({ limit: 10 });
    expect(get).toHaveBeenCalledOnce();
    expect(list).toHaveBeenCalledOnce();
  });

  it('hands out query options a QueryObserver can run', async () => {
    const { queryClient, contacts } = setup();
    const detail = new QueryObserver(queryClient, contacts.detailQuery('c2'));
    const list = new QueryObserver(queryClient, contacts.listQuery({ where: { tags: { contains: 'vip' } } }));
    const stop = [detail.subscribe(() => {}), list.subscribe(() => {})];

    await vi.waitFor(() => expect(detail.getCurrentResult().data?.name).toBe('Grace Hopper'));
    await vi.waitFor(() => expect(names(list.getCurrentResult().data)).toEqual(['Ada Lovelace']));
    stop.forEach((unsubscribe) => unsubscribe());
  });

  it('does not retry a read that failed for a reason a retry cannot fix', async () => {
    const { adapter, queryClient, contacts } = setup();
    const get = vi.spyOn(adapter, 'get');
    const observer = new QueryObserver(queryClient, contacts.detailQuery('missing'));
    const unsubscribe = observer.subscribe(() => {});

    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('error'));
    expect(observer.getCurrentResult().error).toBeInstanceOf(NotFoundError);
    expect(get).toHaveBeenCalledOnce();
    unsubscribe();
  });
});

describe('optimistic writes', () => {
  it('shows an update in the cached detail and lists before the adapter answers, then the stored record', async () => {
    const { held, release } = holdWrites(createMemoryAdapter({ seed: { contacts: [ada, grace] } }));
    const { queryClient, contacts } = setup(held);
    await contacts.fetch('c1');
    await contacts.fetchList();

    const saving = contacts.update('c1', { name: 'Augusta Ada King' }, { expectedVersion: 1 });
    await vi.waitFor(() => expect(queryClient.getQueryData<Contact>(contacts.keys.detail('c1'))?.name).toBe('Augusta Ada King'));
    expect(names(queryClient.getQueryData(contacts.keys.list()))).toEqual(['Augusta Ada King', 'Grace Hopper']);
    expect(queryClient.getQueryData<Contact>(contacts.keys.detail('c1'))?.version).toBe(1);

    release();
    const saved = await saving;
    expect(saved.version).toBe(2);
    expect(queryClient.getQueryData(contacts.keys.detail('c1'))).toEqual(saved);
    expect(queryClient.getQueryData<Page<Contact>>(contacts.keys.list())?.items[0]).toEqual(saved);
  });

  it('reads a record again when an update cancelled its first read, so a widget never waits forever', async () => {
    const memory = createMemoryAdapter({ seed: { contacts: [ada, grace] } });
    let releaseFirstRead = () => {};
    const firstRead = new Promise<void>((resolve) => (releaseFirstRead = resolve));
    let reads = 0;
    const slowFirstRead: StorageAdapter = {
      ...memory,
      get: async (...args) => {
        reads += 1;
        if (reads === 1) await firstRead;
        return memory.get(...args);
      },
    };
    const { queryClient, contacts } = setup(slowFirstRead);
    const detail = new QueryObserver(queryClient, contacts.detailQuery('c1'));
    const stop = detail.subscribe(() => {});
    await vi.waitFor(() => expect(reads).toBe(1));

    await contacts.update('c1', { title: 'Analyst' }, { expectedVersion: 1 });
    releaseFirstRead();
    await vi.waitFor(() => expect(detail.getCurrentResult().data?.title).toBe('Analyst'));
    stop();
  });

  it('rolls the cache back exactly on a conflict and surfaces the current record', async () => {
    const { adapter, queryClient, contacts } = setup();
    await contacts.fetch('c1');
    await contacts.fetchList();
    await contacts.fetchList({ where: { tags: { contains: 'vip' } } });
    await adapter.update('contacts', 'c1', { title: 'Countess' }, { expectedVersion: 1 });
    const before = queryClient.getQueriesData({ queryKey: contacts.keys.all });

    const error = await contacts.update('c1', { name: 'Ada' }, { expectedVersion: 1 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ id: 'c1', version: 2, title: 'Countess' });
    expect(queryClient.getQueriesData({ queryKey: contacts.keys.all })).toEqual(before);
  });

  it('takes a removed record out of cached lists at once and puts it back exactly when the removal fails', async () => {
    const adapter = createMemoryAdapter({ seed: { contacts: [ada, grace] } });
    const { held, release } = holdWrites(adapter);
    vi.spyOn(adapter, 'remove').mockRejectedValueOnce(new PermissionError());
    const { queryClient, contacts } = setup(held);
    await contacts.fetchList();
    const before = queryClient.getQueriesData({ queryKey: contacts.keys.all });

    const removing = contacts.remove('c1').catch((e: unknown) => e);
    await vi.waitFor(() => expect(names(queryClient.getQueryData(contacts.keys.list()))).toEqual(['Grace Hopper']));
    expect(queryClient.getQueryData<Page<Contact>>(contacts.keys.list())?.total).toBe(1);

    release();
    expect(await removing).toBeInstanceOf(PermissionError);
    expect(queryClient.getQueriesData({ queryKey: contacts.keys.all })).toEqual(before);
  });

  it('forgets a removed record once the adapter confirms', async () => {
    const { queryClient, contacts } = setup();
    await contacts.fetch('c2');
    await contacts.fetchList();
    await contacts.remove('c2', { expectedVersion: 1 });
    expect(queryClient.getQueryData(contacts.keys.detail('c2'))).toBeUndefined();
    expect(names(queryClient.getQueryData(contacts.keys.list()))).toEqual(['Ada Lovelace']);
  });

  it('adds a created record to cached unfiltered lists and marks every list for refetching', async () => {
    const { queryClient, contacts } = setup();
    await contacts.fetchList();
    await contacts.fetchList({ where: { tags: { contains: 'vip' } } });

    const created = await contacts.create({ name: 'Lin Wei' });

    expect(queryClient.getQueryData<Page<Contact>>(contacts.keys.list())).toMatchObject({ total: 3, items: [{}, {}, created] });
    expect(names(queryClient.getQueryData(contacts.keys.list({ where: { tags: { contains: 'vip' } } })))).toEqual(['Ada Lovelace']);
    expect(queryClient.getQueryCache().findAll({ queryKey: contacts.keys.lists() }).every((q) => q.state.isInvalidated)).toBe(true);
    expect(queryClient.getQueryData(contacts.keys.detail(created.id))).toEqual(created);
  });
});

describe('writes as mutations', () => {
  it('run in the mutation cache, so the pending state is visible while the adapter works', async () => {
    const { held, release } = holdWrites(createMemoryAdapter({ seed: { contacts: [ada] } }));
    const { queryClient, contacts } = setup(held);
    const saving = contacts.update('c1', { title: 'Analyst' }, { expectedVersion: 1 });

    expect(queryClient.isMutating({ mutationKey: contacts.keys.all })).toBe(1);
    release();
    await saving;
    expect(queryClient.isMutating()).toBe(0);
  });

  it('hand out options a MutationObserver can run, with the same validation and rollback', async () => {
    const { queryClient, contacts } = setup();
    await contacts.fetch('c1');
    const observer = new MutationObserver(queryClient, contacts.updateMutation());
    const states: string[] = [];
    const unsubscribe = observer.subscribe((result) => states.push(result.status));

    await expect(observer.mutate({ id: 'c1', patch: { name: 'Ada' }, options: { expectedVersion: 7 } })).rejects.toBeInstanceOf(ConflictError);
    expect(observer.getCurrentResult().error?.kind).toBe('conflict');
    expect(states).toEqual(['pending', 'error']);
    expect(queryClient.getQueryData<Contact>(contacts.keys.detail('c1'))?.name).toBe('Ada Lovelace');

    const created = await new MutationObserver(queryClient, contacts.createMutation()).mutate({ input: { name: 'Lin Wei' } });
    expect(created.version).toBe(1);
    await new MutationObserver(queryClient, contacts.removeMutation()).mutate({ id: created.id });
    await expect(contacts.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    unsubscribe();
  });
});
