import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient, NetworkError, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import { TIMELINE_ROW_HEIGHT } from './activity-timeline.js';
import { contactCardChunks } from './contact-card.chunks.js';
import { seedNow as NOW, seedAccount, seedActivities, seedContact, seedOwnerNames } from './contact-card.fixture.js';
import type { CrmContactCard } from './contact-card.js';
import type { CrmContactUpdateEvent } from './contact-card.events.js';

interface Setup {
  readonly adapter: MemoryAdapter;
  readonly client: CrmClient;
}

function setup(seed: Readonly<Record<string, readonly RecordInput[]>> = {}): Setup {
  const adapter = createMemoryAdapter({ seed: { contacts: [seedContact], accounts: [seedAccount], ...seed }, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

async function cardFor(client: CrmClient, attributes: { variant?: string; lang?: string } = {}): Promise<CrmContactCard> {
  const card = await fixture<CrmContactCard>(
    html`<crm-contact-card
      .client=${client}
      .ownerNames=${seedOwnerNames}
      contact-id="c-wang"
      variant=${attributes.variant ?? 'full'}
      lang=${attributes.lang ?? 'en'}
    ></crm-contact-card>`,
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
    expect(part(card, 'header')?.textContent).to.contain('Owner: 林静');
  });

  it('names custom fields with the labels the host gives, in an attribute or a property', async () => {
    const { client } = setup();
    const card = await fixture<CrmContactCard>(
      html`<crm-contact-card .client=${client} contact-id="c-wang" lang="en" field-labels='{"会员等级":"Membership","年采购额":"Annual purchases"}'></crm-contact-card>`,
    );
    await waitUntil(() => part(card, 'custom-fields'), 'no custom fields');
    const terms = () => [...(part(card, 'custom-fields')?.querySelectorAll('dt') ?? [])].map((term) => term.textContent);
    expect(terms()).to.deep.equal(['Membership', 'Annual purchases', '已签协议']);
    card.fieldLabels = { 已签协议: 'Contract signed', toString: 'not a field' };
    await card.updateComplete;
    expect(terms()).to.deep.equal(['会员等级', '年采购额', 'Contract signed']);
  });

  it('links email, phone and https channels, and shows any other address as plain text', async () => {
    const { client } = setup();
    const card = await cardFor(client);
    const links = parts(card, 'channel-link').map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['mailto:xiaoming.wang@huadong.example.cn', 'tel:+8613800138000']);
    expect(part(card, 'channels')?.textContent).to.contain('http://huadong.example.cn');
  });

  it('shows custom fields formatted for the reader', async () => {
    const { client } = setup();
    const card = await cardFor(client);
    // Labelled once the tenant's field definitions have answered (none here).
    await waitUntil(() => part(card, 'custom-fields'), 'no custom fields');
    const facts = [...(part(card, 'custom-fields')?.querySelectorAll('div') ?? [])].map((fact) => [fact.querySelector('dt')?.textContent, fact.querySelector('dd')?.textContent]);
    expect(facts).to.deep.equal([
      ['会员等级', '金卡'],
      ['年采购额', '1,200,000'],
      ['已签协议', 'Yes'],
    ]);
  });

  it('shows a skeleton while loading, and a retry after a failure that brings the card back', async () => {
    const { adapter, client } = setup();
    const realGet = adapter.get.bind(adapter);
    let online = false;
    let fail = () => {};
    const failing = new Promise<void>((resolve) => (fail = resolve));
    adapter.get = async (collection, id, options) => {
      // Not retryable, so the client reports it at once instead of trying again in the background.
      if (collection === 'contacts' && !online) {
        await failing;
        throw new NetworkError(undefined, false);
      }
      return realGet(collection, id, options);
    };
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} contact-id="c-wang" lang="en"></crm-contact-card>`);
    expect(part(card, 'skeleton')).to.exist;
    fail();
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

  it('offers to find or create a contact when it has no id', async () => {
    const { client } = setup();
    const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} lang="zh-Hant"></crm-contact-card>`);
    await waitUntil(() => part(card, 'finder'), 'no search box');
    expect(part(card, 'finder')?.textContent).to.contain('尋找聯絡人');
    expect(part(card, 'new-contact-button')?.textContent).to.contain('新增聯絡人');
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
      expect((await adapter.get('contacts', 'c-wang'))['title']).to.equal('采购总监');
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
      expect((await adapter.get('contacts', 'c-wang'))['title']).to.equal('采购经理');
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
      expect(form.querySelector('#edit-channel-0-error')?.textContent).to.equal('请输入电子邮件地址，例如 name@example.com。');
      expect(input?.value).to.equal('not an email');
      expect(form.querySelector<HTMLInputElement>('#edit-region')?.value).to.equal('华东');
    });

    it('shows both versions after a conflicting save, and re-applies the user\'s on request', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      const form = await edit(card);
      type(form, 'edit-title', 'Head of Purchasing');
      await adapter.update('contacts', 'c-wang', { title: 'Chief Buyer' }, { expectedVersion: 1 });
      save(form);
      await waitUntil(() => part(card, 'conflict'), 'no conflict shown');
      const cells = [...(part(card, 'conflict')?.querySelectorAll('tbody td') ?? [])].map((cell) => cell.textContent?.trim());
      expect(cells).to.deep.equal(['Chief Buyer', 'Head of Purchasing']);
      expect((await adapter.get('contacts', 'c-wang'))['title']).to.equal('Chief Buyer');
      const reapply = [...(part(card, 'conflict')?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('Apply mine'));
      reapply?.click();
      await waitUntil(() => !part(card, 'conflict') && !part(card, 'edit-form'));
      expect((await adapter.get('contacts', 'c-wang'))['title']).to.equal('Head of Purchasing');
    });

    it('drops the user\'s change for theirs on reload', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      const form = await edit(card);
      type(form, 'edit-title', 'Head of Purchasing');
      await adapter.update('contacts', 'c-wang', { title: 'Chief Buyer' }, { expectedVersion: 1 });
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
      expect((await adapter.get('contacts', 'c-wang'))['tags']).to.deep.equal(['VIP', '华东']);
    });

    it('removes a tag unless the host vetoes it', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      const veto = (event: Event) => event.preventDefault();
      card.addEventListener('crm-tag-remove', veto);
      const asked = oneEvent(card, 'crm-tag-remove');
      part(card, 'tag-remove')?.click();
      await asked;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await adapter.get('contacts', 'c-wang'))['tags']).to.deep.equal(['VIP']);
      card.removeEventListener('crm-tag-remove', veto);
      part(card, 'tag-remove')?.click();
      await waitUntil(() => parts(card, 'tag').length === 0);
      expect((await adapter.get('contacts', 'c-wang'))['tags']).to.deep.equal([]);
    });

    it('adds to the tags as they are now when someone else changed them meanwhile', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      await adapter.update('contacts', 'c-wang', { tags: ['VIP', '重点'] }, { expectedVersion: 1 });
      card.shadowRoot?.querySelector<HTMLElement>('[part~="tag-input"]')?.focus();
      await sendKeys({ type: '华东' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(async () => ((await adapter.get('contacts', 'c-wang'))['tags'] as string[]).length === 3);
      expect((await adapter.get('contacts', 'c-wang'))['tags']).to.deep.equal(['VIP', '重点', '华东']);
    });
  });

  describe('timeline', () => {
    it('renders only the rows in view of 5,000 activities, newest first, and follows the scroll', async function () {
      // Seeding 5,000 records takes a few seconds on a busy machine.
      this.timeout(20000);
      const { client } = setup({ activities: seedActivities(5000) });
      const card = await cardFor(client);
      await waitUntil(() => parts(card, 'activity').length > 0, 'the timeline never rendered', { timeout: 4000 });
      const rows = parts(card, 'activity');
      expect(rows.length).to.be.below(60);
      expect(rows[0]?.textContent).to.contain('Activity 0');
      expect(rows[0]?.textContent).to.contain('林静');
      expect(rows[0]?.getAttribute('aria-setsize')).to.equal('5000');
      const timeline = part(card, 'timeline') as HTMLElement;
      timeline.scrollTop = 2500 * TIMELINE_ROW_HEIGHT;
      timeline.dispatchEvent(new Event('scroll'));
      await card.updateComplete;
      const visible = parts(card, 'activity').map((row) => Number(row.getAttribute('aria-posinset')));
      expect(visible).to.include(2501);
      expect(parts(card, 'activity').length).to.be.below(60);
    });

    it('says so when there are no activities', async () => {
      const { client } = setup();
      const card = await cardFor(client);
      await waitUntil(() => part(card, 'empty'));
      expect(part(card, 'empty')?.textContent).to.contain('No activities yet');
    });
  });

  describe('quick actions', () => {
    const button = (card: CrmContactCard, label: string) =>
      [...(part(card, 'quick-actions')?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes(label)) as HTMLButtonElement;
    const submit = (card: CrmContactCard) => part(card, 'composer')?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

    it('logs a call in one click with a filled-in subject, announcing it before and after', async () => {
      const { client } = setup();
      const card = await cardFor(client);
      button(card, 'Log a call').click();
      await card.updateComplete;
      expect(part(card, 'composer')?.querySelector<HTMLInputElement>('#composer-subject')?.value).to.equal('Call with 王小明');
      const before = oneEvent(card, 'crm-activity-create');
      const after = oneEvent(card, 'crm-activity-created');
      submit(card);
      const input = (await before).detail.activity;
      expect(input).to.include({ kind: 'call', ownerId: 'u-lin', contactId: 'c-wang', accountId: 'a-huadong', at: NOW.toISOString() });
      expect((await after).detail.activity.id).to.be.a('string');
      await waitUntil(() => parts(card, 'activity')[0]?.textContent?.includes('Call with 王小明'));
      expect(part(card, 'composer')).to.equal(null);
    });

    it('warns about an overlapping meeting of the owner, and saves only when the user insists', async () => {
      const meetingAt = new Date(NOW);
      meetingAt.setMinutes(60, 0, 0);
      const { adapter, client } = setup({
        activities: [{ id: 'm1', kind: 'meeting', subject: 'Budget review', at: meetingAt.toISOString(), endAt: new Date(meetingAt.getTime() + 3_600_000).toISOString(), ownerId: 'u-lin' }],
      });
      const card = await cardFor(client);
      button(card, 'Schedule a meeting').click();
      await card.updateComplete;
      let created = 0;
      card.addEventListener('crm-activity-created', () => (created += 1));
      submit(card);
      await waitUntil(() => part(card, 'overlap-warning'), 'no overlap warning');
      expect(part(card, 'overlap-warning')?.textContent).to.contain('Budget review');
      expect(created).to.equal(0);
      submit(card);
      await waitUntil(() => created === 1);
      expect((await adapter.list('activities', { where: { kind: 'meeting' } })).total).to.equal(2);
    });

    it('lets the host veto a new activity', async () => {
      const { adapter, client } = setup();
      const card = await cardFor(client);
      card.addEventListener('crm-activity-create', (event) => event.preventDefault());
      button(card, 'Add a note').click();
      await card.updateComplete;
      submit(card);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await adapter.list('activities')).total).to.equal(0);
      expect(part(card, 'composer')).to.exist;
    });

    it('shows a field problem in the form and keeps the draft', async () => {
      const { client } = setup();
      const card = await cardFor(client, { lang: 'zh-Hant' });
      button(card, '新增任務').click();
      await card.updateComplete;
      const subject = part(card, 'composer')?.querySelector<HTMLInputElement>('#composer-subject') as HTMLInputElement;
      subject.value = '   ';
      subject.dispatchEvent(new InputEvent('input'));
      submit(card);
      await waitUntil(() => part(card, 'composer')?.querySelector('#composer-subject-error'));
      expect(part(card, 'composer')?.querySelector('#composer-subject-error')?.textContent).to.match(/太短|必填/);
      expect(part(card, 'composer')?.querySelector<HTMLInputElement>('#composer-due')?.value).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    });
  });

  describe('parts loaded on first use', () => {
    const chunks = { ...contactCardChunks };
    afterEach(() => Object.assign(contactCardChunks, chunks));
    const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const quickAction = (card: CrmContactCard, label: string) =>
      [...(part(card, 'quick-actions')?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes(label)) as HTMLButtonElement;

    it('fetches the editor when the pointer comes to the edit button, not with the card', async () => {
      let fetches = 0;
      contactCardChunks.editing = () => {
        fetches += 1;
        return chunks.editing();
      };
      const { client } = setup();
      const card = await cardFor(client);
      expect(fetches).to.equal(0);
      const edit = part(card, 'edit-button') as HTMLButtonElement;
      edit.dispatchEvent(new PointerEvent('pointerenter'));
      expect(fetches).to.equal(1);
      edit.click();
      await card.updateComplete;
      expect(part(card, 'edit-form')?.querySelector<HTMLInputElement>('#edit-name')?.value).to.equal('王小明');
      expect(fetches).to.equal(1);
    });

    it('shows the quick action as busy while the composer arrives, then opens it', async () => {
      let arrive!: () => void;
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      contactCardChunks.composing = () => arrived.then(chunks.composing);
      const { client } = setup();
      const card = await cardFor(client);
      quickAction(card, 'Log a call').click();
      await waitUntil(() => quickAction(card, 'Log a call').getAttribute('aria-busy') === 'true', 'the button never showed it was busy');
      expect(part(card, 'composer')).to.equal(null);
      arrive();
      await card.updateComplete;
      expect(part(card, 'composer')?.querySelector<HTMLInputElement>('#composer-subject')?.value).to.equal('Call with 王小明');
      expect(quickAction(card, 'Log a call').hasAttribute('aria-busy')).to.equal(false);
    });

    it('says so, localized, when the editor cannot be fetched, and opens it on retry', async () => {
      let online = false;
      contactCardChunks.editing = () => (online ? chunks.editing() : offline());
      const { client } = setup();
      const card = await cardFor(client, { lang: 'zh-Hans' });
      part(card, 'edit-button')?.click();
      await card.updateComplete;
      expect(part(card, 'error')?.textContent).to.contain('无法连接到服务');
      expect(part(card, 'retry-button')?.textContent?.trim()).to.equal('重试');
      expect(part(card, 'edit-form')).to.equal(null);
      online = true;
      part(card, 'retry-button')?.click();
      await card.updateComplete;
      expect(part(card, 'edit-form')).to.exist;
      expect(part(card, 'error')).to.equal(null);
    });

    it('keeps a typed tag when what saves it cannot be fetched, and adds it on retry', async () => {
      let online = false;
      contactCardChunks.editing = () => (online ? chunks.editing() : offline());
      const { adapter, client } = setup();
      const card = await cardFor(client);
      part(card, 'tag-input')?.focus();
      await sendKeys({ type: '华东' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(card, 'retry-button'), 'no retry after the tag editor could not be fetched');
      expect(part(card, 'error')?.textContent).to.contain('could not be reached');
      expect((part(card, 'tag-input') as HTMLInputElement).value).to.equal('华东');
      expect((await adapter.get('contacts', 'c-wang'))['tags']).to.deep.equal(['VIP']);
      online = true;
      part(card, 'retry-button')?.click();
      await waitUntil(() => parts(card, 'tag').length === 2, 'the tag was not added on retry');
      expect((await adapter.get('contacts', 'c-wang'))['tags']).to.deep.equal(['VIP', '华东']);
      expect((part(card, 'tag-input') as HTMLInputElement).value).to.equal('');
      expect(part(card, 'error')).to.equal(null);
    });
  });

  describe('relationship at a glance', () => {
    it('keeps the place of the measures while they load, so the activities below do not move', async () => {
      const { adapter, client } = setup();
      let release = () => {};
      const measuresHeld = new Promise<void>((resolve) => (release = resolve));
      const measures = adapter.customerMeasures.bind(adapter);
      // Hold the measures back until the rest of the card has loaded.
      adapter.customerMeasures = async (kind, id, options) => {
        await measuresHeld;
        return measures(kind, id, options);
      };
      const card = await cardFor(client);
      await waitUntil(() => part(card, 'empty'), 'the timeline never loaded');
      const activitiesTop = () => card.shadowRoot!.querySelector('#activities-heading')!.getBoundingClientRect().top;
      const before = activitiesTop();
      expect(card.shadowRoot!.querySelector('[aria-busy="true"]')?.textContent).to.contain('Relationship');
      release();
      await waitUntil(() => part(card, 'relationship'), 'the measures never arrived');
      expect(part(card, 'relationship')?.textContent).to.contain('Churn risk');
      expect(activitiesTop()).to.equal(before);
    });

    it('shows stage, tier, loyalty, churn risk and the RFM segment among several customers over the memory adapter', async () => {
      const day = 86_400_000;
      const orders = [400, 300, 200, 100, 30].map((daysAgo, i) => ({
        id: `o${i}`,
        contactId: 'c-wang',
        orderedAt: new Date(NOW.getTime() - daysAgo * day).toISOString(),
        amount: 50_000,
        currency: 'CNY',
        margin: 12_000,
      }));
      const { client } = setup({
        // Other customers buy less, less often, and (but one) less lately: 王小明 ranks among the best.
        orders: [
          ...orders,
          { id: 'o-c2', contactId: 'c2', orderedAt: new Date(NOW.getTime() - 500 * day).toISOString(), amount: 100, currency: 'CNY' },
          ...[90, 60].map((daysAgo) => ({ id: `o-c3-${daysAgo}`, contactId: 'c3', orderedAt: new Date(NOW.getTime() - daysAgo * day).toISOString(), amount: 1_000, currency: 'CNY' })),
          { id: 'o-c4', contactId: 'c4', orderedAt: new Date(NOW.getTime() - 10 * day).toISOString(), amount: 500, currency: 'CNY' },
        ],
        tickets: [{ id: 't1', subject: '交货延迟', description: '货物晚到三天', channel: 'phone', requesterId: 'c-wang', escalationLevel: 1, createdAt: new Date(NOW.getTime() - 10 * day).toISOString() }],
        surveys: [{ id: 's1', title: 'NPS', questions: [{ id: 'q1', type: 'nps', label: '推荐意愿' }] }],
        surveyResponses: [{ id: 'r1', surveyId: 's1', contactId: 'c-wang', answers: { q1: 9 }, submittedAt: new Date(NOW.getTime() - 20 * day).toISOString() }],
      });
      const card = await cardFor(client, { lang: 'zh-Hans' });
      await waitUntil(() => part(card, 'relationship'), 'no relationship summary');
      const facts = Object.fromEntries(
        [...(part(card, 'relationship')?.querySelectorAll('.fact') ?? [])].map((fact) => [fact.querySelector('dt')?.textContent, fact.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim()]),
      );
      expect(facts['生命周期']).to.equal('稳定期');
      expect(facts['价值等级']).to.equal('绿色（盈利）');
      expect(facts['忠诚度']).to.equal('精神忠诚');
      // The memory adapter ranks the contact against every customer's orders, as a server would.
      expect(facts['RFM 分群']).to.equal('重要价值客户');
      expect(facts['流失风险']).to.contain('近 6 个月有 1 个服务请求').and.to.contain('1 个服务请求已升级');
    });
  });

  describe('measures kept by a server', () => {
    it('shows the measures the storage keeps, reading no orders', async () => {
      const { adapter } = setup({ orders: [{ id: 'o1', contactId: 'c1', orderedAt: NOW.toISOString(), amount: 10, currency: 'CNY' }] });
      const listed: string[] = [];
      const kept = {
        ...adapter,
        list: (collection: string, query?: Parameters<typeof adapter.list>[1]) => {
          listed.push(collection);
          return adapter.list(collection, query);
        },
        customerMeasures: async (kind: 'contact' | 'account', id: string) => ({
          kind,
          customerId: id,
          computedAt: NOW.toISOString(),
          lifecycle: { stage: 'stability' as const, reached: 'stability' as const, reasons: [] },
          tier: 'red' as const,
          loyalty: 'trust' as const,
          rfm: { r: 2, f: 4, m: 3, segment: 'at-risk' as const },
          churn: { risk: 0.42, reasons: [] },
        }),
      };
      const card = await cardFor(createCrmClient({ adapter: kept, now: () => NOW }));
      await waitUntil(() => part(card, 'relationship'), 'no relationship summary');
      const text = part(card, 'relationship')?.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).to.contain('At risk').and.to.contain('42');
      expect(listed).to.not.include('orders');
    });
  });

  describe('variants, locales and themes', () => {
    it('keeps the compact variant to identity, channels and badges', async () => {
      const { client } = setup({ activities: seedActivities(3) });
      const card = await cardFor(client, { variant: 'compact' });
      await waitUntil(() => part(card, 'relationship'));
      expect(part(card, 'channels')).to.exist;
      for (const absent of ['timeline', 'quick-actions', 'tags', 'edit-button', 'custom-fields']) expect(part(card, absent), absent).to.equal(null);
    });

    it('speaks traditional Chinese under a zh-TW ancestor and switches with it', async () => {
      const { client } = setup();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-TW"><crm-contact-card .client=${client} contact-id="c-wang"></crm-contact-card></div>`);
      const card = wrapper.querySelector('crm-contact-card') as CrmContactCard;
      await waitUntil(() => part(card, 'card')?.getAttribute('aria-label') === '聯絡人：王小明');
      expect(part(card, 'quick-actions')?.textContent).to.contain('記錄通話');
      wrapper.lang = 'zh-CN';
      await waitUntil(() => part(card, 'quick-actions')?.textContent?.includes('记录通话'));
    });

    it('takes its colours from the page: dark by attribute, brand colour from any ancestor', async () => {
      const { client } = setup();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--crm-color-primary: rgb(200, 0, 100)"><crm-contact-card .client=${client} contact-id="c-wang"></crm-contact-card></div>`,
      );
      const card = wrapper.querySelector('crm-contact-card') as CrmContactCard;
      await waitUntil(() => part(card, 'avatar'));
      expect(getComputedStyle(part(card, 'avatar') as HTMLElement).backgroundColor).to.equal('rgb(200, 0, 100)');
      const lightBackground = getComputedStyle(part(card, 'card') as HTMLElement).backgroundColor;
      card.theme = 'dark';
      await card.updateComplete;
      expect(getComputedStyle(part(card, 'card') as HTMLElement).backgroundColor).to.not.equal(lightBackground);
      expect(getComputedStyle(part(card, 'card') as HTMLElement).backgroundColor).to.equal('rgb(17, 24, 39)');
    });
  });

  describe('accessibility', () => {
    it('passes axe in full, while editing, and in compact', async function () {
      // axe's first run in a page takes seconds on a busy machine.
      this.timeout(30000);
      const { client } = setup({ activities: seedActivities(20) });
      const card = await cardFor(client);
      await waitUntil(() => parts(card, 'activity').length > 0);
      await expect(card).to.be.accessible();
      part(card, 'edit-button')?.click();
      await card.updateComplete;
      await expect(card).to.be.accessible();
      const compact = await cardFor(client, { variant: 'compact' });
      await expect(compact).to.be.accessible();
    });

    it('opens the editor with Enter on the focused edit button', async () => {
      const { client } = setup();
      const card = await cardFor(client);
      part(card, 'edit-button')?.focus();
      expect(card.shadowRoot?.activeElement).to.equal(part(card, 'edit-button'));
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(part(card, 'edit-form')).to.exist;
    });

    it('moves focus into the editor or composer it opens, and back to its button when it closes', async () => {
      const { client } = setup();
      const card = await cardFor(client);
      part(card, 'edit-button')?.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(card.shadowRoot?.activeElement?.id).to.equal('edit-name');
      await sendKeys({ press: 'Escape' });
      await card.updateComplete;
      expect(part(card, 'edit-form')).to.equal(null);
      expect(card.shadowRoot?.activeElement).to.equal(part(card, 'edit-button'));

      const note = card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="quick-actions"] [data-kind="note"]');
      note?.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(card.shadowRoot?.activeElement?.closest('[part~="composer"]')).to.exist;
      await sendKeys({ press: 'Escape' });
      await card.updateComplete;
      expect(part(card, 'composer')).to.equal(null);
      expect(card.shadowRoot?.activeElement).to.equal(note);
    });
  });
});
