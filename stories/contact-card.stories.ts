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

/** Each story gets its own client over its own memory data, so edits in one never leak into another. */
function storyClient(): CrmClient {
  const adapter = createMemoryAdapter({
    now: () => NOW,
    seed: {
      contacts,
      accounts: [seedAccount, { id: 'a-taipei', name: '台北精密工業股份有限公司' }],
      activities: [...timeline(seedContact.id, 5000), ...timeline('c-chen', 40), ...timeline('c-ada', 12)],
      orders: [...orders(seedContact.id, [420, 330, 250, 160, 90, 20]), ...orders('c-chen', [300, 200]), ...orders('c-ada', [700])],
      tickets: [{ id: 't-1', subject: '交货延迟', description: '货物晚到三天', channel: 'phone', requesterId: 'c-chen', escalationLevel: 1 }],
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
