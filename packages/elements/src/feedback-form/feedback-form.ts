import { isCrmError, ValidationError, type Answer, type OutboxEntry, type FieldIssue, type SurveyQuestion } from '@rapport/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { holdUpdates } from '../base/pending-work.js';
import { errorText, issueText } from '../base/locale/error-text.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import { readDraft, writeDraft } from './answer-draft.js';
import { answerIssues } from './answer-issues.js';
import { ConnectivityController } from './connectivity.js';
import { feedbackFormMessages, type FeedbackFormMessages } from './feedback-form.messages.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import { HONEYPOT_ID, renderHoneypot } from './honeypot.js';
import { renderQuestion } from './question-field.js';
import type { ResponseSender } from './response-sender.js';
import type { ThankYouProps } from './thank-you.js';
import type { SubmissionVerdict } from './spam-guard.js';
import type { EmbedShell } from './embed-shell.js';
import { feedbackFormChunks } from './feedback-form.chunks.js';
import type { EmbedMode } from './prompt-watch.js';
import { SubmitLoader, type SubmitPath } from './submit-loader.js';
import { SurveyLoader } from './survey-loader.js';
import { isEmptyAnswer, pageOf, pagesOf, questionsOf, shownQuestions, type Answers, type SurveyDefinition } from './survey-definition.js';

/** How long a clicked choice stays on screen before its page turns by itself. */
const AUTO_ADVANCE_MS = 300;

type Blocked = Extract<SubmissionVerdict, { kind: 'too-fast' | 'throttled' }>;

/** What the form shows: the questions, the thank-you state, or the thank-you state with the follow-up answered. */
type Stage = 'answering' | 'thanks' | 'followed-up';

/** The survey as the visitor sees it right now: conditions applied, split into pages. */
interface FormView {
  readonly survey: SurveyDefinition;
  readonly questions: readonly SurveyQuestion[];
  readonly shown: readonly SurveyQuestion[];
  readonly pages: readonly number[];
  readonly page: number;
}

