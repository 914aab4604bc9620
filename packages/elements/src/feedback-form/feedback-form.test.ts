import { createIndexedDbOutboxStore } from '@rapport/adapter-indexeddb';
import { createCrmClient, NetworkError, PermissionError, type CrmClient, type OutboxStore, type RecordInput, type StorageAdapter, type SurveyResponse } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { CrmFeedbackForm } from './feedback-form.js';
import type { CrmFeedbackSubmitEvent } from './feedback-form.events.js';
import type { SubmitPath } from './submit-loader.js';

const NOW = new Date('2025-03-03T09:15:00Z');

const survey: RecordInput = {
  id: 's-order',
  title: 'How did we do?',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us?', required: true, page: 1 },
    { type: 'csat', id: 'csat', label: 'How satisfied are you with your order?', required: true, page: 1 },
    { type: 'text', id: 'better', label: 'What could we do better?', page: 2, maxLength: 500, showIf: { questionId: 'nps', op: 'lte', value: 6 } },
    { type: 'email', id: 'email', label: 'Your email address', page: 2 },
  ],
};

/** How the wrapped adapter answers creates: normally, not at all, storing and then losing the reply, or refusing them. */
type Link = 'up' | 'down' | 'lose-reply' | 'refuse';

interface Setup {
  readonly server: StorageAdapter;
  readonly link: { mode: Link };
  readonly client: CrmClient;
  /** The patches of the updates that reached the server. */
  readonly patches: Readonly<Record<string, unknown>>[];
}

/** A client whose creates pass through a link that can drop, in front of one memory "server". */
function setup(
  server: StorageAdapter = createMemoryAdapter({ seed: { surveys: [survey] }, now: () => NOW }),
  mode: Link = 'up',
  outboxStore: (name: string) => OutboxStore = (name) => createIndexedDbOutboxStore({ name }),
): Setup {
  const link = { mode };
  const patches: Readonly<Record<string, unknown>>[] = [];
  const adapter: StorageAdapter = {
    ...server,
    create: async (collection, data, options) => {
      if (link.mode === 'down') throw new NetworkError();
      if (link.mode === 'refuse') throw new PermissionError();
      const record = await server.create(collection, data, options);
      if (link.mode === 'lose-reply') throw new NetworkError();
      return record;
    },
    update: (collection, id, patch, options) => {
      patches.push(patch);
      return server.update(collection, id, patch, options);
    },
  };
  return { server, link, patches, client: createCrmClient({ adapter, now: () => NOW, outboxStore }) };
}

// A database per test, so a queued response never leaks into the next test.
const databaseName = () => `rapport-feedback-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function formFor(client: CrmClient, outboxName: string, attributes: { lang?: string; minFillMs?: string; throttleMs?: string; followUp?: boolean } = {}): Promise<CrmFeedbackForm> {
  const form = await fixture<CrmFeedbackForm>(html`<crm-feedback-form
    .client=${client}
    survey-id="s-order"
    order-id="o-42"
    outbox-name=${outboxName}
    min-fill-ms=${attributes.minFillMs ?? '0'}
    throttle-ms=${attributes.throttleMs ?? '0'}
    ?follow-up=${attributes.followUp ?? false}
    lang=${attributes.lang ?? 'en'}
  ></crm-feedback-form>`);
  await waitUntil(() => part(form, 'form'), 'the survey never rendered');
  return form;
}

function part(form: CrmFeedbackForm, name: string): HTMLElement | null {
  return form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

function parts(form: CrmFeedbackForm, name: string): HTMLElement[] {
  return [...(form.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

function radio(form: CrmFeedbackForm, question: number, value: string | number): HTMLInputElement {
  const input = form.shadowRoot?.querySelector<HTMLInputElement>(`input[name="q${question}"][value="${value}"]`);
  if (!input) throw new Error(`no point ${value} in question ${question}`);
  return input;
}

async function type(form: CrmFeedbackForm, id: string, value: string): Promise<void> {
  const field = form.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!field) throw new Error(`no field #${id}`);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

async function press(form: CrmFeedbackForm, name: 'next-button' | 'back-button' | 'submit-button'): Promise<void> {
  part(form, name)?.click();
  await form.updateComplete;
}

/** Answers page 1 (NPS, CSAT) and goes on to page 2. */
async function answerFirstPage(form: CrmFeedbackForm, nps: number, csat: number): Promise<void> {
  radio(form, 0, nps).click();
  radio(form, 1, csat).click();
  await press(form, 'next-button');
}

