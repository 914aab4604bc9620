import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCrmClient, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import { seedNow as NOW, seedAccount, seedContact } from './contact-card.fixture.js';
import type { CrmContactCard } from './contact-card.js';

const owners = { 'u-lin': '林静', 'u-zhang': '张磊' };

function setup(contact: RecordInput = seedContact): { adapter: MemoryAdapter; client: CrmClient } {
  const adapter = createMemoryAdapter({ seed: { contacts: [contact], accounts: [seedAccount] }, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

async function editing(client: CrmClient, lang = 'en'): Promise<{ card: CrmContactCard; form: HTMLFormElement }> {
  const card = await fixture<CrmContactCard>(
    html`<crm-contact-card .client=${client} .ownerNames=${owners} .fieldLabels=${{ 年采购额: 'Annual purchases' }} contact-id="c-wang" lang=${lang}></crm-contact-card>`,
  );
  await waitUntil(() => card.shadowRoot?.querySelector('[part~="edit-button"]'), 'the contact never rendered');
  // The lifecycle choice starts from the stage worked out from the records: wait for it.
  await waitUntil(() => card.shadowRoot?.querySelector('[part~="relationship"]'), 'no relationship measures', { timeout: 4000 });
  card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="edit-button"]')?.click();
  await waitUntil(() => card.shadowRoot?.querySelector('[part~="edit-form"]'), 'the editor never opened', { timeout: 4000 });
  return { card, form: card.shadowRoot?.querySelector('[part~="edit-form"]') as HTMLFormElement };
}

function type(form: HTMLFormElement, selector: string, value: string): void {
  const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

const save = (form: HTMLFormElement) => form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
const labelled = (form: HTMLFormElement, text: string) =>
  [...form.querySelectorAll('label')].find((label) => label.textContent?.trim() === text)?.getAttribute('for') ?? '';

describe('<crm-contact-card> editing every field', () => {
  it('hands the contact to another owner, chosen by name', async () => {
    const { adapter, client } = setup();
    const { card, form } = await editing(client);
    const owner = form.querySelector<HTMLSelectElement>('#edit-owner') as HTMLSelectElement;
    expect([...owner.options].map((option) => option.textContent)).to.deep.equal(['林静', '张磊']);
    expect(owner.value).to.equal('u-lin');
    type(form, '#edit-owner', 'u-zhang');
    save(form);
    await waitUntil(() => !card.shadowRoot?.querySelector('[part~="edit-form"]'), 'the editor never closed');
    expect((await adapter.get('contacts', 'c-wang'))['ownerId']).to.equal('u-zhang');
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="header"]')?.textContent?.includes('张磊'));
  });

  it('offers only the lifecycle stages the domain rule allows from the current one, and saves a move', async () => {
    const { adapter, client } = setup({ ...seedContact, lifecycleStage: 'formation' });
    const { card, form } = await editing(client);
    const stage = form.querySelector<HTMLSelectElement>('#edit-lifecycle') as HTMLSelectElement;
    expect([...stage.options].map((option) => option.value)).to.deep.equal(['formation', 'stability', 'decline', 'churned']);
    type(form, '#edit-lifecycle', 'decline');
    save(form);
    await waitUntil(() => !card.shadowRoot?.querySelector('[part~="edit-form"]'), 'the editor never closed');
    const saved = await adapter.get('contacts', 'c-wang');
    // A decline remembers where it fell from: the relationship may recover up to there.
    expect([saved['lifecycleStage'], saved['lifecycleDeclinedFrom']]).to.deep.equal(['decline', 'formation']);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="relationship"]')?.textContent?.includes('Decline'));
  });

  it('refuses a skipped lifecycle stage with what is allowed, and moves focus there', async () => {
    const { adapter, client } = setup({ ...seedContact, lifecycleStage: 'exploration' });
    const { card, form } = await editing(client);
    const stage = form.querySelector<HTMLSelectElement>('#edit-lifecycle') as HTMLSelectElement;
    // A stale choice (another tab, an old list): the rule is checked on save, not only by the list.
    stage.append(new Option('Stability', 'stability'));
    type(form, '#edit-lifecycle', 'stability');
    save(form);
    await waitUntil(() => form.querySelector('#edit-lifecycle-error'), 'no message at the field');
    expect(form.querySelector('#edit-lifecycle-error')?.textContent).to.equal('Move one stage at a time: Exploration, Formation, Decline, and Churned.');
    expect(card.shadowRoot?.activeElement).to.equal(stage);
    expect((await adapter.get('contacts', 'c-wang'))['lifecycleStage']).to.equal('exploration');
  });

  it('says what an email should look like, keeps what was typed and focuses it', async () => {
    const { adapter, client } = setup();
    const { card, form } = await editing(client);
    const email = labelled(form, 'Email');
    type(form, `#${email}`, 'xiaoming at huadong');
    save(form);
    await waitUntil(() => form.querySelector(`#${email}-error`), 'no message at the email field');
    expect(form.querySelector(`#${email}-error`)?.textContent).to.equal('Enter an email like name@example.com.');
    expect(card.shadowRoot?.activeElement?.id).to.equal(email);
    expect(form.querySelector<HTMLInputElement>(`#${email}`)?.value).to.equal('xiaoming at huadong');
    expect((await adapter.get('contacts', 'c-wang'))['channels']).to.deep.include({ kind: 'email', value: 'xiaoming.wang@huadong.example.cn' });
  });

  it('edits custom fields by their type, refusing text in a number field', async () => {
    const { adapter, client } = setup();
    const { card, form } = await editing(client);
    const purchases = labelled(form, 'Annual purchases');
    type(form, `#${purchases}`, 'a lot');
    save(form);
    await waitUntil(() => form.querySelector(`#${purchases}-error`), 'no message at the number field');
    expect(form.querySelector(`#${purchases}-error`)?.textContent).to.equal('Enter a number like 1200.');
    expect(card.shadowRoot?.activeElement?.id).to.equal(purchases);
    type(form, `#${purchases}`, '1500000');
    type(form, `#${labelled(form, '会员等级')}`, '白金卡');
    const signed = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) => box.parentElement?.textContent?.includes('已签协议')) as HTMLInputElement;
    signed.click();
    save(form);
    await waitUntil(() => !card.shadowRoot?.querySelector('[part~="edit-form"]'), 'the editor never closed');
    expect((await adapter.get('contacts', 'c-wang'))['customFields']).to.deep.equal({ 会员等级: '白金卡', 年采购额: 1_500_000, 已签协议: false });
  });

  it('speaks traditional Chinese in its messages', async () => {
    const { client } = setup();
    const { form } = await editing(client, 'zh-Hant');
    const email = labelled(form, '電子郵件');
    type(form, `#${email}`, 'nope');
    save(form);
    await waitUntil(() => form.querySelector(`#${email}-error`));
    expect(form.querySelector(`#${email}-error`)?.textContent).to.contain('name@example.com');
    expect(form.querySelector(`#${email}-error`)?.textContent).to.contain('請輸入');
  });

  it('passes axe with a refused field', async function () {
    this.timeout(30000);
    const { client } = setup();
    const { card, form } = await editing(client);
    type(form, `#${labelled(form, 'Email')}`, 'nope');
    save(form);
    await waitUntil(() => form.querySelector('[aria-invalid="true"]'));
    await expect(card).to.be.accessible();
  });
});
