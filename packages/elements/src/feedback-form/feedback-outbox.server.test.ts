// The feedback form's outbox against a real Rapport server (PGlite, demo tenant) reached with the
// public key, as on a shop's page: the server is stopped and started again, IndexedDB is real, and
// "a reload" is a new client and form over the same database. Every scenario ends with the
// service holding exactly one response per fill.
import { createIndexedDbOutboxStore } from '@rapport/adapter-indexeddb';
import { createRestAdapter } from '@rapport/adapter-rest';
import { createCrmClient, type CrmClient, type SurveyResponse } from '@rapport/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../define.js';
import type { CrmFeedbackForm } from './feedback-form.js';
import type { OtherTab } from './other-tab.fixture.js';

interface Server {
  readonly url: string;
  readonly publicKey: string;
  readonly adminKey: string;
}

async function serverDoes(action: 'start' | 'stop' | 'restart' | 'dispose'): Promise<Server> {
  // The first start opens the database, which can take longer than one command may: ask until it is up.
  for (;;) {
    const answer = await executeServerCommand<Server | { starting: true }, { action: string }>('rapport-server', { action });
    if (!(answer && typeof answer === 'object' && 'starting' in answer)) return answer as Server;
  }
}

/** Every request of the page the server answered, as `METHOD path` (attempts that found it down are left out). */
const requests: string[] = [];
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await realFetch(input, init);
  requests.push(`${request.method} ${new URL(request.url).pathname}`);
  return response;
};

let server: Server;
const clients: CrmClient[] = [];

/** A client as `<crm-provider endpoint token="pk_…">` builds it: REST with the public key, queued writes in IndexedDB. */
function publicClient(): CrmClient {
  const client = createCrmClient({ adapter: createRestAdapter({ baseUrl: server.url, token: server.publicKey }), outboxStore: (name) => createIndexedDbOutboxStore({ name }) });
  clients.push(client);
  return client;
}

/** How many stored responses carry this comment, read with the admin key. */
async function storedWith(comment: string): Promise<number> {
  const admin = createRestAdapter({ baseUrl: server.url, token: server.adminKey });
  const page = await admin.list('surveyResponses', { where: { surveyId: 's-outbox' }, limit: 1000 });
  return page.items.filter((response) => (response as unknown as SurveyResponse).answers['comment'] === comment).length;
}

