import type { CrmClient, CrmError, ListQuery, ListQueryKey, Page, Survey, SurveyResponse } from '@rapport/core';
import { npsCategory, periodInstants, type SurveyPeriodQuery } from '@rapport/core/domain';
import { keepPreviousData } from '@tanstack/query-core';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { listAll } from '../base/list-all.js';
import { errorText } from '../base/locale/error-text.js';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { toCsv } from './csv.js';
import type { ScoreBand, SummaryPartMessages } from './feedback-summary-parts.messages.js';
import type { ScoreKind } from './feedback-summary.messages.js';
import { responseRows } from './responses-csv.js';
import { toneOf } from './score-tone.js';

export interface CommentsContext {
  readonly client: CrmClient;
  readonly survey: Survey;
  readonly query: SurveyPeriodQuery;
  readonly m: SummaryPartMessages;
  readonly format: Formatter;
  /** The messages every widget shares (errors, retry). */
  readonly messages: Messages;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Responses per step of "show more". */
const PAGE = 20;
/** Typing pauses this long before the list is searched. */
const SEARCH_DELAY_MS = 250;

const BANDS: readonly ScoreBand[] = ['all', 'detractor', 'passive', 'promoter'];
const BAND_POINTS: Readonly<Record<Exclude<ScoreBand, 'all'>, number[]>> = {
  detractor: [0, 1, 2, 3, 4, 5, 6],
  passive: [7, 8],
  promoter: [9, 10],
};

/**
 * The period's responses with their comments, newest first, a page at a time from the storage:
 * searched in their text answers, filtered by NPS band, and downloadable as CSV (everything that
 * matches, not only the pages shown). Made after the summary's first render (its own chunk).
 */
export class CommentsView implements ReactiveController {
  readonly #host: Host;
  readonly #context: () => CommentsContext | undefined;
  readonly #list: QueryController<Page<SurveyResponse>, CrmError, ListQueryKey<'surveyResponses'>>;
  #search = '';
  #band: ScoreBand = 'all';
  #limit = PAGE;
  #exporting = false;
  #exportError: CrmError | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host, context: () => CommentsContext | undefined) {
    this.#host = host;
    this.#context = context;
    host.addController(this);
    adoptViewStyles(host, [commentsStyles]);
    this.#list = new QueryController(host, () => {
      const shown = context();
      if (!shown) return undefined;
      return { queryClient: shown.client.queryClient, options: { ...shown.client.surveyResponses.listQuery(this.#query(shown, this.#limit)), placeholderData: keepPreviousData } };
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#searchTimer);
  }

  /** The first NPS question: the one the bands and the score shown first refer to. */
  #npsQuestion(survey: Survey): string | undefined {
    return survey.questions.find((question) => question.type === 'nps')?.id;
  }

  #query({ survey, query }: CommentsContext, limit?: number): ListQuery {
    const { fromMs, toMs } = periodInstants(query);
    const nps = this.#npsQuestion(survey);
    const where: Record<string, unknown> = { surveyId: survey.id, submittedAt: { gte: new Date(fromMs).toISOString(), lt: new Date(toMs).toISOString() } };
    if (nps !== undefined && this.#band !== 'all') where[`answers.${nps}`] = { in: BAND_POINTS[this.#band] };
    return {
      where: where as ListQuery['where'],
      sort: [{ field: 'submittedAt', direction: 'desc' }],
      ...(limit === undefined ? {} : { limit }),
      ...(this.#search ? { q: this.#search } : {}),
    };
  }

  #onSearch = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value.trim().toLowerCase();
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#search = text;
      this.#limit = PAGE;
      this.#host.requestUpdate();
    }, SEARCH_DELAY_MS);
  };

