import type { CrmError, DetailQueryKey, Page, Survey, SurveyResponse } from '@rapport/core';
import { summarizeSurvey, type QuestionSummary } from '@rapport/core/domain';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { errorText } from '../base/locale/error-text.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import { feedbackSummaryMessages, type FeedbackSummaryMessages } from './feedback-summary.messages.js';
import { feedbackSummaryStyles } from './feedback-summary.styles.js';
import { renderQuestionSummary } from './question-summary.js';
import { summaryResponsesQuery } from './summary-responses-query.js';

/**
 * How a satisfaction survey is going, for the site owner's dashboard: NPS, CSAT, CES and ratings
 * with how the answers spread over each scale, as an accessible chart and as a table. It follows
 * new responses as they arrive through the same client.
 *
 * @tag crm-feedback-summary
 * @summary NPS, CSAT and CES of a survey with their distributions.
 *
 * @csspart summary - The frame around the summary.
 * @csspart title - The survey's title.
 * @csspart question - One scored question.
 * @csspart question-label - A question's text.
 * @csspart score - The headline score of a question.
 * @csspart chart - The distribution chart (SVG).
 * @csspart table-toggle - Shows or hides the table of a chart.
 * @csspart table - The distribution as a table.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - Shown when there is no survey or nothing to score.
 * @csspart error - A failure message.
 * @csspart retry-button - Loads again after a failure.
 *
 * @cssprop --crm-feedback-summary-background - Background of the summary (default: the surface colour).
 * @cssprop --crm-feedback-summary-border - Border of the summary.
 * @cssprop --crm-feedback-summary-bar-color - Bars of CES and ratings (default: the primary colour).
 * @cssprop --crm-feedback-summary-good-color - Promoter and satisfied bars (default: the success colour).
 * @cssprop --crm-feedback-summary-neutral-color - Passive bars (default: the warning colour).
 * @cssprop --crm-feedback-summary-bad-color - Detractor and dissatisfied bars (default: the danger colour).
 * @cssprop --crm-feedback-summary-chart-height - Height of each chart.
 * @cssprop --crm-color-surface - Background of widgets.
 * @cssprop --crm-color-on-surface - Text colour.
 * @cssprop --crm-font-family - Font of every widget.
 */
export class CrmFeedbackSummary extends CrmElement {
  static override styles = [...CrmElement.styles, feedbackSummaryStyles];

  /** Id of the survey to summarize. */
  @property({ attribute: 'survey-id' }) accessor surveyId = '';

  /** Question ids whose table is shown. */
  @state() private accessor _openTables: ReadonlySet<string> = new Set();

  /** The last summary with what it was computed from: re-rendering for a toggle does not score every response again. */
  #summarized: { readonly survey: Survey; readonly responses: readonly SurveyResponse[]; readonly summaries: QuestionSummary[] } | undefined;

  readonly #messages = this.i18n.use(feedbackSummaryMessages);

  readonly #survey = new QueryController<Survey, CrmError, DetailQueryKey<'surveys'>>(this, () => {
    const client = this.activeClient;
    return client && this.surveyId ? { queryClient: client.queryClient, options: client.surveys.detailQuery(this.surveyId) } : undefined;
  });

  readonly #responses = new QueryController<Page<SurveyResponse>, CrmError>(this, () => {
    const client = this.activeClient;
    return client && this.surveyId ? summaryResponsesQuery(client, this.surveyId) : undefined;
  });

  #onToggleTable(questionId: string): void {
    const open = new Set(this._openTables);
    if (!open.delete(questionId)) open.add(questionId);
    this._openTables = open;
  }

  get #m(): FeedbackSummaryMessages {
    return this.i18n.pick(this.#messages);
  }

  #summariesOf(survey: Survey, responses: readonly SurveyResponse[]): QuestionSummary[] {
    if (this.#summarized?.survey !== survey || this.#summarized.responses !== responses) {
      this.#summarized = { survey, responses, summaries: summarizeSurvey(survey, responses) };
    }
    return this.#summarized.summaries;
  }

  #renderSummary(survey: Survey, responses: readonly SurveyResponse[]): TemplateResult {
    const m = this.#m;
    const summaries = this.#summariesOf(survey, responses);
    const format = this.i18n.format;
    return html`<section part="summary" class="frame" aria-labelledby="summary-title">
      <h2 id="summary-title" part="title" class="title">${survey.title}</h2>
      <p class="muted">${m.responses(responses.length, format.number(responses.length))}</p>
      ${summaries.length === 0
        ? renderEmpty(m.noScores)
        : html`<div class="questions">
            ${summaries.map((summary) =>
              renderQuestionSummary({
                summary,
                label: survey.questions.find((question) => question.id === summary.questionId)?.label ?? summary.questionId,
                index: survey.questions.findIndex((question) => question.id === summary.questionId),
                tableOpen: this._openTables.has(summary.questionId),
                m,
                format,
                onToggleTable: () => this.#onToggleTable(summary.questionId),
              }),
            )}
          </div>`}
    </section>`;
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    const shared = this.i18n.messages;
    const frame = (content: TemplateResult) => html`<div part="summary" class="frame">${content}</div>`;
    if (!this.activeClient) return frame(renderError(m.noClient));
    if (!this.surveyId) return frame(renderEmpty(m.noSurvey));
    const survey = this.#survey.result;
    const responses = this.#responses.result;
    const failed = survey?.isError ? survey : responses?.isError ? responses : undefined;
    if (failed?.error) {
      const retry = failed.error.kind === 'not-found' ? undefined : { label: shared.common.retry, onRetry: () => void Promise.all([this.#survey.refetch(), this.#responses.refetch()]) };
      return frame(renderError(errorText(failed.error, shared), retry));
    }
    if (!survey?.data || !responses?.data) return frame(renderSkeleton(shared.common.loading, 5));
    return this.#renderSummary(survey.data, responses.data.items);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-feedback-summary': CrmFeedbackSummary;
  }
}
