import { createCrmClient, NetworkError, type CrmClient, type DealCreate } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createDemoAdapter, createDemoData, DEMO_IDS, demoUsers } from '@rapport/core/demo';
import type { CrmPipelineBoard } from '@rapport/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingClient, pendingClient } from './story-clients.js';
import { localeAndTheme, once } from './playground.js';

const NOW = new Date('2025-03-03T09:15:00Z');
const DAY = 86_400_000;
const ownerNames = Object.fromEntries(demoUsers.map((user) => [user.id, user.name]));

/** The demo CRM: the 销售管道 pipeline with deals in every stage, over its own memory store. */
function demoClient(): CrmClient {
  return createCrmClient({ adapter: createDemoAdapter({ now: NOW, size: 120 }), now: () => NOW });
}

/** A pipeline of eight stages and `count` deals, for the windowed columns. */
function largeClient(count: number): CrmClient {
  const stages = ['线索', '资格确认', '需求分析', '方案报价', '商务谈判', '合同签订', '口头承诺', '实施准备'].map((name, i) => ({
    id: `s${i}`,
    name,
    probability: (i + 1) / 10,
  }));
  const deals: Array<DealCreate & { id: string }> = Array.from({ length: count }, (_, i) => {
    const stageId = `s${i % 8}`;
    return {
      id: `d${String(i).padStart(5, '0')}`,
      name: `门店升级项目 #${i + 1}`,
      pipelineId: 'p-large',
      stageId,
      ownerId: demoUsers[i % demoUsers.length]?.id,
      amount: 10_000 + ((i * 7919) % 90) * 10_000,
      currency: 'CNY',
      expectedCloseDate: new Date(NOW.getTime() + ((i * 31) % 240) * DAY).toISOString().slice(0, 10),
      // Seeds go to the store as written, defaults and all: the board asks the store for open deals.
      status: 'open',
      stageHistory: [{ stageId, enteredAt: new Date(NOW.getTime() - ((i * 13) % 60) * DAY).toISOString() }],
    };
  });
  const adapter = createMemoryAdapter({ now: () => NOW, seed: { pipelines: [{ id: 'p-large', name: '大客户销售管道', currency: 'CNY', stages }], deals } });
  return createCrmClient({ adapter, now: () => NOW });
}

/** A pipeline whose deals are all closed: every column is empty. */
function emptyClient(): CrmClient {
  const adapter = createMemoryAdapter({
    now: () => NOW,
    seed: {
      pipelines: [
        {
          id: 'p-new',
          name: 'New market',
          currency: 'EUR',
          stages: [
            { id: 'lead', name: 'Lead', probability: 0.1 },
            { id: 'proposal', name: 'Proposal', probability: 0.5, wipLimit: 5 },
            { id: 'negotiation', name: 'Negotiation', probability: 0.7 },
          ],
        },
      ],
    },
  });
  return createCrmClient({ adapter, now: () => NOW });
}

/** The demo CRM with a second pipeline (续约 Renewals) beside 销售管道, each with its deals. */
function severalPipelinesClient(): CrmClient {
  const data = createDemoData({ now: NOW, size: 120 });
  const [sales] = data.pipelines;
  const renewals = { ...sales, id: 'p-renewals', name: '续约 Renewals' } as NonNullable<typeof sales>;
  const renewalDeals = data.deals.slice(0, 12).map((deal) => ({ ...deal, id: `${deal.id}-renewal`, name: `${deal.name}（续约）`, pipelineId: renewals.id }));
  const adapter = createMemoryAdapter({ now: () => NOW, seed: { ...data, pipelines: [...data.pipelines, renewals], deals: [...data.deals, ...renewalDeals] } });
  return createCrmClient({ adapter, now: () => NOW });
}

/** Reads work, saves fail: every move shows at once, then returns with the reason. */
function readOnlyClient(): CrmClient {
  const adapter = createDemoAdapter({ now: NOW, size: 120 });
  adapter.update = () => Promise.reject(new NetworkError(undefined, false));
  return createCrmClient({ adapter, now: () => NOW });
}

