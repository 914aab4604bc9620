import type { CrmError, DetailQueryKey, Survey } from '@rapport/core';
import {
  dayNumberOf,
  localDayOf,
  segmentFieldsOf,
  summarizeTally,
  type SegmentField,
  type SurveyPeriodAggregate,
  type SurveyPeriodQuery,
  type TrendBucket,
} from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChunkLoader, renderLoadFailure, renderPending } from '../base/chunk-loader.js';
import { CrmElement } from '../base/crm-element.js';
import { errorText } from '../base/locale/error-text.js';
import { loadMessages, type MessagePack } from '../base/locale/message-pack.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import type { CommentsView } from './comments-view.js';
import type { QuestionChartsProps } from './question-charts.js';
import type { SegmentsProps } from './segment-table.js';
import type { FeedbackSummaryPartMessages, SummaryPartMessages } from './feedback-summary-parts.messages.js';
import { feedbackSummaryChunks } from './feedback-summary.chunks.js';
import { feedbackSummaryMessages, type FeedbackSummaryMessages } from './feedback-summary.messages.js';
import { feedbackSummaryStyles } from './feedback-summary.styles.js';
import { renderDelta } from './period-delta.js';
import { periodAggregateQuery } from './period-aggregate-query.js';
import { formatBucket, formatPeriod } from './period-format.js';
import { renderQuestionSummary, scoreText } from './question-summary.js';
import { autoBucket, customPeriod, presetPeriod, previousPeriod, RANGE_PRESETS, readerTimeZone, weekStartOf, type Period, type RangePreset } from './summary-period.js';

/**
 * How a satisfaction survey is going, for the site owner's dashboard: over a period the reader
 * picks (and against the one before), the response count and rate, NPS, CSAT, CES and ratings with
 * their trend and how the answers spread, scores per segment, and the comments, searchable and
 * exportable as CSV. The figures are counted where the responses are stored, so 100,000 responses
 * cost the page a few kilobytes; it follows new responses as they arrive through the same client.
 *
 * @tag crm-feedback-summary
 * @summary NPS, CSAT and CES of a survey over a period: trend, comparison, segments, comments, export.
 *
 * @csspart summary - The frame around the summary.
 * @csspart title - The survey's title.
 * @csspart range - The period controls.
 * @csspart range-select - The choice of period (last 7/30/90 days, 12 months, custom dates).
 * @csspart range-from - The first day of a custom period.
 * @csspart range-to - The last day of a custom period.
 * @csspart compare-toggle - Turns the comparison with the previous period on or off.
 * @csspart period - The period shown, and the one compared with.
 * @csspart response-count - How many responded in the period.
 * @csspart response-rate - Responses as a share of those asked (with `asked`).
 * @csspart delta - The change from the previous period.
 * @csspart question - One scored question.
 * @csspart question-label - A question's text.
 * @csspart score - The headline score of a question.
 * @csspart trend-chart - A score over time (SVG).
 * @csspart trend-table-toggle - Shows or hides the table of a trend.
 * @csspart trend-table - A trend as a table.
 * @csspart chart - The distribution chart (SVG).
 * @csspart table-toggle - Shows or hides the table of a distribution.
 * @csspart table - The distribution as a table.
 * @csspart segments - Scores per segment.
 * @csspart segment-select - What responses are grouped by.
 * @csspart segment-table - The scores per segment.
 * @csspart comments - The responses and their comments.
 * @csspart comment-search - Searches the comments.
 * @csspart band-select - Filters by NPS band (detractors, passives, promoters).
 * @csspart comment - One response in the list.
 * @csspart more-button - Shows more responses.
 * @csspart export-button - Downloads the responses shown as CSV.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - Shown when there is no survey, nothing to score, or no responses in the period.
 * @csspart error - A failure message.
 * @csspart retry-button - Loads again after a failure.
 *
 * @cssprop --crm-feedback-summary-background - Background of the summary (default: the surface colour).
 * @cssprop --crm-feedback-summary-border - Border of the summary.
 * @cssprop --crm-feedback-summary-bar-color - Bars of CES and ratings, and trend lines (default: the primary colour).
 * @cssprop --crm-feedback-summary-good-color - Promoter and satisfied bars, good changes (default: the success colour).
 * @cssprop --crm-feedback-summary-neutral-color - Passive bars (default: the warning colour).
 * @cssprop --crm-feedback-summary-bad-color - Detractor and dissatisfied bars, bad changes (default: the danger colour).
 * @cssprop --crm-feedback-summary-chart-height - Height of each chart.
 * @cssprop --crm-color-surface - Background of widgets.
 * @cssprop --crm-color-on-surface - Text colour.
 * @cssprop --crm-font-family - Font of every widget.
 */
export class CrmFeedbackSummary extends CrmElement {
  static override styles = [...CrmElement.styles, feedbackSummaryStyles];

