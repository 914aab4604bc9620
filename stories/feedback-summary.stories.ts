import { createCrmClient, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createDemoAdapter, createDemoData, DEMO_IDS } from '@rapport/core/demo';
import type { CrmFeedbackSummary } from '@rapport/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { failingClient, pendingClient } from './story-clients.js';
import { localeAndTheme, once } from './playground.js';

const NOW = new Date('2025-03-03T09:15:00Z');

/** The demo CRM: its satisfaction survey (`s-nps`) with a year of responses. */
function demoClient(size = 48): CrmClient {
  return createCrmClient({ adapter: createDemoAdapter({ now: NOW, size }), now: () => NOW });
}

/** The demo survey with nobody's answers yet. */
function unansweredClient(): CrmClient {
  const { surveys } = createDemoData({ now: NOW });
  return createCrmClient({ adapter: createMemoryAdapter({ now: () => NOW, seed: { surveys } }), now: () => NOW });
}

interface SummaryOptions {
  readonly surveyId?: string;
  readonly lang?: string;
  readonly theme?: string;
  readonly range?: string;
  readonly from?: string;
  readonly to?: string;
  readonly comparison?: string;
  readonly asked?: number;
  readonly segmentBy?: string;
}

const summary = (client: CrmClient, { surveyId = DEMO_IDS.survey, lang = 'en', theme = 'light', range = '90d', from = '', to = '', comparison = 'previous', asked, segmentBy = 'source' }: SummaryOptions = {}): TemplateResult =>
  html`<crm-feedback-summary
    .client=${client}
    survey-id=${surveyId}
    lang=${lang}
    theme=${theme}
    range=${range}
    from=${from}
    to=${to}
    comparison=${comparison}
    segment-by=${segmentBy}
    .asked=${asked}
    time-zone="Asia/Shanghai"
    style="max-width: 56rem"
  ></crm-feedback-summary>`;

const meta: Meta<CrmFeedbackSummary> = {
  title: 'Widgets/Feedback summary',
  component: 'crm-feedback-summary',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<CrmFeedbackSummary>;

const playgroundClient = once(() => demoClient());

/** Every control changes the summary: a language, the dark theme. */
export const Playground: StoryObj<{ lang: string; theme: string }> = {
  args: { ...localeAndTheme.args },
  argTypes: { ...localeAndTheme.argTypes },
  render: ({ lang, theme }) => summary(playgroundClient(), { lang, theme }),
};

export const Demo: Story = {
  name: 'Demo survey (NPS and CSAT)',
  render: () => summary(demoClient()),
};

export const AsTable: Story = {
  name: 'Distribution as a table',
  render: () => summary(demoClient()),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<CrmFeedbackSummary>('crm-feedback-summary');
    for (let waited = 0; element && !element.shadowRoot?.querySelector('[part~="table-toggle"]') && waited < 2_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    element?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="table-toggle"]')?.click();
  },
};

export const FormAndSummary: Story = {
  name: 'With the form: a new response counts at once',
  render: () => {
    const client = demoClient();
    return html`<div style="display: grid; gap: 1rem; max-width: 56rem">
      <crm-feedback-form .client=${client} survey-id=${DEMO_IDS.survey} min-fill-ms="0" throttle-ms="0" outbox-name="storybook-summary" lang="en"></crm-feedback-form>
      ${summary(client)}
    </div>`;
  },
};

export const ManyResponses: Story = {
  name: 'Many responses (a larger demo)',
  render: () => summary(demoClient(400)),
};

export const WithComparison: Story = {
  name: 'Last 30 days against the 30 before, with the response rate',
  render: () => summary(demoClient(400), { range: '30d', asked: 180 }),
};

export const TwelveMonths: Story = {
  name: 'Twelve months by month, by language',
  render: () => summary(demoClient(400), { range: '12m', segmentBy: 'locale' }),
};

export const WithoutComparison: Story = {
  name: 'Without comparison',
  render: () => summary(demoClient(), { comparison: 'none' }),
};

export const EmptyRange: Story = {
  name: 'Empty period (no responses in the dates chosen)',
  render: () => summary(demoClient(), { range: 'custom', from: '2020-01-01', to: '2020-01-31' }),
};

export const Loading: Story = { render: () => summary(pendingClient()) };

export const Empty: Story = {
  name: 'Empty (no answers yet)',
  render: () => summary(unansweredClient()),
};

export const Failed: Story = {
  name: 'Error',
  render: () => summary(failingClient()),
};

export const Dark: Story = {
  render: () => html`<div style="background: #030712; padding: 1rem">${summary(demoClient(), { theme: 'dark' })}</div>`,
};

export const SimplifiedChinese: Story = {
  name: 'zh-Hans',
  render: () => summary(demoClient(), { lang: 'zh-Hans' }),
};

export const TraditionalChinese: Story = {
  name: 'zh-Hant',
  render: () => summary(demoClient(), { lang: 'zh-Hant' }),
};
