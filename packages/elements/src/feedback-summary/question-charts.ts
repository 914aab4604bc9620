import type { Survey } from '@rapport/core';
import { headlineScore, summarizeTally, type QuestionSummary, type SurveyPeriodAggregate } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { renderDistributionChart } from './distribution-chart.js';
import { renderDistributionTable } from './distribution-table.js';
import type { SummaryPartMessages } from './feedback-summary-parts.messages.js';
import type { ScoreKind } from './feedback-summary.messages.js';
import { questionChartsStyles } from './question-charts.styles.js';
import { summaryTablesStyles } from './summary-tables.styles.js';
import { renderTrendChart } from './trend-chart.js';
import { renderTrendTable, type TrendRow } from './trend-table.js';

export interface QuestionChartsProps {
  readonly survey: Survey;
  readonly aggregate: SurveyPeriodAggregate;
  readonly summary: QuestionSummary;
  readonly label: string;
  /** Ids come from the question's place in the survey: its own id may hold any character. */
  readonly index: number;
  readonly tableOpen: boolean;
  readonly trendTableOpen: boolean;
  readonly m: SummaryPartMessages;
  readonly format: Formatter;
  /** A score as the summary shows it (`+14`, `50%`, `2.5`). */
  readonly scoreText: (kind: ScoreKind, value: number) => string;
  /** A bucket by its first day, as the period above it is written. */
  readonly formatBucket: (start: string, short?: boolean) => string;
  readonly onToggleTable: () => void;
  readonly onToggleTrendTable: () => void;
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

/** One row per bucket of the period, oldest first: the question's score in it, as shown and as drawn. */
function trendRowsOf({ survey, aggregate, summary, format, scoreText, formatBucket }: QuestionChartsProps): TrendRow[] {
  return aggregate.trend.map((point) => {
    const bucketSummary = summarizeTally(survey, point).find((candidate) => candidate.questionId === summary.questionId);
    const value = bucketSummary ? headlineScore(bucketSummary) : null;
    return {
      period: formatBucket(point.start),
      answers: format.number(bucketSummary?.responses ?? 0),
      score: value === null ? null : scoreText(summary.type, value),
      value,
    };
  });
}

/** Under a question's score: its trend and how its answers spread, each an SVG chart with a table to open. */
function renderQuestionCharts(props: QuestionChartsProps): TemplateResult {
  const { aggregate, summary, label, index, tableOpen, trendTableOpen, m, format, scoreText, formatBucket } = props;
  const id = `q${index}`;
  const min = summary.type === 'nps' ? 0 : 1;
  const bucketName = m.bucketNames[aggregate.query.bucket];
  const scoreName = m.scoreNames[summary.type];
  const rows = trendRowsOf(props);
  const points = summary.distribution
    .map((count, point) => m.point(format.number(min + point), format.number(count), format.percent(summary.responses === 0 ? 0 : count / summary.responses)))
    .join(', ');
  const trendPoints = rows.map((row) => m.trendPoint(row.period, row.score ?? m.noAnswersShort)).join(', ');
  return html`<h4 class="chart-title">${m.trendTitle(scoreName, bucketName)}</h4>
    ${renderTrendChart({
      id: `${id}-trend`,
      values: rows.map((row) => row.value),
      labels: aggregate.trend.map((point) => formatBucket(point.start, true)),
      scale: scoreRange(summary),
      label: m.trendLabel(scoreName, bucketName, trendPoints),
      format: (point) => scoreText(summary.type, point),
    })}
    <button part="trend-table-toggle" type="button" aria-expanded=${String(trendTableOpen)} aria-controls=${`${id}-trend-table`} @click=${props.onToggleTrendTable}>
      ${trendTableOpen ? m.hideTable : m.showTable}
    </button>
    ${renderTrendTable({ id: `${id}-trend-table`, caption: m.trendTitle(scoreName, bucketName), rows, open: trendTableOpen, m })}
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
          })}`}`;
}

/** The charts' part of the summary, with its styles added to the widget's as it arrives. */
export function questionChartsFor(host: HTMLElement): { readonly render: (props: QuestionChartsProps) => TemplateResult } {
  adoptViewStyles(host, [questionChartsStyles, summaryTablesStyles]);
  return { render: renderQuestionCharts };
}