const databaseName = () => `rapport-outbox-server-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function formFor(client: CrmClient, outboxName: string, lang = 'en'): Promise<CrmFeedbackForm> {
  return fixture<CrmFeedbackForm>(html`<crm-feedback-form .client=${client} survey-id="s-outbox" outbox-name=${outboxName} min-fill-ms="0" throttle-ms="0" lang=${lang}></crm-feedback-form>`);
}

const root = (form: CrmFeedbackForm) => form.shadowRoot as ShadowRoot;
const text = (form: CrmFeedbackForm) => root(form).textContent?.replace(/\s+/g, ' ') ?? '';
const part = (form: CrmFeedbackForm, name: string) => root(form).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Answers the demo survey as a visitor does (a promoter: NPS 9, CSAT 5), types the comment, and sends. */
async function answerAndSend(form: CrmFeedbackForm, comment: string): Promise<void> {
  await waitUntil(() => part(form, 'form'), 'the survey never showed', { timeout: 10_000 });
  root(form).querySelector<HTMLInputElement>('input[name="q0"][value="9"]')?.click();
  root(form).querySelector<HTMLInputElement>('input[name="q1"][value="5"]')?.click();
  await form.updateComplete;
  part(form, 'next-button')?.click();
  await form.updateComplete;
  await typeComment(form, comment);
  part(form, 'submit-button')?.click();
}

async function typeComment(form: CrmFeedbackForm, comment: string): Promise<void> {
  const field = await waitUntil(() => root(form).querySelector<HTMLTextAreaElement>('textarea'), 'no comment field');
  const textarea = root(form).querySelector<HTMLTextAreaElement>('textarea') as HTMLTextAreaElement;
  void field;
  textarea.value = comment;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** The network returns: the server is back where it was, and the browser says it is online. */
async function networkReturns(): Promise<void> {
  server = await serverDoes('restart');
  globalThis.dispatchEvent(new Event('online'));
}

/**
 * Does what the browser does for every other tab of the site: each change of the outbox's mark in
 * localStorage fires `storage` there. The forms of a test share one document, which the browser
 * does not tell of its own changes, so this watches the mark and fires the event itself.
 */
function relayMarkToOtherTabs(outboxName: string): () => void {
  const key = `rapport:outbox:${outboxName}`;
  let seen = localStorage.getItem(key);
  const timer = setInterval(() => {
    const now = localStorage.getItem(key);
    if (now === seen) return;
    seen = now;
    globalThis.dispatchEvent(new StorageEvent('storage', { key, newValue: now, storageArea: localStorage }));
  }, 20);
  return () => clearInterval(timer);
}

/**
 * Another tab of the site: a same-origin frame (its own window, modules, Web Lock requests and
 * `storage` events; the site's localStorage and IndexedDB) holding a form over the outbox.
 */
async function formInOtherTab(outboxName: string): Promise<{ frame: HTMLIFrameElement; form: CrmFeedbackForm }> {
  const fixtureUrl = new URL('./other-tab.fixture.ts', import.meta.url).href;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script>window.process = { env: { NODE_ENV: 'production' } };</script><script type="module">import ${JSON.stringify(fixtureUrl)};</script>`;
  document.body.append(frame);
  const view = () => frame.contentWindow as (Window & { otherTab?: OtherTab }) | null;
  await waitUntil(() => view()?.otherTab, 'the other tab never loaded', { timeout: 15_000 });
  const { document: page, otherTab } = view() as Window & { otherTab: OtherTab };
  const form = page.createElement('crm-feedback-form') as CrmFeedbackForm;
  form.client = otherTab.publicClient(server.url, server.publicKey);
  for (const [name, value] of Object.entries({ 'survey-id': 's-outbox', 'outbox-name': outboxName, 'min-fill-ms': '0', 'throttle-ms': '0', lang: 'en' })) form.setAttribute(name, value);
  page.body.append(form);
  return { frame, form };
}