/** How the code that sends reaches the page: fetched, or not (offline); `gate` holds every fetch until it opens. */
interface ChunkNetwork {
  mode: 'up' | 'down';
  fetches: number;
  loaded: number;
  gate?: Promise<void>;
}

/** A form whose code that sends is fetched through a network the test controls. */
class ChunkNetworkForm extends CrmFeedbackForm {
  network: ChunkNetwork = { mode: 'up', fetches: 0, loaded: 0 };

  protected override async loadSubmitPath(): Promise<SubmitPath> {
    this.network.fetches += 1;
    await this.network.gate;
    if (this.network.mode === 'down') throw new TypeError('Failed to fetch dynamically imported module');
    const path = await super.loadSubmitPath();
    this.network.loaded += 1;
    return path;
  }
}
customElements.define('chunk-network-feedback-form', ChunkNetworkForm);

async function chunkNetworkFormFor(client: CrmClient, network: ChunkNetwork): Promise<ChunkNetworkForm> {
  const form = await fixture<ChunkNetworkForm>(html`<chunk-network-feedback-form
    .network=${network}
    .client=${client}
    survey-id="s-order"
    outbox-name=${databaseName()}
    min-fill-ms="0"
    throttle-ms="0"
    lang="en"
  ></chunk-network-feedback-form>`);
  await waitUntil(() => part(form, 'form'), 'the survey never rendered');
  return form;
}

const storedResponses = async (server: StorageAdapter) => (await server.list('surveyResponses')).items as unknown as SurveyResponse[];

