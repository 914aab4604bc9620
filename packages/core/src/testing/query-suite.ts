import type { ListQuery, StorageAdapter } from '../adapter/storage-adapter.js';
import { check, checkEqual, checkRejects } from './assert.js';
import type { ContactFields, SuiteContext, TestKit } from './suite-context.js';

/** Six contacts covering missing fields, nulls, Chinese text, mixed case and nested values. */
const people: readonly ContactFields[] = [
  { name: 'Ada Lovelace', region: 'north', title: 'Head of Sales', tags: ['vip', 'partner'], emailConsent: true, score: 5, since: '2023-04-01' },
  { name: '王芳', region: 'south', title: '销售经理', tags: ['vip'], score: 3, since: '2024-01-15' },
  { name: '陈伟', region: 'north', tags: [], emailConsent: true, score: 3, since: '2022-12-31' },
  { name: 'Grace Hopper', title: 'CTO', tags: ['churn-risk'], score: 1, since: '2024-06-30' },
  { name: '林志明', region: 'east', title: 'sales assistant', tags: ['Partner-Gold'], score: null },
  { name: 'Linus', region: 'south', tags: ['vip'], score: 8, since: '2021-01-01' },
];

/** Ids follow the list order, so a sort that ignores a key shows through the id tiebreak. */
async function seedPeople(kit: TestKit): Promise<void> {
  for (const [index, person] of people.entries()) await kit.adapter.create('contacts', kit.contact(person), { id: `${kit.run}-p${index + 1}` });
}

async function names(adapter: StorageAdapter, query: ListQuery): Promise<string[]> {
  return (await adapter.list('contacts', { limit: 1000, ...query })).items.map((item) => String(item.name));
}

const sorted = (values: string[]) => [...values].sort();

