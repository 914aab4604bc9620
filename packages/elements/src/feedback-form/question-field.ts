import type { Answer, SurveyQuestion } from '@rapport/core';
import { scaleOf, type ScaleQuestion } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { renderFieldErrors } from '../base/states.js';
import type { FeedbackFormMessages } from './feedback-form.messages.js';

export interface QuestionFieldProps {
  readonly question: SurveyQuestion;
  /** Ids and radio names come from the question's place in the survey: its own id may hold any character. */
  readonly index: number;
  readonly answer: Answer | undefined;
  /** The question's problems, already in the reader's language. */
  readonly errors: readonly string[];
  readonly m: FeedbackFormMessages;
  readonly onAnswer: (answer: Answer) => void;
  /** The visitor left a text field: the moment to check what they typed. */
  readonly onCommit: () => void;
}


/** The words of a scale's points (spoken with each number) and of its two ends (shown under them). */
function wordsOf(question: ScaleQuestion, m: FeedbackFormMessages): { readonly points?: readonly string[]; readonly ends?: readonly [string, string] } {
  switch (question.type) {
    case 'nps':
      return { ends: m.npsEnds };
    case 'csat':
      return { points: m.csatPoints, ends: [m.csatPoints[0], m.csatPoints[4]] };
    case 'ces':
      return { points: m.cesPoints, ends: [m.cesPoints[0], m.cesPoints[6]] };
    case 'rating':
      return {};
  }
}

const requiredMark = html`<span class="required-mark" aria-hidden="true"> *</span>`;

function describedBy(...ids: ReadonlyArray<string | false>): string | typeof nothing {
  const present = ids.filter((id): id is string => id !== false);
  return present.length > 0 ? present.join(' ') : nothing;
}

/**
 * A score question as a row of native radio buttons: the browser gives the group one tab stop and
 * arrow keys, and screen readers announce it as the radio group it is. The inputs are hidden
 * behind styled faces, which show the focus ring of their input.
 */
function renderScale(question: ScaleQuestion, props: QuestionFieldProps): TemplateResult {
  const { index, answer, errors, m } = props;
  const id = `q${index}`;
  const { min, max } = scaleOf(question);
  const { points, ends } = wordsOf(question, m);
  const rating = question.type === 'rating';
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return html`<fieldset
    part="question"
    class=${`question scale ${question.type}`}
    data-question=${index}
    role="radiogroup"
    aria-required=${question.required ? 'true' : 'false'}
    aria-invalid=${errors.length > 0 ? 'true' : 'false'}
    aria-describedby=${describedBy(ends !== undefined && `${id}-ends`, errors.length > 0 && `${id}-error`)}
  >
    <legend part="question-label">${question.label}${question.required ? requiredMark : nothing}</legend>
    <div class="scale-body">
      <div class="points">
        ${values.map(
          (value) => html`<label class=${question.type === 'nps' ? `point ${value <= 6 ? 'detractor' : value <= 8 ? 'passive' : 'promoter'}` : 'point'}>
            <input type="radio" name=${id} value=${value} .checked=${answer === value} @change=${() => props.onAnswer(value)} />
            ${rating
              ? html`<span part="point" class="face star" aria-hidden="true">${typeof answer === 'number' && value <= answer ? '★' : '☆'}</span
                  ><span class="visually-hidden">${m.stars(String(value), String(max))}</span>`
              : html`<span part="point" class="face">${value}</span> ${points ? html`<span class="visually-hidden">${points[value - min]}</span>` : nothing}`}
          </label>`,
        )}
      </div>
      ${ends ? html`<div class="ends" id=${`${id}-ends`}><span>${ends[0]}</span><span>${ends[1]}</span></div>` : nothing}
    </div>
    ${renderFieldErrors(`${id}-error`, errors)}
  </fieldset>`;
}

type ChoiceQuestion = Extract<SurveyQuestion, { type: 'single' | 'multi' }>;

function renderChoices(question: ChoiceQuestion, props: QuestionFieldProps): TemplateResult {
  const { index, answer, errors, m } = props;
  const id = `q${index}`;
  const single = question.type === 'single';
  const chosen = Array.isArray(answer) ? answer : [];
  const toggle = (value: string, on: boolean) => props.onAnswer(on ? [...chosen, value] : chosen.filter((one) => one !== value));
  return html`<fieldset
    part="question"
    class="question choices"
    data-question=${index}
    role=${single ? 'radiogroup' : nothing}
    aria-required=${single ? String(question.required) : nothing}
    aria-invalid=${single ? String(errors.length > 0) : nothing}
    aria-describedby=${describedBy(errors.length > 0 && `${id}-error`)}
  >
    <legend part="question-label">
      ${question.label}${question.required ? requiredMark : nothing}${question.required && !single ? html`<span class="visually-hidden">${m.required}</span>` : nothing}
    </legend>
    ${question.options.map(
      (option) => html`<label part="choice" class="choice">
        ${single
          ? html`<input type="radio" name=${id} value=${option.value} .checked=${answer === option.value} @change=${() => props.onAnswer(option.value)} />`
          : html`<input
              type="checkbox"
              name=${id}
              value=${option.value}
              .checked=${chosen.includes(option.value)}
              @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
            />`}
        ${option.label}
      </label>`,
    )}
    ${renderFieldErrors(`${id}-error`, errors)}
  </fieldset>`;
}

type TextQuestion = Extract<SurveyQuestion, { type: 'text' | 'email' }>;

function renderText(question: TextQuestion, props: QuestionFieldProps): TemplateResult {
  const { index, answer, errors } = props;
  const id = `q${index}`;
  const value = typeof answer === 'string' ? answer : '';
  const invalid = errors.length > 0 ? 'true' : 'false';
  const errorId = describedBy(errors.length > 0 && `${id}-error`);
  const onInput = (event: Event) => props.onAnswer((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div part="question" class="question" data-question=${index}>
    <label part="question-label" for=${id}>${question.label}${question.required ? requiredMark : nothing}</label>
    ${question.type === 'email'
      ? html`<input
          part="input"
          id=${id}
          type="email"
          autocomplete="email"
          .value=${value}
          aria-required=${String(question.required)}
          aria-invalid=${invalid}
          aria-describedby=${errorId}
          @input=${onInput}
          @change=${props.onCommit}
        />`
      : html`<textarea
          part="input"
          id=${id}
          rows="3"
          maxlength=${question.maxLength ?? nothing}
          .value=${value}
          aria-required=${String(question.required)}
          aria-invalid=${invalid}
          aria-describedby=${errorId}
          @input=${onInput}
          @change=${props.onCommit}
        ></textarea>`}
    ${renderFieldErrors(`${id}-error`, errors)}
  </div>`;
}

/** One question with its label, its control and its problems, tied together for screen readers. */
export function renderQuestion(props: QuestionFieldProps): TemplateResult {
  const { question } = props;
  switch (question.type) {
    case 'single':
    case 'multi':
      return renderChoices(question, props);
    case 'text':
    case 'email':
      return renderText(question, props);
    default:
      return renderScale(question, props);
  }
}
