import { headlineScore, type QuestionSummary, type SegmentField, type SegmentTally } from '@rapport/core/domain';
import { html, type TemplateResult } from 'lit';
import type { FeedbackSummaryMessages } from './feedback-summary.messages.js';

export interface SegmentTableProps {
  readonly field: SegmentField;
  /** Every field the survey's responses can be grouped by, with its name. */
  readonly fields: ReadonlyArray<{ readonly field: SegmentField; readonly label: string }>;
  readonly segments: ReadonlyArray<{ readonly tally: SegmentTally; readonly name: string; readonly summaries: readonly QuestionSummary[] }>;
  /** The scored questions' column headings, in survey order. */
  readonly columns: readonly string[];
  readonly formatScore: (summary: QuestionSummary) => string;
  readonly formatNumber: (value: number) => string;
  readonly onField: (field: SegmentField) => void;
  readonly m: FeedbackSummaryMessages;
}

/** The period's scores per segment (what was rated, language, a single-choice answer), with the field to group by. */
export function renderSegmentTable({ field, fields, segments, columns, formatScore, formatNumber, onField, m }: SegmentTableProps): TemplateResult {
  return html`<section part="segments" class="segments" aria-labelledby="segments-title">
    <div class="section-head">
      <h3 id="segments-title" class="section-title">${m.segmentsTitle}</h3>
      <label class="control"
        >${m.segmentBy}
        <select part="segment-select" @change=${(event: Event) => onField((event.target as HTMLSelectElement).value as SegmentField)}>
          ${fields.map((option) => html`<option value=${option.field} ?selected=${option.field === field}>${option.label}</option>`)}
        </select></label
      >
    </div>
    <div class="table-scroll">
      <table part="segment-table" class="table">
        <caption class="visually-hidden">${m.segmentsTitle}: ${fields.find((option) => option.field === field)?.label ?? ''}</caption>
        <thead>
          <tr>
            <th scope="col">${m.columns.segment}</th>
            <th scope="col">${m.columns.responses}</th>
            ${columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${segments.map(
            ({ tally, name, summaries }) => html`<tr>
              <th scope="row">${name}</th>
              <td>${formatNumber(tally.responses)}</td>
              ${summaries.map((summary) => html`<td>${headlineScore(summary) === null ? '–' : formatScore(summary)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
