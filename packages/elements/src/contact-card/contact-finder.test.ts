import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import { seedNow as NOW, seedAccount, seedContact, seedOwnerNames } from './contact-card.fixture.js';
import type { CrmContactCard } from './contact-card.js';

const contacts: RecordInput[] = [
  seedContact,
  { id: 'c-li', name: '李娜', accountId: 'a-other', channels: [{ kind: 'email', value: 'na.li@example.cn' }, { kind: 'phone', value: '+86 21 5555 0101' }] },
  { id: 'c-ada', name: 'Ada Lovelace', channels: [{ kind: 'email', value: 'ada@analytical.example' }] },
  { id: 'c-zhou', name: '周杰', accountId: 'a-huadong', channels: [] },
  // Ids before Ada's: ranked suggestions are neither in id order nor by name.
  { id: 'c-a1', name: 'Canada Goods', channels: [] },
  { id: 'c-a2', name: 'Nadia Ada', channels: [] },
];
const accounts: RecordInput[] = [seedAccount, { id: 'a-other', name: 'Analytical Engines Ltd' }];

function setup(): { adapter: MemoryAdapter; client: CrmClient } {
  const adapter = createMemoryAdapter({ seed: { contacts, accounts }, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

const part = (card: CrmContactCard, name: string) => card.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const suggestions = (card: CrmContactCard) =>
  [...(card.shadowRoot?.querySelectorAll<HTMLElement>('[part~="suggestion"]') ?? [])].map((option) => option.querySelector('.suggestion-name')?.textContent);

async function finder(client: CrmClient, lang = 'en'): Promise<CrmContactCard> {
  const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} .ownerNames=${seedOwnerNames} user-id="u-lin" lang=${lang}></crm-contact-card>`);
  await waitUntil(() => part(card, 'search-input'), 'no search box', { timeout: 4000 });
  return card;
}

async function search(card: CrmContactCard, text: string): Promise<void> {
  const input = part(card, 'search-input') as HTMLInputElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await card.updateComplete;
  const list = part(card, 'suggestions') as HTMLElement;
  await waitUntil(() => list.getAttribute('aria-busy') === 'false' && input.getAttribute('aria-expanded') === 'true', `no suggestions for ${text}`);
}

describe('<crm-contact-card> finding and creating a contact', () => {
  it('suggests contacts by name, email, phone and company as the user types', async () => {
    const card = await finder(setup().client);
    await search(card, '李');
    expect(suggestions(card)).to.deep.equal(['李娜']);
    await search(card, 'analytical');
    // Ada by her email, 李娜 by her company's name.
    expect(suggestions(card)).to.have.members(['Ada Lovelace', '李娜']);
    await search(card, '5555 0101');
    expect(suggestions(card)).to.deep.equal(['李娜']);
    await search(card, '华东贸易');
    expect(suggestions(card)).to.have.members(['王小明', '周杰']);
    expect(part(card, 'suggestion')?.textContent).to.contain('华东贸易有限公司');
    await search(card, 'nobody at all');
    expect(card.shadowRoot?.querySelector('[role="status"]')?.textContent).to.contain('No contact matches');
  });

  it('suggests the best matches first: a name that starts with the text, then a word, then anywhere', async () => {
    const card = await finder(setup().client);
    await search(card, 'ada');
    expect(suggestions(card)).to.deep.equal(['Ada Lovelace', 'Nadia Ada', 'Canada Goods']);
  });

  it('picks a suggestion from the keyboard and shows that contact', async () => {
    const card = await finder(setup().client);
    await search(card, 'example');
    const input = part(card, 'search-input') as HTMLInputElement;
    expect(input.getAttribute('aria-activedescendant')).to.equal('suggestion-0');
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal('suggestion-1');
    const second = suggestions(card)[1];
    const picked = oneEvent(card, 'crm-contact-select');
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail.contact.name).to.equal(second);
    await waitUntil(() => part(card, 'name')?.textContent === second, 'the picked contact never showed');
  });

  it('asks the storage to search, one page of suggestions at a time', async () => {
    const { adapter, client } = setup();
    const queries: unknown[] = [];
    const realList = adapter.list.bind(adapter);
    adapter.list = (collection, query, options) => {
      if (query?.q) queries.push({ collection, q: query.q, limit: query.limit });
      return realList(collection, query, options);
    };
    const card = await finder(client);
    await search(card, 'Ada');
    expect(queries).to.deep.equal([
      { collection: 'contacts', q: 'Ada', limit: 8 },
      { collection: 'accounts', q: 'Ada', limit: 8 },
    ]);
  });

  it('creates a contact, saying what a refused field expects, then shows it', async () => {
    const { adapter, client } = setup();
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} .ownerNames=${seedOwnerNames} user-id="u-lin" account-id="a-huadong" mode="new" lang="en"></crm-contact-card>`);
    await waitUntil(() => part(card, 'create-form'), 'no form', { timeout: 4000 });
    await card.updateComplete;
    expect(card.shadowRoot?.activeElement?.id).to.equal('create-name');
    const form = part(card, 'create-form') as HTMLFormElement;
    const type = (id: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    };
    type('create-email', 'grace at navy');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => form.querySelector('#create-name-error'), 'no message at the name');
    expect(form.querySelector('#create-name-error')?.textContent).to.equal('Enter a name.');
    expect(form.querySelector('#create-email-error')?.textContent).to.equal('Enter an email like name@example.com.');
    expect(card.shadowRoot?.activeElement?.id).to.equal('create-name');
    type('create-name', 'Grace Hopper');
    type('create-email', 'grace@navy.example');
    type('create-phone', '+1 202 555 0147');
    const created = oneEvent(card, 'crm-contact-created');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const { contact } = (await created).detail;
    expect([contact.name, contact.ownerId, contact.accountId, contact.channels]).to.deep.equal([
      'Grace Hopper',
      'u-lin',
      'a-huadong',
      [
        { kind: 'email', value: 'grace@navy.example' },
        { kind: 'phone', value: '+1 202 555 0147' },
      ],
    ]);
    expect((await adapter.get('contacts', contact.id))['name']).to.equal('Grace Hopper');
    await waitUntil(() => part(card, 'name')?.textContent === 'Grace Hopper', 'the new contact never showed');
    expect(card.mode).to.equal('view');
    expect(card.contactId).to.equal(contact.id);
  });

  it('goes back to the search box when the new form is cancelled', async () => {
    const card = await finder(setup().client);
    part(card, 'new-contact-button')?.click();
    await waitUntil(() => part(card, 'create-form'), 'no form', { timeout: 4000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(card, 'search-input'), 'no search box again');
    expect(card.shadowRoot?.activeElement).to.equal(part(card, 'new-contact-button'));
  });

  it('speaks simplified Chinese', async () => {
    const card = await finder(setup().client, 'zh-Hans');
    await search(card, '李');
    expect(card.shadowRoot?.querySelector('[role="status"]')?.textContent).to.contain('找到 1 位联系人');
  });

  it('passes axe with suggestions open and in the new form', async function () {
    this.timeout(30000);
    const card = await finder(setup().client);
    await search(card, 'a');
    await expect(card).to.be.accessible();
    part(card, 'new-contact-button')?.click();
    await waitUntil(() => part(card, 'create-form'), 'no form', { timeout: 4000 });
    await expect(card).to.be.accessible();
  });
});