/** Filters with every operator, multi-key sort, totals and query validation. */
export function querySuite({ describe, test }: SuiteContext): void {
  describe('list: filters', () => {
    const cases: ReadonlyArray<readonly [string, NonNullable<ListQuery['where']>, string[]]> = [
      ['a bare scalar means equality', { region: 'north' }, ['Ada Lovelace', '陈伟']],
      ['eq follows dot paths into nested objects', { 'consent.email': { eq: true } }, ['Ada Lovelace', '陈伟']],
      ['eq null matches a missing field', { region: { eq: null } }, ['Grace Hopper']],
      ['eq null matches a null value', { 'customFields.score': null }, ['林志明']],
      ['ne keeps records where the field is missing', { region: { ne: 'north' } }, ['王芳', 'Grace Hopper', '林志明', 'Linus']],
      ['gt on numbers', { 'customFields.score': { gt: 3 } }, ['Ada Lovelace', 'Linus']],
      ['gte on numbers', { 'customFields.score': { gte: 3 } }, ['Ada Lovelace', '王芳', '陈伟', 'Linus']],
      ['lt on numbers skips null and missing', { 'customFields.score': { lt: 3 } }, ['Grace Hopper']],
      ['lte on numbers', { 'customFields.score': { lte: 3 } }, ['王芳', '陈伟', 'Grace Hopper']],
      ['gte and lt together make a range', { 'customFields.score': { gte: 3, lt: 8 } }, ['Ada Lovelace', '王芳', '陈伟']],
      ['ISO dates compare as strings', { 'customFields.since': { gte: '2023-01-01' } }, ['Ada Lovelace', '王芳', 'Grace Hopper']],
      ['lt on dates skips a missing date', { 'customFields.since': { lt: '2023-01-01' } }, ['陈伟', 'Linus']],
      ['in matches any listed value', { region: { in: ['east', 'south'] } }, ['王芳', '林志明', 'Linus']],
      ['in with null matches missing fields', { region: { in: [null, 'east'] } }, ['Grace Hopper', '林志明']],
      ['contains is case-insensitive', { title: { contains: 'SALES' } }, ['Ada Lovelace', '林志明']],
      ['contains finds Chinese text', { title: { contains: '销售' } }, ['王芳']],
      ['contains on a string array matches any element', { tags: { contains: 'partner' } }, ['Ada Lovelace', '林志明']],
      ['conditions on several fields must all hold', { region: 'north', tags: { contains: 'vip' } }, ['Ada Lovelace']],
      ['nothing matches', { region: 'nowhere' }, []],
    ];
    for (const [title, where, expected] of cases) {
      test(title, async (kit) => {
        await seedPeople(kit);
        const page = await kit.adapter.list('contacts', { where: kit.scoped(where), limit: 1000 });
        checkEqual(sorted(page.items.map((item) => String(item.name))), sorted(expected), JSON.stringify(where));
        checkEqual(page.total, expected.length, 'total');
        checkEqual(page.nextCursor, null, 'a single page has no next cursor');
      });
    }
  });

  describe('list: search', () => {
    const cases: ReadonlyArray<readonly [string, string, NonNullable<ListQuery['where']>, string[]]> = [
      ['two Chinese characters find the name that holds them', '王芳', {}, ['王芳']],
      ['part of a Chinese name', '志明', {}, ['林志明']],
      ['case is ignored, and every searchable field counts (title)', 'SALES', {}, ['Ada Lovelace', '林志明']],
      ['search combines with where', 'a', { region: 'north' }, ['Ada Lovelace']],
      ['fields that are not searchable (tags) do not match', 'churn', {}, []],
      ['wildcard characters are plain text', '%', {}, []],
    ];
    for (const [title, q, where, expected] of cases) {
      test(`q: ${title}`, async (kit) => {
        await seedPeople(kit);
        const page = await kit.adapter.list('contacts', { where: kit.scoped(where), q, limit: 1000 });
        checkEqual(sorted(page.items.map((item) => String(item.name))), sorted(expected), `q=${q}`);
        checkEqual(page.total, expected.length, 'total');
      });
    }

    test('q on tickets: their number (externalId), subject and requester', async (kit) => {
      const ticket = (fields: Record<string, unknown>) => ({ description: 'Details', channel: 'email', customFields: { conformanceRun: kit.run }, ...fields });
      await kit.adapter.create('tickets', ticket({ subject: 'Invoice missing', externalId: `T-${kit.run}-1042` }));
      await kit.adapter.create('tickets', ticket({ subject: '无法登录', requesterName: '周杰', requesterEmail: 'zhou@example.cn' }));
      const subjects = async (q: string) => sorted((await kit.adapter.list('tickets', { where: kit.scoped(), q, limit: 100 })).items.map((item) => String(item.subject)));
      checkEqual(await subjects('1042'), ['Invoice missing'], 'by number');
      checkEqual(await subjects('无法'), ['无法登录'], 'by subject');
      checkEqual(await subjects('周杰'), ['无法登录'], "by the requester's name");
      checkEqual(await subjects('ZHOU@'), ['无法登录'], "by the requester's email");
    });
  });

  describe('list: ranked search', () => {
    /** Created in this order (ids too), so within a rank the list's order is this one. */
    const matches: readonly ContactFields[] = [
      { name: 'Joanna Smith' },
      { name: 'Mary-Ann Lee' },
      { name: 'Ann' },
      { name: 'Annika Berg' },
      { name: 'Li Wei', title: 'Annual accounts' },
      { name: 'Zhou Min', title: 'Head of Planning' },
      { name: '李王芳' },
      { name: '王芳芳' },
      { name: '王芳' },
    ];
    const seed = async (kit: TestKit) => {
      for (const [index, contact] of matches.entries()) await kit.adapter.create('contacts', kit.contact(contact), { id: `${kit.run}-m${index + 1}` });
    };

    test('without a sort, the best matches come first: the whole field, its start, a word start, then inside', async (kit) => {
      await seed(kit);
      checkEqual(
        await names(kit.adapter, { where: kit.scoped(), q: 'ANN' }),
        ['Ann', 'Annika Berg', 'Li Wei', 'Mary-Ann Lee', 'Joanna Smith', 'Zhou Min'],
        'ranked, then by createdAt',
      );
      checkEqual(await names(kit.adapter, { where: kit.scoped(), q: '王芳' }), ['王芳', '王芳芳', '李王芳'], 'Chinese names rank alike');
    });

    test('a ranked search pages in its order, and a sort asked for replaces the ranking', async (kit) => {
      await seed(kit);
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<StorageAdapter['list']>> = await kit.adapter.list('contacts', { where: kit.scoped(), q: 'ann', limit: 2, cursor });
        checkEqual(page.total, 6, 'every page counts every match');
        walked.push(...page.items.map((item) => String(item.name)));
        cursor = page.nextCursor;
      } while (cursor !== null);
      checkEqual(walked, ['Ann', 'Annika Berg', 'Li Wei', 'Mary-Ann Lee', 'Joanna Smith', 'Zhou Min'], 'pages of two, in ranked order');
      checkEqual(
        await names(kit.adapter, { where: kit.scoped(), q: 'ann', sort: [{ field: 'name' }] }),
        ['Ann', 'Annika Berg', 'Joanna Smith', 'Li Wei', 'Mary-Ann Lee', 'Zhou Min'],
        'by name, as asked',
      );
    });
  });

  describe('list: sort, totals, validation', () => {
    test('sorts by several keys, missing values last when ascending', async (kit) => {
      await seedPeople(kit);
      const order = await names(kit.adapter, {
        where: kit.scoped(),
        sort: [{ field: 'region' }, { field: 'customFields.score', direction: 'desc' }],
      });
      checkEqual(order, ['林志明', 'Ada Lovelace', '陈伟', 'Linus', '王芳', 'Grace Hopper'], 'region asc, then score desc');
    });

    test('missing values come first when descending', async (kit) => {
      await seedPeople(kit);
      const order = await names(kit.adapter, { where: kit.scoped(), sort: [{ field: 'customFields.since', direction: 'desc' }] });
      checkEqual(order, ['林志明', 'Grace Hopper', '王芳', 'Ada Lovelace', '陈伟', 'Linus'], 'since desc');
    });

    test('equal sort values are ordered by id', async (kit) => {
      for (const suffix of ['c', 'a', 'b']) await kit.adapter.create('contacts', kit.contact({ name: 'Same', region: 'north' }), { id: `${kit.run}-${suffix}` });
      const ids = (await kit.adapter.list('contacts', { where: kit.scoped(), sort: [{ field: 'region' }] })).items.map((item) => item.id);
      checkEqual(ids, ['a', 'b', 'c'].map((suffix) => `${kit.run}-${suffix}`), 'id breaks the tie');
    });

    test('without a sort, records come by createdAt, then id', async (kit) => {
      await seedPeople(kit);
      const items = (await kit.adapter.list('contacts', { where: kit.scoped() })).items;
      const expected = [...items].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      checkEqual(items.map((item) => item.id), expected.map((item) => item.id), 'createdAt order');
    });

    test('total counts every match, not just the page', async (kit) => {
      await seedPeople(kit);
      const page = await kit.adapter.list('contacts', { where: kit.scoped({ tags: { contains: 'vip' } }), limit: 2 });
      checkEqual(page.items.length, 2, 'a full page');
      checkEqual(page.total, 3, 'three vips in all');
      // Only a count too large to be cheap may be an estimate; this one is exact.
      checkEqual(page.totalIsEstimate, undefined, 'a small total is counted, not estimated');
      check(page.nextCursor !== null, 'more to come');
    });

    test('the default page size is 50', async (kit) => {
      for (let i = 0; i < 51; i++) await kit.adapter.create('contacts', kit.contact({ name: `p${i}` }));
      const page = await kit.adapter.list('contacts', { where: kit.scoped() });
      checkEqual([page.items.length, page.total], [50, 51], 'page and total');
    });

    test('bad queries are validation errors naming the field', async (kit) => {
      const where = kit.scoped();
      for (const limit of [0, 1001, 2.5]) {
        const error = await checkRejects(() => kit.adapter.list('contacts', { where, limit }), 'validation', `limit ${limit}`);
        checkEqual(pathsOf(error), [['limit']], `limit ${limit} is reported at limit`);
      }
      const badCursor = await checkRejects(() => kit.adapter.list('contacts', { where, cursor: 'not a cursor' }), 'validation', 'a made-up cursor');
      checkEqual(pathsOf(badCursor), [['cursor']], 'a bad cursor is reported at cursor');
      const badOperator = { region: { like: 'north' } } as unknown as NonNullable<ListQuery['where']>;
      await checkRejects(() => kit.adapter.list('contacts', { where: { ...where, ...badOperator } }), 'validation', 'an unknown operator');
    });

    test('a cursor only works with the sort it was made for', async (kit) => {
      await seedPeople(kit);
      const first = await kit.adapter.list('contacts', { where: kit.scoped(), sort: [{ field: 'name' }], limit: 2 });
      check(first.nextCursor, 'a next cursor');
      await checkRejects(
        () => kit.adapter.list('contacts', { where: kit.scoped(), sort: [{ field: 'region' }], limit: 2, cursor: first.nextCursor }),
        'validation',
        'a cursor reused with another sort',
      );
    });
  });
}

function pathsOf(error: Error & Record<string, unknown>): unknown[] {
  return ((error.issues as Array<{ path: unknown }> | undefined) ?? []).map((issue) => issue.path);
}
