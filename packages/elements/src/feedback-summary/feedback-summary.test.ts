import { createCrmClient, NetworkError, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { CrmFeedbackSummary } from './feedback-summary.js';

const NOW = new Date('2025-03-03T09:15:00Z');

const survey: RecordInput = {
  id: 's-1',
  title: 'Order survey',
  questions: [
    { type: 'nps', id: 'nps', label: 'Would you recommend us?', required: true },
    { type: 'csat', id: 'csat', label: 'How satisfied are you?' },
    { type: 'ces', id: 'ces', label: 'How easy was it?' },
    { type: 'text', id: 'comment', label: 'Anything else?' },
  ],
};

/** Three promoters, two passives, two detractors (NPS +14); CSAT 2 of 4 (50 %); CES mean 2. */
const answers: Array<Record<string, number | string | null>> = [
  { nps: 10, csat: 5, ces: 1 },
  { nps: 10, csat: 4, ces: 2 },
  { nps: 9, csat: 3, ces: 3 },
  { nps: 8, csat: 2, comment: 'ok' },
  { nps: 7 },
  { nps: 6 },
  { nps: 0, csat: null },
];

function responses(surveyId = 's-1'): RecordInput[] {
  return answers.map((given, i) => ({ id: `r-${i}`, surveyId, answers: given, submittedAt: NOW.toISOString() }));
}

function setup(seed: Readonly<Record<string, readonly RecordInput[]>> = { surveys: [survey], surveyResponses: responses() }): { adapter: MemoryAdapter; client: CrmClient } {
  const adapter = createMemoryAdapter({ seed, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

async function summaryFor(client: CrmClient, lang = 'en', surveyId = 's-1'): Promise<CrmFeedbackSummary> {
  const summary = await fixture<CrmFeedbackSummary>(html`<crm-feedback-summary .client=${client} survey-id=${surveyId} lang=${lang}></crm-feedback-summary>`);
  await waitUntil(() => part(summary, 'title') || part(summary, 'error'), 'the summary never rendered');
  return summary;
}

function part(summary: CrmFeedbackSummary, name: string): HTMLElement | null {
  return summary.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function parts(summary: CrmFeedbackSummary, name: string): HTMLElement[] {
  return [...(summary.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<crm-feedback-summary>', () => {
  it('shows NPS, CSAT and CES from the responses, leaving unscored questions out', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    expect(text(part(summary, 'title'))).to.equal('Order survey');
    expect(parts(summary, 'score').map(text)).to.deep.equal(['NPS +14', 'CSAT 50%', 'CES 2']);
    expect(parts(summary, 'question').map((question) => text(question.querySelector('h3')))).to.deep.equal([
      'Would you recommend us?',
      'How satisfied are you?',
      'How easy was it?',
    ]);
    expect(text(parts(summary, 'question')[0])).to.contain('Promoters 43% · Passives 29% · Detractors 29%');
    await expect(summary).to.be.accessible();
  });

  it('draws each distribution as an image whose name holds every count, coloured by category', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    const nps = parts(summary, 'chart')[0];
    expect(nps?.getAttribute('role')).to.equal('img');
    expect(nps?.getAttribute('aria-label')).to.contain('0: 1 (14%), 1: 0 (0%)');
    expect(nps?.getAttribute('aria-label')).to.contain('10: 2 (29%)');
    const bars = [...(nps?.querySelectorAll('.bar') ?? [])];
    expect(bars).to.have.length(11);
    expect(bars.map((bar) => bar.classList[1])).to.deep.equal(['bad', 'bad', 'bad', 'bad', 'bad', 'bad', 'bad', 'neutral', 'neutral', 'good', 'good']);
    const height = (point: number) => Number(bars[point]?.querySelector('rect')?.getAttribute('height'));
    expect(height(10)).to.be.greaterThan(height(9));
    expect(height(3)).to.equal(0);
    const [danger, success] = [0, 10].map((point) => getComputedStyle(bars[point]?.querySelector('rect') as Element).fill);
    expect(danger).to.not.equal(success);
  });

  it('offers the numbers as a table, from a button that says whether it is open', async () => {
    const { client } = setup();
    const summary = await summaryFor(client, 'zh-Hant');
    const toggle = parts(summary, 'table-toggle')[1];
    const table = parts(summary, 'table')[1];
    expect(table?.hidden).to.equal(true);
    expect(toggle?.getAttribute('aria-controls')).to.equal(table?.id);
    expect(text(toggle)).to.equal('以表格顯示');
    toggle?.click();
    await summary.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(table?.hidden).to.equal(false);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map(text));
    expect(rows).to.deep.equal([
      ['1', '0', '0%'],
      ['2', '1', '25%'],
      ['3', '1', '25%'],
      ['4', '1', '25%'],
      ['5', '1', '25%'],
    ]);
    expect(text(parts(summary, 'score')[1])).to.equal('客戶滿意度（CSAT） 50%');
    await expect(summary).to.be.accessible();
  });

  it('counts a new response as soon as it is stored through the client', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    await client.surveyResponses.create({ surveyId: 's-1', answers: { nps: 10 }, submittedAt: NOW.toISOString() });
    await waitUntil(() => text(parts(summary, 'score')[0]) === 'NPS +25', 'the new response was not counted');
  });

  it('says when nobody has answered yet, and when the survey has nothing to score', async () => {
    const { client } = setup({ surveys: [survey, { id: 's-text', title: 'Comments', questions: [{ type: 'text', id: 't', label: 'Tell us' }] }] });
    const empty = await summaryFor(client);
    expect(parts(empty, 'question').map(text).every((question) => question.includes('No answers yet.'))).to.equal(true);
    expect(parts(empty, 'chart')).to.have.length(0);
    const unscored = await summaryFor(client, 'zh-Hans', 's-text');
    expect(text(part(unscored, 'empty'))).to.equal('此调查没有 NPS、CSAT、CES 或评分题。');
  });

  it('shows a skeleton while loading, and a retry after a failure', async () => {
    const { adapter, client } = setup();
    const list = adapter.list.bind(adapter);
    let reachable = false;
    // Not retryable, so the client reports it at once instead of trying again in the background.
    adapter.list = async (collection, query, options) => {
      if (!reachable) throw new NetworkError(undefined, false);
      return list(collection, query, options);
    };
    const summary = await fixture<CrmFeedbackSummary>(html`<crm-feedback-summary .client=${client} survey-id="s-1" lang="en"></crm-feedback-summary>`);
    expect(part(summary, 'skeleton')).to.exist;
    await waitUntil(() => part(summary, 'retry-button'));
    await expect(summary).to.be.accessible();
    reachable = true;
    part(summary, 'retry-button')?.click();
    await waitUntil(() => parts(summary, 'score').length === 3);
  });
});
