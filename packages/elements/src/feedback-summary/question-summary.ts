import type { QuestionSummary } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import { renderDistributionChart } from './distribution-chart.js';
import { renderDistributionTable } from './distribution-table.js';
import type { FeedbackSummaryMessages } from './feedback-summary.messages.js';

export interface QuestionSummaryProps {
  readonly summary: QuestionSummary;
  readonly label: string;
  /** Ids come from the question's place in the survey: its own id may hold any character. */
  readonly index: number;
  readonly tableOpen: boolean;
  readonly m: FeedbackSummaryMessages;
  readonly format: Formatter;
  readonly onToggleTable: () => void;
}

/** A mean to one decimal, as dashboards show CES and ratings. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The headline figure and the line that explains it. */
function headline(summary: QuestionSummary, m: FeedbackSummaryMessages, format: Formatter): { readonly value: string; readonly detail: string } {
  const share = (part: number) => format.percent(part / summary.responses);
  switch (summary.type) {
    case 'nps': {
      const score = Math.round(summary.score ?? 0);
      return { value: `${score > 0 ? '+' : ''}${format.number(score)}`, detail: m.npsBreakdown(share(summary.promoters), share(summary.passives), share(summary.detractors)) };
    }
    case 'csat':
      return { value: format.percent((summary.score ?? 0) / 100), detail: m.csatDetail(format.number(summary.satisfied), format.number(summary.responses)) };
    case 'ces':
      return { value: format.number(oneDecimal(summary.mean ?? 0)), detail: m.cesDetail };
    case 'rating':
      return { value: format.number(oneDecimal(summary.mean ?? 0)), detail: m.ratingDetail(format.number(summary.max)) };
  }
}

/** One scored question: its score, how the answers spread over the scale, and the same as a table. */
export function renderQuestionSummary({ summary, label, index, tableOpen, m, format, onToggleTable }: QuestionSummaryProps): TemplateResult {
  const id = `q${index}`;
  const min = summary.type === 'nps' ? 0 : 1;
  const { value, detail } = headline(summary, m, format);
  const points = summary.distribution
    .map((count, point) => m.point(format.number(min + point), format.number(count), format.percent(summary.responses === 0 ? 0 : count / summary.responses)))
    .join(', ');
  return html`<article part="question" class="question" aria-labelledby=${`${id}-title`}>
    <h3 id=${`${id}-title`} part="question-label" class="question-label">${label}</h3>
    ${summary.responses === 0
      ? html`<p class="muted">${m.noAnswers}</p>`
      : html`<p part="score" class="score"><span class="score-name">${m.scoreNames[summary.type]}</span> <strong class="score-value">${value}</strong></p>
          <p class="muted">${m.answers(summary.responses, format.number(summary.responses))} · ${detail}</p>
          ${summary.ignored > 0 ? html`<p class="muted">${m.ignored(format.number(summary.ignored))}</p>` : nothing}
          ${renderDistributionChart({ kind: summary.type, distribution: summary.distribution, min, label: m.chartLabel(label, points), formatNumber: format.number })}
          <button part="table-toggle" type="button" aria-expanded=${String(tableOpen)} aria-controls=${`${id}-table`} @click=${onToggleTable}>
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