/**
 * A satisfaction survey (满意度调查) to paste under an order or a resolved ticket: NPS, CSAT,
 * CES, ratings, choices, free text and an email address, on one page or several. Answers are
 * checked at each field and never lost on an error; spam is kept out by a honeypot, a minimum time
 * to fill and a per-visitor throttle; without a connection the response waits in a durable outbox
 * (IndexedDB) and is sent once, even across reloads. It sits inline, or comes up as a popup, a
 * corner slider or a side tab on a trigger (time, scroll, exit intent, a page event, `show()`), for
 * a sample of visitors not asked too recently (see docs/feedback-prompts.md).
 *
 * @attr trigger - What opens a popup, slider or side panel, several separated by spaces: `seconds:N`, `scroll:N` (per cent of the page), `exit-intent` (a desktop pointer leaving through the top), `event:NAME` (the page dispatches NAME on window, document or any element, e.g. `event:order-completed`). Without one, only `show()` opens it.
 * @attr sample-rate - Share of visitors asked, from 0 to 1 (default 1); the same visitor stays in or out.
 * @attr ask-again-days - Days a visitor who answered is not asked this survey again, on any tab (default 90); with `contact-id`, on any device where the caller may read that contact's responses (a signed-in customer).
 * @attr dismiss-days - Days a visitor who was shown the survey and closed it unanswered is not asked again (default 7).
 * @attr nps-colors - Colours the NPS points by what they mean: detractor (0–6), passive (7–8), promoter (9–10).
 * @attr review-url - Where promoters are invited to write a review (an `https:` address); other addresses are ignored.
 *
 * @tag crm-feedback-form
 * @summary A satisfaction survey form (NPS, CSAT, CES) that works offline.
 *
 * @csspart form - The survey form.
 * @csspart title - The survey's title, and the thank-you heading.
 * @csspart description - The survey's description.
 * @csspart progress - Which page of how many, with a bar.
 * @csspart question - One question with its label, control and problems.
 * @csspart question-label - A question's text.
 * @csspart point - One point of a score scale (a number, or a star of a rating).
 * @csspart choice - One option of a choice question.
 * @csspart input - A text or email input.
 * @csspart field-error - The problems of one question.
 * @csspart notice - Offline, queued and too-soon notices.
 * @csspart unsent - Says that responses queued on this device were refused, with a retry and a discard.
 * @csspart unsent-button - Sends the refused responses again, or discards them.
 * @csspart back-button - Goes to the previous page.
 * @csspart next-button - Goes to the next page.
 * @csspart submit-button - Sends the answers.
 * @csspart thanks - The thank-you state.
 * @csspart follow-up - The follow-up question, then the visitor's answer to it.
 * @csspart follow-up-button - Yes or no to the follow-up.
 * @csspart band-message - The thank-you words for the response's score band (promoter, passive, detractor).
 * @csspart review-link - The host's review page, offered to promoters (`review-url`).
 * @csspart dialog - The popup, slider or side panel (modes other than `inline`).
 * @csspart close-button - Closes the popup, slider or side panel.
 * @csspart side-tab - The tab at the window's edge that opens the side panel.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - Shown when no survey is selected.
 * @csspart error - A failure message.
 * @csspart retry-button - Loads the survey again after a failure; sends again when what sends the answers could not be fetched (offline).
 *
 * @cssprop --crm-feedback-form-background - Background of the form (default: the surface colour).
 * @cssprop --crm-feedback-form-border - Border of the form.
 * @cssprop --crm-feedback-form-point-size - Size of one point of a score scale.
 * @cssprop --crm-feedback-form-selected-color - Background of the chosen point (default: the primary colour).
 * @cssprop --crm-feedback-form-on-selected-color - Text on the chosen point.
 * @cssprop --crm-feedback-form-star-color - Colour of rating stars.
 * @cssprop --crm-feedback-form-detractor-color - Mark of NPS points 0–6 with `nps-colors` (default: the danger colour).
 * @cssprop --crm-feedback-form-passive-color - Mark of NPS points 7–8 with `nps-colors` (default: the warning colour).
 * @cssprop --crm-feedback-form-promoter-color - Mark of NPS points 9–10 with `nps-colors` (default: the success colour).
 * @cssprop --crm-feedback-form-backdrop - Behind a popup or side panel.
 * @cssprop --crm-feedback-form-slider-z-index - Stacking of the slider and the side tab over the page.
 * @cssprop --crm-color-primary - Accent colour of buttons and focus rings.
 * @cssprop --crm-color-surface - Background of widgets.
 * @cssprop --crm-color-on-surface - Text colour.
 * @cssprop --crm-font-family - Font of every widget.
 *
 * @fires {CrmFeedbackSubmitEvent} crm-feedback-submit - Before the response is sent, with its scores (NPS category, CSAT level); cancelable.
 * @fires {CrmFeedbackSubmittedEvent} crm-feedback-submitted - After the response was stored, or queued until the connection returns.
 * @fires {CrmFeedbackFollowUpEvent} crm-feedback-follow-up - After the visitor answered the follow-up question.
 */
export class CrmFeedbackForm extends CrmElement {
  static override styles = [...CrmElement.styles, feedbackFormStyles];

  /** Id of the stored survey to show. */
  @property({ attribute: 'survey-id' }) accessor surveyId = '';

  /** A survey defined in the page instead of a stored one; wins over `survey-id`. */
  @property({ attribute: false }) accessor survey: SurveyDefinition | undefined = undefined;

  /** The respondent, when the page knows who they are. */
  @property({ attribute: 'contact-id' }) accessor contactId = '';

  /** The order the feedback is about (under an order page). */
  @property({ attribute: 'order-id' }) accessor orderId = '';

  /** The service request the feedback is about. */
  @property({ attribute: 'ticket-id' }) accessor ticketId = '';

  /** A response sent sooner than this after the questions appear is held back as likely spam. */
  @property({ attribute: 'min-fill-ms', type: Number }) accessor minFillMs = 3_000;

  /** How long one visitor waits before sending another response to the same survey. */
  @property({ attribute: 'throttle-ms', type: Number }) accessor throttleMs = 60_000;

  /**
   * Asks a follow-up in the thank-you state: the attribute alone asks "May we contact you about
   * your answers?"; a value asks that question instead. The answer is stored with the response.
   */
  @property({ attribute: 'follow-up', converter: { fromAttribute: (value: string | null) => value ?? undefined } })
  accessor followUp: string | undefined = undefined;

  /** The IndexedDB database queued responses wait in; forms writing to different back ends on one site need different names. */
  @property({ attribute: 'outbox-name' }) accessor outboxName = 'rapport';

