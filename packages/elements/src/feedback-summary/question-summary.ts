import { headlineScore, type QuestionSummary } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import { renderDistributionChart } from './distribution-chart.js';
import { renderDistributionTable } from './distribution-table.js';
import type { FeedbackSummaryMessages, ScoreKind } from './feedback-summary.messages.js';
import { renderDelta } from './period-delta.js';
import { renderTrendChart } from './trend-chart.js';
import { renderTrendTable, type TrendRow } from './trend-table.js';

export interface QuestionTrend {
  /** One row per bucket, oldest first. */
  readonly rows: readonly TrendRow[];
  /** Each bucket's short name for the chart's ticks. */
  readonly ticks: readonly string[];
  /** "week", "周": what one point stands for. */
  readonly bucketName: string;
}

export interface QuestionSummaryProps {
  readonly summary: QuestionSummary;
  /** The same question over the previous period; `undefined` when nothing is compared. */
  readonly previous: QuestionSummary | undefined;
  readonly comparing: boolean;
  readonly trend: QuestionTrend;
  readonly label: string;
  /** Ids come from the question's place in the survey: its own id may hold any character. */
  readonly index: number;
  readonly tableOpen: boolean;
  readonly trendTableOpen: boolean;
  readonly m: FeedbackSummaryMessages;
  readonly format: Formatter;
  readonly onToggleTable: () => void;
  readonly onToggleTrendTable: () => void;
}

/** A mean to one decimal, as dashboards show CES and ratings. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Decimals each score is shown with. */
export const decimalsOf = (kind: ScoreKind) => (kind === 'nps' || kind === 'csat' ? 0 : 1);

/** A score as its dashboard shows it: NPS signed (+14), CSAT a percentage, CES and ratings to one decimal. */
export function scoreText(kind: ScoreKind, value: number, format: Formatter): string {
  if (kind === 'nps') {
    const score = Math.round(value);
    return `${score > 0 ? '+' : ''}${format.number(score)}`;
  }
  if (kind === 'csat') return format.percent(Math.round(value) / 100);
  return format.number(oneDecimal(value));
}

/** The range a score moves in: NPS −100…100, CSAT 0…100 %, CES 1…7, a rating 1…its top. */
export function scoreRange(summary: QuestionSummary): { readonly min: number; readonly max: number } {
  switch (summary.type) {
    case 'nps':
      return { min: -100, max: 100 };
    case 'csat':
      return { min: 0, max: 100 };
    case 'ces':
      return { min: 1, max: 7 };
    case 'rating':
      return { min: 1, max: summary.max };
  }
}

/** The line that explains the headline figure. */
function detail(summary: QuestionSummary, m: FeedbackSummaryMessages, format: Formatter): string {
  const share = (part: number) => format.percent(part / summary.responses);
  switch (summary.type) {
    case 'nps':
      return m.npsBreakdown(share(summary.promoters), share(summary.passives), share(summary.detractors));
    case 'csat':
      return m.csatDetail(format.number(summary.satisfied), format.number(summary.responses));
    case 'ces':
      return m.cesDetail;
    case 'rating':
      return m.ratingDetail(format.number(summary.max));
  }
}

/** One scored question: its score and how it moved, its trend, how the answers spread over the scale, each with a table. */
export function renderQuestionSummary(props: QuestionSummaryProps): TemplateResult {
  const { summary, previous, comparing, trend, label, index, tableOpen, trendTableOpen, m, format } = props;
  const id = `q${index}`;
  const min = summary.type === 'nps' ? 0 : 1;
  const value = headlineScore(summary);
  const points = summary.distribution
    .map((count, point) => m.point(format.number(min + point), format.number(count), format.percent(summary.responses === 0 ? 0 : count / summary.responses)))
    .join(', ');
  const scoreName = m.scoreNames[summary.type];
  const trendPoints = trend.rows.map((row) => m.trendPoint(row.period, row.score ?? m.noAnswersShort)).join(', ');
  return html`<article part="question" class="question" aria-labelledby=${`${id}-title`}>
    <h3 id=${`${id}-title`} part="question-label" class="question-label">${label}</h3>
    ${summary.responses === 0 || value === null
      ? html`<p class="muted">${m.noAnswers}</p>`
      : html`<p part="score" class="score">
            <span class="score-name">${scoreName}</span> <strong class="score-value">${scoreText(summary.type, value, format)}</strong>
            ${renderDelta({
              current: value,
              previous: comparing ? (previous ? headlineScore(previous) : undefined) : undefined,
              decimals: decimalsOf(summary.type),
              lowerIsBetter: summary.type === 'ces',
              unit: summary.type === 'nps' || summary.type === 'csat' ? m.points : (amount) => amount,
              formatNumber: format.number,
              m,
            })}
          </p>
          <p class="muted">${m.answers(summary.responses, format.number(summary.responses))} · ${detail(summary, m, format)}</p>
          ${summary.ignored > 0 ? html`<p class="muted">${m.ignored(format.number(summary.ignored))}</p>` : nothing}`}
    <h4 class="chart-title">${m.trendTitle(scoreName, trend.bucketName)}</h4>
    ${renderTrendChart({
      id: `${id}-trend`,
      values: trend.rows.map((row) => row.value),
      labels: trend.ticks,
      scale: scoreRange(summary),
      label: m.trendLabel(scoreName, trend.bucketName, trendPoints),
      format: (point) => scoreText(summary.type, point, format),
    })}
    <button part="trend-table-toggle" type="button" aria-expanded=${String(trendTableOpen)} aria-controls=${`${id}-trend-table`} @click=${props.onToggleTrendTable}>
      ${trendTableOpen ? m.hideTable : m.showTable}
    </button>
    ${renderTrendTable({ id: `${id}-trend-table`, caption: m.trendTitle(scoreName, trend.bucketName), rows: trend.rows, open: trendTableOpen, m })}
    ${summary.responses === 0
      ? nothing
      : html`${renderDistributionChart({ kind: summary.type, distribution: summary.distribution, min, label: m.chartLabel(label, points), formatNumber: format.number })}
          <button part="table-toggle" type="button" aria-expanded=${String(tableOpen)} aria-controls=${`${id}-table`} @click=${props.onToggleTable}>
            ${tableOpen ? m.hideTable : m.showTable}
          </button>
          ${renderDistributionTable({
            id: `${id}-table`,
            caption: label,
            distribution: summary.distribution,
            min,
            open: tableOpen,
            m,
            formatNumber: format.number,
            formatPercent: format.percent,
          })}`}
  </article>`;
}
