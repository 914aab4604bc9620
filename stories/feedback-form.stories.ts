import { createCrmClient, createMemoryOutboxStore, createOutbox, NetworkError, PermissionError, ValidationError, type CrmClient, type StorageAdapter, type SurveyCreate } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { createDemoAdapter, DEMO_IDS } from '@rapport/core/demo';
import type { CrmFeedbackForm, SurveyDefinition } from '@rapport/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { failingClient, pendingClient } from './story-clients.js';
import { localeAndTheme, once } from './playground.js';

const NOW = new Date('2025-03-03T09:15:00Z');

type Question = SurveyCreate['questions'][number];

/** A one-question survey, to show one question type on its own. */
const single = (id: string, question: Question): SurveyDefinition => ({ id, title: 'Your order #10482', questions: [question] });

/** Every question type over three pages, with "what could we do better?" only after a low NPS. */
const everyType: SurveyDefinition = {
  id: 'story-every-type',
  title: 'How was your order?',
  description: 'Three short pages; about a minute.',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us to a friend or colleague?', required: true, page: 1 },
    { type: 'text', id: 'better', label: 'What could we do better?', page: 1, maxLength: 1000, showIf: { questionId: 'nps', op: 'lte', value: 6 } },
    { type: 'csat', id: 'csat', label: 'How satisfied are you with the delivery?', required: true, page: 2 },
    { type: 'ces', id: 'ces', label: 'How easy was it to place your order?', page: 2 },
    { type: 'rating', id: 'packaging', label: 'Rate the packaging', max: 5, page: 2 },
    {
      type: 'single',
      id: 'channel',
      label: 'Where did you hear about us?',
      page: 3,
      options: [
        { value: 'friend', label: 'A friend' },
        { value: 'search', label: 'A search engine' },
        { value: 'social', label: 'Social media' },
      ],
    },
    {
      type: 'multi',
      id: 'bought',
      label: 'What did you buy?',
      page: 3,
      options: [
        { value: 'tea', label: 'Tea' },
        { value: 'teaware', label: 'Teaware' },
        { value: 'gifts', label: 'Gift sets' },
      ],
    },
    { type: 'email', id: 'email', label: 'Your email address, if we may reply', page: 3 },
  ],
};

/** The demo CRM with its satisfaction survey (`s-nps`): NPS and CSAT, then a page of comments. */
function demoClient(): CrmClient {
  return createCrmClient({ adapter: createDemoAdapter({ now: NOW }), now: () => NOW });
}

function storyClient(): CrmClient {
  return createCrmClient({ adapter: createMemoryAdapter({ now: () => NOW }), now: () => NOW });
}

/** Reads work, but no response gets through: the form queues it in the outbox. */
function offlineClient({ kept = true } = {}): CrmClient {
  const adapter = createDemoAdapter({ now: NOW });
  adapter.create = () => Promise.reject(new NetworkError());
  // Stands in for IndexedDB (every story starts from an empty device); `kept: false` is a browser that refuses storage.
  const outboxStore = () => (kept ? { ...createMemoryOutboxStore(), durable: async () => true } : createMemoryOutboxStore());
  return createCrmClient({ adapter, now: () => NOW, outboxStore });
}

/** The first send fails for the network; once back online the service refuses the queued response. */
function refusingClient(): CrmClient {
  const adapter = createDemoAdapter({ now: NOW });
  let sends = 0;
  adapter.create = () => Promise.reject((sends += 1) === 1 ? new NetworkError() : new PermissionError());
  return createCrmClient({ adapter, now: () => NOW });
}

interface FormOptions {
  readonly survey?: SurveyDefinition;
  readonly surveyId?: string;
  readonly lang?: string;
  readonly theme?: string;
  readonly followUp?: boolean;
  readonly throttleMs?: number;
  /** Each story queues into its own database, so a response left queued by one never reaches another. */
  readonly outbox?: string;
}

const form = (client: CrmClient, { survey, surveyId = '', lang = 'en', theme = 'light', followUp = false, throttleMs = 0, outbox = 'default' }: FormOptions = {}): TemplateResult =>
  html`<crm-feedback-form
    .client=${client}
    .survey=${survey}
    survey-id=${surveyId}
    order-id="o-10482"
    lang=${lang}
    theme=${theme}
    ?follow-up=${followUp}
    min-fill-ms="0"
    throttle-ms=${throttleMs}
    outbox-name=${`storybook-${outbox}`}
    style="max-width: 40rem"
  ></crm-feedback-form>`;