  /**
   * How the form sits in the page: `inline` in its flow; `popup`, a modal dialog; `slider`, a card
   * in a corner that leaves the page usable; `side-tab`, a tab at the window's edge that opens a
   * modal side panel. The last three open on their `trigger` or `show()`, to visitors in the
   * `sample-rate` not asked too recently.
   */
  @property({ reflect: true }) accessor mode: EmbedMode = 'inline';

  /** Whether the popup, slider or side panel is open. Setting it opens it whatever the sample and the last time asked; `show()` respects them. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  @state() private accessor _answers: Answers = {};
  @state() private accessor _page = 1;
  @state() private accessor _issues: Readonly<Record<string, readonly FieldIssue[]>> = {};
  @state() private accessor _blocked: Blocked | undefined = undefined;
  /** The code that sends could not be fetched for the last submission (offline): the answers stay, with a retry. */
  @state() private accessor _submitUnavailable = false;

  /** What the live region says; set together with the problems it announces, which re-render the form. */
  #announcement = '';
  /** When the questions first appeared, for the minimum time to fill. */
  #shownAt: number | undefined;
  #focusNext: (() => HTMLElement | null | undefined) | undefined;
  #renderedStage: Stage = 'answering';
  /** The refused queued response whose answers the visitor is correcting: discarded once the corrected one is sent or queued. */
  #correcting: string | undefined;
  /** The response sent, as the thank-you message of its score band reads it. */
  #sent: Pick<ThankYouProps, 'scores' | 'contactable'> = { scores: [], contactable: false };
  /** The popup, slider or side tab around the form, once its chunk is loaded. */
  #embed: EmbedShell | undefined;
  #embedLoading = false;
  /** `show()` was called before the embed shell arrived. */
  #showAsked = false;
  /** The visitor's last answer came from a pointer (a click or a tap), not from the keyboard: only then does a page turn by itself. */
  #byPointer = false;
  #advanceTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #messages = this.i18n.use(feedbackFormMessages);