  /** Id of the survey to summarize. */
  @property({ attribute: 'survey-id' }) accessor surveyId = '';

  /** The period shown: `7d`, `30d`, `90d` (default), `12m`, or `custom` with `from` and `to`. The reader can change it. */
  @property({ reflect: true }) accessor range: RangePreset = '90d';

  /** First day of a `custom` period, `YYYY-MM-DD`, in the reader's time zone. */
  @property() accessor from = '';

  /** Last day (included) of a `custom` period, `YYYY-MM-DD`. */
  @property() accessor to = '';

  /** Trend points: `day`, `week`, `month`, or `auto` (default: days up to a month, weeks up to half a year, then months). */
  @property() accessor bucket: TrendBucket | 'auto' = 'auto';

  /** `previous` (default) compares each figure with the period before; `none` does not. The reader can change it. */
  @property({ reflect: true }) accessor comparison: 'previous' | 'none' = 'previous';

  /** How many people were asked in the period (the host knows: emails sent, orders placed): shows the response rate. */
  @property({ type: Number }) accessor asked: number | undefined = undefined;

  /** What the segment table groups by: `source` (default), `locale`, or `answers.<id>` of a single-choice question. */
  @property({ attribute: 'segment-by' }) accessor segmentBy: SegmentField = 'source';

  /** The IANA time zone days and weeks are counted in; default: the reader's. */
  @property({ attribute: 'time-zone' }) accessor timeZone = '';

  /** First day of the week for weekly trends, 0 = Sunday … 6 = Saturday; default: from the page's language and region. */
  @property({ attribute: 'week-start', type: Number }) accessor weekStart: number | undefined = undefined;

  /** Question ids whose distribution table is shown, and `trend:<id>` for trend tables. */
  @state() private accessor _openTables: ReadonlySet<string> = new Set();

  readonly #messages = this.i18n.use(feedbackSummaryMessages);

