import { describe, expect, it } from 'vitest';
import type { AdapterRecord, ListQuery, StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { runAdapterConformance } from '@rapport/core/testing';

/** Registers the suite with a recording runner, so one test can be run against a faulty adapter. */
function conformanceTests(createAdapter: () => StorageAdapter, numRuns = 40): Map<string, () => Promise<void>> {
  const tests = new Map<string, () => Promise<void>>();
  const path: string[] = [];
  runAdapterConformance('under test', createAdapter, {
    describe: (name, body) => {
      path.push(name);
      body();
      path.pop();
    },
    it: (name, body) => void tests.set([...path.slice(1), name].join(' > '), body),
  }, { numRuns, seed: 7 });
  return tests;
}

function testNamed(tests: Map<string, () => Promise<void>>, fragment: string): () => Promise<void> {
  const matches = [...tests].filter(([name]) => name.includes(fragment));
  expect(matches.map(([name]) => name)).toHaveLength(1);
  return (matches[0] as [string, () => Promise<void>])[1];
}

/** A memory adapter with one method replaced, the way a buggy adapter would behave. */
function faulty(override: (inner: ReturnType<typeof createMemoryAdapter>) => Partial<StorageAdapter>): () => StorageAdapter {
  return () => {
    const inner = createMemoryAdapter();
    return { ...inner, ...override(inner) };
  };
}

describe('the conformance kit catches faulty adapters', () => {
  it('registers every test under its section', () => {
    const names = [...conformanceTests(() => createMemoryAdapter()).keys()];
    expect(names.some((name) => name.startsWith('create, get, update, remove > '))).toBe(true);
    expect(names.some((name) => name.startsWith('list: filters > '))).toBe(true);
    expect(names.some((name) => name.startsWith('list: paging > '))).toBe(true);
    expect(names.some((name) => name.startsWith('watch > '))).toBe(true);
  });

  it('a last-write-wins update fails the conflict test', async () => {
    const tests = conformanceTests(
      faulty((inner) => ({
        update: async (collection, id, patch, options) => {
          try {
            return await inner.update(collection, id, patch, options);
          } catch {
            const current = await inner.get(collection, id);
            return inner.update(collection, id, patch, { expectedVersion: current.version });
          }
        },
      })),
    );
    await expect(testNamed(tests, 'a stale update is a conflict')()).rejects.toThrow(/conflict error/);
    await expect(testNamed(tests, 'exactly one wins')()).rejects.toThrow(/one update succeeds/);
  });

  it('handing out stored objects fails the copies test', async () => {
    const tests = conformanceTests(
      faulty((inner) => {
        const handedOut = new Map<string, AdapterRecord>();
        return {
          get: async (collection, id) => {
            const record = handedOut.get(id) ?? (await inner.get(collection, id));
            handedOut.set(id, record);
            return record;
          },
        };
      }),
    );
    await expect(testNamed(tests, 'records handed out are copies')()).rejects.toThrow(/tags as created/);
  });

  it('a case-sensitive contains fails the filter test', async () => {
    const tests = conformanceTests(
      faulty((inner) => ({
        list: async (collection, query: ListQuery = {}) => {
          const page = await inner.list(collection, { ...query, limit: 1000, cursor: null });
          const contains = (query.where?.title as { contains?: string } | undefined)?.contains;
          const items = contains === undefined ? page.items : page.items.filter((item) => String(item.title ?? '').includes(contains));
          return { items, total: items.length, nextCursor: null };
        },
      })),
    );
    await expect(testNamed(tests, 'contains is case-insensitive')()).rejects.toThrow(/title/);
  });

  it('offset paging fails the walk with concurrent inserts', async () => {
    const tests = conformanceTests(
      faulty((inner) => ({
        list: async (collection, query: ListQuery = {}) => {
          const offset = Number(query.cursor ?? 0);
          const all = await inner.list(collection, { ...query, limit: 1000, cursor: null });
          const limit = query.limit ?? 50;
          const items = all.items.slice(offset, offset + limit);
          return { items, total: all.total, nextCursor: offset + limit < all.total ? String(offset + limit) : null };
        },
      })),
    );
    await expect(testNamed(tests, 'records created during a walk')()).rejects.toThrow(/appears twice|visited/);
  });

  it('ignoring the second sort key fails the sort tests and the paging property', async () => {
    // Random ids break the ties that decide whether a dropped key shows, so few runs can miss it.
    const tests = conformanceTests(
      faulty((inner) => ({
        list: (collection, query: ListQuery = {}) => inner.list(collection, { ...query, sort: query.sort?.slice(0, 1) }),
      })),
      400,
    );
    await expect(testNamed(tests, 'sorts by several keys')()).rejects.toThrow(/region asc, then score desc/);
    await expect(testNamed(tests, 'every match exactly once')()).rejects.toThrow(/walk of/);
  });

  it('a listener called inside the write fails the watch test', async () => {
    const listeners = new Set<Parameters<NonNullable<StorageAdapter['watch']>>[1]>();
    const tests = conformanceTests(
      faulty((inner) => ({
        create: (collection, data, options) => {
          const pending = inner.create(collection, data, options);
          listeners.forEach((listener) => listener({ collection, type: 'created', id: 'early' }));
          return pending;
        },
        watch: (collection, listener) => {
          listeners.add(listener);
          const stop = inner.watch(collection, listener);
          return () => {
            listeners.delete(listener);
            stop();
          };
        },
      })),
    );
    await expect(testNamed(tests, 'never calls a listener inside the write call')()).rejects.toThrow(/no event before/);
  });
});