  readonly #stored = new SurveyLoader(this, () => {
    const client = this.activeClient;
    // A popup that has not opened yet does not read its survey.
    return client && !this.survey && this.surveyId && this.#showsSurvey ? { client, id: this.surveyId } : undefined;
  });

  readonly #connectivity = new ConnectivityController(this);

  readonly #submit = new SubmitLoader(
    this,
    () => this.loadSubmitPath(),
    () => {
      const client = this.activeClient;
      return client && { client, name: this.outboxName, group: this.#group };
    },
    () => this.#connectivity.offline,
    () => this.#showsSurvey && this.#survey !== undefined,
  );

  /**
   * Opens a popup, slider or side panel, if this visitor is in the sample and was not asked this
   * survey too recently (on any tab); an inline form is always shown.
   */
  show(): void {
    if (this.#embed) this.#embed.show();
    else this.#showAsked = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('survey') || changed.has('surveyId')) this.#startOver();
    if (changed.has('mode') && this.mode !== 'inline') this.#loadEmbed();
  }

  protected override updated(): void {
    // A response queued on this device just reached the service: a survey it could not give is read again.
    if (this.#stored.result?.status === 'failed' && this.#submit.sender?.outbox.serviceReached()) this.#stored.retry();
    if (this.#shownAt === undefined && this.renderRoot.querySelector('form')) this.#shownAt = Date.now();
    const focus = this.#focusNext;
    this.#focusNext = undefined;
    focus?.()?.focus();
    // The thank-you state replaces the form, and the follow-up's answer its buttons: the new text takes the focus, to be read out.
    const stage = this.#stage();
    if (stage === this.#renderedStage) return;
    this.#renderedStage = stage;
    if (stage === 'thanks') this.renderRoot.querySelector<HTMLElement>('#thanks-title')?.focus();
    if (stage === 'followed-up') this.renderRoot.querySelector<HTMLElement>('[part~="follow-up"]')?.focus();
  }

  /** Fetches the popup, slider and side tab: a chunk of its own, which an inline form never downloads. */
  #loadEmbed(): void {
    if (this.#embed || this.#embedLoading) return;
    this.#embedLoading = true;
    const loaded = feedbackFormChunks.embedShell().then(
      ({ EmbedShell }) => {
        this.#embed = new EmbedShell(this, () => this.i18n.locale, () => this.#stage() !== 'answering', () => this.activeClient);
        if (this.#showAsked) this.#embed.show();
        this.requestUpdate();
      },
      // Offline: the next change of mode tries again.
      () => (this.#embedLoading = false),
    );
    holdUpdates(this, loaded);
  }

  /** Whether the survey is on screen: inline, or its popup, slider or panel is open. */
  get #showsSurvey(): boolean {
    return this.mode === 'inline' || this.open;
  }

  /** Fetches the code that sends a response: a chunk of its own, which a page where nobody answers never downloads. */
  protected loadSubmitPath(): Promise<SubmitPath> {
    return feedbackFormChunks.submitPath();
  }

  #onAnswer(question: SurveyQuestion, answer: Answer): void {
    this._answers = { ...this._answers, [question.id]: answer };
    this.#keepDraft(this._answers);
    this._blocked = undefined;
    // A question already flagged is checked again as the visitor corrects it.
    if (this._issues[question.id]) this.#check([question]);
    clearTimeout(this.#advanceTimer);
    if (this.#byPointer && question.type !== 'multi' && question.type !== 'text' && question.type !== 'email') this.#advanceFrom(question);
  }

  /**
   * A click on the only question of its page goes on to the next page after a moment (to see the
   * choice land). Arrow keys only move the choice: a keyboard answer goes on with Next.
   */
  #advanceFrom(question: SurveyQuestion): void {
    const view = this.#view();
    const next = view?.pages[view.pages.indexOf(view.page) + 1];
    const onPage = view?.shown.filter((one) => pageOf(one) === view.page);
    if (next === undefined || onPage?.length !== 1 || onPage[0]!.id !== question.id) return;
    this.#advanceTimer = setTimeout(() => {
      const now = this.#view();
      if (now?.page === view!.page && !this.#stopAtIssues([question])) this.#turnTo(next);
    }, AUTO_ADVANCE_MS);
  }

  readonly #onPointerDown = (): void => {
    this.#byPointer = true;
  };

  readonly #onKeyDown = (): void => {
    this.#byPointer = false;
  };

  /** Leaving a text field checks what was typed; an untouched field is only checked on the way on. */
  #onCommit(question: SurveyQuestion): void {
    if (!isEmptyAnswer(this._answers[question.id]) || this._issues[question.id]) this.#check([question]);
  }

  #onBack(): void {
    const view = this.#view();
    const previous = view && view.pages[view.pages.indexOf(view.page) - 1];
    if (previous !== undefined) this.#turnTo(previous);
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const view = this.#view();
    if (!view || this.#submit.waiting || this.#submit.sender?.sending) return;
    const next = view.pages[view.pages.indexOf(view.page) + 1];
    if (next === undefined) {
      this.#submitWhenReady(view);
      return;
    }
    if (!this.#stopAtIssues(view.shown.filter((question) => pageOf(question) === view.page))) this.#turnTo(next);
  }

  #onRetrySubmit(): void {
    const view = this.#view();
    if (!view) return;
    // The notice leaves with its button: the focus goes to the questions, and on to the thank-you state once sent.
    this.#focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.page'));
    this.#submitWhenReady(view);
  }

  #stage(): Stage {
    const sender = this.#submit.sender;
    if (!sender?.delivery) return 'answering';
    return sender.followUp === 'accepted' || sender.followUp === 'declined' ? 'followed-up' : 'thanks';
  }

  get #m(): FeedbackFormMessages {
    return this.i18n.pick(this.#messages);
  }

  /** The survey shown: the inline one, else the stored one once loaded. */
  get #survey(): SurveyDefinition | undefined {
    const stored = this.#stored.result;
    return this.survey ?? (stored?.status === 'loaded' ? stored.survey : undefined);
  }

  #view(): FormView | undefined {
    const survey = this.#survey;
    if (!survey) return undefined;
    const questions = questionsOf(survey);
    const shown = shownQuestions(questions, this._answers);
    const pages = pagesOf(shown);
    // A page emptied by a changed answer gives way to the one before it.
    const page = pages.includes(this._page) ? this._page : (pages.filter((candidate) => candidate < this._page).pop() ?? pages[0]);
    return page === undefined ? undefined : { survey, questions, shown, pages, page };
  }

  /** The survey's key for what is kept of it on this device: its queued responses' group, and the typed answers. */
  get #group(): string {
    return this.survey?.id ?? this.surveyId;
  }

  #keepDraft(answers: Answers | undefined): void {
    if (this.#group) writeDraft(this.outboxName, this.#group, answers);
  }

  #startOver(): void {
    // Answers typed before a reload (or a refusal) are still there.
    this._answers = (this.#group && readDraft(this.outboxName, this.#group)) || {};
    this.#correcting = undefined;
    this._page = 1;
    this._issues = {};
    this._blocked = undefined;
    this.#shownAt = undefined;
    this._submitUnavailable = false;
    this.#submit.sender?.startOver();
  }

  #turnTo(page: number): void {
    this._page = page;
    this._blocked = undefined;
    this._submitUnavailable = false;
    this.#focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.page'));
  }

  /** Checks questions and shows their problems; returns the ones that have some. */
  #check(questions: readonly SurveyQuestion[]): SurveyQuestion[] {
    const issues = { ...this._issues };
    const invalid: SurveyQuestion[] = [];
    for (const question of questions) {
      const found = answerIssues(question, this._answers[question.id]);
      if (found.length > 0) {
        issues[question.id] = found;
        invalid.push(question);
      } else {
        delete issues[question.id];
      }
    }
    this._issues = issues;
    // The announcement stays true: it counts the questions still flagged, and is gone once none is.
    if (this.#announcement) {
      const flagged = Object.keys(issues).length;
      this.#announcement = flagged === 0 ? '' : this.#m.needsAttention(flagged, this.i18n.format.number(flagged));
    }
    return invalid;
  }

  /** Whether any of the questions has a problem: if so, its page is shown and its control focused. */
  #stopAtIssues(questions: readonly SurveyQuestion[]): boolean {
    const invalid = this.#check(questions);
    const first = invalid[0];
    if (!first) return false;
    this._page = pageOf(first);
    this.#announcement = this.#m.needsAttention(invalid.length, this.i18n.format.number(invalid.length));
    this.#focusAfterUpdate(() => {
      const index = this.#view()?.questions.findIndex((question) => question.id === first.id);
      const field = this.renderRoot.querySelector(`[data-question="${index}"]`);
      return field?.querySelector<HTMLElement>('input:checked') ?? field?.querySelector<HTMLElement>('input, textarea');
    });
    return true;
  }

  /** Sends once the code that sends is loaded (usually long before); problems in the answers show at once, before it is. */
  #submitWhenReady(view: FormView): void {
    if (this.#stopAtIssues(view.shown)) return;
    this._submitUnavailable = false;
    this.#submit.submit(
      (path, sender) => {
        // Answers changed while it loaded are sent as they are now; a survey replaced meanwhile is not sent at all.
        const current = this.#view();
        if (current?.survey === view.survey) void this.#send(current, path, sender);
      },
      () => (this._submitUnavailable = true),
    );
  }

  async #send(view: FormView, path: SubmitPath, sender: ResponseSender): Promise<void> {
    const { judgeSubmission, lastSubmissionAt, rememberSubmission, rememberAsked, promptRulesOf, scoreResponse, responseFrom, isContactable } = path;
    if (this.#stopAtIssues(view.shown)) return;
    const now = Date.now();
    const verdict = judgeSubmission({
      honeypot: this.renderRoot.querySelector<HTMLInputElement>(`#${HONEYPOT_ID}`)?.value ?? '',
      shownAt: this.#shownAt ?? now,
      now,
      minFillMs: this.minFillMs,
      lastSubmittedAt: lastSubmissionAt(view.survey.id),
      throttleMs: this.throttleMs,
    });
    if (verdict.kind === 'bot') return sender.drop();
    if (verdict.kind !== 'accept') {
      this._blocked = verdict;
      return;
    }
    const client = this.activeClient;
    if (!client) return;
    const response = responseFrom(view.shown, this._answers, {
      surveyId: view.survey.id,
      submittedAt: client.now().toISOString(),
      locale: this.i18n.locale,
      idempotencyKey: sender.key,
      contactId: this.contactId,
      orderId: this.orderId,
      ticketId: this.ticketId,
    });
    this._blocked = undefined;
    const scores = scoreResponse(view.shown, response.answers);
    this.#sent = { scores, contactable: isContactable(view.shown, response) };
    await sender.send(response, scores);
    if (sender.delivery) {
      rememberSubmission(view.survey.id, Date.now());
      // Answered: no popup, slider or side tab asks this survey again for a while, on any tab.
      rememberAsked(promptRulesOf(this), 'answered');
      this.#keepDraft(undefined);
      // The corrected answers replace the refused response they came from.
      const corrected = this.#correcting;
      this.#correcting = undefined;
      if (corrected !== undefined) void sender.outbox.discardUnsent(corrected);
    } else if (sender.failure instanceof ValidationError) this.#showIssuesFrom(sender.failure);
  }

  /** Problems the service found in answers (paths `answers.<question id>`), shown at their questions. */
  #showIssuesFrom(error: ValidationError): void {
    const issues: Record<string, readonly FieldIssue[]> = { ...this._issues };
    for (const issue of error.issues) {
      const [field, questionId] = issue.path;
      if (field === 'answers' && typeof questionId === 'string') issues[questionId] = [...(issues[questionId] ?? []), issue];
    }
    this._issues = issues;
  }

  /** Moves the focus once the next render is done; the element to focus is looked up then. */
  #focusAfterUpdate(find: () => HTMLElement | null | undefined): void {
    this.#focusNext = find;
    this.requestUpdate();
  }

  #issueTexts(question: SurveyQuestion): string[] {
    const { path, sender } = this.#submit;
    const notices = path && sender ? path.outboxNotices(this, this.i18n.locale) : undefined;
    const answer = this._answers[question.id];
    return (this._issues[question.id] ?? []).map((issue) =>
      issue.code !== 'invalid_format'
        ? issueText(issue, this.i18n.messages)
        : // The service's reason, in the visitor's language: text it cannot store says so.
          notices && path?.isUnstorableText(answer)
          ? notices.unstorable
          : question.type === 'email'
            ? this.#m.emailFormat
            : issueText(issue, this.i18n.messages),
    );
  }

  /** Puts a refused queued response's answers back in the form, with the service's problems at their questions, to be corrected and sent again. */
  #correct(entry: OutboxEntry): void {
    if (entry.op !== 'create') return;
    const answers = entry.data['answers'];
    this._answers = typeof answers === 'object' && answers !== null ? (answers as Answers) : {};
    this._issues = {};
    this.#correcting = entry.recordId;
    this.#submit.sender?.startOver();
    const issues = entry.lastError?.issues;
    if (issues) this.#showIssuesFrom(new ValidationError(issues));
    const view = this.#view();
    const flagged = view?.shown.find((question) => this._issues[question.id]);
    this._page = flagged ? pageOf(flagged) : 1;
    this.#focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.page'));
  }

  /** What the form says about this survey's responses kept on this device (see `renderOutboxView`), whatever else is on screen. */
  #renderOutbox(surveyShown = false): TemplateResult | typeof nothing {
    const { path, sender } = this.#submit;
    return path && sender
      ? path.renderOutboxView({
          host: this,
          sender,
          locale: this.i18n.locale,
          offline: this.#connectivity.offline,
          correcting: this.#correcting !== undefined,
          retryLabel: this.i18n.messages.common.retry,
          onCorrect: surveyShown ? (entry) => this.#correct(entry) : undefined,
          settle: (action) => void action.finally(() => this.#focusAfterUpdate(() => this.renderRoot.querySelector<HTMLElement>('.page, #thanks-title'))),
        })
      : nothing;
  }

  #renderBlocked(blocked: Blocked): TemplateResult {
    const m = this.#m;
    const text = blocked.kind === 'too-fast' ? m.tooFast : m.throttled(this.i18n.format.number(Math.ceil(blocked.waitMs / 1000)));
    return html`<p part="notice" class="notice" role="alert">${text}</p>`;
  }

  #renderForm(view: FormView): TemplateResult {
    const m = this.#m;
    const { survey, questions, shown, pages, page } = view;
    const position = pages.indexOf(page);
    const last = position === pages.length - 1;
    const shared = this.i18n.messages;
    const sender = this.#submit.sender;
    const waiting = this.#submit.waiting;
    const sending = waiting || sender?.sending === true;
    const progress = m.progress(this.i18n.format.number(position + 1), this.i18n.format.number(pages.length));
    return html`<form part="form" class="frame" novalidate aria-labelledby="survey-title" @submit=${this.#onSubmit}>
      <h2 id="survey-title" part="title" class="title">${survey.title}</h2>
      ${survey.description ? html`<p part="description" class="description">${survey.description}</p>` : nothing}
      ${questions.some((question) => question.required) ? html`<p class="hint">${m.requiredNote}</p>` : nothing}
      ${pages.length > 1
        ? html`<div part="progress" class="progress">
            <span id="progress-label">${progress}</span>
            <progress aria-labelledby="progress-label" max=${pages.length} .value=${position + 1}></progress>
          </div>`
        : nothing}
      ${this.#renderOutbox(true)} ${this.#connectivity.offline ? html`<p part="notice" class="notice" role="status">${m.offline}</p>` : nothing}
      <div class="page" role="group" tabindex="-1" aria-labelledby=${pages.length > 1 ? 'progress-label' : 'survey-title'} @pointerdown=${this.#onPointerDown} @keydown=${this.#onKeyDown}>
        ${shown
          .filter((question) => pageOf(question) === page)
          .map((question) =>
            renderQuestion({
              question,
              index: questions.indexOf(question),
              answer: this._answers[question.id],
              errors: this.#issueTexts(question),
              m,
              onAnswer: (answer) => this.#onAnswer(question, answer),
              onCommit: () => this.#onCommit(question),
            }),
          )}
      </div>
      ${renderHoneypot(m.honeypot)} ${this._blocked ? this.#renderBlocked(this._blocked) : nothing}
      ${sender?.failure ? renderError(errorText(sender.failure, shared)) : nothing}
      ${this._submitUnavailable ? renderError(shared.errors.network, { label: shared.common.retry, onRetry: () => this.#onRetrySubmit() }) : nothing}
      <div class="actions">
        ${position > 0 ? html`<button part="back-button" type="button" @click=${this.#onBack}>${m.back}</button>` : nothing}
        ${last
          ? html`<button part="submit-button" class="primary" type="submit" ?disabled=${sending} aria-busy=${waiting ? 'true' : nothing}>${sending ? m.sending : m.send}</button>`
          : html`<button part="next-button" class="primary" type="submit">${m.next}</button>`}
      </div>
    </form>`;
  }

  #renderContent(): TemplateResult {
    const m = this.#m;
    const shared = this.i18n.messages;
    const frame = (content: TemplateResult) => html`<div class="frame">${content}</div>`;
    if (!this.activeClient) return frame(renderError(m.noClient));
    const { path, sender } = this.#submit;
    if (path && sender?.delivery) {
      return path.renderThankYou({
        m,
        delivery: sender.delivery,
        offline: this.#connectivity.offline,
        pageOnly: sender.delivery === 'queued' && !sender.outbox.keptAfterReload,
        followUp: this.followUp === undefined ? undefined : this.followUp || m.followUp.question,
        followUpState: sender.followUp,
        ...this.#sent,
        reviewUrl: this.getAttribute('review-url') ?? '',
        host: this,
        locale: this.i18n.locale,
        failure: sender.failure ? renderError(errorText(sender.failure, shared)) : nothing,
        unsent: this.#renderOutbox(),
        onFollowUp: (accepted) => void sender.answerFollowUp(accepted),
      });
    }
    const stored = this.#stored.result;
    // Responses kept on this device are told of even while the survey cannot be shown.
    if (!this.survey && stored?.status === 'loading') return frame(html`${this.#renderOutbox()}${renderSkeleton(shared.common.loading, 4)}`);
    if (!this.survey && stored?.status === 'failed') {
      const missing = isCrmError(stored.error) && stored.error.kind === 'not-found';
      return frame(
        html`${this.#renderOutbox()}${renderError(errorText(stored.error, shared), missing ? undefined : { label: shared.common.retry, onRetry: () => this.#stored.retry() })}`,
      );
    }
    const view = this.#view();
    return view ? this.#renderForm(view) : frame(renderEmpty(m.noSurvey));
  }

  protected override render(): TemplateResult | typeof nothing {
    // Always in the page (in the dialog, when modal: the rest of the page is hidden then), so screen readers hear what changes in it.
    const content = html`${this.#showsSurvey ? this.#renderContent() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>`;
    if (this.mode === 'inline') return content;
    return this.#embed ? this.#embed.render(content) : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-feedback-form': CrmFeedbackForm;
  }
}
