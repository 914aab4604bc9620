import { createCrmClient, type CrmClient, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { CrmFeedbackSummary } from './feedback-summary.js';
import { feedbackSummaryChunks } from './feedback-summary.chunks.js';

const NOW = new Date('2025-03-03T09:15:00Z');

const survey: RecordInput = {
  id: 's-1',
  title: 'Order survey',
  questions: [
    { type: 'nps', id: 'nps', label: 'Would you recommend us?', required: true },
    { type: 'text', id: 'comment', label: 'Anything else?' },
  ],
};

const responses: RecordInput[] = [
  { id: 'r-1', surveyId: 's-1', answers: { nps: 10, comment: 'Fast delivery' }, submittedAt: NOW.toISOString() },
  { id: 'r-2', surveyId: 's-1', answers: { nps: 3 }, submittedAt: NOW.toISOString() },
];

const fetched = { ...feedbackSummaryChunks };

/** A fetch of a chunk as it fails offline. */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

function client(): CrmClient {
  return createCrmClient({ adapter: createMemoryAdapter({ seed: { surveys: [survey], surveyResponses: responses }, now: () => NOW }), now: () => NOW });
}

async function summaryOn(crm: CrmClient): Promise<CrmFeedbackSummary> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const summary = document.createElement('crm-feedback-summary');
  Object.assign(summary, { client: crm, surveyId: 's-1', range: '30d', timeZone: 'UTC' });
  summary.setAttribute('lang', 'en');
  container.append(summary);
  return summary;
}

const part = (summary: CrmFeedbackSummary, name: string) => summary.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const parts = (summary: CrmFeedbackSummary, name: string) => [...(summary.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<crm-feedback-summary> parts loaded on use', function () {
  this.timeout(30_000);
  afterEach(() => Object.assign(feedbackSummaryChunks, fetched));

  it('shows the figures together with their charts: loading lines until the charts arrive, and updateComplete waits for them', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let fetches = 0;
    feedbackSummaryChunks.charts = () => {
      fetches += 1;
      return gate.then(fetched.charts);
    };
    const summary = await summaryOn(client());
    // The survey is there (its title shows) while the charts' code is still on its way.
    await waitUntil(() => text(part(summary, 'title')) === 'Order survey', 'the survey never showed');
    expect(part(summary, 'skeleton')).to.not.equal(null);
    expect(parts(summary, 'score')).to.have.length(0);
    let complete = false;
    const updated = summary.updateComplete.then(() => (complete = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(complete).to.equal(false);
    release();
    await updated;
    await waitUntil(() => parts(summary, 'score').length === 1, 'the score never showed');
    // Fetched once, while the survey loaded, although the summary rendered several times meanwhile.
    expect(fetches).to.equal(1);
    expect(text(part(summary, 'score'))).to.contain('NPS 0');
    expect(part(summary, 'trend-chart')?.getAttribute('aria-label')).to.contain('NPS by day');
    expect(part(summary, 'chart')?.getAttribute('aria-label')).to.contain('10: 1 (50%)');
    expect(part(summary, 'skeleton')).to.equal(null);
  });

  it('opens a chart’s table from the keyboard once the charts have arrived', async () => {
    const summary = await summaryOn(client());
    await waitUntil(() => part(summary, 'table-toggle'), 'no table toggle');
    const toggle = part(summary, 'table-toggle') as HTMLButtonElement;
    const table = part(summary, 'table');
    expect(table?.hidden).to.equal(true);
    expect(toggle.getAttribute('aria-controls')).to.equal(table?.id);
    toggle.focus();
    toggle.click();
    await summary.updateComplete;
    expect(table?.hidden).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // The table's styles came with the charts: its cells have their padding.
    expect(getComputedStyle(table?.querySelector('td') as Element).paddingLeft).to.not.equal('0px');
  });

  it('shows the scores when the charts cannot be fetched, says so with a retry, and draws them after it', async () => {
    feedbackSummaryChunks.charts = offline;
    const summary = await summaryOn(client());
    await waitUntil(() => part(summary, 'retry-button'), 'no retry offered');
    expect(text(part(summary, 'score'))).to.contain('NPS 0');
    expect(text(part(summary, 'error'))).to.contain('could not be reached');
    expect(part(summary, 'trend-chart')).to.equal(null);
    await expect(summary).to.be.accessible();
    feedbackSummaryChunks.charts = fetched.charts;
    part(summary, 'retry-button')?.click();
    await waitUntil(() => part(summary, 'trend-chart'), 'the charts never showed');
    expect(part(summary, 'error')).to.equal(null);
    // The trend keeps its styles: a line, not a filled shape.
    expect(getComputedStyle(summary.shadowRoot?.querySelector('.trend-chart .line') as Element).fill).to.equal('none');
  });

  it('offers a retry where the segments and comments go when their part cannot be fetched, and shows them after it', async () => {
    feedbackSummaryChunks.below = offline;
    const summary = await summaryOn(client());
    await waitUntil(() => part(summary, 'retry-button'), 'no retry offered');
    expect(part(summary, 'comments')?.querySelector('[part~="retry-button"]')).to.not.equal(null);
    expect(part(summary, 'trend-chart')).to.not.equal(null);
    feedbackSummaryChunks.below = fetched.below;
    part(summary, 'retry-button')?.click();
    await waitUntil(() => parts(summary, 'comment').length === 2, 'the comments never showed');
    expect(part(summary, 'segment-table')).to.not.equal(null);
    expect(getComputedStyle(part(summary, 'segments') as Element).display).to.equal('grid');
  });

  it('speaks the new language in its fetched parts when the page changes it', async () => {
    const summary = await summaryOn(client());
    await waitUntil(() => part(summary, 'table-toggle') && parts(summary, 'comment').length === 2, 'the parts never showed');
    expect(text(part(summary, 'table-toggle'))).to.equal('Show as table');
    summary.setAttribute('lang', 'zh-Hant');
    await waitUntil(() => text(part(summary, 'table-toggle')) === '以表格顯示', 'the charts stayed in English');
    expect(text(part(summary, 'export-button'))).to.equal('匯出 CSV');
    expect(text(part(summary, 'score'))).to.contain('淨推薦值');
  });
});