  #onBand = (event: Event): void => {
    this.#band = (event.target as HTMLSelectElement).value as ScoreBand;
    this.#limit = PAGE;
    this.#host.requestUpdate();
  };

  #onMore = (): void => {
    this.#limit += PAGE;
    this.#host.requestUpdate();
  };

  /** Every response that matches, in the order shown, as a CSV file the browser downloads. */
  #onExport = async (): Promise<void> => {
    const shown = this.#context();
    if (!shown || this.#exporting) return;
    this.#exporting = true;
    this.#exportError = undefined;
    this.#host.requestUpdate();
    try {
      const responses = await listAll(shown.client.surveyResponses, this.#query(shown));
      const blob = new Blob([toCsv(responseRows(shown.survey, responses, shown.m))], { type: 'text/csv;charset=utf-8' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${shown.survey.title} ${shown.query.from} ${shown.query.to}.csv`.replace(/[\\/:*?"<>|]+/g, '-');
      link.hidden = true;
      this.#host.shadowRoot?.append(link);
      link.click();
      link.remove();
      // The download has started from the link; the object URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      this.#exportError = error as CrmError;
    } finally {
      this.#exporting = false;
      this.#host.requestUpdate();
    }
  };

  #renderResponse(response: SurveyResponse, { survey, m, format }: CommentsContext): TemplateResult {
    const scores = survey.questions.flatMap((question) => {
      const answer = response.answers[question.id];
      return (question.type === 'nps' || question.type === 'csat' || question.type === 'ces' || question.type === 'rating') && typeof answer === 'number'
        ? [{ kind: question.type as ScoreKind, answer }]
        : [];
    });
    const texts = survey.questions.flatMap((question) => {
      const answer = response.answers[question.id];
      return question.type === 'text' && typeof answer === 'string' && answer.trim() ? [answer] : [];
    });
    const first = scores[0];
    const band = first?.kind === 'nps' ? npsCategory(first.answer) : undefined;
    return html`<li part="comment" class="comment">
      <div class="comment-meta">
        ${scores.map(({ kind, answer }) => html`<span class=${`comment-score ${toneOf(kind, answer)}`}>${m.scoreNames[kind]} ${format.number(answer)}</span>`)}
        ${band ? html`<span class="muted">${m.bands[band]}</span>` : nothing}
        <time class="muted" datetime=${response.submittedAt}>${format.dateTime(response.submittedAt)}</time>
      </div>
      ${texts.length ? texts.map((text) => html`<p class="comment-text">${text}</p>`) : html`<p class="comment-text muted">${m.noComment}</p>`}
    </li>`;
  }

  render(): TemplateResult {
    const shown = this.#context();
    if (!shown) return html``;
    const { m, format, survey } = shown;
    const result = this.#list.result;
    const page = result?.data;
    let list: TemplateResult;
    if (result?.isError && result.error) list = renderError(errorText(result.error, shown.messages));
    else if (!page) list = renderSkeleton(m.commentsTitle, 3);
    else if (page.items.length === 0) list = renderEmpty(m.noComments);
    else
      list = html`<ol part="comment-list" class="comment-list">
          ${page.items.map((response) => this.#renderResponse(response, shown))}
        </ol>
        ${page.nextCursor ? html`<button part="more-button" type="button" @click=${this.#onMore}>${m.showMore}</button>` : nothing}`;
    return html`<div class="comment-controls">
        <label class="control">${m.search} <input part="comment-search" type="search" @input=${this.#onSearch} /></label>
        ${this.#npsQuestion(survey) === undefined
          ? nothing
          : html`<label class="control"
              >${m.band}
              <select part="band-select" @change=${this.#onBand}>
                ${BANDS.map((band) => html`<option value=${band} ?selected=${band === this.#band}>${m.bands[band]}</option>`)}
              </select></label
            >`}
        <button part="export-button" type="button" ?disabled=${this.#exporting} aria-busy=${String(this.#exporting)} @click=${this.#onExport}>
          ${this.#exporting ? m.exporting : m.exportCsv}
        </button>
      </div>
      ${this.#exportError ? renderError(errorText(this.#exportError, shown.messages)) : nothing}
      <p class="muted" role="status">${page ? m.shown(format.number(page.items.length), format.number(page.total)) : ''}</p>
      ${list}`;
  }
}

const commentsStyles = css`
  .comment-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
  }
  .comment-list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .comment {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .comment-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-small);
  }
  .comment-score {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .comment-score.good {
    color: var(--_color-success);
  }
  .comment-score.neutral {
    color: var(--_color-warning);
  }
  .comment-score.bad {
    color: var(--_color-danger);
  }
  .comment-text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
`;