describe('<crm-feedback-form> outbox over the Rapport server', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(300_000);
    server = await serverDoes('start');
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.dispose();
    server = await serverDoes('start');
  });

  after(async () => {
    await serverDoes('dispose');
  });

  it('says the service is unreachable, not that the browser is offline, when the browser is online and the server is down', async () => {
    const outbox = databaseName();
    const form = await formFor(publicClient(), outbox);
    await waitUntil(() => part(form, 'form'), 'the survey never showed', { timeout: 10_000 });
    await serverDoes('stop');

    const comment = `unreachable ${outbox}`;
    await answerAndSend(form, comment);
    await waitUntil(() => part(form, 'thanks'), 'no thank-you state', { timeout: 10_000 });
    await waitUntil(() => text(form).includes('cannot be reached'), `the thank-you state says: ${text(form)}`);
    expect(text(form)).to.include('will be sent automatically');
    expect(text(form)).not.to.include('back online');
    await expect(form).to.be.accessible();

    await networkReturns();
    // A busy machine's restarted server may refuse the first retry, and the next waits out its backoff.
    await waitUntil(() => text(form).includes('have been sent'), `never delivered: ${text(form)}`, { timeout: 45_000 });
    expect(await storedWith(comment)).to.equal(1);
  });

  it('announces a response delivered from the outbox from what was sent, without reading it back (a public key may not)', async () => {
    const outbox = databaseName();
    const client = publicClient();
    const received: SurveyResponse[] = [];
    client.events.on('survey.response-received', ({ response }) => void received.push(response));
    const form = await formFor(client, outbox);
    await waitUntil(() => part(form, 'form'), 'the survey never showed', { timeout: 10_000 });
    await serverDoes('stop');
    const comment = `announced ${outbox}`;
    await answerAndSend(form, comment);
    await waitUntil(() => part(form, 'thanks'), 'not queued', { timeout: 10_000 });

    requests.length = 0;
    await networkReturns();
    // As above: a busy machine's restarted server may refuse the first retry.
    await waitUntil(() => received.length === 1, `survey.response-received was never announced (requests: ${requests.join(', ')})`, { timeout: 45_000 });
    expect(received[0]).to.include({ surveyId: 's-outbox', version: 1 });
    expect(received[0]?.answers['comment']).to.equal(comment);
    expect(requests.filter((request) => request.startsWith('GET /v1/surveyResponses'))).to.deep.equal([]);
    expect(await storedWith(comment)).to.equal(1);
  });

  it('shows a response queued before a reload on the next page of the survey: waiting while the service is down, then sent', async () => {
    const outbox = databaseName();
    const first = await formFor(publicClient(), outbox);
    await waitUntil(() => part(first, 'form'), 'the survey never showed', { timeout: 10_000 });
    await serverDoes('stop');
    const comment = `reloaded ${outbox}`;
    await answerAndSend(first, comment);
    await waitUntil(() => part(first, 'thanks'), 'not queued', { timeout: 10_000 });
    first.remove();

    // The reload: the survey cannot load, but the page says where the earlier answers are.
    const second = await formFor(publicClient(), outbox);
    await waitUntil(() => part(second, 'queued'), `nothing mentions the queued response: ${text(second)}`, { timeout: 15_000 });
    await waitUntil(() => text(second).includes('cannot be reached'), `the notice says: ${text(second)}`, { timeout: 15_000 });
    expect(text(second)).to.include('will be sent automatically');
    await expect(second).to.be.accessible();

    await networkReturns();
    await waitUntil(() => text(second).includes('Your earlier answers have been sent'), `never told of the delivery: ${text(second)}`, { timeout: 45_000 });
    expect(await storedWith(comment)).to.equal(1);
  });

  it('tells a tab whose survey could not load of a response another tab queued afterwards, then that it was sent, and reads the survey again', async () => {
    const outbox = databaseName();
    const first = await formFor(publicClient(), outbox);
    await waitUntil(() => part(first, 'form'), 'the survey never showed', { timeout: 10_000 });
    await serverDoes('stop');
    // The second tab opens while the service is down: its survey cannot load, and nothing is queued yet.
    const second = await formFor(publicClient(), outbox);
    await waitUntil(() => part(second, 'error'), `the survey load did not fail: ${text(second)}`, { timeout: 15_000 });

    const stopRelay = relayMarkToOtherTabs(outbox);
    try {
      const comment = `other tab ${outbox}`;
      await answerAndSend(first, comment);
      await waitUntil(() => part(first, 'thanks'), 'not queued', { timeout: 10_000 });
      await waitUntil(() => part(second, 'queued'), `the second tab does not mention the queued response: ${text(second)}`, { timeout: 15_000 });
      await waitUntil(() => text(second).includes('cannot be reached'), `the notice says: ${text(second)}`, { timeout: 15_000 });
      expect(part(second, 'error'), 'the load error stays beside it').to.exist;
      await expect(second).to.be.accessible();

      await networkReturns();
      await waitUntil(() => text(first).includes('Your answers have been sent'), `never delivered: ${text(first)}`, { timeout: 45_000 });
      await waitUntil(() => text(second).includes('Your earlier answers have been sent'), `the second tab is not told of the delivery: ${text(second)}`, { timeout: 10_000 });
      // The service answers again, so the survey is read again: no stale "could not be reached" under "sent".
      await waitUntil(() => part(second, 'form'), `the survey is not read again: ${text(second)}`, { timeout: 15_000 });
      expect(part(second, 'error')).to.equal(null);
      expect(await storedWith(comment)).to.equal(1);
    } finally {
      stopRelay();
    }
  });

  it('tells of a queued response the service refused while the survey itself failed to load, and lets the visitor correct the refused answer and send it', async () => {
    const outbox = databaseName();
    const first = await formFor(publicClient(), outbox);
    await waitUntil(() => part(first, 'form'), 'the survey never showed', { timeout: 10_000 });
    await serverDoes('stop');
    const refused = `refused \u0000 ${outbox}`;
    await answerAndSend(first, refused);
    await waitUntil(() => part(first, 'thanks'), 'not queued', { timeout: 10_000 });
    first.remove();

    const second = await formFor(publicClient(), outbox);
    await waitUntil(() => part(second, 'error'), 'the survey load did not fail', { timeout: 15_000 });
    await networkReturns();
    await waitUntil(() => part(second, 'unsent'), `the refusal is not told: ${text(second)}`, { timeout: 45_000 });
    expect(part(second, 'error'), 'the load error stays beside it').to.exist;

    part(second, 'retry-button')?.click();
    await waitUntil(() => part(second, 'form'), 'the survey never showed', { timeout: 10_000 });
    const correct = [...root(second).querySelectorAll<HTMLButtonElement>('[part~="unsent-button"]')].find((button) => button.textContent?.includes('Correct'));
    expect(correct, 'no way to correct the refused answers').to.exist;
    correct?.click();
    await waitUntil(() => root(second).querySelector('textarea'), 'the refused answers are not shown', { timeout: 5_000 });
    const textarea = root(second).querySelector<HTMLTextAreaElement>('textarea') as HTMLTextAreaElement;
    expect(textarea.value).to.equal(refused);
    expect(part(second, 'field-error')?.textContent).to.include('cannot be stored');
    await expect(second).to.be.accessible();

    const corrected = `corrected ${outbox}`;
    await typeComment(second, corrected);
    part(second, 'submit-button')?.click();
    await waitUntil(() => part(second, 'thanks'), `not sent: ${text(second)}`, { timeout: 10_000 });
    await waitUntil(() => !part(second, 'unsent'), 'the refused response is still offered');
    expect(await storedWith(corrected)).to.equal(1);
    expect(await storedWith(refused)).to.equal(0);
  });

  it("gives the service's reason for a refused answer in the visitor's language, and keeps the typed answers across a reload", async () => {
    const outbox = databaseName();
    const form = await formFor(publicClient(), outbox, 'zh-Hans');
    const refused = `\u0000 ${outbox}`;
    await answerAndSend(form, refused);
    // The reason is in the outbox notices' zh-Hans pack, which may arrive just after the refusal.
    await waitUntil(() => part(form, 'field-error')?.textContent?.includes('无法保存的字符'), `not the service's reason: ${text(form)}`, { timeout: 10_000 });
    form.remove();

    const reloaded = await formFor(publicClient(), outbox, 'zh-Hans');
    await waitUntil(() => part(reloaded, 'form'), 'the survey never showed', { timeout: 10_000 });
    expect(root(reloaded).querySelector<HTMLInputElement>('input[name="q0"][value="9"]')?.checked, 'the NPS answer is lost').to.equal(true);
    part(reloaded, 'next-button')?.click();
    await reloaded.updateComplete;
    expect(root(reloaded).querySelector<HTMLTextAreaElement>('textarea')?.value).to.equal(refused);
    const fixed = `fixed ${outbox}`;
    await typeComment(reloaded, fixed);
    part(reloaded, 'submit-button')?.click();
    await waitUntil(() => part(reloaded, 'thanks'), 'not sent', { timeout: 10_000 });
    expect(await storedWith(fixed)).to.equal(1);
    reloaded.remove();

    // Sent: the next visit starts empty.
    const next = await formFor(publicClient(), outbox, 'zh-Hans');
    await waitUntil(() => part(next, 'form'), 'the survey never showed', { timeout: 10_000 });
    expect(root(next).querySelector<HTMLInputElement>('input[name="q0"]:checked')).to.equal(null);
  });

  it('tells a tab that another tab is sending a queued response, and, when that tab closes mid-send, sends it from this one: stored once', async () => {
    const outbox = databaseName();
    const watcher = await formFor(publicClient(), outbox);
    await waitUntil(() => part(watcher, 'form'), 'the survey never showed', { timeout: 10_000 });
    const { frame, form: sender } = await formInOtherTab(outbox);
    await waitUntil(() => part(sender, 'form'), 'the survey never showed in the other tab', { timeout: 10_000 });
    await serverDoes('stop');
    const comment = `sent elsewhere ${outbox}`;
    await answerAndSend(sender, comment);
    await waitUntil(() => text(watcher).includes('cannot be reached'), `the watching tab is not told of the queued response: ${text(watcher)}`, { timeout: 15_000 });

    // The other tab's write reaches the service, but its reply never comes back: the tab is sending until it closes.
    const view = frame.contentWindow as Window;
    const otherFetch = view.fetch.bind(view);
    let reachedService = false;
    view.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'PUT' || !new URL(request.url).pathname.startsWith('/v1/surveyResponses/')) return otherFetch(input, init);
      await otherFetch(input, init);
      reachedService = true;
      return new Promise<Response>(() => undefined);
    };
    server = await serverDoes('restart');
    view.dispatchEvent(new Event('online'));
    await waitUntil(() => reachedService, 'the other tab never sent the response', { timeout: 15_000 });
    await waitUntil(() => text(watcher).includes('Sending your earlier answers'), `the watching tab is not told the response is being sent: ${text(watcher)}`, { timeout: 5_000 });
    await expect(watcher).to.be.accessible();

    // The sending tab closes mid-send: this tab sends the response again, and the service keeps it once.
    requests.length = 0;
    frame.remove();
    await waitUntil(() => text(watcher).includes('Your earlier answers have been sent'), `the watching tab is not told of the delivery: ${text(watcher)}`, { timeout: 45_000 });
    expect(requests.filter((request) => request.startsWith('PUT /v1/surveyResponses/')).length, requests.join(', ')).to.equal(1);
    expect(await storedWith(comment)).to.equal(1);
  });

  it('sends each of two tabs’ queued responses exactly once when the network returns to both at the same moment', async () => {
    const outbox = databaseName();
    // Two clients over one database: two tabs' outboxes, taking turns through the same Web Lock.
    const [one, two] = [await formFor(publicClient(), outbox), await formFor(publicClient(), outbox)];
    await waitUntil(() => part(one, 'form') && part(two, 'form'), 'the survey never showed', { timeout: 10_000 });
    await serverDoes('stop');
    const comments = [`tab one ${outbox}`, `tab two ${outbox}`];
    await answerAndSend(one, comments[0] as string);
    await answerAndSend(two, comments[1] as string);
    await waitUntil(() => part(one, 'thanks') && part(two, 'thanks'), 'not queued', { timeout: 10_000 });

    requests.length = 0;
    await networkReturns();
    const delivered = async () => (await storedWith(comments[0] as string)) + (await storedWith(comments[1] as string)) === 2;
    await waitUntil(delivered, `not both delivered (requests: ${requests.join(', ')})`, { timeout: 30_000, interval: 500 });
    await waitUntil(() => text(one).includes('Your answers have been sent') && text(two).includes('Your answers have been sent'), `not both told: ${text(one)} / ${text(two)}`, { timeout: 10_000 });
    const puts = requests.filter((request) => request.startsWith('PUT /v1/surveyResponses/'));
    expect(puts.length, puts.join(', ')).to.equal(2);
    expect(new Set(puts).size).to.equal(2);
    for (const comment of comments) expect(await storedWith(comment)).to.equal(1);
  });
});
