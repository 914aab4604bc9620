import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createCrmClient, createMemoryAdapter, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import '../define.js';
import type { CrmContactCard } from './contact-card.js';

const NOW = new Date('2025-03-03T09:15:00Z');

const wang: RecordInput = {
  id: 'c1',
  name: '王小明',
  familyName: '王',
  title: '采购经理',
  accountId: 'a1',
  ownerId: 'u-li',
  channels: [
    { kind: 'email', value: 'xiaoming@example.cn' },
    { kind: 'mobile', value: '+86 138 0013 8000' },
    { kind: 'web', value: 'http://insecure.example.cn' },
  ],
  tags: ['VIP'],
  customFields: { 会员等级: 'gold', 年采购额: 120000, 已签协议: true },
};

function activities(count: number, contactId = 'c1'): RecordInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `act-${String(i).padStart(5, '0')}`,
    kind: (['call', 'email', 'meeting', 'note', 'task'] as const)[i % 5],
    subject: `Activity ${i}`,
    at: new Date(NOW.getTime() - i * 3_600_000).toISOString(),
    ownerId: 'u-li',
    contactId,
  }));
}

interface Setup {
  readonly adapter: MemoryAdapter;
  readonly client: CrmClient;
}

function setup(seed: Readonly<Record<string, readonly RecordInput[]>> = {}): Setup {
  const adapter = createMemoryAdapter({ seed: { contacts: [wang], accounts: [{ id: 'a1', name: '华东贸易有限公司' }], ...seed }, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

async function cardFor(client: CrmClient, attributes: { variant?: string; lang?: string } = {}): Promise<CrmContactCard> {
  const card = await fixture<CrmContactCard>(
    html`<crm-contact-card .client=${client} contact-id="c1" variant=${attributes.variant ?? 'full'} lang=${attributes.lang ?? 'en'}></crm-contact-card>`,
  );
  await waitUntil(() => part(card, 'name'), 'the contact never rendered');
  return card;
}

function part(card: CrmContactCard, name: string): HTMLElement | null {
  return card.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function parts(card: CrmContactCard, name: string): HTMLElement[] {
  return [...(card.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

describe('<crm-contact-card>', () => {
  it('shows who the contact is: the family-name character as avatar, title and account', async () => {
    const { client } = setup();
    const card = await cardFor(client);
    expect(part(card, 'avatar')?.textContent?.trim()).to.equal('王');
    expect(part(card, 'name')?.textContent?.trim()).to.equal('王小明');
    await waitUntil(() => part(card, 'subtitle')?.textContent?.includes('华东贸易有限公司'));
    expect(part(card, 'subtitle')?.textContent).to.contain('采购经理');
  });
});