describe('<crm-feedback-form>', () => {
  beforeEach(() => localStorage.clear());

  it('shows the survey with its progress, required marks and each scale as a labelled radio group', async () => {
    const { client } = setup();
    const form = await formFor(client, databaseName());
    expect(part(form, 'title')?.textContent).to.equal('How did we do?');
    expect(part(form, 'progress')?.textContent).to.contain('Page 1 of 2');
    const groups = form.shadowRoot?.querySelectorAll('[role="radiogroup"]') ?? [];
    expect(groups.length).to.equal(2);
    expect(groups[0]?.querySelectorAll('input[type="radio"]').length).to.equal(11);
    expect(groups[1]?.querySelectorAll('input[type="radio"]').length).to.equal(5);
    expect(groups[0]?.getAttribute('aria-required')).to.equal('true');
    // CSAT points say what they mean, not just their number.
    expect(radio(form, 1, 4).closest('label')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('4 Satisfied');
    await expect(form).to.be.accessible();
  });

  it('moves through a scale with the arrow keys and leaves it with one Tab', async () => {
    const { client } = setup();
    const form = await formFor(client, databaseName());
    radio(form, 0, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(form.shadowRoot?.activeElement === radio(form, 0, 2)).to.equal(true);
    expect(radio(form, 0, 2).checked).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    expect(radio(form, 0, 1).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    // The next stop is the CSAT group, not the next NPS point.
    expect((form.shadowRoot?.activeElement as HTMLInputElement).name).to.equal('q1');
  });

  it('checks answers at the field, in the reader’s language, and focuses the first one to fix', async () => {
    const { client } = setup();
    const form = await formFor(client, databaseName(), { lang: 'zh-Hans' });
    radio(form, 1, 5).click();
    await press(form, 'next-button');
    const nps = form.shadowRoot?.querySelector('[role="radiogroup"]');
    expect(nps?.getAttribute('aria-invalid')).to.equal('true');
    const errorId = nps?.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
    expect(form.shadowRoot?.getElementById(errorId ?? '')?.textContent).to.equal('此项为必填项。');
    expect(form.shadowRoot?.activeElement === radio(form, 0, 0)).to.equal(true);
    expect(part(form, 'progress')?.textContent).to.contain('第 1 页');
    // Nothing given is lost, and the problem goes away as soon as it is fixed.
    expect(radio(form, 1, 5).checked).to.equal(true);
    radio(form, 0, 3).click();
    await form.updateComplete;
    expect(parts(form, 'field-error')).to.have.length(0);
    await expect(form).to.be.accessible();
  });

  it('checks an email address when the visitor leaves the field', async () => {
    const { client } = setup();
    const form = await formFor(client, databaseName());
    await answerFirstPage(form, 9, 5);
    await type(form, 'q3', 'not an address');
    const input = form.shadowRoot?.querySelector('#q3');
    expect(input?.getAttribute('aria-invalid')).to.equal('true');
    expect(form.shadowRoot?.getElementById(input?.getAttribute('aria-describedby') ?? '')?.textContent).to.contain('name@example.com');
    await type(form, 'q3', 'li.na@example.cn');
    expect(input?.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks "what could we do better?" only after a low NPS, and keeps what was typed when it hides', async () => {
    const { client, server } = setup();
    const form = await formFor(client, databaseName());
    await answerFirstPage(form, 4, 2);
    expect(form.shadowRoot?.activeElement?.classList.contains('page')).to.equal(true);
    expect(part(form, 'page')).to.equal(null);
    expect(form.shadowRoot?.querySelector('#q2')).to.exist;
    await type(form, 'q2', 'Faster delivery, please');
    await press(form, 'back-button');
    radio(form, 0, 9).click();
    await press(form, 'next-button');
    expect(form.shadowRoot?.querySelector('#q2')).to.equal(null);
    await press(form, 'back-button');
    radio(form, 0, 5).click();
    await press(form, 'next-button');
    expect((form.shadowRoot?.querySelector('#q2') as HTMLTextAreaElement).value).to.equal('Faster delivery, please');
    await press(form, 'submit-button');
    await waitUntil(() => part(form, 'thanks'));
    const [stored] = await storedResponses(server);
    expect(stored?.answers).to.deep.equal({ nps: 5, csat: 2, better: 'Faster delivery, please', email: null });
  });

  it('announces the scored response, stores it linked to the order, and thanks the visitor', async () => {
    const { client, server } = setup();
    const outboxName = databaseName();
    const form = await formFor(client, outboxName);
    await answerFirstPage(form, 10, 4);
    await type(form, 'q3', ' li.na@example.cn ');
    setTimeout(() => part(form, 'submit-button')?.click());
    const submit = await oneEvent(form, 'crm-feedback-submit');
    expect(submit.detail.scores).to.deep.equal([
      { questionId: 'nps', type: 'nps', score: 10, category: 'promoter' },
      { questionId: 'csat', type: 'csat', score: 4, level: 'satisfied' },
    ]);
    const submitted = await oneEvent(form, 'crm-feedback-submitted');
    expect(submitted.detail.delivery).to.equal('sent');
    await form.updateComplete;
    expect(form.shadowRoot?.activeElement?.id).to.equal('thanks-title');
    const stored = await storedResponses(server);
    expect(stored).to.have.length(1);
    expect(stored[0]).to.include({ id: submit.detail.responseId, surveyId: 's-order', orderId: 'o-42', locale: 'en', idempotencyKey: submit.detail.responseId });
    expect(stored[0]?.answers).to.deep.equal({ nps: 10, csat: 4, email: 'li.na@example.cn' });
    // Sent at once, so the outbox never opened its database.
    expect((await indexedDB.databases()).map((database) => database.name)).not.to.include(outboxName);
    await expect(form).to.be.accessible();
  });

  it('keeps the form as it is when the host cancels the submission', async () => {
    const { client, server } = setup();
    const form = await formFor(client, databaseName());
    form.addEventListener('crm-feedback-submit', (event: CrmFeedbackSubmitEvent) => event.preventDefault());
    await answerFirstPage(form, 8, 3);
    await press(form, 'submit-button');
    expect(part(form, 'thanks')).to.equal(null);
    expect(await storedResponses(server)).to.have.length(0);
  });

  it('shows a refusal and keeps every answer when the service rejects the response', async () => {
    const { client, server } = setup();
    server.create = () => Promise.reject(new PermissionError());
    const form = await formFor(client, databaseName());
    await answerFirstPage(form, 2, 1);
    await type(form, 'q2', 'The parcel was damaged');
    await press(form, 'submit-button');
    await waitUntil(() => part(form, 'error'));
    expect(part(form, 'error')?.textContent).to.contain('permission');
    expect((form.shadowRoot?.querySelector('#q2') as HTMLTextAreaElement).value).to.equal('The parcel was damaged');
    await press(form, 'back-button');
    expect(radio(form, 0, 2).checked).to.equal(true);
  });

  describe('spam protection', () => {
    it('drops a submission with the honeypot filled in, quietly', async () => {
      const { client, server } = setup();
      const form = await formFor(client, databaseName(), { followUp: true });
      let announced = false;
      form.addEventListener('crm-feedback-submit', () => (announced = true));
      const honeypot = form.shadowRoot?.querySelector<HTMLInputElement>('input[name="website"]');
      expect(honeypot?.tabIndex).to.equal(-1);
      expect(honeypot?.closest('[aria-hidden="true"]')).to.exist;
      if (honeypot) honeypot.value = 'https://cheap-pills.example';
      await answerFirstPage(form, 10, 5);
      await press(form, 'submit-button');
      expect(part(form, 'thanks')).to.exist;
      expect(part(form, 'follow-up')).to.equal(null);
      expect(announced).to.equal(false);
      expect(await storedResponses(server)).to.have.length(0);
    });

    it('explains a submission sent faster than the minimum time to fill, and accepts it after', async () => {
      const { client, server } = setup();
      const form = await formFor(client, databaseName(), { minFillMs: '300' });
      await answerFirstPage(form, 9, 5);
      await press(form, 'submit-button');
      expect(part(form, 'notice')?.textContent).to.contain('That was quick');
      expect(part(form, 'notice')?.getAttribute('role')).to.equal('alert');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'thanks'));
      expect(await storedResponses(server)).to.have.length(1);
    });

    it('lets one visitor send one response a minute, and says when they can send another', async () => {
      const { client, server } = setup();
      const first = await formFor(client, databaseName(), { throttleMs: '60000' });
      await answerFirstPage(first, 9, 5);
      await press(first, 'submit-button');
      await waitUntil(() => part(first, 'thanks'));
      const second = await formFor(client, databaseName(), { throttleMs: '60000', lang: 'zh-Hant' });
      await answerFirstPage(second, 3, 1);
      await press(second, 'submit-button');
      expect(part(second, 'notice')?.textContent).to.match(/請在 (59|60) 秒後再提交/);
      await press(second, 'back-button');
      expect(radio(second, 0, 3).checked).to.equal(true);
      expect(await storedResponses(server)).to.have.length(1);
    });
  });

  describe('offline', () => {
    it('queues a response sent while offline and sends it when the connection returns', async () => {
      const { client, server, link } = setup(undefined, 'down');
      const outboxName = databaseName();
      const form = await formFor(client, outboxName);
      window.dispatchEvent(new Event('offline'));
      await form.updateComplete;
      expect(part(form, 'notice')?.textContent).to.contain('You are offline');
      await answerFirstPage(form, 6, 3);
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'thanks'));
      expect(part(form, 'notice')?.textContent).to.contain('saved on this device');
      await expect(form).to.be.accessible();
      link.mode = 'up';
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => part(form, 'thanks')?.textContent?.includes('Your answers have been sent'), 'the queued response was never sent');
      expect(await storedResponses(server)).to.have.length(1);
      // With nothing left to send, the next page load leaves IndexedDB closed.
      await waitUntil(() => localStorage.getItem(`rapport:outbox:${outboxName}`) === null, 'the outbox stayed marked as holding entries');
    });

    it('says a queued response lives only as long as the page where the browser refuses to store it', async () => {
      // What a sandboxed frame or blocked storage does: every open fails, and the outbox keeps entries in page memory.
      const refusing = { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } } as unknown as IDBFactory;
      const { client, server, link } = setup(undefined, 'down', (name) => createIndexedDbOutboxStore({ name, indexedDB: refusing }));
      const form = await formFor(client, databaseName());
      window.dispatchEvent(new Event('offline'));
      await answerFirstPage(form, 7, 4);
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'page-only'), 'the visitor was not told to keep the page open');
      expect(part(form, 'page-only')?.textContent).to.equal('This browser does not let us keep them after the page is closed: keep this page open until they are sent.');
      await expect(form).to.be.accessible();
      link.mode = 'up';
      window.dispatchEvent(new Event('online'));
      await waitUntil(async () => (await storedResponses(server)).length === 1, 'the response kept in memory was never sent');
    });

    it('does not warn about a reload where the browser keeps the queued response', async () => {
      const { client } = setup(undefined, 'down');
      const form = await formFor(client, databaseName());
      window.dispatchEvent(new Event('offline'));
      await answerFirstPage(form, 7, 4);
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'thanks'));
      // Give the store's answer time to arrive: it must not bring the warning.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await form.updateComplete;
      expect(part(form, 'page-only')).to.equal(null);
    });

    it('stores a response exactly once when the connection drops mid-submit, across a reload', async () => {
      const outboxName = databaseName();
      const before = setup(undefined, 'lose-reply');
      const form = await formFor(before.client, outboxName);
      await answerFirstPage(form, 3, 2);
      await type(form, 'q2', 'Call me back');
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'thanks'));
      // The first attempt reached the service, but its reply was lost: the form cannot know.
      expect(await storedResponses(before.server)).to.have.length(1);
      before.link.mode = 'down';
      window.dispatchEvent(new Event('offline'));

      // Reload: the page goes away with its outbox; the queued response stays in IndexedDB.
      form.remove();
      const store = createIndexedDbOutboxStore({ name: outboxName });
      const queued = await store.list();
      store.close();
      expect(queued).to.have.length(1);
      expect(queued[0]).to.include({ op: 'create', collection: 'surveyResponses' });

      const after = setup(before.server, 'down');
      await formFor(after.client, outboxName);
      after.link.mode = 'up';
      window.dispatchEvent(new Event('online'));
      const check = createIndexedDbOutboxStore({ name: outboxName });
      await waitUntil(async () => (await check.list()).length === 0, 'the queued response was never sent');
      check.close();
      const stored = await storedResponses(before.server);
      expect(stored).to.have.length(1);
      expect(stored[0]?.answers).to.deep.equal({ nps: 3, csat: 2, better: 'Call me back', email: null });
    });
  });

  describe('responses the service refused after they were queued', () => {
    const mark = (outboxName: string) => localStorage.getItem(`rapport:outbox:${outboxName}`);

    /** A form whose response (and, when asked, the follow-up queued behind it) was queued offline, then refused when the connection came back. */
    async function refusedAfterQueueing(outboxName: string, followUp = false): Promise<Setup & { form: CrmFeedbackForm }> {
      const queued = setup(undefined, 'down');
      const form = await formFor(queued.client, outboxName, { followUp });
      window.dispatchEvent(new Event('offline'));
      await answerFirstPage(form, 8, 4);
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'thanks'));
      if (followUp) {
        parts(form, 'follow-up-button')[0]?.click();
        await waitUntil(() => part(form, 'follow-up')?.textContent?.includes('We will be in touch'));
      }
      queued.link.mode = 'refuse';
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => part(form, 'unsent'), 'the refusal was never shown');
      return { ...queued, form };
    }

    it('says so instead of "will be sent", keeps the response across a reload, and sends it when the visitor retries', async () => {
      const outboxName = databaseName();
      const { form, server } = await refusedAfterQueueing(outboxName);
      expect(part(form, 'unsent')?.textContent).to.contain('Your response could not be sent.');
      expect(part(form, 'thanks')?.textContent).not.to.contain('saved on this device');
      await expect(form).to.be.accessible();
      // Nothing the outbox can send on its own: the next pages leave it stopped.
      await waitUntil(() => mark(outboxName) === 'failed:["s-order"]', 'the outbox was not marked as holding refused responses only');

      form.remove();
      const reloaded = await formFor(setup(server).client, outboxName);
      await waitUntil(() => part(reloaded, 'unsent'), 'the refused response was not offered after a reload');
      expect(await storedResponses(server)).to.have.length(0);
      parts(reloaded, 'unsent-button')[0]?.click();
      await waitUntil(async () => (await storedResponses(server)).length === 1, 'the response was never sent again');
      await waitUntil(() => !part(reloaded, 'unsent') && mark(outboxName) === null, 'the notice or the mark stayed');
    });

    it('is offered only by forms of its survey, and dropped with its follow-up when the visitor discards it', async () => {
      const outboxName = databaseName();
      const { form, server } = await refusedAfterQueueing(outboxName, true);
      const queued = createIndexedDbOutboxStore({ name: outboxName });
      expect((await queued.list()).map((entry) => [entry.op, entry.state])).to.deep.equal([
        ['create', 'failed'],
        ['update', 'pending'],
      ]);
      queued.close();
      await waitUntil(() => mark(outboxName)?.startsWith('failed:'));
      form.remove();

      const open = indexedDB.open;
      let opened = 0;
      indexedDB.open = (...args) => {
        opened += 1;
        return open.apply(indexedDB, args);
      };
      try {
        const other = await fixture<CrmFeedbackForm>(html`<crm-feedback-form .client=${setup(server).client} survey-id="s-other" outbox-name=${outboxName}></crm-feedback-form>`);
        await other.updateComplete;
        expect(part(other, 'unsent')).to.equal(null);
        expect(opened).to.equal(0);
      } finally {
        indexedDB.open = open;
      }

      const reloaded = await formFor(setup(server).client, outboxName, { lang: 'zh-Hans' });
      await waitUntil(() => part(reloaded, 'unsent'));
      expect(part(reloaded, 'unsent')?.textContent).to.contain('有 1 份答卷未能发送。');
      parts(reloaded, 'unsent-button')[1]?.click();
      await waitUntil(() => !part(reloaded, 'unsent') && mark(outboxName) === null, 'the notice or the mark stayed');
      const store = createIndexedDbOutboxStore({ name: outboxName });
      expect(await store.list()).to.deep.equal([]);
      store.close();
      expect(await storedResponses(server)).to.have.length(0);
    });
  });

  describe('follow-up', () => {
    it('asks whether the visitor may be contacted and stores the answer with the response', async () => {
      const { client, server, patches } = setup();
      const form = await formFor(client, databaseName(), { followUp: true, lang: 'zh-Hant' });
      await answerFirstPage(form, 4, 2);
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'follow-up'));
      const [sent] = await storedResponses(server);
      expect(part(form, 'follow-up')?.textContent).to.contain('我們可以就您的答案與您聯絡嗎？');
      await expect(form).to.be.accessible();
      setTimeout(() => parts(form, 'follow-up-button')[0]?.click());
      const { detail } = await oneEvent(form, 'crm-feedback-follow-up');
      expect(detail.accepted).to.equal(true);
      await form.updateComplete;
      expect(form.shadowRoot?.activeElement?.textContent).to.contain('我們會與您聯絡');
      const [stored] = await storedResponses(server);
      expect(stored?.id).to.equal(detail.responseId);
      expect(stored?.answers).to.deep.include({ nps: 4, 'follow-up': 'yes' });
      // Over a server, a public key may only add answers to a response it sent: the patch holds the answers as sent plus the new one, nothing else.
      expect(patches).to.deep.equal([{ answers: { ...sent?.answers, 'follow-up': 'yes' } }]);
      expect(stored?.version).to.equal(2);
    });

    it('queues the answer behind a queued response, so both arrive in order', async () => {
      const { client, server, link } = setup(undefined, 'down');
      const form = await formFor(client, databaseName(), { followUp: true });
      await answerFirstPage(form, 10, 5);
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'follow-up'));
      parts(form, 'follow-up-button')[1]?.click();
      await waitUntil(() => part(form, 'follow-up')?.textContent?.includes('will not contact you'));
      link.mode = 'up';
      window.dispatchEvent(new Event('online'));
      await waitUntil(async () => (await storedResponses(server))[0]?.answers['follow-up'] === 'no', 'the answer never arrived');
      expect(await storedResponses(server)).to.have.length(1);
    });
  });

  describe('the code that sends, fetched on first use', () => {
    it('is on its way by the first interaction, so the answers still go out when the network drops after it', async () => {
      const { client, server, link } = setup();
      let open = () => {};
      const network: ChunkNetwork = { mode: 'up', fetches: 0, loaded: 0, gate: new Promise<void>((resolve) => (open = resolve)) };
      const form = await chunkNetworkFormFor(client, network);
      radio(form, 0, 6).focus();
      expect(network.fetches).to.equal(1);
      open();
      await waitUntil(() => network.loaded === 1, 'the code that sends never loaded');

      network.mode = 'down';
      link.mode = 'down';
      window.dispatchEvent(new Event('offline'));
      await answerFirstPage(form, 6, 3);
      await press(form, 'submit-button');
      await waitUntil(() => part(form, 'thanks'));
      expect(part(form, 'notice')?.textContent).to.contain('saved on this device');
      expect(network.fetches).to.equal(1);
      link.mode = 'up';
      window.dispatchEvent(new Event('online'));
      await waitUntil(async () => (await storedResponses(server)).length === 1, 'the queued response was never sent');
    });

    it('is fetched once the form has rendered and the page is idle, with no interaction at all', async () => {
      const { client } = setup();
      const network: ChunkNetwork = { mode: 'up', fetches: 0, loaded: 0 };
      const form = await chunkNetworkFormFor(client, network);
      expect(part(form, 'form')).to.exist;
      await waitUntil(() => network.loaded === 1, 'the code that sends was never fetched');
      expect(network.fetches).to.equal(1);
    });

    it('waits for the survey to show before it is fetched, so the first content does not wait behind it', async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const memory = createMemoryAdapter({ seed: { surveys: [survey] }, now: () => NOW });
      const { client } = setup({ ...memory, get: async (collection, id, options) => (await held, memory.get(collection, id, options)) });
      const network: ChunkNetwork = { mode: 'up', fetches: 0, loaded: 0 };
      const form = await fixture<ChunkNetworkForm>(html`<chunk-network-feedback-form .network=${network} .client=${client} survey-id="s-order" outbox-name=${databaseName()} lang="en"></chunk-network-feedback-form>`);
      // The page is idle while the survey is on its way.
      await new Promise((resolve) => requestIdleCallback(resolve));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(part(form, 'form')).to.equal(null);
      expect(network.fetches).to.equal(0);
      release();
      await waitUntil(() => part(form, 'form'), 'the survey never rendered');
      await waitUntil(() => network.loaded === 1, 'the code that sends was never fetched');
    });

    it('keeps every answer and offers a retry when it cannot be fetched, and sends once it can', async () => {
      const { client, server } = setup();
      let open = () => {};
      const network: ChunkNetwork = { mode: 'down', fetches: 0, loaded: 0, gate: new Promise<void>((resolve) => (open = resolve)) };
      const form = await chunkNetworkFormFor(client, network);
      await answerFirstPage(form, 3, 2);
      await type(form, 'q2', 'The box was crushed');
      part(form, 'submit-button')?.click();
      // While it loads, the button says the answers are on their way and takes no second submission.
      await waitUntil(() => part(form, 'submit-button')?.getAttribute('aria-busy') === 'true', 'the button never showed it was busy');
      const busy = part(form, 'submit-button') as HTMLButtonElement;
      expect(busy.disabled).to.equal(true);
      expect(busy.textContent).to.equal('Sending…');

      open();
      await form.updateComplete;
      expect(part(form, 'error')?.textContent).to.contain('could not be reached');
      expect(part(form, 'error')?.getAttribute('role')).to.equal('alert');
      const idle = part(form, 'submit-button') as HTMLButtonElement;
      expect([idle.disabled, idle.hasAttribute('aria-busy'), idle.textContent]).to.deep.equal([false, false, 'Send']);
      expect((form.shadowRoot?.querySelector('#q2') as HTMLTextAreaElement).value).to.equal('The box was crushed');
      expect(await storedResponses(server)).to.have.length(0);
      await expect(form).to.be.accessible();

      network.mode = 'up';
      part(form, 'retry-button')?.click();
      await waitUntil(() => part(form, 'thanks'), 'the retry never sent the answers');
      const [stored] = await storedResponses(server);
      expect(stored?.answers).to.deep.equal({ nps: 3, csat: 2, better: 'The box was crushed', email: null });
    });
  });

  it('shows a skeleton while the survey loads, and a retry after a failure', async () => {
    const server = createMemoryAdapter({ seed: { surveys: [survey] } });
    const get = server.get.bind(server);
    let reachable = false;
    // Not retryable, so the client reports it at once instead of trying again in the background.
    server.get = async (collection, id, options) => {
      if (!reachable) throw new NetworkError(undefined, false);
      return get(collection, id, options);
    };
    const { client } = setup(server);
    const form = await fixture<CrmFeedbackForm>(html`<crm-feedback-form .client=${client} survey-id="s-order" lang="en"></crm-feedback-form>`);
    expect(part(form, 'skeleton')).to.exist;
    await waitUntil(() => part(form, 'retry-button'));
    await expect(form).to.be.accessible();
    reachable = true;
    part(form, 'retry-button')?.click();
    await waitUntil(() => part(form, 'form'));
  });

  it('asks for a survey when it has none', async () => {
    const { client } = setup();
    const form = await fixture<CrmFeedbackForm>(html`<crm-feedback-form .client=${client} lang="zh-Hans"></crm-feedback-form>`);
    expect(part(form, 'empty')?.textContent).to.equal('未选择调查。');
  });
});
