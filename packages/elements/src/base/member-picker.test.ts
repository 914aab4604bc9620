import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient, type ListQuery, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import type { CrmMemberPicker, MemberChangeEvent } from './member-picker.js';
import { loadMemberPicker } from './member-picker-loader.js';

const team: RecordInput[] = [
  { id: 'u-lin', name: '林静', email: 'lin.jing@example.cn', role: 'sales', team: '华东销售', active: true },
  { id: 'u-zhang', name: '张磊', email: 'zhang.lei@example.cn', role: 'sales', team: '华北销售', active: true },
  { id: 'u-emma', name: 'Emma Clarke', email: 'emma@example.com', role: 'admin', active: true },
  { id: 'u-former', name: '王涛', email: 'wang.tao@example.cn', role: 'sales', active: false },
];

function setup() {
  const adapter = createMemoryAdapter({ seed: { users: team } });
  const searches: ListQuery[] = [];
  const list = adapter.list.bind(adapter);
  adapter.list = (collection, query, options) => {
    if (collection === 'users' && !query?.where?.['id']) searches.push(query ?? {});
    return list(collection, query, options);
  };
  return { searches, client: createCrmClient({ adapter }) };
}

async function pickerFor(attributes: { value?: string; lang?: string; clearable?: boolean } = {}) {
  const { client, searches } = setup();
  const tag = await loadMemberPicker(document.body);
  expect(tag).to.equal('crm-member-picker');
  const picker = await fixture<CrmMemberPicker>(
    html`<crm-member-picker .client=${client} label="Owner" value=${attributes.value ?? ''} lang=${attributes.lang ?? 'en'} ?clearable=${attributes.clearable}></crm-member-picker>`,
  );
  return { picker, searches, client };
}

const input = (picker: CrmMemberPicker) => picker.shadowRoot?.querySelector('input') as HTMLInputElement;
const options = (picker: CrmMemberPicker) => [...(picker.shadowRoot?.querySelectorAll('[role="option"]') ?? [])].map((option) => option.textContent?.replace(/\s+/g, ' ').trim());
const activeOption = (picker: CrmMemberPicker) => {
  const id = input(picker).getAttribute('aria-activedescendant');
  return id ? picker.shadowRoot?.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() : undefined;
};

async function press(picker: CrmMemberPicker, ...keys: string[]) {
  for (const key of keys) {
    await sendKeys({ press: key });
    await picker.updateComplete;
  }
}

describe('<crm-member-picker>', () => {
  it('is a labelled combobox that lists the active members only, with their team', async () => {
    const { picker } = await pickerFor();
    const box = input(picker);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.labels?.[0]?.textContent).to.equal('Owner');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    box.focus();
    await press(picker, 'ArrowDown');
    await waitUntil(() => options(picker).length === 3, `options: ${options(picker).join(' | ')}`);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    // Initials (or the family-name character), name, then team or email.
    expect(options(picker)).to.deep.equal(['EC Emma Clarke emma@example.com', '张 张磊 华北销售', '林 林静 华东销售']);
    expect(options(picker).join()).not.to.contain('王涛');
    expect(box.getAttribute('aria-controls')).to.equal('listbox');
  });

  it('passes axe closed and open with an option active', async function () {
    this.timeout(20_000);
    const { picker } = await pickerFor({ value: 'u-emma' });
    await expect(picker).to.be.accessible();
    input(picker).focus();
    await press(picker, 'ArrowDown');
    await waitUntil(() => activeOption(picker)?.includes('Emma Clarke'), `active: ${activeOption(picker)}`);
    await expect(picker).to.be.accessible();
  });

  it('moves with the arrows, chooses with Enter, and fires change with the member’s id', async () => {
    const { picker } = await pickerFor();
    input(picker).focus();
    await press(picker, 'ArrowDown');
    await waitUntil(() => options(picker).length === 3);
    const first = activeOption(picker);
    await press(picker, 'ArrowDown');
    const second = activeOption(picker);
    expect(second).not.to.equal(first);
    const changed = oneEvent(picker, 'change') as Promise<MemberChangeEvent>;
    await press(picker, 'Enter');
    const event = await changed;
    expect(event.memberId).to.equal(picker.value);
    expect(second).to.contain((await (picker.client?.users.get(picker.value)))?.name);
    expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
    expect(second).to.contain(input(picker).value);
  });

  it('searches on the server for what is typed, one page of active members, and says when none match', async () => {
    const { picker, searches } = await pickerFor();
    input(picker).focus();
    await sendKeys({ type: 'emma' });
    await waitUntil(() => options(picker).length === 1, `options: ${options(picker).join(' | ')}`);
    expect(options(picker)[0]).to.contain('Emma Clarke');
    const last = searches.at(-1);
    expect(last).to.deep.include({ q: 'emma', limit: 20 });
    expect(last?.where).to.deep.equal({ active: true });
    await sendKeys({ type: 'zzz' });
    await waitUntil(() => picker.shadowRoot?.textContent?.includes('No active team member matches “emmazzz”'));
  });

  it('closes with Escape and restores the chosen member’s name, without a change', async () => {
    const { picker } = await pickerFor({ value: 'u-lin' });
    await waitUntil(() => input(picker).value === '林静', `the box shows “${input(picker).value}”`);
    input(picker).focus();
    let changes = 0;
    picker.addEventListener('change', () => changes++);
    await sendKeys({ type: '张' });
    await press(picker, 'Escape');
    expect(input(picker).getAttribute('aria-expanded')).to.equal('false');
    expect(input(picker).value).to.equal('林静');
    expect(changes).to.equal(0);
  });

  it('offers “no one” first when clearable, and speaks simplified and traditional Chinese', async () => {
    const { picker } = await pickerFor({ value: 'u-lin', clearable: true, lang: 'zh-Hans' });
    picker.label = '';
    await picker.updateComplete;
    expect(input(picker).labels?.[0]?.textContent).to.equal('团队成员');
    input(picker).focus();
    await press(picker, 'ArrowDown');
    await waitUntil(() => options(picker).length === 4);
    expect(options(picker)[0]).to.equal('无');
    expect(activeOption(picker)).to.contain('林静');
    await press(picker, 'ArrowUp', 'ArrowUp', 'ArrowUp');
    expect(activeOption(picker)).to.equal('无');
    const changed = oneEvent(picker, 'change') as Promise<MemberChangeEvent>;
    await press(picker, 'Enter');
    expect((await changed).memberId).to.equal(undefined);
    picker.setAttribute('lang', 'zh-Hant');
    await waitUntil(() => input(picker).placeholder === '輸入姓名或電子郵件');
  });
});
