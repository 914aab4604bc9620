import { html, type TemplateResult } from 'lit';
import type { SummaryPartMessages } from './feedback-summary-parts.messages.js';

export interface DistributionTableProps {
  readonly id: string;
  readonly caption: string;
  readonly distribution: readonly number[];
  readonly min: number;
  readonly open: boolean;
  readonly m: SummaryPartMessages;
  readonly formatNumber: (value: number) => string;
  readonly formatPercent: (ratio: number) => string;
}

/** The chart's numbers as a table: the alternative for anyone who would rather read than look. */
export function renderDistributionTable(props: DistributionTableProps): TemplateResult {
  const { m, distribution, formatNumber, formatPercent } = props;
  const total = distribution.reduce((sum, count) => sum + count, 0);
  return html`<table part="table" class="table" id=${props.id} ?hidden=${!props.open}>
    <caption>${props.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${m.columns.score}</th>
        <th scope="col">${m.columns.answers}</th>
        <th scope="col">${m.columns.share}</th>
      </tr>
    </thead>
    <tbody>
      ${distribution.map(
        (count, index) => html`<tr>
          <th scope="row">${formatNumber(props.min + index)}</th>
          <td>${formatNumber(count)}</td>
          <td>${formatPercent(total === 0 ? 0 : count / total)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