/** The form in the story, once its questions are on screen. */
async function shownForm(canvasElement: HTMLElement): Promise<CrmFeedbackForm | undefined> {
  const element = canvasElement.querySelector<CrmFeedbackForm>('crm-feedback-form') ?? undefined;
  for (let waited = 0; element && !element.shadowRoot?.querySelector('form') && waited < 2_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return element;
}

/** Picks points on the demo survey's first page (NPS, then CSAT) and sends, as a visitor would. */
async function answerAndSend(canvasElement: HTMLElement, nps = 9, csat = 5): Promise<void> {
  const element = await shownForm(canvasElement);
  const root = element?.shadowRoot;
  root?.querySelector<HTMLInputElement>(`input[name="q0"][value="${nps}"]`)?.click();
  root?.querySelector<HTMLInputElement>(`input[name="q1"][value="${csat}"]`)?.click();
  await element?.updateComplete;
  root?.querySelector<HTMLButtonElement>('[part~="next-button"]')?.click();
  await element?.updateComplete;
  root?.querySelector<HTMLButtonElement>('[part~="submit-button"]')?.click();
  await element?.updateComplete;
}

const meta: Meta<CrmFeedbackForm> = {
  title: 'Widgets/Feedback form',
  component: 'crm-feedback-form',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<CrmFeedbackForm>;

const playgroundClient = once(demoClient);

/** Every control changes the form: the thank-you follow-up, a language, the dark theme. */
export const Playground: StoryObj<{ followUp: boolean; lang: string; theme: string }> = {
  args: { followUp: true, ...localeAndTheme.args },
  argTypes: { followUp: { control: 'boolean', description: 'Ask "may we contact you?" after a response.' }, ...localeAndTheme.argTypes },
  render: ({ followUp, lang, theme }) => form(playgroundClient(), { surveyId: DEMO_IDS.survey, followUp, lang, theme, outbox: 'playground' }),
};

export const DemoSurvey: Story = {
  name: 'Demo survey (NPS, CSAT, then comments)',
  render: () => form(demoClient(), { surveyId: DEMO_IDS.survey }),
};

export const EveryQuestionType: Story = {
  name: 'Every question type, on three pages',
  render: () => form(storyClient(), { survey: everyType }),
};

export const Nps: Story = {
  name: 'Question: NPS (0–10)',
  render: () => form(storyClient(), { survey: single('story-nps', { type: 'nps', id: 'nps', label: 'How likely are you to recommend us to a friend?', required: true }) }),
};

export const Csat: Story = {
  name: 'Question: CSAT (1–5)',
  render: () => form(storyClient(), { survey: single('story-csat', { type: 'csat', id: 'csat', label: 'How satisfied are you with your order?', required: true }) }),
};

export const Ces: Story = {
  name: 'Question: CES (1–7)',
  render: () => form(storyClient(), { survey: single('story-ces', { type: 'ces', id: 'ces', label: 'How easy was it to return your item?' }) }),
};

export const Rating: Story = {
  name: 'Question: rating',
  render: () => form(storyClient(), { survey: single('story-rating', { type: 'rating', id: 'stars', label: 'Rate the tea you bought', max: 5 }) }),
};

export const SingleChoice: Story = {
  name: 'Question: single choice',
  render: () =>
    form(storyClient(), {
      survey: single('story-single', {
        type: 'single',
        id: 'reason',
        label: 'What made you choose us?',
        options: [
          { value: 'price', label: 'Price' },
          { value: 'quality', label: 'Quality' },
          { value: 'delivery', label: 'Fast delivery' },
        ],
      }),
    }),
};

export const MultipleChoice: Story = {
  name: 'Question: multiple choice',
  render: () =>
    form(storyClient(), {
      survey: single('story-multi', {
        type: 'multi',
        id: 'channels',
        label: 'How would you like to hear from us?',
        required: true,
        options: [
          { value: 'email', label: 'Email' },
          { value: 'sms', label: 'Text message' },
          { value: 'wechat', label: 'WeChat' },
        ],
      }),
    }),
};

export const FreeText: Story = {
  name: 'Question: free text',
  render: () => form(storyClient(), { survey: single('story-text', { type: 'text', id: 'comment', label: 'Anything else you would like to tell us?', maxLength: 2000 }) }),
};

export const Email: Story = {
  name: 'Question: email (optional)',
  render: () => form(storyClient(), { survey: single('story-email', { type: 'email', id: 'email', label: 'Your email address, if we may reply' }) }),
};

export const FieldErrors: Story = {
  name: 'Validation at the field',
  render: () => form(demoClient(), { surveyId: DEMO_IDS.survey }),
  play: async ({ canvasElement }) => {
    const element = await shownForm(canvasElement);
    element?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="next-button"]')?.click();
    await element?.updateComplete;
  },
};

export const Loading: Story = { render: () => form(pendingClient(), { surveyId: DEMO_IDS.survey }) };

export const Empty: Story = {
  name: 'Empty (no survey selected)',
  render: () => form(storyClient()),
};

export const Failed: Story = {
  name: 'Error',
  render: () => form(failingClient(), { surveyId: DEMO_IDS.survey }),
};

export const Offline: Story = {
  name: 'Offline',
  render: () => form(offlineClient(), { surveyId: DEMO_IDS.survey, outbox: 'offline' }),
  play: async ({ canvasElement }) => {
    await shownForm(canvasElement);
    window.dispatchEvent(new Event('offline'));
  },
};

export const Queued: Story = {
  name: 'Queued: the service cannot be reached',
  render: () => form(offlineClient(), { surveyId: DEMO_IDS.survey, outbox: 'queued' }),
  play: ({ canvasElement }) => answerAndSend(canvasElement, 4, 2),
};

export const QueuedOffline: Story = {
  name: 'Queued: waiting for the browser to be back online',
  render: () => form(offlineClient(), { surveyId: DEMO_IDS.survey, outbox: 'queued-offline' }),
  play: async ({ canvasElement }) => {
    await shownForm(canvasElement);
    window.dispatchEvent(new Event('offline'));
    await answerAndSend(canvasElement, 9, 5);
  },
};

export const QueuedPageOnly: Story = {
  name: 'Queued: kept in this page only (storage refused)',
  render: () => form(offlineClient({ kept: false }), { surveyId: DEMO_IDS.survey, outbox: 'queued-page-only' }),
  play: async ({ canvasElement }) => {
    await shownForm(canvasElement);
    window.dispatchEvent(new Event('offline'));
    await answerAndSend(canvasElement, 9, 5);
  },
};

/** How the service answers a response queued on this device before the page opened. */
type EarlierDelivery = 'unreachable' | 'sending' | 'sent' | 'refused';

/**
 * A form of the demo survey on a page where this device already holds a response to it (queued
 * before a reload, or in another tab), and the service answering it as `delivery` says.
 */
function withEarlierResponse(delivery: EarlierDelivery, lang = 'en'): TemplateResult {
  const adapter: StorageAdapter = createDemoAdapter({ now: NOW });
  adapter.create = () =>
    delivery === 'unreachable'
      ? Promise.reject(new NetworkError())
      : delivery === 'sending'
        ? new Promise(() => undefined)
        : delivery === 'refused'
          ? Promise.reject(new ValidationError([{ path: ['answers', 'comment'], code: 'invalid_format', message: 'Contains characters that cannot be stored' }]))
          : createDemoAdapter({ now: NOW }).create('surveyResponses', { surveyId: DEMO_IDS.survey, answers: {}, submittedAt: NOW.toISOString() });
  const store = createMemoryOutboxStore();
  const outbox = `storybook-earlier-${delivery}-${lang}`;
  const answers = { nps: 5, csat: 2, comment: delivery === 'refused' ? 'The parcel came late \u0000' : 'The parcel came late' };
  void createOutbox({ store, adapter }).enqueue(
    { op: 'create', collection: 'surveyResponses', recordId: `earlier-${delivery}`, data: { surveyId: DEMO_IDS.survey, answers, submittedAt: NOW.toISOString() } },
    { group: DEMO_IDS.survey },
  );
  // What the outbox leaves in localStorage for the next page: it holds something to send.
  localStorage.setItem(`rapport:outbox:${outbox}`, `earlier-${delivery}`);
  return html`<crm-feedback-form
    .client=${createCrmClient({ adapter, now: () => NOW, outboxStore: () => store })}
    survey-id=${DEMO_IDS.survey}
    lang=${lang}
    min-fill-ms="0"
    throttle-ms="0"
    outbox-name=${outbox}
    style="max-width: 40rem"
  ></crm-feedback-form>`;
}

export const EarlierOffline: Story = {
  name: 'Earlier answers on this device: waiting for the connection',
  render: () => withEarlierResponse('unreachable', 'zh-Hant'),
  play: async ({ canvasElement }) => {
    await shownForm(canvasElement);
    window.dispatchEvent(new Event('offline'));
  },
};

export const EarlierUnreachable: Story = {
  name: 'Earlier answers on this device: service unreachable',
  render: () => withEarlierResponse('unreachable'),
};

export const EarlierSending: Story = {
  name: 'Earlier answers on this device: sending',
  render: () => withEarlierResponse('sending', 'zh-Hans'),
};

export const EarlierSent: Story = {
  name: 'Earlier answers on this device: sent',
  render: () => withEarlierResponse('sent', 'zh-Hant'),
};

export const EarlierRefused: Story = {
  name: 'Earlier answers refused, with a field error to correct',
  render: () => withEarlierResponse('refused'),
  play: async ({ canvasElement }) => {
    const element = await shownForm(canvasElement);
    for (let waited = 0; element && !element.shadowRoot?.querySelector('[part~="unsent"]') && waited < 2_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const buttons = [...(element?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="unsent-button"]') ?? [])];
    buttons.at(-1)?.click();
    await element?.updateComplete;
  },
};

export const NotSent: Story = {
  name: 'Queued, then refused: could not be sent',
  render: () => form(refusingClient(), { surveyId: DEMO_IDS.survey, outbox: 'refused' }),
  play: async ({ canvasElement }) => {
    await answerAndSend(canvasElement, 7, 4);
    window.dispatchEvent(new Event('online'));
  },
};

export const Blocked: Story = {
  name: 'Blocked: sent again too soon',
  render: () => {
    // This visitor answered the survey half a minute ago.
    localStorage.setItem(`rapport:feedback:${DEMO_IDS.survey}`, String(Date.now() - 30_000));
    return form(demoClient(), { surveyId: DEMO_IDS.survey, throttleMs: 60_000 });
  },
  play: ({ canvasElement }) => answerAndSend(canvasElement),
};

export const ThankYou: Story = {
  name: 'Thank you, with a follow-up',
  render: () => form(demoClient(), { surveyId: DEMO_IDS.survey, followUp: true }),
  play: ({ canvasElement }) => answerAndSend(canvasElement, 6, 3),
};

export const Dark: Story = {
  render: () => html`<div style="background: #030712; padding: 1rem">${form(storyClient(), { survey: everyType, theme: 'dark' })}</div>`,
};

export const SimplifiedChinese: Story = {
  name: 'zh-Hans',
  render: () => form(demoClient(), { surveyId: DEMO_IDS.survey, lang: 'zh-Hans' }),
};

export const TraditionalChinese: Story = {
  name: 'zh-Hant',
  render: () => form(demoClient(), { surveyId: DEMO_IDS.survey, lang: 'zh-Hant', followUp: true }),
  play: ({ canvasElement }) => answerAndSend(canvasElement, 10, 5),
};

/** NPS alone on its page, then a comment on the next: a click on a score turns the page by itself. */
const orderSurvey: SurveyDefinition = {
  id: 'story-order',
  title: 'How was your order?',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us to a friend?', required: true },
    { type: 'text', id: 'why', label: 'What is the main reason for your score?', maxLength: 1000, showIf: { questionId: 'nps', op: 'gte', value: 0 } },
  ],
};

interface EmbedOptions {
  readonly mode: 'popup' | 'slider' | 'side-tab';
  readonly trigger?: string;
  readonly lang?: string;
  /** What the page around the form shows (buttons of the shop, a long article). */
  readonly page?: TemplateResult;
}

/**
 * The form as a shop embeds it outside its page flow. `dismiss-days="0"`: a story opens every time
 * it is viewed, though closing it counts as a dismissal in a real shop.
 */
const embedded = ({ mode, trigger, lang = 'en', page }: EmbedOptions): TemplateResult =>
  html`${page ?? html`<p>The shop’s page.</p>`}
    <crm-feedback-form
      .client=${storyClient()}
      .survey=${orderSurvey}
      mode=${mode}
      trigger=${trigger ?? ''}
      dismiss-days="0"
      ask-again-days="0"
      min-fill-ms="0"
      throttle-ms="0"
      nps-colors
      review-url="https://reviews.example.com/tea-shop"
      lang=${lang}
      outbox-name="storybook-embedded"
    ></crm-feedback-form>`;

/** Opens the form in the story, as its trigger would. */
const showForm = ({ canvasElement }: { canvasElement: HTMLElement }) => {
  canvasElement.querySelector<CrmFeedbackForm>('crm-feedback-form')?.show();
};

const orderButton = html`<button type="button" @click=${() => document.dispatchEvent(new CustomEvent('order-completed'))}>Place the order</button>`;

export const Popup: Story = {
  name: 'Mode: popup (modal)',
  render: () => embedded({ mode: 'popup' }),
  play: showForm,
};

export const Slider: Story = {
  name: 'Mode: slider (corner card)',
  render: () => embedded({ mode: 'slider' }),
  play: showForm,
};

export const SideTab: Story = {
  name: 'Mode: side tab',
  render: () => embedded({ mode: 'side-tab' }),
};

export const SideTabOpen: Story = {
  name: 'Mode: side tab, opened (zh-Hans)',
  render: () => embedded({ mode: 'side-tab', lang: 'zh-Hans' }),
  play: showForm,
};

export const AfterSeconds: Story = {
  name: 'Trigger: after 3 seconds',
  render: () => embedded({ mode: 'slider', trigger: 'seconds:3', page: html`<p>The slider comes up after three seconds on the page.</p>` }),
};

export const OnScroll: Story = {
  name: 'Trigger: after scrolling half the page',
  render: () =>
    embedded({
      mode: 'slider',
      trigger: 'scroll:50',
      page: html`<article style="max-width: 40rem">${Array.from({ length: 30 }, (_, i) => html`<p>Paragraph ${i + 1} of the shop’s buying guide. Scroll on: the slider comes up half-way.</p>`)}</article>`,
    }),
};

export const ExitIntent: Story = {
  name: 'Trigger: exit intent (desktop)',
  render: () => embedded({ mode: 'popup', trigger: 'exit-intent', page: html`<p>Move the pointer out through the top of the window.</p>` }),
};

export const OnOrderCompleted: Story = {
  name: 'Trigger: the shop’s order-completed event',
  render: () => embedded({ mode: 'slider', trigger: 'event:order-completed', page: html`<p>${orderButton}</p>` }),
};

export const ByMethodCall: Story = {
  name: 'Trigger: show() from the page',
  render: () =>
    embedded({
      mode: 'popup',
      page: html`<p>
        <button type="button" @click=${(event: Event) => (event.currentTarget as HTMLElement).closest('div, body')?.querySelector<CrmFeedbackForm>('crm-feedback-form')?.show()}>
          Give feedback
        </button>
      </p>`,
    }),
};

export const NpsNarrow: Story = {
  name: 'NPS at 320 px, colour-coded',
  render: () =>
    html`<div style="width: 320px">
      <crm-feedback-form .client=${storyClient()} .survey=${orderSurvey} nps-colors min-fill-ms="0" outbox-name="storybook-narrow"></crm-feedback-form>
    </div>`,
};

/** Answers the order survey's score and sends it. */
const scoreAndSend = (score: number) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const element = await shownForm(canvasElement);
  element?.shadowRoot?.querySelector<HTMLInputElement>(`input[value="${score}"]`)?.click();
  await element?.updateComplete;
  element?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit-button"]')?.click();
  await element?.updateComplete;
};

export const ThankYouPromoter: Story = {
  name: 'Thank you: promoter, with a review link',
  render: () =>
    html`<crm-feedback-form .client=${storyClient()} .survey=${orderSurvey} review-url="https://reviews.example.com/tea-shop" min-fill-ms="0" throttle-ms="0" outbox-name="storybook-promoter"></crm-feedback-form>`,
  play: scoreAndSend(10),
};

export const ThankYouDetractor: Story = {
  name: 'Thank you: detractor, to be contacted (zh-Hant)',
  render: () =>
    html`<crm-feedback-form .client=${storyClient()} .survey=${orderSurvey} contact-id="c-1" lang="zh-Hant" min-fill-ms="0" throttle-ms="0" outbox-name="storybook-detractor"></crm-feedback-form>`,
  play: scoreAndSend(3),
};
