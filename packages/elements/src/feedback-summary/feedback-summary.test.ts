import { createCrmClient, NetworkError, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { CrmFeedbackSummary } from './feedback-summary.js';

const NOW = new Date('2025-03-03T09:15:00Z');
const DAY = 86_400_000;

const survey: RecordInput = {
  id: 's-1',
  title: 'Order survey',
  questions: [
    { type: 'nps', id: 'nps', label: 'Would you recommend us?', required: true },
    { type: 'csat', id: 'csat', label: 'How satisfied are you?' },
    { type: 'ces', id: 'ces', label: 'How easy was it?' },
    { type: 'single', id: 'channel', label: 'Where did you buy?', options: [{ value: 'web', label: 'Online shop' }, { value: 'store', label: '门店' }] },
    { type: 'text', id: 'comment', label: 'Anything else?' },
  ],
};

/** Today: three promoters, two passives, two detractors (NPS +14); CSAT 2 of 4 (50 %); CES mean 2. */
const today: Array<Record<string, number | string | null>> = [
  { nps: 10, csat: 5, ces: 1, channel: 'web', comment: '送货很快，包装完好' },
  { nps: 10, csat: 4, ces: 2, channel: 'web' },
  { nps: 9, csat: 3, ces: 3, channel: 'store', comment: 'Friendly staff, "great" prices' },
  { nps: 8, csat: 2, comment: 'ok' },
  { nps: 7, channel: 'store' },
  { nps: 6, comment: '=HYPERLINK("http://evil.example","click")' },
  { nps: 0, csat: null, channel: 'web', comment: 'Never again' },
];

const response = (id: string, daysAgo: number, answers: Record<string, unknown>, extra: Record<string, unknown> = {}): RecordInput => ({
  id,
  surveyId: 's-1',
  answers,
  submittedAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
  ...extra,
});

/** Today's seven, a detractor and a promoter 40 days ago (the previous 30 days: NPS 0), one 200 days ago. */
function responses(): RecordInput[] {
  return [
    ...today.map((answers, i) => response(`r-${i}`, 0, answers, i < 2 ? { locale: 'zh-Hans' } : { locale: 'en' })),
    response('p-1', 40, { nps: 0, csat: 1 }),
    response('p-2', 41, { nps: 10, csat: 5 }),
    response('o-1', 200, { nps: 3, comment: 'A long time ago' }),
  ];
}

function setup(seed: Readonly<Record<string, readonly RecordInput[]>> = { surveys: [survey], surveyResponses: responses() }): { adapter: MemoryAdapter; client: CrmClient } {
  const adapter = createMemoryAdapter({ seed, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

async function summaryFor(client: CrmClient, { lang = 'en', surveyId = 's-1', range = '30d', attributes = '' } = {}): Promise<CrmFeedbackSummary> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // Attributes as a host page writes them.
  container.innerHTML = `<crm-feedback-summary survey-id="${surveyId}" lang="${lang}" range="${range}" time-zone="UTC" ${attributes}></crm-feedback-summary>`;
  const summary = container.firstElementChild as CrmFeedbackSummary;
  summary.client = client;
  await waitUntil(() => part(summary, 'response-count') || part(summary, 'error') || part(summary, 'empty'), 'the summary never rendered', { timeout: 4000 });
  return summary;
}

function part(summary: CrmFeedbackSummary, name: string): HTMLElement | null {
  return summary.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function parts(summary: CrmFeedbackSummary, name: string): HTMLElement[] {
  return [...(summary.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowsOf = (table: Element | null | undefined) => [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map(text));

async function choose(select: HTMLElement | null, value: string): Promise<void> {
  const element = select as HTMLSelectElement;
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The comments arrive after the figures (their own chunk), then their first page. */
async function comments(summary: CrmFeedbackSummary): Promise<HTMLElement[]> {
  await waitUntil(() => parts(summary, 'comment').length > 0 || summary.shadowRoot?.querySelector('[part~="comments"] [part~="empty"]'), 'no comments shown', { timeout: 4000 });
  return parts(summary, 'comment');
}

describe('<crm-feedback-summary>', function () {
  // A summary over a memory store with its chunks and axe: more than the default on a loaded machine.
  this.timeout(30_000);

  it('shows NPS, CSAT and CES over the period, each with its change from the previous period in words', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    expect(text(part(summary, 'title'))).to.equal('Order survey');
    expect(text(part(summary, 'period'))).to.equal('Feb 2 – Mar 3, 2025 · Compared with Jan 3 – Feb 1, 2025');
    expect(text(part(summary, 'response-count'))).to.equal('7 responses ▲ +5 up 5 from the previous period');
    const scores = parts(summary, 'score').map(text);
    expect(scores[0]).to.equal('NPS +14 ▲ +14 pts up 14 pts from the previous period');
    // CSAT fell from 50 % (1 of 2) to 50 %: unchanged.
    expect(scores[1]).to.equal('CSAT 50% = ±0 pts unchanged from the previous period');
    expect(scores[2]).to.equal('CES 2 no answers in the previous period');
    expect(part(summary, 'delta')?.classList.contains('good')).to.equal(true);
    expect(text(parts(summary, 'question')[0])).to.contain('Promoters 43% · Passives 29% · Detractors 29%');
    // Axe reads the page once the comments below have arrived too.
    await comments(summary);
    await expect(summary).to.be.accessible();
  });

  it('leaves the comparison out when the reader turns it off', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    const toggle = part(summary, 'compare-toggle') as HTMLInputElement;
    expect(toggle.checked).to.equal(true);
    toggle.click();
    await summary.updateComplete;
    expect(parts(summary, 'delta')).to.have.length(0);
    expect(text(part(summary, 'period'))).to.equal('Feb 2 – Mar 3, 2025');
    expect(summary.comparison).to.equal('none');
  });

  it('redraws the trend and its table when the reader picks another period', async () => {
    const { client } = setup();
    const summary = await summaryFor(client, { attributes: 'week-start="1"' });
    // Thirty days: a point per day, today's NPS the last.
    const trendRows = () => rowsOf(parts(summary, 'trend-table')[0]);
    parts(summary, 'trend-table-toggle')[0]?.click();
    await summary.updateComplete;
    expect(trendRows()).to.have.length(30);
    expect(trendRows().at(-1)).to.deep.equal(['Mar 3, 2025', '7', '+14']);
    expect(trendRows()[0]).to.deep.equal(['Feb 2, 2025', '0', '–']);
    expect(parts(summary, 'trend-chart')[0]?.getAttribute('aria-label')).to.contain('NPS by day: Feb 2, 2025: no answers');
    expect(parts(summary, 'trend-chart')[0]?.querySelectorAll('circle')).to.have.length(1);

    await choose(part(summary, 'range-select'), '12m');
    await waitUntil(() => trendRows().length === 12, 'the trend did not switch to months');
    expect(summary.range).to.equal('12m');
    expect(trendRows()[0]).to.deep.equal(['Apr 2024', '0', '–']);
    expect(trendRows()[7]).to.deep.equal(['Nov 2024', '0', '–']);
    expect(trendRows()[6]).to.deep.equal(['Oct 2024', '0', '–']);
    expect(trendRows().slice(-3)).to.deep.equal([
      ['Jan 2025', '2', '0'],
      ['Feb 2025', '0', '–'],
      ['Mar 2025', '7', '+14'],
    ]);
    expect(text(part(summary, 'response-count'))).to.contain('10 responses');
    expect(parts(summary, 'trend-chart')[0]?.querySelectorAll('circle')).to.have.length(3);
  });

  it('takes custom dates, and says so when nobody answered in them', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    await choose(part(summary, 'range-select'), 'custom');
    await summary.updateComplete;
    const from = part(summary, 'range-from') as HTMLInputElement;
    const to = part(summary, 'range-to') as HTMLInputElement;
    // The custom dates start from the period that was shown.
    expect([from.value, to.value]).to.deep.equal(['2025-02-02', '2025-03-03']);
    from.value = '2024-12-01';
    from.dispatchEvent(new Event('change'));
    to.value = '2024-12-31';
    to.dispatchEvent(new Event('change'));
    await waitUntil(() => text(part(summary, 'empty')) === 'No responses in this period.', 'the empty period was not shown');
    expect(text(part(summary, 'period'))).to.equal('Dec 1 – 31, 2024 · Compared with Oct 31 – Nov 30, 2024');
    expect(text(part(summary, 'response-count'))).to.contain('0 responses');
    expect(parts(summary, 'trend-chart')[0]?.querySelectorAll('circle')).to.have.length(0);
    await comments(summary);
    await expect(summary).to.be.accessible();
  });

  it('shows the response rate when the host says how many were asked', async () => {
    const { client } = setup();
    const summary = await summaryFor(client, { lang: 'zh-Hans', attributes: 'asked="20"' });
    expect(text(part(summary, 'response-rate'))).to.equal('回复率 35%（共邀请 20 人）');
    expect(text(part(summary, 'range-select')?.querySelector('option[value="12m"]'))).to.equal('最近 12 个月');
    await comments(summary);
    await expect(summary).to.be.accessible();
    summary.asked = undefined;
    await summary.updateComplete;
    expect(part(summary, 'response-rate')).to.equal(null);
  });

  it('scores each segment: what was rated, language, or a single-choice answer by its label', async () => {
    const { client } = setup();
    const summary = await summaryFor(client, { attributes: 'segment-by="answers.channel"' });
    await waitUntil(() => part(summary, 'segment-table'));
    expect(rowsOf(part(summary, 'segment-table'))).to.deep.equal([
      ['Online shop', '3', '+33', '100%', '1.5'],
      ['门店', '2', '+50', '0%', '3'],
      ['Not given', '2', '-50', '0%', '–'],
    ]);
    await choose(part(summary, 'segment-select'), 'locale');
    await waitUntil(() => rowsOf(part(summary, 'segment-table'))[0]?.[0] === 'English');
    expect(rowsOf(part(summary, 'segment-table')).map((row) => row.slice(0, 3))).to.deep.equal([
      ['English', '5', '-20'],
      ['Chinese (China)', '2', '+100'],
    ].map((row) => (row[0] === 'Chinese (China)' ? [new Intl.DisplayNames('en', { type: 'language' }).of('zh-Hans') ?? '', row[1], row[2]] : row)));
  });

  it('lists comments newest first with score and date, searchable and filtered by score band', async () => {
    const { client } = setup();
    const summary = await summaryFor(client, { range: '90d' });
    const list = await comments(summary);
    // 90 days: today's seven and the two from 40 days ago, newest first.
    expect(list).to.have.length(9);
    expect(text(list.at(-1))).to.contain('NPS 10');
    expect(text(list.at(-1))).to.contain('Jan 21, 2025');
    expect(text(list[0])).to.contain('2025');
    expect(list.map(text).filter((item) => item.includes('No comment'))).to.have.length(4);

    const search = part(summary, 'comment-search') as HTMLInputElement;
    search.value = '送货';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => parts(summary, 'comment').length === 1, 'the search did not narrow the list');
    expect(text(parts(summary, 'comment')[0])).to.contain('送货很快，包装完好');
    expect(text(parts(summary, 'comment')[0])).to.contain('NPS 10');

    search.value = '';
    search.dispatchEvent(new Event('input'));
    await choose(part(summary, 'band-select'), 'detractor');
    await waitUntil(() => parts(summary, 'comment').length === 3, 'the band did not filter the list');
    expect(parts(summary, 'comment').map((item) => text(item).match(/NPS \d+/)?.[0])).to.deep.members(['NPS 6', 'NPS 0', 'NPS 0']);
    expect(text(summary.shadowRoot?.querySelector('[part~="comments"] [role="status"]'))).to.equal('Showing 3 of 3');
    await expect(summary).to.be.accessible();
  });

  it('exports the responses shown as CSV a spreadsheet reads: BOM, quoting, no formulas, headings in the reader’s language', async () => {
    const { client } = setup();
    const summary = await summaryFor(client, { lang: 'zh-Hans' });
    await comments(summary);
    const created: Blob[] = [];
    const create = URL.createObjectURL;
    const clicked: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return create.call(URL, blob);
    };
    // The download itself is the browser's: record which file the link asked for instead of leaving the page.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      part(summary, 'export-button')?.click();
      await waitUntil(() => created.length === 1, 'no file was made');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.deep.equal(['Order survey 2025-02-02 2025-03-03.csv']);
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('提交时间,Would you recommend us?,How satisfied are you?,How easy was it?,Where did you buy?,Anything else?,语言,联系人,工单,订单');
    expect(lines).to.have.length(9);
    expect(csv).to.contain(',10,5,1,Online shop,送货很快，包装完好,zh-Hans,,,');
    expect(csv).to.contain(',9,3,3,门店,"Friendly staff, ""great"" prices",en,,,');
    expect(csv).to.contain(`,6,,,,"'=HYPERLINK(""http://evil.example"",""click"")",en,,,`);
  });

  it('counts a new response as soon as it is stored through the client', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    await client.surveyResponses.create({ surveyId: 's-1', answers: { nps: 10 }, submittedAt: NOW.toISOString() });
    await waitUntil(() => text(parts(summary, 'score')[0]).startsWith('NPS +25'), 'the new response was not counted');
  });

  it('counts the period itself over a storage that cannot, with the same figures', async () => {
    const { adapter, client } = setup();
    delete (adapter as { surveySummary?: unknown }).surveySummary;
    const summary = await summaryFor(client, { attributes: 'segment-by="answers.channel"' });
    expect(parts(summary, 'score').map(text)[0]).to.equal('NPS +14 ▲ +14 pts up 14 pts from the previous period');
    await waitUntil(() => part(summary, 'segment-table'));
    expect(rowsOf(part(summary, 'segment-table'))[0]).to.deep.equal(['Online shop', '3', '+33', '100%', '1.5']);
  });

  it('offers the distribution as a table, from a button that says whether it is open', async () => {
    const { client } = setup();
    const summary = await summaryFor(client, { lang: 'zh-Hant' });
    const toggle = parts(summary, 'table-toggle')[1];
    const table = parts(summary, 'table')[1];
    expect(table?.hidden).to.equal(true);
    expect(toggle?.getAttribute('aria-controls')).to.equal(table?.id);
    expect(text(toggle)).to.equal('以表格顯示');
    toggle?.click();
    await summary.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(rowsOf(table)).to.deep.equal([
      ['1', '0', '0%'],
      ['2', '1', '25%'],
      ['3', '1', '25%'],
      ['4', '1', '25%'],
      ['5', '1', '25%'],
    ]);
    expect(text(parts(summary, 'score')[1])).to.contain('客戶滿意度（CSAT） 50%');
    expect(text(parts(summary, 'trend-table-toggle')[0])).to.equal('以表格顯示');
    await comments(summary);
    await expect(summary).to.be.accessible();
  });

  it('draws each distribution as an image whose name holds every count, coloured by category', async () => {
    const { client } = setup();
    const summary = await summaryFor(client);
    const nps = parts(summary, 'chart')[0];
    expect(nps?.getAttribute('role')).to.equal('img');
    expect(nps?.getAttribute('aria-label')).to.contain('0: 1 (14%), 1: 0 (0%)');
    const bars = [...(nps?.querySelectorAll('.bar') ?? [])];
    expect(bars.map((bar) => bar.classList[1])).to.deep.equal(['bad', 'bad', 'bad', 'bad', 'bad', 'bad', 'bad', 'neutral', 'neutral', 'good', 'good']);
  });

  it('says when the survey has nothing to score', async () => {
    const { client } = setup({ surveys: [{ id: 's-text', title: 'Comments', questions: [{ type: 'text', id: 't', label: 'Tell us' }] }] });
    const unscored = await summaryFor(client, { lang: 'zh-Hans', surveyId: 's-text' });
    expect(text(part(unscored, 'empty'))).to.equal('此调查没有 NPS、CSAT、CES 或评分题。');
  });

  it('shows a skeleton while loading, and a retry after a failure', async () => {
    const { adapter, client } = setup();
    const count = adapter.surveySummary.bind(adapter);
    let reachable = false;
    // Not retryable, so the client reports it at once instead of trying again in the background.
    adapter.surveySummary = async (...args) => {
      if (!reachable) throw new NetworkError(undefined, false);
      return count(...args);
    };
    const container = await fixture<HTMLDivElement>(html`<div><crm-feedback-summary .client=${client} survey-id="s-1" lang="en"></crm-feedback-summary></div>`);
    const summary = container.firstElementChild as CrmFeedbackSummary;
    await waitUntil(() => part(summary, 'retry-button'));
    await expect(summary).to.be.accessible();
    reachable = true;
    part(summary, 'retry-button')?.click();
    await waitUntil(() => parts(summary, 'score').length === 3);
  });
});
