import { createMemoryOutboxStore, createCrmClient, type CrmClient, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../define.js';
import { askKey } from './ask-record.js';
import { deferFeedbackForm } from './deferred-forms.js';
import { CrmFeedbackForm } from './feedback-form.js';

const NOW = new Date('2025-03-03T09:15:00Z');
const DAY = 86_400_000;

/** NPS alone on page 1 (it turns by itself on a click), a comment on page 2. */
const twoPages: RecordInput = {
  id: 's-two-pages',
  title: 'How did we do?',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us?', required: true, page: 1 },
    { type: 'text', id: 'comment', label: 'Anything else?', page: 2 },
  ],
};

/** NPS with its comment under it once scored, on one page. */
const scoreAndComment: RecordInput = {
  id: 's-score-comment',
  title: 'How was your order?',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us?', required: true },
    { type: 'text', id: 'why', label: 'What is the main reason for your score?', showIf: { questionId: 'nps', op: 'gte', value: 0 } },
  ],
};

/** Two required questions on one page, to see the announcement count down. */
const twoRequired: RecordInput = {
  id: 's-two-required',
  title: 'Two questions',
  questions: [
    { type: 'csat', id: 'csat', label: 'How satisfied are you?', required: true },
    { type: 'text', id: 'why', label: 'Why?', required: true },
  ],
};

/** Responses already stored: sent from another device, say. */
function client(surveyResponses: RecordInput[] = [], now = () => NOW): CrmClient {
  const adapter = createMemoryAdapter({ seed: { surveys: [twoPages, scoreAndComment, twoRequired], surveyResponses }, now });
  return createCrmClient({ adapter, now, outboxStore: () => createMemoryOutboxStore() });
}

interface Options {
  readonly mode?: string;
  readonly trigger?: string;
  readonly survey?: string;
  readonly lang?: string;
  readonly extra?: Record<string, string>;
  readonly stored?: RecordInput[];
  /** The store's clock: the page's own (as the device records use) where stored responses are compared with them. */
  readonly clock?: () => Date;
}

async function formFor({ mode, trigger, survey = 's-two-pages', lang = 'en', extra = {}, stored = [], clock }: Options = {}): Promise<CrmFeedbackForm> {
  // Attributes first, then into the page, as a page's HTML has them.
  const form = document.createElement('crm-feedback-form');
  const attributes = { 'survey-id': survey, 'min-fill-ms': '0', 'throttle-ms': '0', lang, ...(mode ? { mode } : {}), ...(trigger ? { trigger } : {}), ...extra };
  for (const [name, value] of Object.entries(attributes)) form.setAttribute(name, value);
  form.client = client(stored, clock);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(form);
  await form.updateComplete;
  return form;
}

const part = (form: CrmFeedbackForm, name: string) => form.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const dialogOf = (form: CrmFeedbackForm) => form.shadowRoot?.querySelector('dialog') ?? null;
const isOpen = (form: CrmFeedbackForm) => dialogOf(form)?.open === true && part(form, 'form') !== null;

