import { createCrmClient, type CrmClient, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createDemoData, demoUsers } from '@rapport/core/demo';
import type { CrmTicketWidget } from '@rapport/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { failingClient, pendingClient } from './story-clients.js';
import { localeAndTheme, once } from './playground.js';

/** Monday 3 March 2025, 12:00 in Shanghai: the demo's SLA clocks are running. */
const NOW = new Date('2025-03-03T04:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

/** A resolved request of 王芳 (`c-001`), so the satisfaction question has something to rate. */
const resolvedRequest: RecordInput = {
  id: 't-story-resolved',
  subject: '发票抬头需要更改',
  description: '上个月的发票抬头写错了，请改为“上海云杉科技有限公司”。',
  status: 'resolved',
  priority: 'normal',
  channel: 'web',
  category: 'billing',
  requesterId: 'c-001',
  accountId: 'a-001',
  slaPolicyId: 'sla-gold',
  createdAt: minutesAgo(900),
  firstRespondedAt: minutesAgo(860),
  resolvedAt: minutesAgo(120),
};

const resolvedThread: RecordInput[] = [
  { id: 'tm-story-1', ticketId: 't-story-resolved', authorKind: 'agent', authorId: 'u-lin', authorName: '林静', visibility: 'public', body: '已为您重开发票，新的电子发票已发送至您的邮箱。详情见 https://help.example.cn/invoices', createdAt: minutesAgo(130) },
];

/** Each story gets its own client over its own copy of the demo data, so a change in one never shows in another. */
function demoClient(extra: Readonly<Record<string, readonly RecordInput[]>> = {}): CrmClient {
  const data: Record<string, readonly RecordInput[]> = { ...createDemoData({ now: NOW }) };
  for (const [collection, records] of Object.entries(extra)) data[collection] = [...(data[collection] ?? []), ...records];
  const adapter = createMemoryAdapter({
    now: () => NOW,
    seed: {
      ...data,
      tickets: [...(data.tickets ?? []), resolvedRequest],
      ticketMessages: [...(data.ticketMessages ?? []), ...resolvedThread],
      contacts: [...(data.contacts ?? []), { id: 'c-story-new', name: 'Grace Hopper' }],
    },
  });
  return createCrmClient({ adapter, now: () => NOW });
}

/** A desk with SLA policies and no tickets. */
function emptyDeskClient(): CrmClient {
  const { slaPolicies } = createDemoData({ now: NOW });
  return createCrmClient({ adapter: createMemoryAdapter({ now: () => NOW, seed: { slaPolicies } }), now: () => NOW });
}

/** The demo client, with each new ticket numbered as a Rapport server numbers them. */
function numberingClient(): CrmClient {
  const client = demoClient();
  let next = 1042;
  const create = client.tickets.create.bind(client.tickets);
  client.tickets.create = (input, ...rest) => create({ ...input, number: next++ } as typeof input, ...rest);
  return client;
}

interface WidgetOptions {
  readonly mode?: 'customer' | 'agent';
  readonly agentId?: string;
  readonly contactId?: string;
  readonly ticketId?: string;
  readonly lang?: string;
  readonly theme?: string;
  readonly accountId?: string;
}

const widget = (client: CrmClient, { mode = 'customer', agentId = 'u-lin', contactId = 'c-001', ticketId = '', lang = 'en', theme = 'light', accountId = '' }: WidgetOptions = {}): TemplateResult =>
  html`<crm-ticket-widget
    .client=${client}
    .agents=${demoUsers}
    mode=${mode}
    contact-id=${contactId}
    agent-id=${agentId}
    account-id=${accountId}
    ticket-id=${ticketId}
    lang=${lang}
    theme=${theme}
    style=${mode === 'agent' ? 'max-width: 72rem' : 'max-width: 40rem'}
  ></crm-ticket-widget>`;

/** The launcher of customer mode, floating in the canvas's corner. */
const launcher = (client: CrmClient, { open = false, lang = 'en' } = {}): TemplateResult =>
  html`<p>The page's own content; the help button floats at the bottom right.</p>
    <crm-ticket-widget .client=${client} mode="customer" launcher ?open=${open} contact-id="c-001" lang=${lang} theme="light" follow-url="https://shop.example/help/requests/{number}"></crm-ticket-widget>`;

/** The element of a story, once it has drawn what it shows. */
async function widgetIn(canvasElement: HTMLElement): Promise<CrmTicketWidget | undefined> {
  const element = canvasElement.querySelector<CrmTicketWidget>('crm-ticket-widget') ?? undefined;
  await element?.updateComplete;
  return element;
}

/** Types a value into one field of the request form, as a customer does. */
function fill(element: CrmTicketWidget, id: string, value: string): void {
  const field = element.shadowRoot?.getElementById(id) as HTMLInputElement | null | undefined;
  if (!field) return;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** Opens the customer's "My requests" tab, as a click would. */
async function showMyRequests({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector<CrmTicketWidget>('crm-ticket-widget');
  await element?.updateComplete;
  element?.shadowRoot?.getElementById('tab-tickets')?.click();
}

/** Waits for the agent's queue, then does what a user would in it. */
function inQueue(act: (root: ShadowRoot) => void): (context: { canvasElement: HTMLElement }) => Promise<void> {
  return async ({ canvasElement }) => {
    const element = canvasElement.querySelector<CrmTicketWidget>('crm-ticket-widget');
    for (let waited = 0; element && !element.shadowRoot?.querySelector('[part~="queue-item"]') && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (element?.shadowRoot) act(element.shadowRoot);
  };
}

const meta: Meta<CrmTicketWidget> = {
  title: 'Widgets/Ticket widget',
  component: 'crm-ticket-widget',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<CrmTicketWidget>;

const playgroundClient = once(demoClient);

/** Every control changes the widget: the customer's or the agent's side, who the customer is, a language, the dark theme. */
export const Playground: StoryObj<{ mode: 'customer' | 'agent'; contactId: string; lang: string; theme: string }> = {
  args: { mode: 'customer', contactId: 'c-001', ...localeAndTheme.args },
  argTypes: {
    mode: { control: 'inline-radio', options: ['customer', 'agent'] },
    contactId: { control: 'select', options: ['c-001', 'c-002', 'c-003'], description: 'The signed-in customer (customer mode).' },
    ...localeAndTheme.argTypes,
  },
  render: ({ mode, contactId, lang, theme }) => widget(playgroundClient(), { mode, contactId, lang, theme }),
};

export const NewRequest: Story = {
  name: 'Customer: new request',
  render: () => widget(demoClient()),
};

export const ArticleSuggestions: Story = {
  name: 'Customer: article suggestions while typing',
  render: () => widget(demoClient()),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<CrmTicketWidget>('crm-ticket-widget');
    await element?.updateComplete;
    const description = element?.shadowRoot?.getElementById('description') as HTMLTextAreaElement | null | undefined;
    if (!description) return;
    description.value = 'I did not get the password reset email';
    description.dispatchEvent(new Event('input'));
  },
};

export const MyRequests: Story = {
  name: 'Customer: my requests',
  render: () => widget(demoClient()),
  play: showMyRequests,
};

export const NoRequests: Story = {
  name: 'Customer: no requests yet (empty)',
  render: () => widget(demoClient(), { contactId: 'c-story-new' }),
  play: showMyRequests,
};

export const Thread: Story = {
  name: 'Customer: a request and its public thread',
  render: () => widget(demoClient(), { ticketId: 't-001' }),
};

export const Rating: Story = {
  name: 'Customer: rating a resolved request',
  render: () => widget(demoClient(), { ticketId: 't-story-resolved' }),
};

/** The customer rated the request before (another visit, another tab): their rating shows instead of the question. */
export const RatedBefore: Story = {
  name: 'Customer: a request rated before',
  render: () =>
    widget(
      demoClient({ surveyResponses: [{ id: 'sr-story-rated', surveyId: 's-ticket', contactId: 'c-001', ticketId: 't-story-resolved', answers: { csat: 4 }, submittedAt: minutesAgo(60) }] }),
      { ticketId: 't-story-resolved' },
    ),
};

export const LauncherClosed: Story = {
  name: 'Customer launcher: closed',
  render: () => launcher(demoClient()),
};

export const LauncherOpen: Story = {
  name: 'Customer launcher: open',
  render: () => launcher(demoClient(), { open: true }),
};

export const LauncherSubmitted: Story = {
  name: 'Customer launcher: request sent, with its number',
  render: () => launcher(numberingClient(), { open: true }),
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    if (!element) return;
    fill(element, 'subject', 'The receipt printer jams');
    fill(element, 'category', 'technical');
    fill(element, 'description', 'It stops halfway through every receipt.');
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit-button"]')?.click();
  },
};

export const FilesWithError: Story = {
  name: 'Customer: chosen files, one refused',
  render: () => widget(demoClient()),
  play: async ({ canvasElement }) => {
    const element = await widgetIn(canvasElement);
    const input = element?.shadowRoot?.getElementById('files') as HTMLInputElement | null | undefined;
    if (!input) return;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['photo'], 'damaged-box.png', { type: 'image/png' }));
    transfer.items.add(new File(['doc'], 'order.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  },
};

export const LauncherChinese: Story = {
  name: 'Customer launcher: open, zh-Hans',
  render: () => launcher(demoClient(), { open: true, lang: 'zh-Hans' }),
};

export const AgentDesk: Story = {
  name: 'Agent: queue and ticket',
  render: () => widget(demoClient(), { mode: 'agent', ticketId: 't-001' }),
};

export const AgentSearch: Story = {
  name: 'Agent: search, matches marked',
  render: () => widget(demoClient(), { mode: 'agent' }),
  play: inQueue((root) => {
    const search = root.querySelector<HTMLInputElement>('[part~="search"]');
    if (!search) return;
    search.value = '发票';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }),
};

export const AgentSorted: Story = {
  name: 'Agent: sorted by subject',
  render: () => widget(demoClient(), { mode: 'agent' }),
  play: inQueue((root) => [...root.querySelectorAll<HTMLButtonElement>('[part~="sort-button"]')].find((button) => button.textContent?.includes('Subject'))?.click()),
};

export const AgentBulkSelection: Story = {
  name: 'Agent: tickets selected, bulk change',
  render: () => widget(demoClient(), { mode: 'agent' }),
  play: inQueue((root) => root.querySelector<HTMLButtonElement>('[part~="select-all"]')?.click()),
};

export const AgentSavedViews: Story = {
  name: 'Agent: saved views open',
  render: () => widget(demoClient(), { mode: 'agent' }),
  play: inQueue((root) => root.querySelector<HTMLButtonElement>('[part~="views-toggle"]')?.click()),
};

export const AgentOneAccount: Story = {
  name: 'Agent: one account’s tickets',
  render: () => widget(demoClient(), { mode: 'agent', accountId: 'a-001' }),
};

export const AgentQueueEmpty: Story = {
  name: 'Agent: empty queue',
  render: () => widget(emptyDeskClient(), { mode: 'agent' }),
};

export const Loading: Story = {
  render: () => widget(pendingClient(), { mode: 'agent' }),
};

export const Failed: Story = {
  name: 'Error',
  render: () => widget(failingClient(), { mode: 'agent' }),
};

export const Dark: Story = {
  render: () => html`<div style="background: #030712; padding: 1rem">${widget(demoClient(), { mode: 'agent', ticketId: 't-001', theme: 'dark' })}</div>`,
};

export const SimplifiedChinese: Story = {
  name: 'zh-Hans',
  render: () => widget(demoClient(), { ticketId: 't-001', lang: 'zh-Hans' }),
};

export const TraditionalChinese: Story = {
  name: 'zh-Hant',
  render: () => widget(demoClient(), { mode: 'agent', ticketId: 't-001', lang: 'zh-Hant' }),
};

/** The open ticket's shadow root, once its reply box is there. */
async function detailOf(canvasElement: HTMLElement, index = 0): Promise<ShadowRoot | undefined> {
  const element = canvasElement.querySelectorAll<CrmTicketWidget>('crm-ticket-widget')[index];
  for (let tries = 0; tries < 100 && !element?.shadowRoot?.querySelector('[part~="attach-button"]'); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  return element?.shadowRoot ?? undefined;
}

/** A tenant's ticket fields, tags in use, and a category with its own name. */
const deskExtras = {
  fieldDefinitions: [
    { entity: 'tickets', key: 'orderNumber', label: { en: 'Order number', 'zh-Hans': '订单号', 'zh-Hant': '訂單號' }, type: 'text', order: 1 },
    { entity: 'tickets', key: 'onSite', label: { en: 'Needs a visit', 'zh-Hans': '需要上门', 'zh-Hant': '需要到府' }, type: 'checkbox', order: 2 },
  ],
} satisfies Readonly<Record<string, readonly RecordInput[]>>;

export const AgentSendMenu: Story = {
  name: 'Agent: send and set status (menu open)',
  render: () => widget(demoClient(deskExtras), { mode: 'agent', ticketId: 't-001' }),
  play: async ({ canvasElement }) => {
    const root = await detailOf(canvasElement);
    const draft = root?.getElementById('reply') as HTMLTextAreaElement | null;
    if (draft) draft.value = '已为您安排备机，今天下午送达。';
    root?.querySelector<HTMLButtonElement>('[part~="send-menu-button"]')?.click();
  },
};

export const AgentCannedReplyUnfilled: Story = {
  name: 'Agent: a canned reply with a placeholder left to fill',
  render: () => widget(demoClient({ cannedReplies: [{ title: 'Order check', body: 'Hello {{requester.firstName}}, could you send the photo of order {{order.number}}? {{agent.name}}' }] }), { mode: 'agent', ticketId: 't-001' }),
  play: async ({ canvasElement }) => {
    const root = await detailOf(canvasElement);
    const picker = root?.querySelector<HTMLSelectElement>('[part~="canned-replies"]');
    const option = [...(picker?.options ?? [])].find((candidate) => candidate.text === 'Order check');
    if (!picker || !option) return;
    picker.value = option.value;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

export const AgentCannedReplyManager: Story = {
  name: 'Agent: managing canned replies',
  render: () => widget(demoClient(), { mode: 'agent', ticketId: 't-001' }),
  play: async ({ canvasElement }) => {
    (await detailOf(canvasElement))?.querySelector<HTMLButtonElement>('[part~="canned-manage-button"]')?.click();
  },
};

export const AgentReplyAttachments: Story = {
  name: 'Agent: a reply with a file attached and one refused',
  render: () => widget(demoClient(), { mode: 'agent', ticketId: 't-001' }),
  play: async ({ canvasElement }) => {
    const input = (await detailOf(canvasElement))?.getElementById('reply-files') as HTMLInputElement | null;
    if (!input) return;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['photo'], '终端照片.png', { type: 'image/png' }));
    transfer.items.add(new File(['<b>'], 'page.html', { type: 'text/html' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  },
};

export const AgentFieldsAndTags: Story = {
  name: 'Agent: ticket fields, tags and category names',
  render: () => widget(demoClient(deskExtras), { mode: 'agent', ticketId: 't-001', lang: 'zh-Hans' }),
};

export const AgentCollision: Story = {
  name: 'Agent: another agent on the same ticket, typing',
  render: () => {
    const client = demoClient();
    return html`<div style="display: grid; gap: 1rem">
      ${widget(client, { mode: 'agent', ticketId: 't-001', agentId: 'u-lin' })} ${widget(client, { mode: 'agent', ticketId: 't-001', agentId: 'u-chen', lang: 'zh-Hant' })}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const colleague = await detailOf(canvasElement, 1);
    await detailOf(canvasElement, 0);
    const draft = colleague?.getElementById('reply') as HTMLTextAreaElement | null;
    if (!draft) return;
    draft.value = '我來處理';
    draft.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};
