import { headlineScore, type QuestionSummary } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import type { FeedbackSummaryMessages, ScoreKind } from './feedback-summary.messages.js';
import { renderDelta } from './period-delta.js';

export interface QuestionSummaryProps {
  readonly summary: QuestionSummary;
  /** The same question over the previous period; `undefined` when nothing is compared. */
  readonly previous: QuestionSummary | undefined;
  readonly comparing: boolean;
  readonly label: string;
  /** Ids come from the question's place in the survey: its own id may hold any character. */
  readonly index: number;
  /** Its trend and distribution, from the charts' part (`nothing` until it arrives). */
  readonly charts: TemplateResult | typeof nothing;
  readonly m: FeedbackSummaryMessages;
  readonly format: Formatter;
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

/** One scored question: its score and how it moved, then its charts. */
export function renderQuestionSummary(props: QuestionSummaryProps): TemplateResult {
  const { summary, previous, comparing, label, index, m, format } = props;
  const id = `q${index}`;
  const value = headlineScore(summary);
  return html`<article part="question" class="question" aria-labelledby=${`${id}-title`}>
    <h3 id=${`${id}-title`} part="question-label" class="question-label">${label}</h3>
    ${summary.responses === 0 || value === null
      ? html`<p class="muted">${m.noAnswers}</p>`
      : html`<p part="score" class="score">
            <span class="score-name">${m.scoreNames[summary.type]}</span> <strong class="score-value">${scoreText(summary.type, value, format)}</strong>
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
    ${props.charts}
  </article>`;
}