async function opened(form: CrmFeedbackForm, what = 'the form never opened'): Promise<void> {
  await until(() => isOpen(form), what);
  await form.updateComplete;
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const radio = (form: CrmFeedbackForm, question: number, value: number) => form.shadowRoot!.querySelector<HTMLInputElement>(`input[name="q${question}"][value="${value}"]`)!;

/** A real click at the middle of an element, as a visitor's pointer makes it. */
async function clickAt(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Waits for a condition; generous, as a shared machine can be slow, and fails with what never happened. */
const until = (condition: () => unknown, message?: string) => waitUntil(condition, message, { timeout: 10_000 });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<crm-feedback-form> embed modes', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('sits inline by default, with no dialog', async () => {
    const form = await formFor();
    await until(() => part(form, 'form'), 'the survey never rendered');
    expect(dialogOf(form)).to.equal(null);
  });

  it('opens a popup as a modal dialog, axe-clean, with the focus inside', async () => {
    const form = await formFor({ mode: 'popup' });
    expect(dialogOf(form)?.open).to.equal(false);
    form.show();
    await opened(form);
    expect(dialogOf(form)?.matches(':modal')).to.equal(true);
    expect(dialogOf(form)?.contains(deepActive())).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('keeps Tab and Shift+Tab inside the popup', async () => {
    const form = await formFor({ mode: 'popup' });
    form.show();
    await opened(form);
    // Close button, the NPS group, Next: five presses go round at least once.
    for (let step = 1; step <= 5; step += 1) {
      await sendKeys({ press: 'Tab' });
      expect(dialogOf(form)?.contains(deepActive()), `Tab ${step} left the dialog`).to.equal(true);
    }
    await sendKeys({ down: 'Shift' });
    for (let step = 1; step <= 5; step += 1) {
      await sendKeys({ press: 'Tab' });
      expect(dialogOf(form)?.contains(deepActive()), `Shift+Tab ${step} left the dialog`).to.equal(true);
    }
    await sendKeys({ up: 'Shift' });
  });

  it('closes the popup with Escape and gives the focus back to where it was', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>Give feedback</button>`);
    const form = await formFor({ mode: 'popup' });
    opener.focus();
    form.show();
    await opened(form);
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect(dialogOf(form)?.open).to.equal(false);
    expect(form.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('closes a popup with its close button, and remembers the dismissal for dismiss-days', async () => {
    const form = await formFor({ mode: 'popup' });
    form.show();
    await opened(form);
    part(form, 'close-button')!.click();
    await form.updateComplete;
    expect(dialogOf(form)?.open).to.equal(false);
    // The same visitor is not asked again (default: a week)…
    const again = await formFor({ mode: 'popup' });
    again.show();
    await pause(100);
    expect(isOpen(again)).to.equal(false);
    // …unless the page lets dismissals go at once.
    const lenient = await formFor({ mode: 'popup', extra: { 'dismiss-days': '0' } });
    lenient.show();
    await opened(lenient);
  });

  it('shows a slider as a corner card that leaves the page usable, closed with Escape', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>Keep shopping</button>`);
    const form = await formFor({ mode: 'slider' });
    outside.focus();
    form.show();
    await opened(form);
    expect(dialogOf(form)?.matches(':modal')).to.equal(false);
    // Opened by a trigger, it does not take the focus from what the visitor is doing.
    expect(document.activeElement).to.equal(outside);
    const box = dialogOf(form)!.getBoundingClientRect();
    expect(box.right).to.be.closeTo(innerWidth - 16, 2);
    expect(box.bottom).to.be.closeTo(innerHeight - 16, 2);
    // Not modal: the page stays reachable.
    expect(outside.closest('[inert]')).to.equal(null);
    await expect(form).to.be.accessible();
    radio(form, 0, 5).focus();
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect(dialogOf(form)?.open).to.equal(false);
  });

  it('shows a slider over the help launcher in the same corner, so its buttons take the click', async () => {
    const launcher = document.createElement('crm-ticket-widget');
    launcher.setAttribute('launcher', '');
    launcher.setAttribute('mode', 'customer');
    document.body.append(launcher);
    try {
      const form = await formFor({ mode: 'slider', survey: 's-two-required' });
      form.show();
      await opened(form);
      const send = part(form, 'submit-button')!;
      const box = send.getBoundingClientRect();
      // Both sit in the bottom-right corner (the launcher once its own part has loaded): the survey the visitor is answering comes first.
      await until(() => launcher.getBoundingClientRect().bottom > box.top, 'the launcher never reached the corner');
      const hit = form.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === send || send.contains(hit), `the click lands on ${hit?.outerHTML.slice(0, 80)}`).to.equal(true);
    } finally {
      launcher.remove();
    }
  });

  it('offers a side tab that opens a modal side panel, and gives the focus back to the tab', async () => {
    const form = await formFor({ mode: 'side-tab' });
    await until(() => part(form, 'side-tab'), 'no side tab');
    const tab = part(form, 'side-tab')!;
    expect(tab.getAttribute('aria-expanded')).to.equal('false');
    await expect(form).to.be.accessible();
    tab.focus();
    tab.click();
    await opened(form);
    expect(dialogOf(form)?.matches(':modal')).to.equal(true);
    expect(tab.getAttribute('aria-expanded')).to.equal('true');
    await expect(form).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect(dialogOf(form)?.open).to.equal(false);
    expect(form.shadowRoot?.activeElement).to.equal(tab);
  });

  it('speaks each locale in its frame', async () => {
    for (const [lang, close, tab] of [
      ['en', 'Close', 'Feedback'],
      ['zh-Hans', '关闭', '意见反馈'],
      ['zh-Hant', '關閉', '意見回饋'],
    ] as const) {
      const form = await formFor({ mode: 'side-tab', lang, survey: 's-score-comment', extra: { 'dismiss-days': '0' } });
      await until(() => part(form, 'side-tab')?.textContent?.trim() === tab, `no ${lang} side tab`);
      part(form, 'side-tab')!.click();
      await opened(form);
      await until(() => part(form, 'close-button')?.getAttribute('aria-label') === close, `no ${lang} close button`);
      await expect(form).to.be.accessible();
      form.open = false;
      await form.updateComplete;
    }
  });

  describe('triggers', () => {
    it('opens after N seconds', async () => {
      const form = await formFor({ mode: 'popup', trigger: 'seconds:0.3' });
      await pause(100);
      expect(isOpen(form)).to.equal(false);
      await opened(form, 'not opened after the delay');
    });

    it('opens once the visitor has scrolled N % of the page', async () => {
      const spacer = await fixture<HTMLDivElement>(html`<div style="height: 4000px"></div>`);
      const form = await formFor({ mode: 'slider', trigger: 'scroll:50' });
      window.scrollTo(0, 200);
      await pause(100);
      expect(isOpen(form)).to.equal(false);
      window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.6);
      await opened(form, 'not opened after scrolling 60 %');
      window.scrollTo(0, 0);
      spacer.remove();
    });

    it('opens when a desktop pointer leaves through the top of the window', async () => {
      const form = await formFor({ mode: 'popup', trigger: 'exit-intent' });
      // Leaving sideways is not leaving the page.
      document.dispatchEvent(new MouseEvent('mouseout', { clientX: -1, clientY: 300, relatedTarget: null }));
      await pause(50);
      expect(isOpen(form)).to.equal(false);
      document.dispatchEvent(new MouseEvent('mouseout', { clientX: 300, clientY: -1, relatedTarget: null }));
      await opened(form, 'not opened on exit intent');
    });

    it('opens on the shop’s event, dispatched on window or document', async () => {
      const onDocument = await formFor({ mode: 'slider', trigger: 'event:order-completed', survey: 's-two-pages' });
      const onWindow = await formFor({ mode: 'slider', trigger: 'event:checkout-done', survey: 's-score-comment' });
      document.dispatchEvent(new CustomEvent('order-completed', { detail: { orderId: 'o-1' } }));
      window.dispatchEvent(new Event('checkout-done'));
      await opened(onDocument, 'not opened on a document event');
      await opened(onWindow, 'not opened on a window event');
    });

    it('opens on a method call, with the first trigger to come winning only once', async () => {
      const form = await formFor({ mode: 'popup', trigger: 'event:order-completed' });
      form.show();
      await opened(form);
      form.open = false;
      await form.updateComplete;
      document.dispatchEvent(new Event('order-completed'));
      await pause(50);
      expect(isOpen(form)).to.equal(false);
    });
  });

  describe('sampling and asking again', () => {
    it('asks no one at a sample rate of 0, and everyone at 1', async () => {
      const none = await formFor({ mode: 'popup', extra: { 'sample-rate': '0' } });
      none.show();
      await pause(100);
      expect(isOpen(none)).to.equal(false);
      const all = await formFor({ mode: 'popup', extra: { 'sample-rate': '1' } });
      all.show();
      await opened(all);
    });

    it('does not ask a visitor who answered, on any tab, for ask-again-days', async () => {
      const form = await formFor({ mode: 'popup', survey: 's-score-comment' });
      form.show();
      await opened(form);
      radio(form, 0, 9).click();
      part(form, 'submit-button')!.click();
      await until(() => form.shadowRoot?.querySelector('[part~="thanks"]'), 'never thanked');
      const record = JSON.parse(localStorage.getItem(askKey('s-score-comment')) ?? '{}') as { outcome?: string };
      expect(record.outcome).to.equal('answered');
      const later = await formFor({ mode: 'side-tab', survey: 's-score-comment' });
      await pause(100);
      expect(part(later, 'side-tab')).to.equal(null);
    });

    it('stops waiting for its trigger when another tab records an answer (storage event)', async () => {
      const form = await formFor({ mode: 'slider', trigger: 'event:order-completed' });
      // Another tab of the same site: a same-origin frame with its own window and the same localStorage.
      const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc="<p>other tab</p>"></iframe>`);
      await until(() => frame.contentWindow?.document.readyState === 'complete');
      const heard = new Promise((resolve) => window.addEventListener('storage', resolve, { once: true }));
      frame.contentWindow!.localStorage.setItem(askKey('s-two-pages'), JSON.stringify({ at: Date.now(), outcome: 'answered' }));
      await heard;
      document.dispatchEvent(new Event('order-completed'));
      await pause(100);
      expect(isOpen(form)).to.equal(false);
    });

    it('a popup opened in one tab keeps another tab’s from opening too', async () => {
      const first = await formFor({ mode: 'popup', trigger: 'event:order-completed' });
      const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc="<p>other tab</p>"></iframe>`);
      await until(() => frame.contentWindow?.document.readyState === 'complete');
      // The other tab hears every write of the site (the visitor's id too): it waits for the record of this survey.
      const seen = new Promise<StorageEvent>((resolve) =>
        frame.contentWindow!.addEventListener('storage', (event) => event.key === askKey('s-two-pages') && resolve(event)),
      );
      first.show();
      await opened(first);
      // The other tab hears of it at once, and reads it as asked.
      const event = await seen;
      expect((JSON.parse(event.newValue ?? '{}') as { outcome?: string }).outcome).to.equal('dismissed');
    });
  });

  describe('a contact who answered on another device', () => {
    // Ada answered ten days ago, signed in on her laptop; this is her phone: nothing in its localStorage.
    const adasAnswer: RecordInput = { id: 'r-ada', surveyId: 's-two-pages', contactId: 'c-ada', answers: { nps: 9 }, submittedAt: new Date(Date.now() - 10 * DAY).toISOString() };
    const realClock = () => new Date();
    const sliderFor = (contact: string, extra: Record<string, string> = {}) =>
      formFor({ mode: 'slider', trigger: 'event:order-completed', stored: [adasAnswer], clock: realClock, extra: { 'contact-id': contact, ...extra } });
    const recordOf = (contact: string) => JSON.parse(localStorage.getItem(askKey('s-two-pages', contact)) ?? '{}') as { outcome?: string; at?: number };

    it('is not asked again by a slider within ask-again-days, and the device remembers it', async () => {
      const form = await sliderFor('c-ada');
      await until(() => recordOf('c-ada').outcome === 'answered', 'the store was never asked about the contact');
      expect(recordOf('c-ada').at).to.equal(Date.parse(adasAnswer['submittedAt'] as string));
      document.dispatchEvent(new Event('order-completed'));
      form.show();
      await pause(200);
      expect(isOpen(form)).to.equal(false);
    });

    it('is asked when the answer is older than ask-again-days, and another contact is asked', async () => {
      const later = await sliderFor('c-ada', { 'ask-again-days': '7' });
      document.dispatchEvent(new Event('order-completed'));
      await opened(later, 'a contact who answered 10 days ago was not asked after 7');
      const bob = await sliderFor('c-bob');
      document.dispatchEvent(new Event('order-completed'));
      await opened(bob, 'a contact who never answered was not asked');
    });

    it('is offered no side tab', async () => {
      const form = await formFor({ mode: 'side-tab', stored: [adasAnswer], clock: realClock, extra: { 'contact-id': 'c-ada' } });
      await until(() => recordOf('c-ada').outcome === 'answered');
      await form.updateComplete;
      expect(part(form, 'side-tab')).to.equal(null);
      const bob = await formFor({ mode: 'side-tab', stored: [adasAnswer], clock: realClock, extra: { 'contact-id': 'c-bob' } });
      await until(() => part(bob, 'side-tab'), 'a contact who never answered was offered no tab');
    });

    it('is not shown a deferred slider whose trigger fired before the form loaded', async () => {
      const element = await fixture<HTMLElement>(
        html`<deferred-contact-form mode="slider" survey-id="s-two-pages" contact-id="c-ada" trigger="event:order-completed"></deferred-contact-form>`,
      );
      (element as unknown as { client: CrmClient }).client = client([adasAnswer], realClock);
      deferFeedbackForm(element, async () => {
        if (!customElements.get('deferred-contact-form')) customElements.define('deferred-contact-form', class extends CrmFeedbackForm {});
      });
      document.dispatchEvent(new Event('order-completed'));
      await until(() => element instanceof CrmFeedbackForm, 'never upgraded');
      await until(() => recordOf('c-ada').outcome === 'answered', 'the store was never asked about the contact');
      await pause(200);
      expect(isOpen(element as unknown as CrmFeedbackForm)).to.equal(false);
      expect((element as unknown as CrmFeedbackForm).open).to.equal(false);
    });
  });

  describe('before its trigger (deferred)', () => {
    it('loads nothing until the trigger fires, then opens at once', async () => {
      let loads = 0;
      const element = await fixture<HTMLElement & { show?: () => void }>(html`<deferred-feedback-form mode="popup" survey-id="s-two-pages" trigger="event:order-completed"></deferred-feedback-form>`);
      (element as unknown as { client: CrmClient }).client = client();
      deferFeedbackForm(element, async () => {
        loads += 1;
        if (!customElements.get('deferred-feedback-form')) customElements.define('deferred-feedback-form', class extends CrmFeedbackForm {});
      });
      await pause(50);
      expect(loads).to.equal(0);
      expect(typeof element.show).to.equal('function');
      document.dispatchEvent(new Event('order-completed'));
      await until(() => element instanceof CrmFeedbackForm, 'never upgraded');
      expect(loads).to.equal(1);
      await opened(element as unknown as CrmFeedbackForm);
    });
  });
});

