import type * as FastCheck from 'fast-check';
import type { AdapterRecord, FieldCondition, ListQuery, Scalar, SortKey, StorageAdapter } from '../adapter/storage-adapter.js';
import { check, checkEqual } from './assert.js';
import { loadFastCheck } from './load-fast-check.js';
import { expectedOrder } from './reference-query.js';
import { createKit, type ContactFields, type SuiteContext, type TestKit } from './suite-context.js';

type Where = Record<string, FieldCondition | Scalar>;

/** Contacts, filters and sorts drawn from a few values, so that ties and misses are common. */
function arbitraries(fc: typeof FastCheck) {
  const person: FastCheck.Arbitrary<ContactFields> = fc.record(
    {
      name: fc.stringMatching(/^[a-c]{1,2}$/),
      region: fc.constantFrom('north', 'south', 'east'),
      tags: fc.subarray(['vip', 'partner', 'beta']),
      emailConsent: fc.boolean(),
      score: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(null)),
    },
    { requiredKeys: ['name', 'tags', 'emailConsent'] },
  );

  const where: FastCheck.Arbitrary<Where> = fc.record(
    {
      region: fc.oneof(
        fc.constantFrom<Scalar>('north', 'south'),
        fc.record({ ne: fc.constantFrom<Scalar>('east', null) }),
        fc.record({ in: fc.subarray<Scalar>(['north', 'east', null]) }),
      ),
      'customFields.score': fc.oneof(
        fc.record({ gte: fc.integer({ min: 0, max: 3 }) }),
        fc.record({ lt: fc.integer({ min: 0, max: 3 }), gt: fc.integer({ min: -1, max: 2 }) }),
        fc.constant<Scalar>(null),
      ),
      tags: fc.record({ contains: fc.constantFrom('VIP', 'art', 'beta', 'none') }),
      name: fc.record({ gte: fc.stringMatching(/^[a-c]{0,2}$/) }),
      'consent.email': fc.boolean(),
    },
    { requiredKeys: [] },
  );

  const sort: FastCheck.Arbitrary<SortKey[]> = fc.uniqueArray(
    fc.record({
      field: fc.constantFrom('name', 'region', 'customFields.score', 'consent.email', 'createdAt'),
      direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
    }),
    { maxLength: 3, selector: (key) => key.field },
  );
  return { person, where, sort };
}

/** Every page of a query, following `nextCursor` until it is null; fails rather than loop forever. */
async function walk(adapter: StorageAdapter, query: ListQuery, maxPages: number, between?: (page: number) => Promise<void>) {
  const items: AdapterRecord[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  for (let page = 0; ; page++) {
    check(page <= maxPages, `paging did not end after ${maxPages} pages`);
    const result = await adapter.list('contacts', { ...query, cursor });
    items.push(...result.items);
    totals.push(result.total);
    check(result.items.length <= (query.limit ?? 50), 'a page never exceeds its limit');
    if (result.nextCursor === null) return { items, totals };
    check(result.items.length > 0, 'a page with a next cursor has items');
    cursor = result.nextCursor;
    await between?.(page);
  }
}

async function createAll(kit: TestKit, people: readonly ContactFields[]): Promise<AdapterRecord[]> {
  const created: AdapterRecord[] = [];
  for (const person of people) created.push(await kit.adapter.create('contacts', kit.contact(person)));
  return created;
}

/** Keyset paging: any filter, sort and page size visits every match once, even while records change. */
export function pagingSuite({ describe, test, numRuns, seed }: SuiteContext): void {
  describe('list: paging', () => {
    test('paging through any filter and sort returns every match exactly once, in order', async ({ adapter }) => {
      const fc = await loadFastCheck();
      const drawn = arbitraries(fc);
      await fc.assert(
        fc.asyncProperty(fc.array(drawn.person, { maxLength: 25 }), drawn.where, drawn.sort, fc.integer({ min: 1, max: 8 }), async (people, where, sort, limit) => {
          const kit = createKit(adapter);
          const created = await createAll(kit, people);
          const expected = expectedOrder(created, where, sort).map((record) => record.id);
          const { items, totals } = await walk(adapter, { where: kit.scoped(where), sort, limit }, people.length + 1);
          checkEqual(items.map((item) => item.id), expected, `walk of ${JSON.stringify({ where, sort, limit })}`);
          check(totals.every((total) => total === expected.length), `every page reports the total ${expected.length}: ${totals.join(',')}`);
        }),
        { numRuns, includeErrorInReport: true, ...(seed === undefined ? {} : { seed }) },
      );
    });

    test('records created during a walk never make others repeat or go missing', async (kit) => {
      const people = Array.from({ length: 30 }, (_, i) => ({ name: `m${String(i).padStart(2, '0')}`, score: i % 4 }));
      const created = await createAll(kit, people);
      const sort: SortKey[] = [{ field: 'customFields.score' }, { field: 'name', direction: 'desc' }];
      const { items } = await walk(kit.adapter, { where: kit.scoped(), sort, limit: 7 }, 20, async (page) => {
        // Land new records before, between and after the pages already read.
        for (const score of [0, 1, 2, 3]) await kit.adapter.create('contacts', kit.contact({ name: `new-${page}-${score}`, score }));
      });
      const seen = items.map((item) => item.id);
      checkEqual(new Set(seen).size, seen.length, 'no record appears twice');
      const seenIds = new Set(seen);
      check(created.every((record) => seenIds.has(record.id)), 'every record present from the start is visited');
    });

    test('records removed during a walk never make others go missing', async (kit) => {
      const created = await createAll(kit, Array.from({ length: 20 }, (_, i) => ({ name: `r${String(i).padStart(2, '0')}` })));
      const removed = new Set<string>();
      const { items } = await walk(kit.adapter, { where: kit.scoped(), sort: [{ field: 'name' }], limit: 5 }, 10, async (page) => {
        const victim = created[page * 5 + 7];
        if (victim) {
          await kit.adapter.remove('contacts', victim.id);
          removed.add(victim.id);
        }
      });
      checkEqual(
        items.map((item) => item.id),
        created.filter((record) => !removed.has(record.id)).map((record) => record.id),
        'the walk is every remaining record, in order',
      );
    });
  });
}
