// The feedback form and its summary in headless Chromium: the form's first render and a full fill
// (answer, next page, send, thank-you) over the memory adapter; the offline path (queued into
// IndexedDB, then delivered when the browser is back online); and the summary's first render over
// 10,000 responses, scoring and drawing included.
import { createIndexedDbOutboxStore } from '@rapport/adapter-indexeddb';
import { createCrmClient, NetworkError, type CrmClient, type RecordInput, type StorageAdapter } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { SeededRandom } from '@rapport/core/demo';
import { CrmFeedbackForm } from '../../packages/elements/src/feedback-form/feedback-form.js';
import { CrmFeedbackSummary } from '../../packages/elements/src/feedback-summary/feedback-summary.js';
import { measure, report } from '../lib/measure.js';
import { until } from '../lib/until.js';

// The bench page has no icon: without this the browser asks the server for /favicon.ico and logs a 404.
document.head.insertAdjacentHTML('beforeend', '<link rel="icon" href="data:,">');

console.log('## Feedback form and summary (browser)');
customElements.define('crm-feedback-form', CrmFeedbackForm);
customElements.define('crm-feedback-summary', CrmFeedbackSummary);

const NOW = new Date('2025-03-03T09:15:00Z');
const RESPONSES = 10_000;
const OUTBOX = `rapport-bench-${Date.now().toString(36)}`;

const survey: RecordInput = {
  id: 's-bench',
  title: 'How did we do?',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us?', required: true, page: 1 },
    { type: 'csat', id: 'csat', label: 'How satisfied are you with your order?', required: true, page: 1 },
    { type: 'ces', id: 'ces', label: 'How easy was it to order?', page: 1 },
    { type: 'text', id: 'better', label: 'What could we do better?', page: 2, showIf: { questionId: 'nps', op: 'lte', value: 6 } },
    { type: 'email', id: 'email', label: 'Your email address', page: 2 },
  ],
};

function responses(count: number): RecordInput[] {
  const random = new SeededRandom(7);
  return Array.from({ length: count }, (_, i) => ({
    id: `r-${i}`,
    surveyId: 's-bench',
    answers: { nps: random.int(0, 10), csat: random.int(1, 5), ces: random.int(1, 7) },
    submittedAt: NOW.toISOString(),
  }));
}

// Queued responses wait in IndexedDB, as they do under a provider.
const newClient = (adapter: StorageAdapter): CrmClient => createCrmClient({ adapter, now: () => NOW, outboxStore: (name) => createIndexedDbOutboxStore({ name }) });


const part = (element: Element, name: string) => element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/** Mounts a form and resolves once its questions are laid out. */
async function mountForm(client: CrmClient): Promise<CrmFeedbackForm> {
  const form = document.createElement('crm-feedback-form');
  form.client = client;
  form.surveyId = 's-bench';
  form.minFillMs = 0;
  form.throttleMs = 0;
  form.outboxName = OUTBOX;
  document.body.append(form);
  await until('the form to show its questions', () => part(form, 'form') !== null);
  part(form, 'form')?.getBoundingClientRect();
  return form;
}

/** Answers the first page, goes on, sends, and resolves once the thank-you state is laid out. */
async function fillAndSend(form: CrmFeedbackForm, nps: number): Promise<void> {
  const root = form.shadowRoot;
  root?.querySelector<HTMLInputElement>(`input[name="q0"][value="${nps}"]`)?.click();
  root?.querySelector<HTMLInputElement>('input[name="q1"][value="4"]')?.click();
  await form.updateComplete;
  part(form, 'next-button')?.click();
  await form.updateComplete;
  part(form, 'submit-button')?.click();
  await until('the thank-you message after Send', () => part(form, 'thanks') !== null);
  part(form, 'thanks')?.getBoundingClientRect();
}

const online = newClient(createMemoryAdapter({ seed: { surveys: [survey] }, now: () => NOW }));
report(await measure('form: first render, survey cached', async () => (await mountForm(online)).remove(), { runs: 15, warmup: 3 }), 16);
report(
  await measure(
    'form: answer two pages and send, to the thank-you state',
    async () => {
      const form = await mountForm(online);
      await fillAndSend(form, 8);
      form.remove();
    },
    { runs: 15, warmup: 3 },
  ),
  50,
);

// Offline: the memory "server" is unreachable for creates until the link comes back.
const server = createMemoryAdapter({ seed: { surveys: [survey] }, now: () => NOW });
let linkUp = false;
let offlineFills = 0;
const offline = newClient({
  ...server,
  create: (collection, data, options) => (linkUp ? server.create(collection, data, options) : Promise.reject(new NetworkError())),
});
report(
  await measure(
    'form: send while offline, queued in IndexedDB',
    async () => {
      const form = await mountForm(offline);
      await fillAndSend(form, 3);
      offlineFills += 1;
      form.remove();
    },
    { runs: 9, warmup: 2 },
  ),
  100,
);

const waiting = await mountForm(offline);
await fillAndSend(waiting, 2);
offlineFills += 1;
try {
  const delivered = await measure(
    'form: back online, queued responses delivered',
    async () => {
      linkUp = true;
      window.dispatchEvent(new Event('online'));
      // The form's own response, not the notice about earlier ones ("Your earlier answers have been sent").
      await until(`the outbox to deliver the queued responses after \`online\` (${OUTBOX})`, () => part(waiting, 'thanks')?.querySelector('.description')?.textContent?.includes('Your answers have been sent') ?? false);
    },
    { runs: 1, warmup: 0 },
  );
  report(delivered, 100, `${offlineFills} offline fills, ${(await server.list('surveyResponses', { limit: 1 })).total} responses stored`);
} catch (error) {
  // A delivery that never comes is a finding of this benchmark, not a reason to stop the others.
  const left = (await createIndexedDbOutboxStore({ name: OUTBOX }).list()).map((entry) => `${entry.op} ${entry.state} attempts ${entry.attempts} next in ${entry.nextAttemptAt - Date.now()} ms ${entry.lastError?.kind ?? ''}`);
  console.log(`  form: back online, queued responses delivered   ✗ ${(error as Error).message}; ${(await server.list('surveyResponses', { limit: 1 })).total} of ${offlineFills} stored; left: ${left.join('; ')}`);
}
waiting.remove();
indexedDB.deleteDatabase(OUTBOX);

/** Mounts a summary and resolves once its charts are laid out. */
async function mountSummary(client: CrmClient): Promise<CrmFeedbackSummary> {
  const summary = document.createElement('crm-feedback-summary');
  summary.client = client;
  summary.surveyId = 's-bench';
  document.body.append(summary);
  await until('the summary to draw its three charts', () => summary.shadowRoot?.querySelectorAll('[part~="chart"]').length === 3);
  part(summary, 'summary')?.getBoundingClientRect();
  return summary;
}

const seed = { surveys: [survey], surveyResponses: responses(RESPONSES) };
const warm = newClient(createMemoryAdapter({ seed, now: () => NOW }));
report(await measure(`summary: first render, ${RESPONSES.toLocaleString('en')} responses cached`, async () => (await mountSummary(warm)).remove(), { runs: 15, warmup: 3 }), 16);
report(
  await measure(
    `summary: first render, cold client (${RESPONSES.toLocaleString('en')} responses read and scored)`,
    async () => (await mountSummary(newClient(createMemoryAdapter({ seed, now: () => NOW })))).remove(),
    { runs: 5, warmup: 1 },
  ),
  200,
);
console.log('bench:done');