describe('<crm-feedback-form> layout and flow', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps the NPS scale on one row on a 320 px screen, with coloured bands and labels at both ends', async () => {
    await setViewport({ width: 320, height: 640 });
    const form = await formFor({ extra: { 'nps-colors': '' }, lang: 'zh-Hant' });
    await until(() => part(form, 'form'), 'the survey never rendered');
    const points = [...form.shadowRoot!.querySelectorAll<HTMLElement>('.nps .point')];
    expect(points.length).to.equal(11);
    const tops = new Set(points.map((point) => Math.round(point.getBoundingClientRect().top)));
    expect([...tops], 'points on more than one row').to.have.length(1);
    const frame = part(form, 'form')!.getBoundingClientRect();
    expect(points[10]!.getBoundingClientRect().right).to.be.at.most(frame.right);
    // "10" fits its point.
    const ten = points[10]!.querySelector<HTMLElement>('.face')!;
    expect(ten.scrollWidth).to.be.at.most(ten.clientWidth);
    expect(points.map((point) => point.className.replace('point', '').trim())).to.deep.equal([...Array(7).fill('detractor'), 'passive', 'passive', 'promoter', 'promoter']);
    const ends = form.shadowRoot!.querySelector('.ends')!.textContent!;
    expect(ends).to.contain('完全不可能').and.contain('極有可能');
    await expect(form).to.be.accessible();
  });

  it('turns the page by itself after a click on the only question of its page, but not on arrow keys', async () => {
    const form = await formFor();
    await until(() => part(form, 'form'), 'the survey never rendered');
    radio(form, 0, 0).focus();
    await sendKeys({ press: 'ArrowRight' });
    await pause(500);
    expect(part(form, 'progress')?.textContent).to.contain('Page 1 of 2');
    await clickAt(radio(form, 0, 9).closest('label')!);
    await until(() => part(form, 'progress')?.textContent?.includes('Page 2 of 2'), 'the page did not turn');
    expect(form.shadowRoot?.querySelector('textarea')).to.not.equal(null);
  });

  it('shows the comment under the score on the same page once scored', async () => {
    const form = await formFor({ survey: 's-score-comment' });
    await until(() => part(form, 'form'), 'the survey never rendered');
    expect(form.shadowRoot?.querySelector('textarea')).to.equal(null);
    await clickAt(radio(form, 0, 4).closest('label')!);
    await form.updateComplete;
    await pause(400);
    const comment = form.shadowRoot?.querySelector('textarea');
    expect(comment).to.not.equal(null);
    expect(comment!.getBoundingClientRect().top).to.be.greaterThan(radio(form, 0, 4).getBoundingClientRect().bottom);
    expect(part(form, 'submit-button')).to.not.equal(null);
  });

  it('counts down “questions need your attention” as they are answered, and clears it', async () => {
    const form = await formFor({ survey: 's-two-required' });
    await until(() => part(form, 'form'), 'the survey never rendered');
    const live = form.shadowRoot!.querySelector('[aria-live]')!;
    part(form, 'submit-button')!.click();
    await form.updateComplete;
    expect(live.textContent?.trim()).to.equal('2 questions need your attention.');
    radio(form, 0, 4).click();
    await form.updateComplete;
    expect(live.textContent?.trim()).to.equal('1 question needs your attention.');
    const why = form.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    why.value = 'Fast delivery';
    why.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(live.textContent?.trim()).to.equal('');
  });
});