const meta: Meta<CrmPipelineBoard> = {
  title: 'Widgets/Pipeline board',
  component: 'crm-pipeline-board',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<CrmPipelineBoard>;

interface BoardOptions {
  readonly pipelineId?: string;
  readonly lang?: string;
  readonly theme?: string;
  readonly enforce?: boolean;
  readonly userId?: string | undefined;
  readonly swimlanes?: CrmPipelineBoard['swimlanes'];
}

const board = (client: CrmClient, options: BoardOptions = {}) =>
  html`<crm-pipeline-board
    .client=${client}
    .ownerNames=${ownerNames}
    pipeline-id=${options.pipelineId ?? DEMO_IDS.pipeline}
    lang=${options.lang ?? 'en'}
    theme=${options.theme ?? 'light'}
    ?enforce-wip-limits=${options.enforce ?? false}
    user-id=${options.userId ?? ''}
    swimlanes=${options.swimlanes ?? 'none'}
  ></crm-pipeline-board>`;

export const Board: Story = { render: () => board(demoClient()) };

const playgroundClient = once(demoClient);

/** Every control changes the board: enforced WIP limits, a language, the dark theme. */
export const Playground: StoryObj<{ enforceWipLimits: boolean; lang: string; theme: string }> = {
  args: { enforceWipLimits: false, ...localeAndTheme.args },
  argTypes: { enforceWipLimits: { control: 'boolean', description: 'Refuse moves into a stage at its WIP limit.' }, ...localeAndTheme.argTypes },
  render: ({ enforceWipLimits, lang, theme }) => board(playgroundClient(), { enforce: enforceWipLimits, lang, theme }),
};

/** No `pipeline-id`: the tenant has two pipelines, so the board shows the first by name and a switcher. */
export const SeveralPipelines: Story = {
  name: 'Several pipelines (switcher)',
  render: () => board(severalPipelinesClient(), { pipelineId: '' }),
};

export const Loading: Story = { render: () => board(pendingClient()) };

export const Empty: Story = {
  name: 'Empty (no open deals)',
  render: () => board(emptyClient(), { pipelineId: 'p-new' }),
};

export const Failed: Story = {
  name: 'Error',
  render: () => board(failingClient()),
};

export const Filtered: Story = {
  name: 'Filtered and ordered by amount',
  render: () => html`<crm-pipeline-board
    .client=${demoClient()}
    .ownerNames=${ownerNames}
    .filter=${{ ownerId: 'u-lin', minAmount: 100_000 }}
    sort="amount"
    pipeline-id=${DEMO_IDS.pipeline}
    lang="en"
  ></crm-pipeline-board>`,
};

export const EnforcedWipLimits: Story = {
  name: 'WIP limits enforced',
  render: () => board(demoClient(), { enforce: true }),
};

export const SavesFail: Story = {
  name: 'Moves that cannot be saved',
  render: () => board(readOnlyClient()),
};

export const TenThousandDeals: Story = {
  name: '10,000 deals',
  render: () => board(largeClient(10_000), { pipelineId: 'p-large', lang: 'zh-Hans' }),
};

export const Dark: Story = {
  render: () => html`<div style="background: #030712; padding: 1rem">${board(demoClient(), { theme: 'dark' })}</div>`,
};

export const SimplifiedChinese: Story = {
  name: 'zh-Hans',
  render: () => board(demoClient(), { lang: 'zh-Hans' }),
};

export const TraditionalChinese: Story = {
  name: 'zh-Hant',
  render: () => board(demoClient(), { lang: 'zh-Hant' }),
};

/** The board in the story's canvas once its cards show, and its part for moving and editing deals loaded. */
async function shownBoard(canvas: HTMLElement): Promise<CrmPipelineBoard> {
  const element = canvas.querySelector('crm-pipeline-board') as CrmPipelineBoard;
  for (let i = 0; i < 100 && !element.shadowRoot?.querySelector('[part~="card"]'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return element;
}

async function openQuickAdd(canvas: HTMLElement): Promise<CrmPipelineBoard> {
  const element = await shownBoard(canvas);
  element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="add-deal"]')?.click();
  await element.updateComplete;
  return element;
}

export const QuickAdd: Story = {
  name: 'Quick-add open at the top of a stage',
  render: () => board(demoClient()),
  play: async ({ canvasElement }) => {
    await openQuickAdd(canvasElement);
  },
};

export const QuickAddInvalid: Story = {
  name: 'Quick-add: what each field expects',
  render: () => board(demoClient()),
  play: async ({ canvasElement }) => {
    const element = await openQuickAdd(canvasElement);
    const amount = element.shadowRoot?.querySelector<HTMLInputElement>('.quick-add [name="amount"]');
    if (amount) amount.value = 'lots';
    amount?.dispatchEvent(new Event('input'));
    element.shadowRoot?.querySelector<HTMLFormElement>('.quick-add')?.requestSubmit();
    await element.updateComplete;
  },
};

export const DealDrawer: Story = {
  name: 'Deal drawer: fields, activities and quick log',
  render: () => board(demoClient(), { userId: demoUsers[0]?.id }),
  play: async ({ canvasElement }) => {
    const element = await shownBoard(canvasElement);
    element.shadowRoot?.querySelector<HTMLElement>('[part~="card"]')?.click();
    await element.updateComplete;
  },
};

export const NewDealForm: Story = {
  name: 'Full form for a new deal',
  render: () => board(demoClient(), { lang: 'zh-Hans' }),
  play: async ({ canvasElement }) => {
    const element = await shownBoard(canvasElement);
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="new-deal"]')?.click();
    await element.updateComplete;
  },
};

export const NarrowContainer: Story = {
  name: 'In a 320 px container',
  render: () => html`<div style="width: 320px; border: 1px dashed #9ca3af">${board(demoClient())}</div>`,
};

export const IdleDeals: Story = {
  name: 'Rotting: idle deals only',
  render: () => html`<crm-pipeline-board
    .client=${demoClient()}
    .ownerNames=${ownerNames}
    .filter=${{ idle: true }}
    pipeline-id=${DEMO_IDS.pipeline}
    lang="en"
    theme="light"
  ></crm-pipeline-board>`,
};

/** Drops the first card of the last open stage on "lost" from the keyboard: the close dialog opens. */
async function dropOnLost(canvas: HTMLElement): Promise<CrmPipelineBoard> {
  const element = await shownBoard(canvas);
  const cards = element.shadowRoot?.querySelectorAll<HTMLElement>('.columns [part~="card"]') ?? [];
  const last = cards[cards.length - 1];
  last?.focus();
  for (const key of [' ', 'ArrowRight', 'ArrowRight', ' ']) {
    (element.shadowRoot?.activeElement ?? last)?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return element;
}

/** A deal dropped on "lost", closed with a reason from the demo pipeline's `lostReasons`: the Undo shows. */
export const UndoAfterClose: Story = {
  name: 'Undo offered after a deal closed',
  render: () => board(demoClient()),
  play: async ({ canvasElement }) => {
    const element = await dropOnLost(canvasElement);
    const select = element.shadowRoot?.querySelector<HTMLSelectElement>('dialog.close-dialog select');
    if (select) {
      select.value = select.options[1]?.value ?? '';
      select.dispatchEvent(new Event('change'));
    }
    await element.updateComplete;
    element.shadowRoot?.querySelector<HTMLButtonElement>('dialog.close-dialog button[type="submit"]')?.click();
    await element.updateComplete;
  },
};

/** Waits for the board's part (the view choice, the column buttons), then presses the first control matching `selector`. */
async function press(canvas: HTMLElement, selector: string): Promise<void> {
  const element = await shownBoard(canvas);
  for (let i = 0; i < 100 && !element.shadowRoot?.querySelector(selector); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  element.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.click();
  await element.updateComplete;
}

export const LostDeals: Story = {
  name: 'Lost deals, newest first, with Reopen',
  render: () => board(demoClient()),
  play: async ({ canvasElement }) => press(canvasElement, '[part~="deal-views"] button:last-child'),
};

export const WonDealsChinese: Story = {
  name: 'Won deals (zh-Hans)',
  render: () => board(demoClient(), { lang: 'zh-Hans' }),
  play: async ({ canvasElement }) => press(canvasElement, '[part~="deal-views"] button:nth-child(2)'),
};

export const CollapsedStage: Story = {
  name: 'A stage collapsed to its name and count',
  render: () => board(demoClient()),
  play: async ({ canvasElement }) => press(canvasElement, '[part~="collapse"]'),
};

export const PhoneWidth: Story = {
  name: 'In a 390 px container: one stage at a time, with a stage picker',
  render: () => html`<div style="width: 390px; border: 1px dashed #9ca3af">${board(demoClient(), { lang: 'zh-Hans' })}</div>`,
};

/** A lane per owner across the stages, each named, counted and totalled; collapse one with its name. */
export const SwimlanesByOwner: Story = {
  name: 'Swimlanes by owner',
  render: () => board(demoClient(), { swimlanes: 'owner' }),
};

/** A lane per account; deals without one share the last lane. */
export const SwimlanesByAccount: Story = {
  name: 'Swimlanes by account (zh-Hans)',
  render: () => board(demoClient(), { swimlanes: 'account', lang: 'zh-Hans' }),
};

/** 10,000 deals in six owners' lanes: only the lanes in view render their cells, each windowed. */
export const SwimlanesTenThousandDeals: Story = {
  name: 'Swimlanes, 10,000 deals',
  render: () => board(largeClient(10_000), { pipelineId: 'p-large', lang: 'zh-Hans', swimlanes: 'owner' }),
};