  readonly #survey = new QueryController<Survey, CrmError, DetailQueryKey<'surveys'>>(this, () => {
    const client = this.activeClient;
    return client && this.surveyId ? { queryClient: client.queryClient, options: client.surveys.detailQuery(this.surveyId) } : undefined;
  });

  readonly #current = new QueryController<SurveyPeriodAggregate, CrmError>(this, () => {
    const client = this.activeClient;
    const survey = this.#survey.result?.data;
    const query = this.#periodQuery(this.#period);
    return client && survey && query ? periodAggregateQuery(client, survey, query) : undefined;
  });

  readonly #previous = new QueryController<SurveyPeriodAggregate, CrmError>(this, () => {
    const client = this.activeClient;
    const survey = this.#survey.result?.data;
    const period = this.#period;
    const query = period && this.comparison === 'previous' ? this.#periodQuery(previousPeriod(period, this.range), this.#bucketOf(period)) : undefined;
    return client && survey && query ? periodAggregateQuery(client, survey, query) : undefined;
  });

  /** Each question's charts and their tables, fetched while the figures load so they show together. */
  readonly #charts = new ChunkLoader<{ readonly render: (props: QuestionChartsProps) => TemplateResult }>(this, async () => {
    const [{ questionChartsFor }] = await Promise.all([feedbackSummaryChunks.charts(), this.#loadPartMessages()]);
    return questionChartsFor(this);
  });

  /** What is below the scores (segments, comments), fetched once the scores are on screen. */
  readonly #below = new ChunkLoader<{ readonly comments: CommentsView; readonly renderSegments: (props: SegmentsProps) => TemplateResult }>(this, async () => {
    const [[{ CommentsView }, { segmentsFor }]] = await Promise.all([feedbackSummaryChunks.below(), this.#loadPartMessages()]);
    const comments = new CommentsView(this, () => {
      const client = this.activeClient;
      const survey = this.#survey.result?.data;
      const query = this.#periodQuery(this.#period);
      return client && survey && query ? { client, survey, query, m: this.#pm, format: this.i18n.format, messages: this.i18n.messages } : undefined;
    });
    return { comments, renderSegments: segmentsFor(this) };
  });

  get #m(): FeedbackSummaryMessages {
    return this.i18n.pick(this.#messages);
  }

  /** The strings of the parts fetched after the first render; registered with the locale (so a change of `lang` loads them too) when the first part arrives. */
  #partMessages: MessagePack<FeedbackSummaryPartMessages> | undefined;

  async #loadPartMessages(): Promise<void> {
    const { feedbackSummaryPartMessages } = await feedbackSummaryChunks.partMessages();
    this.#partMessages = this.i18n.use(feedbackSummaryPartMessages);
    await loadMessages(feedbackSummaryPartMessages, this.i18n.locale);
  }

  /** The summary's strings with those of its parts; only read by a part once it is there, so its pack is loaded. */
  get #pm(): SummaryPartMessages {
    const parts = this.#partMessages;
    if (!parts) throw new Error('A part of the summary rendered before its strings were loaded');
    return { ...this.#m, ...this.i18n.pick(parts) };
  }

  /** The days shown: the preset's, ending today in the reader's time zone, or the custom dates. */
  get #period(): Period | undefined {
    if (this.range === 'custom') return customPeriod(this.from, this.to);
    const preset = RANGE_PRESETS.includes(this.range) ? this.range : '90d';
    const today = localDayOf((this.activeClient?.now() ?? new Date()).getTime(), this.#timeZone);
    return presetPeriod(preset as Exclude<RangePreset, 'custom'>, today);
  }

  get #timeZone(): string {
    return this.timeZone || readerTimeZone();
  }

  #bucketOf(period: Period): TrendBucket {
    return this.bucket === 'day' || this.bucket === 'week' || this.bucket === 'month' ? this.bucket : autoBucket(period);
  }

  /** Where the reader's week starts: the attribute, else the page's language with its region (en-GB Monday, en-US Sunday). */
  get #weekStart(): number {
    if (this.weekStart !== undefined && Number.isInteger(this.weekStart) && this.weekStart >= 0 && this.weekStart <= 6) return this.weekStart;
    const tag = this.closest('[lang]')?.getAttribute('lang') || this.i18n.locale;
    return weekStartOf(tag);
  }

  /** A period as the storage is asked for it; the previous period uses the current one's bucket, so both trends compare. */
  #periodQuery(period: Period | undefined, bucket?: TrendBucket): SurveyPeriodQuery | undefined {
    if (!period) return undefined;
    const segmentBy = this.#survey.result?.data && segmentFieldsOf(this.#survey.result.data).includes(this.segmentBy) ? this.segmentBy : 'source';
    return { ...period, timeZone: this.#timeZone, bucket: bucket ?? this.#bucketOf(period), weekStart: this.#weekStart, segmentBy };
  }

  #toggle(key: string): void {
    const open = new Set(this._openTables);
    if (!open.delete(key)) open.add(key);
    this._openTables = open;
  }

  #onRange(event: Event): void {
    const preset = (event.target as HTMLSelectElement).value as RangePreset;
    if (preset === 'custom' && !customPeriod(this.from, this.to)) {
      // Custom dates start from the period that was shown, so the reader adjusts rather than types it all.
      const shown = this.#period;
      if (shown) [this.from, this.to] = [shown.from, shown.to];
    }
    this.range = preset;
  }

  #onDay(which: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    // A half-typed date is kept in the field, not applied: the period changes once the date is whole.
    if (dayNumberOf(value) === undefined) return;
    this[which] = value;
  }

  #renderRange(period: Period | undefined): TemplateResult {
    const m = this.#m;
    return html`<div part="range" class="range" role="group" aria-label=${m.range}>
      <label class="control"
        >${m.range}
        <select part="range-select" @change=${this.#onRange}>
          ${RANGE_PRESETS.map((preset) => html`<option value=${preset} ?selected=${preset === this.range}>${m.presets[preset]}</option>`)}
        </select></label
      >
      ${this.range === 'custom'
        ? html`<label class="control">${m.from} <input part="range-from" type="date" .value=${this.from} max=${this.to || nothing} @change=${(event: Event) => this.#onDay('from', event)} /></label>
            <label class="control">${m.to} <input part="range-to" type="date" .value=${this.to} min=${this.from || nothing} @change=${(event: Event) => this.#onDay('to', event)} /></label>`
        : nothing}
      <label class="control check"
        ><input
          part="compare-toggle"
          type="checkbox"
          .checked=${this.comparison === 'previous'}
          @change=${(event: Event) => (this.comparison = (event.target as HTMLInputElement).checked ? 'previous' : 'none')}
        />
        ${m.compare}</label
      >
      ${period
        ? html`<p part="period" class="muted period">
            ${formatPeriod(this.i18n.locale, period)}${this.comparison === 'previous' ? html` · ${m.comparedWith(formatPeriod(this.i18n.locale, previousPeriod(period, this.range)))}` : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  #renderFigures(survey: Survey, aggregate: SurveyPeriodAggregate, previous: SurveyPeriodAggregate | undefined, charts: { readonly render: (props: QuestionChartsProps) => TemplateResult } | undefined): TemplateResult {
    const m = this.#m;
    const format = this.i18n.format;
    const summaries = summarizeTally(survey, aggregate);
    const previousSummaries = previous ? summarizeTally(survey, previous) : undefined;
    const comparing = this.comparison === 'previous';
    const labelOf = (questionId: string) => survey.questions.find((question) => question.id === questionId)?.label ?? questionId;
    const partMessages = charts ? this.#pm : undefined;
    return html`<div class="figures">
        <p part="response-count" class="count">
          <strong>${m.responses(aggregate.responses, format.number(aggregate.responses))}</strong>
          ${renderDelta({ current: aggregate.responses, previous: comparing ? previous?.responses : undefined, decimals: 0, unit: (amount) => amount, formatNumber: format.number, m })}
        </p>
        ${this.asked !== undefined && this.asked > 0
          ? html`<p part="response-rate" class="muted">${m.responseRate(format.percent(aggregate.responses / this.asked), format.number(this.asked))}</p>`
          : nothing}
      </div>
      ${aggregate.responses === 0 ? renderEmpty(m.emptyPeriod) : nothing}
      <div class="questions">
        ${summaries.map((summary) => {
          const index = survey.questions.findIndex((question) => question.id === summary.questionId);
          const label = labelOf(summary.questionId);
          return renderQuestionSummary({
            summary,
            previous: previousSummaries?.find((candidate) => candidate.questionId === summary.questionId),
            comparing,
            label,
            index,
            charts:
              charts && partMessages
                ? charts.render({
                    survey,
                    aggregate,
                    summary,
                    label,
                    index,
                    tableOpen: this._openTables.has(summary.questionId),
                    trendTableOpen: this._openTables.has(`trend:${summary.questionId}`),
                    m: partMessages,
                    format,
                    scoreText: (kind, value) => scoreText(kind, value, format),
                    formatBucket: (start, short) => formatBucket(this.i18n.locale, start, aggregate.query.bucket, short),
                    onToggleTable: () => this.#toggle(summary.questionId),
                    onToggleTrendTable: () => this.#toggle(`trend:${summary.questionId}`),
                  })
                : nothing,
            m,
            format,
          });
        })}
      </div>
      ${renderLoadFailure(this.#charts, this.i18n.messages)}
    `;
  }

  #renderSummary(survey: Survey, period: Period | undefined): TemplateResult {
    const m = this.#m;
    const shared = this.i18n.messages;
    const current = this.#current.result;
    const previous = this.#previous.result;
    const scored = survey.questions.some((question) => ['nps', 'csat', 'ces', 'rating'].includes(question.type));
    const failed = current?.isError ? current : previous?.isError ? previous : undefined;
    let body: TemplateResult;
    if (!scored) body = renderEmpty(m.noScores);
    else if (failed?.error) body = renderError(errorText(failed.error, shared), { label: shared.common.retry, onRetry: () => void Promise.all([this.#current.refetch(), this.#previous.refetch()]) });
    else if (!current?.data || (!this.#charts.get() && !this.#charts.failure)) body = renderSkeleton(shared.common.loading, 5);
    else {
      // Segments and comments come after the scores: their code loads once the scores are on screen.
      const below = this.#below.get();
      const aggregate = current.data;
      body = html`${this.#renderFigures(survey, aggregate, previous?.isPlaceholderData ? undefined : previous?.data, this.#charts.value)}
        ${below && aggregate.responses > 0
          ? below.renderSegments({ survey, aggregate, m: this.#pm, format: this.i18n.format, scoreText: (kind, value) => scoreText(kind, value, this.i18n.format), onField: (field) => (this.segmentBy = field) })
          : nothing}
        <section part="comments" class="comments" aria-labelledby="comments-title">
          <h3 id="comments-title" class="section-title">${m.commentsTitle}</h3>
          ${below ? below.comments.render() : renderPending(this.#below, shared, 3)}
        </section>`;
    }
    const busy = Boolean(current?.isPlaceholderData || previous?.isFetching);
    return html`<section part="summary" class="frame" aria-labelledby="summary-title" aria-busy=${String(busy)}>
      <h2 id="summary-title" part="title" class="title">${survey.title}</h2>
      ${this.#renderRange(period)} ${body}
    </section>`;
  }

  protected override render(): TemplateResult {
    const m = this.#m;
    const shared = this.i18n.messages;
    const frame = (content: TemplateResult) => html`<div part="summary" class="frame">${content}</div>`;
    if (!this.activeClient) return frame(renderError(m.noClient));
    if (!this.surveyId) return frame(renderEmpty(m.noSurvey));
    const survey = this.#survey.result;
    if (survey?.isError && survey.error) {
      const retry = survey.error.kind === 'not-found' ? undefined : { label: shared.common.retry, onRetry: () => void this.#survey.refetch() };
      return frame(renderError(errorText(survey.error, shared), retry));
    }
    // The charts' code travels while the survey and its figures do, so the figures show with their charts.
    this.#charts.get();
    if (!survey?.data) return frame(renderSkeleton(shared.common.loading, 5));
    return this.#renderSummary(survey.data, this.#period);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-feedback-summary': CrmFeedbackSummary;
  }
}
