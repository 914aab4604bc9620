// The contact card with 5,000 activities in headless Chromium: first render from a warm cache
// (the card's own cost), first render from a cold client (adapter reads included), and the cost
// of one scroll step of the windowed timeline (update, style and layout), and of filtering the
// timeline by kind.
import { createCrmClient, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { defineElements, type CrmContactCard } from '@rapport/elements';
import { seedNow as NOW, seedAccount, seedActivities, seedContact } from '../../packages/elements/src/contact-card/contact-card.fixture.js';
import { TIMELINE_ROW_HEIGHT } from '../../packages/elements/src/contact-card/activity-timeline.js';
import { until } from '../lib/until.js';
import { measure, report } from '../lib/measure.js';

// The bench page has no icon: without this the browser asks the server for /favicon.ico and logs a 404.
document.head.insertAdjacentHTML('beforeend', '<link rel="icon" href="data:,">');

console.log('## Contact card, 5,000 activities (browser)');
defineElements();

const seed = { contacts: [seedContact], accounts: [seedAccount], activities: seedActivities(5000) };

const newClient = (): CrmClient => createCrmClient({ adapter: createMemoryAdapter({ seed, now: () => NOW }), now: () => NOW });

/** Mounts a card and resolves once its timeline rows are laid out. */
async function mount(client: CrmClient): Promise<CrmContactCard> {
  const card = document.createElement('crm-contact-card');
  card.client = client;
  card.contactId = seedContact.id;
  document.body.append(card);
  await until('the card to show its activities', () => card.shadowRoot?.querySelector('[part~="activity"]') != null);
  card.shadowRoot!.querySelector<HTMLElement>('[part~="activity"]')!.getBoundingClientRect();
  return card;
}

const warm = newClient();
report(
  await measure('first render, data cached (5,000 activities)', async () => (await mount(warm)).remove(), { runs: 15, warmup: 3 }),
  50,
);
report(await measure('first render, cold client (adapter reads included)', async () => (await mount(newClient())).remove(), { runs: 7, warmup: 1 }));

const card = await mount(warm);
const timeline = card.shadowRoot?.querySelector<HTMLElement>('[part~="timeline"]');
if (!timeline) throw new Error('no timeline');
let step = 0;
report(
  await measure(
    'scroll step of 7 rows: update, style and layout',
    async () => {
      step += 1;
      timeline.scrollTop = ((step * 7) % 4900) * TIMELINE_ROW_HEIGHT;
      timeline.dispatchEvent(new Event('scroll'));
      await card.updateComplete;
      timeline.querySelector('[part~="activity"]')?.getBoundingClientRect();
    },
    { runs: 120, warmup: 10 },
  ),
  16,
  `rows in the DOM: ${timeline.querySelectorAll('[part~="activity"]').length}`,
);
// Filtering by kind: the user presses "Calls", then "All" again; each press re-arranges 5,000
// activities (one pass) and renders the rows in view.
const filterButton = (kind: string) => card.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="timeline-filter"] [data-filter="${kind}"]`);
await until('the kind filter', () => filterButton('call') != null);
let kinds = 0;
const filtering = await measure(
    'filter by kind (calls, then all): arrange, update, style and layout',
  async () => {
      kinds += 1;
      filterButton(kinds % 2 === 1 ? 'call' : 'all')!.click();
      await card.updateComplete;
      card.shadowRoot!.querySelector('[part~="activity"]')?.getBoundingClientRect();
    },
    { runs: 60, warmup: 6 },
);
filterButton('call')!.click();
await card.updateComplete;
const callCount = filterButton('call')!.querySelector('.count')?.textContent;
report(filtering, 16, `calls: ${callCount}, rows in the DOM: ${card.shadowRoot!.querySelectorAll('[part~="activity"]').length}`);
card.remove();
console.log('bench:done');
