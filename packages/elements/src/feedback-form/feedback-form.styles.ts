import { css } from 'lit';

// Scales size themselves to their card (\`.frame\` is a size container) wherever it sits: a page
// column, a popup, a corner. Points share the width of one row down to a 320 px screen, never wrap.
export const feedbackFormStyles = css`
  :host {
    --_form-background: var(--crm-feedback-form-background, var(--_color-surface));
    --_form-border: var(--crm-feedback-form-border, 1px solid var(--_color-border));
    --_point-size: var(--crm-feedback-form-point-size, 2.5rem);
    --_selected: var(--crm-feedback-form-selected-color, var(--_color-primary));
    --_on-selected: var(--crm-feedback-form-on-selected-color, var(--_color-on-primary));
    --_star: var(--crm-feedback-form-star-color, var(--_color-warning));
  }
  .frame {
    container-type: inline-size;
    position: relative;
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-4);
    background: var(--_form-background);
    border: var(--_form-border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 600;
  }
  .description,
  .hint,
  .progress {
    margin: 0;
    color: var(--_color-on-surface-muted);
  }
  .hint,
  .progress {
    font-size: var(--_font-size-small);
  }
  .progress {
    display: grid;
    gap: var(--_space-1);
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_selected);
  }
  .page {
    display: grid;
    gap: var(--_space-6);
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .question {
    display: grid;
    gap: var(--_space-2);
  }
  legend,
  .question > label {
    padding: 0;
    margin-bottom: var(--_space-2);
    font-weight: 600;
  }
  .required-mark {
    color: var(--_color-danger);
  }
  /* As wide as its points, so the words of the two ends sit under the first and the last. */
  .scale-body {
    display: inline-grid;
    gap: var(--_space-1);
    justify-self: start;
  }
  .points {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, var(--_point-size));
    gap: var(--_space-1);
  }
  .point {
    position: relative;
  }
  /* The native radio stays under its face: it takes the clicks, the focus and the arrow keys. */
  .point input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .face {
    display: grid;
    place-items: center;
    width: 100%;
    height: var(--_point-size);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    font-variant-numeric: tabular-nums;
  }
  .point:hover .face {
    border-color: var(--_selected);
  }
  .point input:checked + .face {
    border-color: var(--_selected);
    background: var(--_selected);
    color: var(--_on-selected);
  }
  .point input:focus-visible + .face {
    outline: var(--_focus-ring-width) solid var(--_color-primary);
    outline-offset: 2px;
  }
  .face.star,
  .point input:checked + .face.star {
    border-color: transparent;
    background: none;
    color: var(--_star);
    font-size: 1.75rem;
  }
  :host([nps-colors]) .detractor .face {
    border-bottom: 3px solid var(--crm-feedback-form-detractor-color, var(--_color-danger));
  }
  :host([nps-colors]) .passive .face {
    border-bottom: 3px solid var(--crm-feedback-form-passive-color, var(--_color-warning));
  }
  :host([nps-colors]) .promoter .face {
    border-bottom: 3px solid var(--crm-feedback-form-promoter-color, var(--_color-success));
  }
  @container (max-width: 30rem) {
    .points {
      gap: 2px;
    }
    .face:not(.star) {
      height: 2.25rem;
      font-size: var(--_font-size-small);
    }
  }
  [aria-invalid='true'] .face:not(.star) {
    border-color: var(--_color-danger);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-4);
    font-size: var(--_font-size-small);
    color: var(--_color-on-surface-muted);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-1) 0;
  }
  textarea,
  input[type='email'] {
    width: 100%;
  }
  .notice {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius-small);
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
  }
  .actions,
  .follow-up-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .actions {
    justify-content: flex-end;
  }
  .follow-up {
    display: grid;
    gap: var(--_space-2);
  }
  .follow-up p {
    margin: 0;
  }
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  /* Headings and the page take focus only to be read out after a step; they are not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }
`;
