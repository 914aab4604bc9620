import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient, createMemoryAdapter, NetworkError, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import '../define.js';
import type { CrmContactCard } from './contact-card.js';
import type { CrmContactUpdateEvent } from './contact-card.events.js';

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

  it('links email, phone and https channels, and shows any other address as plain text', async () => {
    const { client } = setup();
    const card = await cardFor(client);
    const links = parts(card, 'channel-link').map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['mailto:xiaoming@example.cn', 'tel:+8613800138000']);
    expect(part(card, 'channels')?.textContent).to.contain('http://insecure.example.cn');
  });

  it('shows custom fields formatted for the reader', async () => {
    const { client } = setup();
    const card = await cardFor(client);
    const facts = [...(part(card, 'custom-fields')?.querySelectorAll('div') ?? [])].map((fact) => [fact.querySelector('dt')?.textContent, fact.querySelector('dd')?.textContent]);
    expect(facts).to.deep.equal([
      ['会员等级', 'gold'],
      ['年采购额', '120,000'],
      ['已签协议', 'Yes'],
    ]);
  });

  it('shows a skeleton while loading, and a retry after a failure that brings the card back', async () => {
    const { adapter, client } = setup();
    const realGet = adapter.get.bind(adapter);
    let online = false;
    adapter.get = async (collection, id, options) => {
      // Not retryable, so the client reports it at once instead of trying again in the background.
      if (collection === 'contacts' && !online) throw new NetworkError(undefined, false);
      return realGet(collection, id, options);
    };
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} contact-id="c1" lang="en"></crm-contact-card>`);
    expect(part(card, 'skeleton')).to.exist;
    await waitUntil(() => part(card, 'retry-button'), 'no retry after a network failure');
    expect(part(card, 'error')?.textContent).to.contain('could not be reached');
    online = true;
    part(card, 'retry-button')?.click();
    await waitUntil(() => part(card, 'name')?.textContent?.includes('王小明'));
  });

  it('says so when the contact does not exist, without offering a retry', async () => {
    const { client } = setup();
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} contact-id="missing" lang="zh-Hans"></crm-contact-card>`);
    await waitUntil(() => part(card, 'error'));
    expect(part(card, 'error')?.textContent).to.contain('该记录已不存在');
    expect(part(card, 'retry-button')).to.equal(null);
  });

  it('asks for a contact when it has no id', async () => {
    const { client } = setup();
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} lang="zh-Hant"></crm-contact-card>`);
    expect(part(card, 'empty')?.textContent).to.contain('未選擇聯絡人');
  });

  describe('inline edit', () => {
    async function edit(card: CrmContactCard): Promise<HTMLFormElement> {
      part(card, 'edit-button')?.click();
      await card.updateComplete;
      return part(card, 'edit-form') as HTMLFormElement;
    }

    function type(form: HTMLFormElement, id: string, value: string): void {
      const input = form.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(`no input #${id}`);
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }

    const save = (form: HTMLFormElement) => form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

    it('saves the changed fields, announcing the change before and after', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      const form = await edit(card);
      type(form, 'edit-title', '采购总监');
      const before = oneEvent(card, 'crm-contact-update');
      const after = oneEvent(card, 'crm-contact-updated');
      save(form);
      expect((await before).detail.patch).to.deep.equal({ title: '采购总监' });
      expect((await after).detail.contact.title).to.equal('采购总监');
      expect((await adapter.get('contacts', 'c1'))['title']).to.equal('采购总监');
      await waitUntil(() => !part(card, 'edit-form'));
      expect(part(card, 'subtitle')?.textContent).to.contain('采购总监');
    });

    it('keeps the contact unchanged when the host cancels the update', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      card.addEventListener('crm-contact-update', (event: CrmContactUpdateEvent) => event.preventDefault());
      const form = await edit(card);
      type(form, 'edit-title', '采购总监');
      save(form);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await adapter.get('contacts', 'c1'))['title']).to.equal('采购经理');
      expect(part(card, 'edit-form')).to.exist;
    });

    it('shows a problem at its field, localized, and keeps what the user typed', async () => {
      const { client } = setup();
      const card = await cardFor(client, { lang: 'zh-Hans' });
      const form = await edit(card);
      type(form, 'edit-channel-0', 'not an email');
      type(form, 'edit-region', '华东');
      save(form);
      await waitUntil(() => form.querySelector('#edit-channel-0-error'), 'no error at the email field');
      const input = form.querySelector<HTMLInputElement>('#edit-channel-0');
      expect(input?.getAttribute('aria-invalid')).to.equal('true');
      expect(input?.getAttribute('aria-describedby')).to.equal('edit-channel-0-error');
      expect(form.querySelector('#edit-channel-0-error')?.textContent).to.equal('此值的格式不正确。');
      expect(input?.value).to.equal('not an email');
      expect(form.querySelector<HTMLInputElement>('#edit-region')?.value).to.equal('华东');
    });

    it('shows both versions after a conflicting save, and re-applies the user\'s on request', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      const form = await edit(card);
      type(form, 'edit-title', 'Head of Purchasing');
      await adapter.update('contacts', 'c1', { title: 'Chief Buyer' }, { expectedVersion: 1 });
      save(form);
      await waitUntil(() => part(card, 'conflict'), 'no conflict shown');
      const cells = [...(part(card, 'conflict')?.querySelectorAll('tbody td') ?? [])].map((cell) => cell.textContent?.trim());
      expect(cells).to.deep.equal(['Chief Buyer', 'Head of Purchasing']);
      expect((await adapter.get('contacts', 'c1'))['title']).to.equal('Chief Buyer');
      const reapply = [...(part(card, 'conflict')?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('Apply mine'));
      reapply?.click();
      await waitUntil(() => !part(card, 'conflict') && !part(card, 'edit-form'));
      expect((await adapter.get('contacts', 'c1'))['title']).to.equal('Head of Purchasing');
    });

    it('drops the user\'s change for theirs on reload', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      const form = await edit(card);
      type(form, 'edit-title', 'Head of Purchasing');
      await adapter.update('contacts', 'c1', { title: 'Chief Buyer' }, { expectedVersion: 1 });
      save(form);
      await waitUntil(() => part(card, 'conflict'));
      [...(part(card, 'conflict')?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('Reload'))?.click();
      await waitUntil(() => part(card, 'subtitle')?.textContent?.includes('Chief Buyer'));
      expect(part(card, 'edit-form')).to.equal(null);
    });

    it('cancels with Escape', async () => {
      const { client } = setup();
      const card = await cardFor(client);
      const form = await edit(card);
      form.querySelector<HTMLInputElement>('#edit-title')?.focus();
      await sendKeys({ press: 'Escape' });
      await card.updateComplete;
      expect(part(card, 'edit-form')).to.equal(null);
    });
  });

  describe('tags', () => {
    it('adds a tag from the keyboard, announcing it first', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      part(card, 'tag-input')?.focus();
      const announced = oneEvent(card, 'crm-tag-add');
      await sendKeys({ type: '华东' });
      await sendKeys({ press: 'Enter' });
      expect((await announced).detail.tag).to.equal('华东');
      await waitUntil(() => parts(card, 'tag').length === 2);
      expect((await adapter.get('contacts', 'c1'))['tags']).to.deep.equal(['VIP', '华东']);
    });

    it('removes a tag unless the host vetoes it', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      const veto = (event: Event) => event.preventDefault();
      card.addEventListener('crm-tag-remove', veto);
      part(card, 'tag-remove')?.click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await adapter.get('contacts', 'c1'))['tags']).to.deep.equal(['VIP']);
      card.removeEventListener('crm-tag-remove', veto);
      part(card, 'tag-remove')?.click();
      await waitUntil(() => parts(card, 'tag').length === 0);
      expect((await adapter.get('contacts', 'c1'))['tags']).to.deep.equal([]);
    });

    it('adds to the tags as they are now when someone else changed them meanwhile', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      await adapter.update('contacts', 'c1', { tags: ['VIP', '重点'] }, { expectedVersion: 1 });
      card.shadowRoot?.querySelector<HTMLElement>('[part~="tag-input"]')?.focus();
      await sendKeys({ type: '华东' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => ((await adapter.get('contacts', 'c1'))['tags'] as string[]).length === 3);
      expect((await adapter.get('contacts', 'c1'))['tags']).to.deep.equal(['VIP', '重点', '华东']);
    });
  });
});
