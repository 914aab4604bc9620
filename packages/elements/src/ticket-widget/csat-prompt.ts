import type { CrmError, FieldIssue, ListQueryKey, Page, Survey, SurveyQuestion, SurveyResponse, Ticket } from '@rapport/core';
import { QueryController } from '../base/query-controller.js';
import { CrmCsatSubmitEvent, CrmCsatSubmittedEvent } from './ticket-widget.events.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/** Whose resolved ticket is rated, and with which survey (the first with a CSAT question when no id is given). */
export interface CsatTarget {
  readonly context: WidgetContext;
  readonly ticket: Ticket;
  readonly contactId: string;
  readonly surveyId: string;
}

/** The survey a rating is stored under: its CSAT question and, if it has one, an unconditional free-text question for the comment. */
export interface CsatSurvey {
  readonly survey: Survey;
  readonly rating: SurveyQuestion;
  readonly comment: SurveyQuestion | undefined;
}

/**
 * The satisfaction question a customer gets once their ticket is resolved: a 1–5 rating and an
 * optional comment, stored as a survey response linked to the ticket and the contact. Asked once
 * per ticket: an existing response shows as thanks.
 */
export class CsatPrompt {
  readonly #host: WidgetHost;
  readonly #target: () => CsatTarget | undefined;
  readonly #surveys: QueryController<Page<Survey>, CrmError, ListQueryKey<'surveys'>>;
  readonly #responses: QueryController<Page<SurveyResponse>, CrmError, ListQueryKey<'surveyResponses'>>;
  #sent = false;
  #busy = false;
  #error: unknown;
  #missingRating = false;
  rating: number | undefined;
  comment = '';

  constructor(host: WidgetHost, target: () => CsatTarget | undefined) {
    this.#host = host;
    this.#target = target;
    this.#surveys = new QueryController(host, () => {
      const current = target();
      if (!current) return undefined;
      const { client } = current.context;
      return { queryClient: client.queryClient, options: client.surveys.listQuery({ where: current.surveyId ? { id: current.surveyId } : undefined, limit: 100 }) };
    });
    this.#responses = new QueryController(host, () => {
      const current = target();
      if (!current) return undefined;
      const { client } = current.context;
      return { queryClient: client.queryClient, options: client.surveyResponses.listQuery({ where: { ticketId: current.ticket.id }, limit: 100 }) };
    });
  }

  /** The survey to answer, or `undefined` while loading or when the tenant has no CSAT survey. */
  get survey(): CsatSurvey | undefined {
    for (const survey of this.#surveys.result?.data?.items ?? []) {
      const rating = survey.questions.find((question) => question.type === 'csat');
      // The comment goes to a free-text question asked of everyone, not one shown only after some answers.
      if (rating) return { survey, rating, comment: survey.questions.find((question) => question.type === 'text' && !question.showIf) };
    }
    return undefined;
  }

  /** Whether this ticket was rated already (now or before). */
  get answered(): boolean {
    const surveyId = this.survey?.survey.id;
    return this.#sent || (this.#responses.result?.data?.items.some((response) => response.surveyId === surveyId) ?? false);
  }

  get busy(): boolean {
    return this.#busy;
  }

  get failure(): unknown {
    return this.#error;
  }

  /** `required` after a send without a rating. */
  get ratingIssues(): readonly FieldIssue[] {
    return this.#missingRating ? [{ path: ['rating'], code: 'required', message: 'Choose a rating' }] : [];
  }

  /** Forgets the answer being given: another ticket was opened. */
  reset(): void {
    this.rating = undefined;
    this.comment = '';
    this.#sent = false;
    this.#error = undefined;
    this.#missingRating = false;
  }

  set(rating: number | undefined, comment: string): void {
    this.rating = rating;
    this.comment = comment;
    if (rating !== undefined) this.#missingRating = false;
    this.#host.requestUpdate();
  }

  async submit(): Promise<void> {
    const target = this.#target();
    const survey = this.survey;
    if (!target || !survey || this.#busy) return;
    if (this.rating === undefined) {
      this.#missingRating = true;
      this.#host.requestUpdate();
      return;
    }
    const { client, format } = target.context;
    const { ticket } = target;
    const comment = this.comment.trim();
    const response = {
      surveyId: survey.survey.id,
      contactId: target.contactId,
      ticketId: ticket.id,
      answers: { [survey.rating.id]: this.rating, ...(survey.comment && comment ? { [survey.comment.id]: comment } : {}) },
      submittedAt: client.now().toISOString(),
      locale: format.locale,
    };
    if (!this.#host.dispatchEvent(new CrmCsatSubmitEvent({ ticket, response }))) return;
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      // Sending again after a lost answer must not count the rating twice.
      const stored = await client.surveyResponses.create(response, { idempotencyKey: `csat-${ticket.id}` });
      this.#sent = true;
      this.#host.dispatchEvent(new CrmCsatSubmittedEvent({ ticket, response: stored }));
    } catch (error) {
      this.#error = error;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}
