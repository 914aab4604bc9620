import { createCrmClient, type CrmClient, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import type { CrmContactCard } from '@rapport/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { seedNow as NOW, seedAccount, seedActivities, seedContact, seedOwnerNames } from '../packages/elements/src/contact-card/contact-card.fixture.js';
import { failingClient, pendingClient } from './story-clients.js';
import { localeAndTheme, once } from './playground.js';

const DAY = 86_400_000;
const ownerNames = { ...seedOwnerNames, 'u-emma': 'Emma Clarke' };
const fieldLabels = { preferredLanguage: 'Preferred language' };

const contacts: RecordInput[] = [
  seedContact,
  {
    id: 'c-chen',
    name: '陳家豪',
    familyName: '陳',
    title: '營運總監',
    accountId: 'a-taipei',
    ownerId: 'u-lin',
    channels: [{ kind: 'phone', value: '+886 2 2720 8889' }],
    tags: ['重點客戶'],
  },
  { id: 'c-ada', name: 'Ada Lovelace', title: 'Head of Engineering', ownerId: 'u-emma', channels: [{ kind: 'email', value: 'ada@example.com' }] },
  { id: 'c-new', name: 'Grace Hopper', ownerId: 'u-emma' },
];

const subjects = ['季度回顾电话', '报价单已发送', '年度合作洽谈', '客户反馈记录', '准备续约方案'];

/** Half a day apart, with subjects a sales team writes. */
function timeline(contactId: string, count: number): RecordInput[] {
  return seedActivities(count, { contactId, every: 0.5 * DAY, subject: (i) => `${subjects[i % subjects.length]} #${count - i}` });
}

function orders(contactId: string, daysAgo: readonly number[]): RecordInput[] {
  return daysAgo.map((days, i) => ({
    id: `${contactId}-order-${i}`,
    contactId,
    orderedAt: new Date(NOW.getTime() - days * DAY).toISOString(),
    amount: 80_000,
    currency: 'CNY',
    margin: 16_000,
  }));
}

const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * HOUR).toISOString();

/** Ada's working timeline: notes with long text, logged calls, an overdue and an open task, an email, a pinned meeting. */
const adaActivities: RecordInput[] = [
  {
    id: 'ada-note',
    kind: 'note',
    subject: 'Requirements for the analytical engine',
    body: 'Ada wants the engine to handle Bernoulli numbers before the pilot.\nShe asked for the punched-card format in writing, and for a second review with her team.\nBudget is approved for the first phase; the second depends on the pilot result in June.',
    at: at(2),
    ownerId: 'u-emma',
    contactId: 'c-ada',
  },
  { id: 'ada-call', kind: 'call', subject: 'Follow-up on the pilot', body: 'Agreed to send the quote by Friday.', direction: 'outbound', outcome: 'connected', durationSeconds: 840, at: at(26), ownerId: 'u-emma', contactId: 'c-ada' },
  { id: 'ada-missed', kind: 'call', subject: 'Returned her call', direction: 'outbound', outcome: 'left-voicemail', durationSeconds: 45, at: at(30), ownerId: 'u-emma', contactId: 'c-ada' },
  { id: 'ada-task-late', kind: 'task', subject: 'Send the signed NDA', dueAt: at(20), done: false, at: at(60), ownerId: 'u-emma', contactId: 'c-ada' },
  { id: 'ada-task', kind: 'task', subject: 'Book the on-site visit', dueAt: at(-48), done: false, at: at(61), ownerId: 'u-emma', contactId: 'c-ada' },
  { id: 'ada-email', kind: 'email', subject: 'Quote for phase one', body: 'Dear Ada, please find our quote for the first phase attached.', at: at(70), ownerId: 'u-emma', contactId: 'c-ada' },
  { id: 'ada-meeting', kind: 'meeting', subject: 'Kick-off with the engineering team', pinned: true, at: at(400), endAt: at(399), ownerId: 'u-emma', contactId: 'c-ada' },
];

