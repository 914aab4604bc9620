import type { ListQuery } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { SeededRandom } from '@rapport/core/demo';
import { measure, report, reportRatio } from '../lib/measure.js';

console.log('## Memory adapter, 100,000 contacts (Node)');

/** Seeded, so every run measures the same data. */
function random(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

const CONTACTS = 100_000;
const next = random(11);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const regions = ['华东', '华南', '华北', '西南', '港澳台', 'EMEA', 'North America', 'APAC'];
const tagPool = ['vip', 'decision-maker', 'newsletter', 'churn-risk', 'referral', 'key-account'];
const families = ['王', '李', '张', '刘', '陈', '陳', '黃', 'Schmidt', 'Brown', 'García'];
const givens = ['芳', '伟', '志明', '美玲', 'Emma', 'Lucas', 'Sofia', 'Noah'];
const start = Date.parse('2023-01-01T00:00:00Z');

const contacts = Array.from({ length: CONTACTS }, (_, i) => ({
  id: `c-${String(i).padStart(6, '0')}`,
  name: `${pick(families)}${pick(givens)} ${i}`,
  region: pick(regions),
  tags: tagPool.filter(() => next() < 0.25),
  consent: { email: next() < 0.8, phone: false, marketing: next() < 0.3 },
  customFields: { score: Math.floor(next() * 100) },
  createdAt: new Date(start + Math.floor(next() * 900 * 86_400_000)).toISOString(),
}));

const adapter = createMemoryAdapter({ seed: { contacts } });
const filtered: ListQuery = {
  where: { region: '华东', tags: { contains: 'VIP' } },
  sort: [{ field: 'customFields.score', direction: 'desc' }, { field: 'name' }],
  limit: 50,
};
const unfiltered: ListQuery = { sort: [{ field: 'region' }, { field: 'name', direction: 'desc' }], limit: 50 };

// A write before each run empties the adapter's sorted-query cache: these are cold reads.
let version = 1;
const touch = () => adapter.update('contacts', 'c-000000', { title: `v${version}` }, { expectedVersion: version++ });

const firstPage = await measure('filter (region + tag) + 2-key sort, first page, after a write', async () => {
  await touch();
  return adapter.list('contacts', filtered);
});
const { total } = await adapter.list('contacts', filtered);
report(firstPage, 30, `${total} matches`);

const unfilteredFirst = await measure('no filter, 2-key sort of all 100,000, first page, after a write', async () => {
  await touch();
  return adapter.list('contacts', unfiltered);
});
report(unfilteredFirst, 30);

/** The obvious way: filter, sort everything, slice, deep-copy the page. */
const naive = await measure('peer: Array filter + full sort + slice + structuredClone', () => {
  const matches = contacts.filter((c) => c.region === '华东' && c.tags.some((tag) => tag.toLowerCase().includes('vip')));
  matches.sort((a, b) => b.customFields.score - a.customFields.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
  return structuredClone(matches.slice(0, 50));
});
report(naive);
reportRatio('first filtered page vs the obvious way', firstPage, naive);

async function walk(query: ListQuery): Promise<number> {
  let cursor: string | null = null;
  let seen = 0;
  do {
    const page = await adapter.list('contacts', { ...query, limit: 100, cursor });
    seen += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== null);
  return seen;
}

const filteredWalk = await measure(`full walk, page size 100, filtered (${total} rows)`, async () => {
  await touch();
  return walk(filtered);
}, { runs: 5, warmup: 1 });
report(filteredWalk);

/** The obvious walk: every page filters and sorts everything again, then skips to its offset. */
const naiveWalk = await measure('peer: the same walk, filter + full sort + slice per page', () => {
  let seen = 0;
  for (let offset = 0; ; offset += 100) {
    const matches = contacts.filter((c) => c.region === '华东' && c.tags.some((tag) => tag.toLowerCase().includes('vip')));
    matches.sort((a, b) => b.customFields.score - a.customFields.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1));
    const page = structuredClone(matches.slice(offset, offset + 100));
    seen += page.length;
    if (offset + 100 >= matches.length) return seen;
  }
}, { runs: 5, warmup: 1 });
report(naiveWalk);
reportRatio('filtered walk vs the obvious walk', filteredWalk, naiveWalk);

const fullWalk = await measure('full walk, page size 100, all 100,000 rows', async () => {
  await touch();
  return walk(unfiltered);
}, { runs: 3, warmup: 1 });
report(fullWalk);
