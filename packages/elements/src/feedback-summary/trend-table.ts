import { html, type TemplateResult } from 'lit';
import type { SummaryPartMessages } from './feedback-summary-parts.messages.js';

/** One bucket of a trend, formatted for reading. */
export interface TrendRow {
  /** The bucket as a reader names it (`Mar 3, 2026`, `Mar 2026`). */
  readonly period: string;
  readonly answers: string;
  /** The score as shown, `null` without answers. */
  readonly score: string | null;
  /** The score as drawn. */
  readonly value: number | null;
}

export interface TrendTableProps {
  readonly id: string;
  readonly caption: string;
  readonly rows: readonly TrendRow[];
  readonly open: boolean;
  readonly m: SummaryPartMessages;
}

/** A trend's numbers as a table: every bucket, its answers and its score (rows only while open: a year of days is long). */
export function renderTrendTable({ id, caption, rows, open, m }: TrendTableProps): TemplateResult {
  return html`<div class="table-scroll" ?hidden=${!open}>
    <table part="trend-table" class="table" id=${id}>
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${m.columns.period}</th>
          <th scope="col">${m.columns.answers}</th>
          <th scope="col">${m.columns.score}</th>
        </tr>
      </thead>
      <tbody>
        ${(open ? rows : []).map(
          (row) => html`<tr>
            <th scope="row">${row.period}</th>
            <td>${row.answers}</td>
            <td>${row.score ?? '–'}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