const pipeline = {
  id: 'p-sales',
  name: 'Sales',
  currency: 'CNY',
  stages: [
    { id: 's-qualify', name: 'Qualification', probability: 0.2 },
    { id: 's-proposal', name: 'Proposal', probability: 0.6 },
  ],
};

const deals: RecordInput[] = [
  { id: 'd-1', name: '2025 framework agreement', pipelineId: 'p-sales', stageId: 's-proposal', amount: 1_200_000, currency: 'CNY', contactId: 'c-wang', accountId: 'a-huadong' },
  { id: 'd-2', name: 'Spare parts, Q2', pipelineId: 'p-sales', stageId: 's-qualify', amount: 86_000, currency: 'CNY', contactId: 'c-wang', accountId: 'a-huadong' },
];

const tickets: RecordInput[] = [
  { id: 't-1', subject: '交货延迟', description: '货物晚到三天', channel: 'phone', requesterId: 'c-chen', escalationLevel: 1 },
  { id: 't-2', subject: '发票抬头有误', description: '请更正发票抬头', channel: 'email', requesterId: 'c-wang', status: 'open', firstResponseDueAt: at(3) },
  { id: 't-3', subject: '安装培训', description: '需要现场培训', channel: 'web', requesterId: 'c-wang', status: 'pending', pausedAt: at(10) },
];

/** Each story gets its own client over its own memory data, so edits in one never leak into another. */
function storyClient(): CrmClient {
  const adapter = createMemoryAdapter({
    now: () => NOW,
    seed: {
      contacts,
      accounts: [seedAccount, { id: 'a-taipei', name: '台北精密工業股份有限公司' }],
      activities: [...timeline(seedContact.id, 5000), ...timeline('c-chen', 40), ...adaActivities],
      pipelines: [pipeline],
      deals,
      orders: [...orders(seedContact.id, [420, 330, 250, 160, 90, 20]), ...orders('c-chen', [300, 200]), ...orders('c-ada', [700])],
      tickets,
    },
  });
  return createCrmClient({ adapter, now: () => NOW });
}

