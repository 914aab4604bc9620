import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackSummaryMessages } from './feedback-summary.messages.js';

export interface DeltaProps {
  readonly current: number | null;
  /** `undefined` while there is nothing to compare with (comparison off, or still loading). */
  readonly previous: number | null | undefined;
  /** Decimals the figure is shown with: a change smaller than that is no change. */
  readonly decimals: number;
  /** CES: less effort is better, so a fall is good news. */
  readonly lowerIsBetter?: boolean;
  /** The amount with its unit (points, nothing for counts). */
  readonly unit: (amount: string) => string;
  readonly formatNumber: (value: number) => string;
  readonly m: FeedbackSummaryMessages;
}

/**
 * How a figure moved since the previous period: an arrow and the signed change, coloured by
 * whether it is good news, with the same said in words for screen readers (the arrow is not read).
 */
export function renderDelta({ current, previous, decimals, lowerIsBetter = false, unit, formatNumber, m }: DeltaProps): TemplateResult | typeof nothing {
  if (previous === undefined || current === null) return nothing;
  if (previous === null) return html`<span part="delta" class="delta none">${m.noPrevious}</span>`;
  const factor = 10 ** decimals;
  const change = Math.round((current - previous) * factor) / factor;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const tone = direction === 'same' ? 'flat' : (direction === 'up') !== lowerIsBetter ? 'good' : 'bad';
  const amount = unit(formatNumber(Math.abs(change)));
  const sign = direction === 'up' ? '+' : direction === 'down' ? '−' : '±';
  return html`<span part="delta" class=${`delta ${tone}`} data-direction=${direction}>
    <span aria-hidden="true">${direction === 'up' ? '▲' : direction === 'down' ? '▼' : '='} ${sign}${amount}</span>
    <span class="visually-hidden">${m.change(direction, amount)}</span>
  </span>`;
}
