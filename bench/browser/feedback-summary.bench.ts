// The feedback summary over a year of 100,000 responses in headless Chromium: its first render of
// twelve months by month and a change of period, with the figures counted by the store (here the
// memory adapter; a server counts in PostgreSQL, see docs/decisions). The baseline, measured in the
// same run, is what the summary did before: read every response of the survey into the page, page
// by page, and score them there.
import { createCrmClient, type CrmClient, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { summarizeSurvey } from '@rapport/core/domain';
import { SeededRandom } from '@rapport/core/demo';
import { listAll } from '../../packages/elements/src/base/list-all.js';
import { CrmFeedbackSummary } from '../../packages/elements/src/feedback-summary/feedback-summary.js';
import { measure, report, reportRatio, summarize } from '../lib/measure.js';
import { until } from '../lib/until.js';

document.head.insertAdjacentHTML('beforeend', '<link rel="icon" href="data:,">');
console.log('## Feedback summary, 100,000 responses over 12 months (browser)');
customElements.define('crm-feedback-summary', CrmFeedbackSummary);

const NOW = new Date('2025-03-03T09:15:00Z');
const RESPONSES = 100_000;
const DAY = 86_400_000;

const survey: RecordInput = {
  id: 's-bench',
  title: 'How did we do?',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us?', required: true },
    { type: 'csat', id: 'csat', label: 'How satisfied are you with your order?', required: true },
    { type: 'ces', id: 'ces', label: 'How easy was it to order?' },
    { type: 'single', id: 'channel', label: 'Where did you buy?', options: [{ value: 'web', label: 'Web' }, { value: 'app', label: 'App' }, { value: 'store', label: 'Store' }] },
    { type: 'text', id: 'comment', label: 'Anything else?' },
  ],
};

const random = new SeededRandom(11);
const comments = ['送货很快', 'Great service', '包装破损', 'Too slow', '客服很耐心'];
const responses: RecordInput[] = Array.from({ length: RESPONSES }, (_, i) => ({
  id: `r-${i}`,
  surveyId: 's-bench',
  answers: {
    nps: random.int(0, 10),
    csat: random.int(1, 5),
    ces: random.int(1, 7),
    channel: random.pick(['web', 'app', 'store']),
    ...(random.chance(0.3) ? { comment: random.pick(comments) } : {}),
  },
  submittedAt: new Date(NOW.getTime() - random.int(0, 364) * DAY - random.int(0, 86_399) * 1000).toISOString(),
  locale: random.pick(['en', 'zh-Hans', 'zh-Hant']),
}));

const seedStart = performance.now();
const adapter = createMemoryAdapter({ seed: { surveys: [survey], surveyResponses: responses }, now: () => NOW });
console.log(`  (store seeded with ${RESPONSES.toLocaleString('en')} responses in ${(performance.now() - seedStart).toFixed(0)} ms)`);
const newClient = (): CrmClient => createCrmClient({ adapter, now: () => NOW });

const part = (element: Element, name: string) => element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const trendLabel = (summary: Element) => part(summary, 'trend-chart')?.getAttribute('aria-label') ?? '';

/** Mounts a summary of twelve months and resolves once its trends and distributions are laid out. */
async function mountSummary(client: CrmClient): Promise<CrmFeedbackSummary> {
  const summary = document.createElement('crm-feedback-summary');
  summary.client = client;
  summary.surveyId = 's-bench';
  summary.range = '12m';
  summary.timeZone = 'Asia/Shanghai';
  document.body.append(summary);
  await until('the summary to draw twelve months', () => trendLabel(summary).includes('by month') && summary.shadowRoot?.querySelectorAll('[part~="chart"]').length === 3, 30_000);
  part(summary, 'summary')?.getBoundingClientRect();
  return summary;
}

const q = { from: '2024-04-01', to: '2025-03-03', timeZone: 'Asia/Shanghai', bucket: 'month', weekStart: 1, segmentBy: 'source' } as const;
// What a REST client would receive for the same figures: the aggregate, or every response.
const aggregate = await adapter.surveySummary('s-bench', q);
const everyResponse = (await adapter.list('surveyResponses', { where: { surveyId: 's-bench' }, limit: 1000 })).items;
const perResponse = JSON.stringify(everyResponse).length / everyResponse.length;
console.log(`  JSON for 12 months: the aggregate ${(JSON.stringify(aggregate).length / 1024).toFixed(1)} KB, every response ≈ ${((perResponse * RESPONSES) / 1024 / 1024).toFixed(1)} MB (${RESPONSES / 1000} pages)`);
report(await measure('parts: store counts 12 months', () => adapter.surveySummary('s-bench', q), { runs: 5, warmup: 1 }));
report(await measure('parts: store counts the 12 months before', () => adapter.surveySummary('s-bench', { ...q, from: '2023-04-01', to: '2024-03-31' }), { runs: 5, warmup: 1 }));
report(await measure('parts: comments first page', () => adapter.list('surveyResponses', { where: { surveyId: 's-bench', submittedAt: { gte: '2024-03-31T16:00:00.000Z', lt: '2025-03-03T16:00:00.000Z' } }, sort: [{ field: 'submittedAt', direction: 'desc' }], limit: 20 }), { runs: 5, warmup: 1 }));
const firstRender = await measure(`summary: first render, 12 months by month (counted by the store)`, async () => (await mountSummary(newClient())).remove(), { runs: 7, warmup: 2 });
report(firstRender, 200);

const baseline = await measure(
  'baseline: every response read into the page and scored',
  async () => {
    const client = newClient();
    const all = await listAll(client.surveyResponses, { where: { surveyId: 's-bench' } });
    summarizeSurvey(survey as never, all);
  },
  { runs: 3, warmup: 1 },
);
report(baseline);
reportRatio('summary first render vs reading every response', firstRender, baseline, 5);

// A change of period on a summary just mounted with a fresh cache: the new period counted and
// drawn, the chart's weeks replacing its months.
const changes: number[] = [];
for (let run = 0; run < 8; run++) {
  const mounted = await mountSummary(newClient());
  const select = part(mounted, 'range-select') as HTMLSelectElement;
  const start = performance.now();
  select.value = '90d';
  select.dispatchEvent(new Event('change'));
  await until('the trend to switch to weeks', () => trendLabel(mounted).includes('by week') && part(mounted, 'summary')?.getAttribute('aria-busy') === 'false', 30_000);
  part(mounted, 'summary')?.getBoundingClientRect();
  // The first run warms up.
  if (run > 0) changes.push(performance.now() - start);
  mounted.remove();
}
report(summarize('summary: period change, 12 months → last 90 days by week', changes), 100);
console.log('bench:done');
