import { CSAT_SCALE } from '@rapport/core/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText, issueText } from '../base/locale/error-text.js';
import { renderError, renderFieldErrors } from '../base/states.js';
import type { CsatPrompt } from './csat-prompt.js';
import type { WidgetContext } from './widget-context.js';

const scale = Array.from({ length: CSAT_SCALE.max - CSAT_SCALE.min + 1 }, (_, i) => CSAT_SCALE.min + i);

/** The satisfaction question under a resolved ticket: five labelled choices, a comment; thanks once answered, or the rating given before. */
export function renderCsatForm(prompt: CsatPrompt, { m, messages }: WidgetContext): TemplateResult | typeof nothing {
  const survey = prompt.survey;
  if (!survey) return nothing;
  if (prompt.sent) return html`<p part="csat-thanks" class="notice" role="status">${m.csat.thanks}</p>`;
  const earlier = prompt.earlier;
  if (earlier) {
    const rating = prompt.ratingOf(earlier);
    const given = rating === undefined ? '' : `${rating} · ${m.csat.scale[rating - CSAT_SCALE.min]}`;
    return html`<p part="csat-earlier" class="notice" role="status">
      ${prompt.refused ? m.csat.refusedAsSecond(given) : m.csat.ratedBefore(given)}
    </p>`;
  }
  const issues = prompt.ratingIssues.map((issue) => issueText(issue, messages));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void prompt.submit();
  };
  return html`<form part="csat-form" class="stack csat" novalidate @submit=${submit}>
    <fieldset class="choice" aria-describedby=${issues.length > 0 ? 'csat-error' : nothing}>
      <legend>${m.csat.question}</legend>
      ${scale.map(
        (value) => html`<label
          ><input type="radio" name="csat" .value=${String(value)} .checked=${prompt.rating === value} @change=${() => prompt.set(value, prompt.comment)} />
          ${value} · ${m.csat.scale[value - CSAT_SCALE.min]}</label
        >`,
      )}
    </fieldset>
    ${renderFieldErrors('csat-error', issues)}
    ${survey.comment
      ? html`<div part="field" class="field">
          <label for="csat-comment">${m.csat.comment}</label>
          <textarea id="csat-comment" rows="2" .value=${prompt.comment} @input=${(event: Event) => prompt.set(prompt.rating, (event.target as HTMLTextAreaElement).value)}></textarea>
        </div>`
      : nothing}
    ${prompt.failure ? renderError(errorText(prompt.failure, messages)) : nothing}
    <div><button part="csat-button" class="primary" type="submit" ?disabled=${prompt.busy}>${m.csat.send}</button></div>
  </form>`;
}