describe('<crm-feedback-form> thank-you by score band', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  async function thank(nps: number, extra: Record<string, string>, lang = 'en'): Promise<CrmFeedbackForm> {
    const form = await formFor({ survey: 's-score-comment', extra, lang });
    await until(() => part(form, 'form'), 'the survey never rendered');
    radio(form, 0, nps).click();
    part(form, 'submit-button')!.click();
    await until(() => part(form, 'band-message'), 'no band message');
    return form;
  }

  it('invites promoters to the host’s review page, checked before it becomes a link', async () => {
    const form = await thank(10, { 'review-url': 'https://reviews.example.com/shop' });
    expect(part(form, 'band-message')?.textContent).to.contain('glad');
    expect(part(form, 'review-link')?.getAttribute('href')).to.equal('https://reviews.example.com/shop');
    await expect(form).to.be.accessible();
    const unsafe = await thank(9, { 'review-url': 'javascript:alert(1)' });
    expect(part(unsafe, 'review-link')).to.equal(null);
  });

  it('tells detractors they will be contacted only when the response says how', async () => {
    const known = await thank(3, { 'contact-id': 'c-1', 'ask-again-days': '0' });
    expect(part(known, 'band-message')?.textContent).to.contain('will contact you');
    const anonymous = await thank(3, {});
    expect(part(anonymous, 'band-message')?.textContent).to.not.contain('contact you');
  });

  it('says it in Chinese', async () => {
    const hans = await thank(8, {}, 'zh-Hans');
    expect(part(hans, 'band-message')?.textContent).to.equal('谢谢！您的回答能帮助我们做得更好。');
    const hant = await thank(2, { 'contact-id': 'c-2' }, 'zh-Hant');
    expect(part(hant, 'band-message')?.textContent).to.contain('我們的團隊會與您聯絡');
  });
});
