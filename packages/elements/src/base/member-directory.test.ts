import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCrmClient, type ListQuery, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import type { CrmContactCard } from '../contact-card/contact-card.js';
import { seedAccount, seedContact, seedNow } from '../contact-card/contact-card.fixture.js';
import type { CrmPipelineBoard } from '../pipeline-board/pipeline-board.js';
import { TEST_NOW, testDeals, testPipeline } from '../pipeline-board/test-board.js';

// Owners show as the team member's name from the `users` collection, with no `owner-names` given:
// the widgets read the members they show by id, in one request, and a host's name still wins.

const team: RecordInput[] = [
  { id: 'u-lin', name: '林静', email: 'lin.jing@example.cn', role: 'sales', active: true },
  { id: 'u-emma', name: 'Emma Clarke', email: 'emma@example.com', role: 'admin', active: true },
  { id: 'u-idle', name: 'Not shown anywhere', email: 'idle@example.com', role: 'sales', active: true },
];

/** A client over a memory adapter that records every read of `users`. */
function clientWith(seed: Readonly<Record<string, readonly RecordInput[]>>, now: Date) {
  const adapter = createMemoryAdapter({ seed: { users: team, ...seed }, now: () => now });
  const userReads: ListQuery[] = [];
  const list = adapter.list.bind(adapter);
  adapter.list = (collection, query, options) => {
    if (collection === 'users') userReads.push(query ?? {});
    return list(collection, query, options);
  };
  return { adapter, userReads, client: createCrmClient({ adapter, now: () => now }) };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('owner names from the team', () => {
  it('a board names each card’s owner and the owner filter’s choices, reading only the owners shown, once', async () => {
    const { client, userReads } = clientWith({ pipelines: [testPipeline], deals: testDeals, accounts: [{ id: 'a1', name: 'Yunshan Tech' }] }, TEST_NOW);
    const board = await fixture<CrmPipelineBoard>(html`<crm-pipeline-board .client=${client} pipeline-id="p-test" lang="en"></crm-pipeline-board>`);
    const card = () => board.shadowRoot?.querySelector('[data-deal-id="d1"]');
    await waitUntil(() => text(card()).includes('林静'), 'the card never showed its owner’s name', { timeout: 4000 });
    expect(text(card())).to.contain('Yunshan Tech · 林静');
    expect(text(board.shadowRoot?.querySelector('[data-deal-id="d2"]'))).to.contain('Emma Clarke');
    const owners = [...(board.shadowRoot?.querySelectorAll('select option') ?? [])].map((option) => text(option));
    expect(owners).to.include.members(['Emma Clarke', '林静']);
    expect(owners.join()).not.to.contain('u-lin');
    // One read, by the ids on the board: never the whole team.
    expect(userReads).to.have.length(1);
    expect(userReads[0]?.where).to.deep.equal({ id: { in: ['u-emma', 'u-lin'] } });
  });

  it('a card names the contact’s owner, and the host’s owner-names still win', async () => {
    const { client } = clientWith({ contacts: [seedContact], accounts: [seedAccount] }, seedNow);
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} contact-id="c-wang" lang="en"></crm-contact-card>`);
    const owner = () => text(card.shadowRoot?.querySelector('[part~="owner"]'));
    await waitUntil(() => owner() === 'Owner: 林静', `the owner line reads “${owner()}”`);
    card.ownerNames = { 'u-lin': 'Lin Jing (Shanghai)' };
    await card.updateComplete;
    expect(owner()).to.equal('Owner: Lin Jing (Shanghai)');
  });

  it('follows a rename of the member without a reload', async () => {
    const { client } = clientWith({ contacts: [seedContact], accounts: [seedAccount] }, seedNow);
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} contact-id="c-wang" lang="en"></crm-contact-card>`);
    const owner = () => text(card.shadowRoot?.querySelector('[part~="owner"]'));
    await waitUntil(() => owner() === 'Owner: 林静');
    const member = await client.users.get('u-lin');
    await client.users.update('u-lin', { name: '林静怡' }, { expectedVersion: member.version });
    await waitUntil(() => owner() === 'Owner: 林静怡', `the owner line still reads “${owner()}”`);
  });

  it('shows the id of an owner who is not a member, rather than nothing', async () => {
    const { client } = clientWith({ contacts: [{ ...seedContact, ownerId: 'u-gone' }], accounts: [seedAccount] }, seedNow);
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} contact-id="c-wang" lang="en"></crm-contact-card>`);
    const owner = () => text(card.shadowRoot?.querySelector('[part~="owner"]'));
    await waitUntil(() => owner() === 'Owner: u-gone', `the owner line reads “${owner()}”`);
  });
});

describe('custom fields by their definitions', () => {
  const definitions: RecordInput[] = [
    { id: 'fd-2', entity: 'contacts', key: '年采购额', label: { en: 'Annual purchases', 'zh-Hans': '年采购额（元）' }, type: 'number', order: 2 },
    {
      id: 'fd-1',
      entity: 'contacts',
      key: '会员等级',
      label: { en: 'Membership', 'zh-Hant': '會員等級' },
      type: 'select',
      order: 1,
      options: [{ value: '金卡', label: { en: 'Gold', 'zh-Hans': '金卡会员', 'zh-Hant': '金卡會員' } }],
    },
    { id: 'fd-3', entity: 'deals', key: '已签协议', label: { en: 'Not a contact field' }, type: 'checkbox' },
  ];

  async function factsIn(lang: string, attributes: { labels?: string } = {}) {
    const { client } = clientWith({ contacts: [seedContact], accounts: [seedAccount], fieldDefinitions: definitions }, seedNow);
    const card = await fixture<CrmContactCard>(
      html`<crm-contact-card .client=${client} contact-id="c-wang" lang=${lang} field-labels=${attributes.labels ?? '{}'}></crm-contact-card>`,
    );
    const facts = () => [...(card.shadowRoot?.querySelectorAll('[part~="custom-fields"] .fact') ?? [])].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))]);
    // Before the definitions arrive the select shows its stored value; after, its option's label.
    await waitUntil(() => facts().length > 0 && facts()[0]?.[1] !== '金卡', 'the card never used the definitions');
    return facts();
  }

  it('labels, orders and formats them by the definitions, and shows an undefined field by its key', async () => {
    expect(await factsIn('en')).to.deep.equal([
      ['Membership', 'Gold'],
      ['Annual purchases', '1,200,000'],
      ['已签协议', 'Yes'],
    ]);
  });

  it('uses the reader’s script, then the other Chinese script, then English', async () => {
    expect((await factsIn('zh-Hant')).slice(0, 2)).to.deep.equal([
      ['會員等級', '金卡會員'],
      ['年采购额（元）', '1,200,000'],
    ]);
  });

  it('lets the host’s field-labels win over a definition’s label', async () => {
    expect((await factsIn('en', { labels: '{"会员等级":"Tier"}' }))[0]).to.deep.equal(['Tier', 'Gold']);
  });
});
