import type { Survey } from '@rapport/core';
import { headlineScore, segmentFieldsOf, summarizeTally, type QuestionSummary, type SegmentField, type SegmentTally, type SurveyPeriodAggregate } from '@rapport/core/domain';
import { css, html, type TemplateResult } from 'lit';
import type { Formatter } from '../base/locale/formatter.js';
import type { SummaryPartMessages } from './feedback-summary-parts.messages.js';
import type { ScoreKind } from './feedback-summary.messages.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { summaryTablesStyles } from './summary-tables.styles.js';

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
  readonly m: SummaryPartMessages;
}

/** The period's scores per segment (what was rated, language, a single-choice answer), with the field to group by. */
function renderSegmentTable({ field, fields, segments, columns, formatScore, formatNumber, onField, m }: SegmentTableProps): TemplateResult {
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

export interface SegmentsProps {
  readonly survey: Survey;
  readonly aggregate: SurveyPeriodAggregate;
  readonly m: SummaryPartMessages;
  readonly format: Formatter;
  /** A score as the summary shows it (`+14`, `50%`, `2.5`). */
  readonly scoreText: (kind: ScoreKind, value: number) => string;
  readonly onField: (field: SegmentField) => void;
}

/** A segment's value as a reader knows it: a source or a language by name, a choice by its label. */
function segmentName(field: SegmentField, value: string | null, survey: Survey, m: SummaryPartMessages, locale: string): string {
  if (value === null) return m.notGiven;
  if (field === 'source') return m.sources[value as keyof SummaryPartMessages['sources']] ?? value;
  if (field === 'locale') {
    try {
      return new Intl.DisplayNames(locale, { type: 'language' }).of(value) ?? value;
    } catch {
      return value;
    }
  }
  const question = survey.questions.find((candidate) => `answers.${candidate.id}` === field);
  return (question?.type === 'single' ? question.options.find((option) => option.value === value)?.label : undefined) ?? value;
}

/** The segment section of a period's aggregate: every field the responses can be grouped by, and the scores per segment of the chosen one. */
function renderSegments({ survey, aggregate, m, format, scoreText, onField }: SegmentsProps): TemplateResult {
  const field = aggregate.query.segmentBy ?? 'source';
  const summaries = summarizeTally(survey, aggregate);
  const labelOf = (questionId: string) => survey.questions.find((question) => question.id === questionId)?.label ?? questionId;
  return renderSegmentTable({
    field,
    fields: segmentFieldsOf(survey).map((option) => ({
      field: option,
      label: option === 'source' || option === 'locale' ? m.segmentFields[option] : labelOf(option.slice('answers.'.length)),
    })),
    segments: aggregate.segments.map((tally) => ({ tally, name: segmentName(field, tally.value, survey, m, format.locale), summaries: summarizeTally(survey, tally) })),
    columns: summaries.map((summary) => m.scoreNames[summary.type]),
    formatScore: (summary) => scoreText(summary.type, headlineScore(summary) as number),
    formatNumber: format.number,
    onField,
    m,
  });
}

/** The segment section's styles, adopted by the summary when the section arrives. */
const segmentsStyles = css`
  .segments {
    display: grid;
    gap: var(--_space-2);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
  }
`;

/** The segments' part of the summary, with its styles added to the widget's as it arrives. */
export function segmentsFor(host: HTMLElement): (props: SegmentsProps) => TemplateResult {
  adoptViewStyles(host, [segmentsStyles, summaryTablesStyles]);
  return renderSegments;
}
