import { webcrypto } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { ValidationError, type ChangeEvent } from '@rapport/core';
import { createMemoryAdapter, RANKED_MATCHES } from '@rapport/core/adapter';

describe('createMemoryAdapter', () => {
  it('stamps records with the given tenant, clock and id generator', async () => {
    let next = 0;
    const adapter = createMemoryAdapter({ tenantId: 'acme', now: () => new Date('2025-05-01T08:00:00Z'), idGenerator: () => `id-${(next += 1)}` });
    const created = await adapter.create('accounts', { name: '阿里巴巴' });
    expect(created).toEqual({ id: 'id-1', tenantId: 'acme', version: 1, createdAt: '2025-05-01T08:00:00.000Z', updatedAt: '2025-05-01T08:00:00.000Z', name: '阿里巴巴' });
  });

  it('creates records on a page without crypto.randomUUID (served over plain HTTP)', async () => {
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => webcrypto.getRandomValues(bytes) });
    try {
      const adapter = createMemoryAdapter();
      const [first, second] = [await adapter.create('contacts', { name: 'Ada' }), await adapter.create('contacts', { name: 'Bob' })];
      expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.id).not.toBe(first.id);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('preloads a seed, keeping ids, versions and timestamps it has', async () => {
    const adapter = createMemoryAdapter({
      tenantId: 'demo',
      now: () => new Date('2025-05-01T08:00:00Z'),
      seed: {
        contacts: [
          { id: 'c-001', version: 4, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z', tenantId: 'other', name: '王芳' },
          { name: 'No stamps' },
        ],
      },
    });
    expect(await adapter.get('contacts', 'c-001')).toMatchObject({
      id: 'c-001', tenantId: 'demo', version: 4, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z', name: '王芳',
    });
    const page = await adapter.list('contacts', { where: { name: 'No stamps' } });
    expect(page.items[0]).toMatchObject({ version: 1, createdAt: '2025-05-01T08:00:00.000Z' });
  });

  it('stores a seed of a CRM collection as a write would: with its schema defaults, and refuses an invalid one', async () => {
    const adapter = createMemoryAdapter({ seed: { tickets: [{ id: 't1', subject: 'Printer', description: 'Jammed', channel: 'email', requesterId: 'c1' }], things: [{ id: 'x', any: 'shape' }] } });
    expect(await adapter.get('tickets', 't1')).toMatchObject({ status: 'new', priority: 'normal', escalationLevel: 0, attachments: [] });
    expect(await adapter.get('things', 'x')).toMatchObject({ any: 'shape' });
    let refused: unknown;
    try {
      createMemoryAdapter({ seed: { contacts: [{ id: 'c9', name: '' }] } });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message).toBe('Seed record c9 of contacts is invalid');
    expect((refused as ValidationError).issuesAt('name')).toHaveLength(1);
  });

  it('ranks the first matches of a search, on its first page as on the pages after it', async () => {
    const at = (index: number) => new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
    const id = (index: number) => `c${String(index).padStart(4, '0')}`;
    // Inside matches as many as are ranked, then three whole matches past them.
    const contacts = Array.from({ length: RANKED_MATCHES + 3 }, (_, index) => ({ id: id(index), createdAt: at(index), name: index < RANKED_MATCHES ? `Joanna ${index}` : 'Ann' }));
    contacts[RANKED_MATCHES - 1] = { ...contacts[RANKED_MATCHES - 1], name: 'Ann' } as (typeof contacts)[number];
    const adapter = createMemoryAdapter({ seed: { contacts } });
    const first = await adapter.list('contacts', { q: 'ANN', limit: 3 });
    expect(first.items.map((item) => item.id)).toEqual([id(RANKED_MATCHES - 1), id(0), id(1)]);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof adapter.list>> = await adapter.list('contacts', { q: 'ann', limit: 7, cursor });
      walked.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(walked).toEqual([id(RANKED_MATCHES - 1), ...Array.from({ length: RANKED_MATCHES - 1 }, (_, index) => id(index)), id(RANKED_MATCHES), id(RANKED_MATCHES + 1), id(RANKED_MATCHES + 2)]);
  });

  it('sees writes made between pages of one walk', async () => {
    const adapter = createMemoryAdapter({ seed: { contacts: ['a', 'b', 'c', 'd'].map((name) => ({ id: name, name })) } });
    const first = await adapter.list('contacts', { sort: [{ field: 'name' }], limit: 2 });
    await adapter.update('contacts', 'd', { name: 'bb' }, { expectedVersion: 1 });
    const second = await adapter.list('contacts', { sort: [{ field: 'name' }], limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item) => item.name)).toEqual(['bb', 'c']);
  });

  it('keeps telling other listeners when one throws', async () => {
    const adapter = createMemoryAdapter();
    const heard: ChangeEvent[] = [];
    const failure = new Error('listener bug');
    const onUncaught = vi.fn();
    process.on('uncaughtException', onUncaught);
    adapter.watch('contacts', () => {
      throw failure;
    });
    adapter.watch('contacts', (event) => heard.push(event));
    await adapter.create('contacts', { name: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('uncaughtException', onUncaught);
    expect(heard).toHaveLength(1);
    expect(onUncaught).toHaveBeenCalledWith(failure, expect.anything());
  });

  it('refuses to start work for an aborted request', async () => {
    const adapter = createMemoryAdapter();
    const controller = new AbortController();
    controller.abort();
    await expect(adapter.create('contacts', { name: 'x' }, { signal: controller.signal })).rejects.toThrow(/abort/i);
    expect((await adapter.list('contacts')).total).toBe(0);
  });

  it('rejects data that is not an object', async () => {
    const adapter = createMemoryAdapter();
    await expect(adapter.create('contacts', [] as unknown as Record<string, unknown>)).rejects.toMatchObject({ kind: 'validation' });
  });

  it('stores a field named __proto__ as data, never as a prototype', async () => {
    const adapter = createMemoryAdapter();
    const created = await adapter.create('contacts', JSON.parse('{"name":"x","__proto__":{"polluted":true}}'));
    const fetched = await adapter.get('contacts', created.id);
    expect(Object.getPrototypeOf(fetched)).toBe(Object.prototype);
    expect((fetched as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(fetched, '__proto__')?.value).toEqual({ polluted: true });
  });
});
