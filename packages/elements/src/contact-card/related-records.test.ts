import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createCrmClient, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import { seedNow as NOW, seedAccount, seedContact } from './contact-card.fixture.js';
import type { CrmContactCard } from './contact-card.js';

const pipeline = {
  id: 'p-sales',
  name: 'Sales',
  currency: 'CNY',
  stages: [
    { id: 's-qualify', name: 'Qualification', probability: 0.2 },
    { id: 's-proposal', name: 'Proposal', probability: 0.6 },
  ],
} satisfies RecordInput;

const deal = (id: string, amount: number, extra: Partial<RecordInput> = {}): RecordInput => ({
  id,
  name: `Deal ${id}`,
  pipelineId: 'p-sales',
  stageId: 's-proposal',
  amount,
  currency: 'CNY',
  contactId: 'c-wang',
  status: 'open',
  ...extra,
});

const ticket = (id: string, extra: Partial<RecordInput> = {}): RecordInput => ({
  id,
  subject: `Ticket ${id}`,
  description: 'Broken valve',
  channel: 'email',
  status: 'open',
  requesterId: 'c-wang',
  ...extra,
});

const deals = [
  deal('d1', 120_000),
  deal('d2', 8_000, { stageId: 's-qualify' }),
  deal('d3', 50_000, { status: 'won' }),
  deal('d4', 99_000, { contactId: 'c-other' }),
  ...Array.from({ length: 5 }, (_, i) => deal(`d-small-${i}`, 100 + i)),
];

const tickets = [
  ticket('t-late', { resolutionDueAt: '2025-03-03T08:00:00Z', firstRespondedAt: '2025-03-02T08:00:00Z', externalId: '1042' }),
  ticket('t-soon', { firstResponseDueAt: '2025-03-03T10:00:00Z' }),
  ticket('t-wait', { status: 'pending', pausedAt: '2025-03-02T08:00:00Z' }),
  ticket('t-done', { status: 'resolved' }),
];

function setup(): { adapter: MemoryAdapter; client: CrmClient } {
  const adapter = createMemoryAdapter({ seed: { contacts: [seedContact], accounts: [seedAccount], pipelines: [pipeline], deals, tickets }, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

async function cardFor(client: CrmClient): Promise<CrmContactCard> {
  const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} contact-id="c-wang" lang="en"></crm-contact-card>`);
  await waitUntil(() => card.shadowRoot?.querySelector('[data-ticket]') && card.shadowRoot?.querySelector('[data-deal]'), 'related records never rendered', { timeout: 4000 });
  return card;
}

const link = (card: CrmContactCard, selector: string) => card.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="related"] ${selector}`) as HTMLButtonElement;
const texts = (card: CrmContactCard, selector: string) => [...(card.shadowRoot?.querySelectorAll(`[part~="related"] ${selector}`) ?? [])].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

describe('<crm-contact-card> related records', () => {
  it('lists the open deals of the contact, largest first, with stage and amount, and counts the rest', async () => {
    const card = await cardFor(setup().client);
    const shown = texts(card, '[data-deal]');
    expect(shown).to.have.length(5);
    expect(shown[0]).to.equal('Deal d1 Proposal · CN¥120,000.00');
    expect(shown[1]).to.equal('Deal d2 Qualification · CN¥8,000.00');
    expect(shown.join()).not.to.contain('d3');
    expect(shown.join()).not.to.contain('d4');
    expect(card.shadowRoot?.querySelector('[part~="related"]')?.textContent).to.contain('and 2 more');
  });

  it('lets a deal it lists be saved elsewhere on the page (a board beside it), and shows the change at once', async () => {
    const { client } = setup();
    const card = await cardFor(client);
    // Any write of a deal patches every cached deal list; the card's list must be one it can patch.
    await client.deals.update('d1', { amount: 130_000 }, { expectedVersion: 1 });
    await waitUntil(() => texts(card, '[data-deal]')[0] === 'Deal d1 Proposal · CN¥130,000.00', 'the card never showed the saved amount');
  });

  it('reads one page of deals, not every deal of the contact', async () => {
    const { adapter, client } = setup();
    const limits: (number | undefined)[] = [];
    const realList = adapter.list.bind(adapter);
    adapter.list = (collection, query, options) => {
      if (collection === 'deals') limits.push(query?.limit);
      return realList(collection, query, options);
    };
    await cardFor(client);
    expect(limits).to.deep.equal([5]);
  });

  it('lists open tickets with their status and SLA state', async () => {
    const card = await cardFor(setup().client);
    const shown = texts(card, '[data-ticket]');
    expect(shown).to.have.members(['#1042 Ticket t-late Open · Overdue', 'Ticket t-soon Open · Due soon', 'Ticket t-wait Waiting on customer · Paused']);
  });

  it('tells the host which account, deal or ticket the user opened', async () => {
    const card = await cardFor(setup().client);
    await waitUntil(() => link(card, '[data-account]'));
    setTimeout(() => link(card, '[data-account]').click());
    expect((await oneEvent(card, 'crm-account-open')).detail.account.name).to.equal('华东贸易有限公司');
    setTimeout(() => link(card, '[data-deal="d1"]').click());
    expect((await oneEvent(card, 'crm-deal-open')).detail.deal.id).to.equal('d1');
    setTimeout(() => link(card, '[data-ticket="t-soon"]').click());
    expect((await oneEvent(card, 'crm-ticket-open')).detail.ticketId).to.equal('t-soon');
  });

  it('passes axe', async function () {
    this.timeout(30000);
    const card = await cardFor(setup().client);
    await expect(card).to.be.accessible();
  });
});
