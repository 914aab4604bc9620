import { css } from 'lit';

/**
 * What every widget shares: typography and colours from the tokens, focus rings, hidden labels.
 * The host keeps the place reserved before the code loaded (reserve.css) while data loads, so
 * nothing jumps; a widget inside another (the ticket widget's contact card) reserves nothing.
 * (Comments stay out of the CSS text: bundlers do not minify it.)
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-block-size: var(--crm-reserved-size, auto);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-on-surface);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  * {
    --crm-reserved-size: initial;
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-primary);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-on-surface);
    padding: var(--_space-1) var(--_space-3);
  }
  button.primary {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    padding: var(--_space-1) var(--_space-2);
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
`;