const meta: Meta<CrmContactCard> = {
  title: 'Widgets/Contact card',
  component: 'crm-contact-card',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<CrmContactCard>;

const card = (client: CrmClient, contactId: string, extra: { variant?: string; lang?: string; theme?: string } = {}) =>
  html`<crm-contact-card
    .client=${client}
    .ownerNames=${ownerNames}
    .fieldLabels=${fieldLabels}
    contact-id=${contactId}
    variant=${extra.variant ?? 'full'}
    lang=${extra.lang ?? 'en'}
    theme=${extra.theme ?? 'light'}
    style="max-width: 40rem"
  ></crm-contact-card>`;

export const Full: Story = { render: () => card(storyClient(), 'c-wang') };

const playgroundClient = once(storyClient);

/** Every control changes the card: another contact, the compact variant, a language, the dark theme. */
export const Playground: StoryObj<{ contactId: string; variant: string; lang: string; theme: string }> = {
  args: { contactId: 'c-wang', variant: 'full', ...localeAndTheme.args },
  argTypes: {
    contactId: { control: 'select', options: ['c-wang', 'c-chen', 'c-ada', 'c-new'], description: 'Which contact the card shows.' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    ...localeAndTheme.argTypes,
  },
  render: ({ contactId, variant, lang, theme }) => card(playgroundClient(), contactId, { variant, lang, theme }),
};

export const Compact: Story = {
  render: () => {
    const client = storyClient();
    return html`<div style="display: grid; gap: 0.5rem; max-width: 36rem">
      ${card(client, 'c-wang', { variant: 'compact' })} ${card(client, 'c-ada', { variant: 'compact' })}
    </div>`;
  },
};

export const Loading: Story = { render: () => card(pendingClient(), 'c-wang') };

export const Empty: Story = {
  name: 'Empty (a new contact)',
  render: () => card(storyClient(), 'c-new'),
};

export const Failed: Story = {
  name: 'Error',
  render: () => card(failingClient(), 'c-wang'),
};

export const Dark: Story = {
  render: () => html`<div style="background: #030712; padding: 1rem">${card(storyClient(), 'c-wang', { theme: 'dark' })}</div>`,
};

export const SimplifiedChinese: Story = {
  name: 'zh-Hans',
  render: () => card(storyClient(), 'c-wang', { lang: 'zh-Hans' }),
};

export const TraditionalChinese: Story = {
  name: 'zh-Hant',
  render: () => card(storyClient(), 'c-chen', { lang: 'zh-Hant' }),
};

export const Rebranded: Story = {
  name: 'Restyled by the host page',
  render: () => html`<div style="--crm-color-primary: #b4235a; --crm-radius: 0; --crm-font-family: Georgia, serif; --crm-contact-card-avatar-size: 4rem">
    ${card(storyClient(), 'c-ada')}
  </div>`,
};

/** Waits until the card's shadow root has `selector`, then hands it over (a story's play step). */
async function inCard<T extends Element>(canvas: HTMLElement, selector: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = canvas.querySelector('crm-contact-card')?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`The card never showed ${selector}`);
}

export const WorkingTimeline: Story = {
  name: 'Timeline: text, calls, tasks, pinned',
  render: () => card(storyClient(), 'c-ada'),
};

export const OpenedActivity: Story = {
  name: 'Timeline: an activity opened to its whole text',
  render: () => card(storyClient(), 'c-ada'),
  play: async ({ canvasElement }) => (await inCard<HTMLButtonElement>(canvasElement, '[data-id="ada-note"] [part~="activity-toggle"]')).click(),
};

export const FilteredByKind: Story = {
  name: 'Timeline: filtered to tasks',
  render: () => card(storyClient(), 'c-ada'),
  play: async ({ canvasElement }) => (await inCard<HTMLButtonElement>(canvasElement, '[part~="timeline-filter"] [data-filter="task"]')).click(),
};

export const DeletedWithUndo: Story = {
  name: 'Timeline: deleted, with undo',
  render: () => card(storyClient(), 'c-ada'),
  play: async ({ canvasElement }) => {
    (await inCard<HTMLButtonElement>(canvasElement, '[data-id="ada-email"] [part~="activity-toggle"]')).click();
    (await inCard<HTMLButtonElement>(canvasElement, '[data-id="ada-email"] [data-action="delete"]')).click();
  },
};

export const EditingEveryField: Story = {
  name: 'Editing: owner, lifecycle stage, custom fields',
  render: () => card(storyClient(), 'c-wang'),
  play: async ({ canvasElement }) => (await inCard<HTMLButtonElement>(canvasElement, '[part~="edit-button"]')).click(),
};

export const RelatedRecords: Story = {
  name: 'Related: account, open deals, open tickets',
  render: () => card(storyClient(), 'c-wang'),
};

export const FindContact: Story = {
  name: 'Find a contact (no contact-id)',
  render: () => card(storyClient(), ''),
  play: async ({ canvasElement }) => {
    const input = await inCard<HTMLInputElement>(canvasElement, '[part~="search-input"]');
    input.value = '华东';
    input.dispatchEvent(new InputEvent('input'));
  },
};

export const NewContact: Story = {
  name: 'New contact (mode="new")',
  render: () => html`<crm-contact-card .client=${storyClient()} .ownerNames=${ownerNames} mode="new" user-id="u-emma" lang="en" style="max-width: 40rem"></crm-contact-card>`,
};

export const Narrow: Story = {
  name: '320 px container',
  render: () => html`<div style="width: 320px; outline: 1px dashed #999">${card(storyClient(), 'c-wang')}</div>`,
};
