import { ConflictError, type CrmError, type FieldIssue, type ListQueryKey, type Page, type Survey, type SurveyQuestion, type SurveyResponse, type Ticket } from '@rapport/core';
import { QueryController } from '../base/query-controller.js';
import { CrmCsatSubmitEvent, CrmCsatSubmittedEvent } from './ticket-widget.events.js';
import type { WidgetContext, WidgetHost } from './widget-context.js';

/**
 * Whose resolved ticket is rated, and with which survey: when no id is given, the first with a
 * CSAT question and no NPS question, so a ticket's rating never moves the general NPS score.
 */
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
 * per ticket: a rating given before (another tab, before a reload) is shown instead of the
 * question, and one the server refuses as second is never thanked for.
 */
export class CsatPrompt {
  readonly #host: WidgetHost;
  readonly #target: () => CsatTarget | undefined;
  readonly #surveys: QueryController<Page<Survey>, CrmError, ListQueryKey<'surveys'>>;
  readonly #responses: QueryController<Page<SurveyResponse>, CrmError, ListQueryKey<'surveyResponses'>>;
  #sent = false;
  /** The rating the server kept when this one arrived second. */
  #refusedFor: SurveyResponse | undefined;
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
      if (!rating || (!this.#target()?.surveyId && survey.questions.some((question) => question.type === 'nps'))) continue;
      return { survey, rating, comment: survey.questions.find((question) => question.type === 'text' && !question.showIf) };
    }
    return undefined;
  }

  /** Whether this ticket's rating was stored just now. */
  get sent(): boolean {
    return this.#sent;
  }

  /** The rating stored before this visit (or by another tab), if any. */
  get earlier(): SurveyResponse | undefined {
    const surveyId = this.survey?.survey.id;
    return this.#refusedFor ?? this.#responses.result?.data?.items.find((response) => response.surveyId === surveyId);
  }

  /** Whether an answer given here was refused because the ticket was rated already. */
  get refused(): boolean {
    return this.#refusedFor !== undefined;
  }

  /** The earlier rating's value on the scale. */
  ratingOf(response: SurveyResponse): number | undefined {
    const value = this.survey && response.answers[this.survey.rating.id];
    return typeof value === 'number' ? value : undefined;
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
    this.#refusedFor = undefined;
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
      // The server keeps one rating per ticket: sending again after a lost answer meets the first.
      const stored = await client.surveyResponses.create(response).catch((error: unknown) => {
        const first = error instanceof ConflictError ? (error.current as SurveyResponse | undefined) : undefined;
        if (first && sameAnswers(first.answers, response.answers)) return first;
        if (first) this.#refusedFor = first;
        throw error;
      });
      this.#sent = true;
      this.#host.dispatchEvent(new CrmCsatSubmittedEvent({ ticket, response: stored }));
    } catch (error) {
      if (!this.#refusedFor) this.#error = error;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}

function sameAnswers(stored: SurveyResponse['answers'], sent: SurveyResponse['answers']): boolean {
  const keys = Object.keys(sent);
  return keys.length === Object.keys(stored).length && keys.every((key) => stored[key] === sent[key]);
}
