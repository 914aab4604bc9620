// The agent queue of <crm-ticket-widget> with 10,000 unresolved tickets in headless Chromium:
// first render from a cold client (ten adapter pages, validation, the SLA of every ticket, the
// first rows laid out), first render with the data cached, a filter change on the loaded queue,
// and a status change that asks the adapter again. The escalation of breaches is left to the
// host's rules engine here (one without rules), so no writes run during the measurements.
import { createCrmClient, type CrmClient, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createDemoData } from '@rapport/core/demo';
import { createRulesEngine, ruleActionsFromClient, slaMonitor } from '@rapport/core/rules';
import { CrmTicketWidget } from '@rapport/elements';
import { measure, report } from '../lib/measure.js';

// The bench page has no icon: without this the browser asks the server for /favicon.ico and logs a 404.
document.head.insertAdjacentHTML('beforeend', '<link rel="icon" href="data:,">');

console.log('## Ticket widget, agent queue of 10,000 tickets (browser)');
customElements.define('crm-ticket-widget', CrmTicketWidget);

/** Monday 3 March 2025, 12:00 in Shanghai. */
const NOW = new Date('2025-03-03T04:00:00Z');
const TICKETS = 10_000;

/** A small deterministic generator, so every run measures the same queue. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function tickets(): RecordInput[] {
  const random = generator(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: TICKETS }, (_, i) => {
    const createdMs = NOW.getTime() - Math.floor(random() * 20 * 86_400_000);
    const status = pick(['new', 'open', 'open', 'open', 'pending'] as const);
    const responded = status !== 'new';
    return {
      id: `t-${i}`,
      subject: `${pick(['Till does not start', 'Receipt printer jams', '发票抬头错误', '會員積分未到帳', 'Cannot log in'])} #${i}`,
      description: 'Details of the problem.',
      status,
      priority: pick(['low', 'normal', 'normal', 'high', 'urgent'] as const),
      channel: 'web',
      requesterId: `c-${i % 500}`,
      slaPolicyId: pick(['sla-standard', 'sla-silver', 'sla-gold', 'sla-platinum']),
      createdAt: new Date(createdMs).toISOString(),
      ...(pick([true, false]) ? { assigneeId: pick(['u-lin', 'u-zhang', 'u-chen', 'u-emma']) } : {}),
      ...(responded ? { firstRespondedAt: new Date(createdMs + 30 * 60_000).toISOString() } : {}),
      ...(status === 'pending' ? { pausedAt: new Date(createdMs + 60 * 60_000).toISOString() } : {}),
    };
  });
}

const seed = { tickets: tickets(), slaPolicies: createDemoData({ now: NOW, size: 1 }).slaPolicies };

const newClient = (): CrmClient => createCrmClient({ adapter: createMemoryAdapter({ seed, now: () => NOW }), now: () => NOW });

/** Resolves once `ready` holds, checking after every change to the widget's shadow DOM. */
function whenRendered(widget: CrmTicketWidget, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const root = widget.shadowRoot as ShadowRoot;
    if (ready()) return resolve();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** The first frame after the DOM is ready: style and layout are done when the row's box is read. */
async function painted(widget: CrmTicketWidget): Promise<void> {
  await new Promise(requestAnimationFrame);
  widget.shadowRoot?.querySelector('[part~="queue-item"]')?.getBoundingClientRect();
}

const firstTitle = (widget: CrmTicketWidget) => widget.shadowRoot?.querySelector('[part~="queue-item"] .row-title')?.textContent ?? '';

async function mount(client: CrmClient): Promise<CrmTicketWidget> {
  const widget = document.createElement('crm-ticket-widget');
  widget.mode = 'agent';
  widget.client = client;
  widget.rules = createRulesEngine({ bus: client.events, actions: ruleActionsFromClient(client), rules: [] });
  widget.style.maxWidth = '72rem';
  document.body.append(widget);
  await whenRendered(widget, () => firstTitle(widget) !== '');
  await painted(widget);
  return widget;
}

report(await measure('first render, cold client (10 pages read, SLA of each)', async () => (await mount(newClient())).remove(), { runs: 5, warmup: 1 }), 1000);

const warm = newClient();
report(await measure('first render, data cached', async () => (await mount(warm)).remove(), { runs: 9, warmup: 2 }), 200);

const widget = await mount(warm);
const filter = (label: string) => {
  const select = [...(widget.shadowRoot?.querySelectorAll('[part~="filters"] label') ?? [])].find((candidate) => candidate.textContent?.trim().startsWith(label))?.querySelector('select');
  if (!select) throw new Error(`no ${label} filter`);
  return select;
};
/** Switches a filter between two values (whichever it is not on now) and waits for the new rows to be laid out. */
const toggle = async (label: string, one: string, other: string) => {
  const select = filter(label);
  const before = widget.shadowRoot?.querySelector('.count')?.textContent;
  select.value = select.value === one ? other : one;
  select.dispatchEvent(new Event('change'));
  // The count is empty while a new status is read, and shows the new total once the rows are there.
  await whenRendered(widget, () => {
    const count = widget.shadowRoot?.querySelector('.count')?.textContent;
    return count !== before && count !== '';
  });
  await painted(widget);
};
report(await measure('filter change on the loaded queue (SLA state), to the next frame', () => toggle('SLA', 'breached', ''), { runs: 15, warmup: 3 }), 50);
report(await measure('filter change on the loaded queue (priority), to the next frame', () => toggle('Priority', 'urgent', ''), { runs: 15, warmup: 3 }), 50);
report(
  await measure(
    'status filter change, tickets read from the adapter again',
    () => {
      // Without the cached lists the new status is a real read: pages, validation, SLA, rows.
      warm.queryClient.removeQueries({ queryKey: warm.tickets.keys.lists() });
      return toggle('Status', 'pending', 'unresolved');
    },
    { runs: 7, warmup: 1 },
  ),
);
widget.remove();

const queue = (await warm.tickets.list({ limit: 1000 })).items;
const all = [...queue];
for (let cursor = (await warm.tickets.list({ limit: 1000 })).nextCursor; cursor; ) {
  const page = await warm.tickets.list({ limit: 1000, cursor });
  all.push(...page.items);
  cursor = page.nextCursor;
}
const monitor = createRulesEngine({ bus: warm.events, actions: ruleActionsFromClient(warm), rules: [slaMonitor()] });
const slaPolicies = (await warm.slaPolicies.list()).items;
report(await measure('SLA check of the whole queue by the rules engine (each minute)', () => monitor.tick(NOW, { tickets: all, slaPolicies }), { runs: 5, warmup: 1 }));

console.log('bench:done');
