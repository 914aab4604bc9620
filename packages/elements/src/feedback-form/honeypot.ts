import { html, type TemplateResult } from 'lit';

/** The id of the honeypot input in the form's shadow root. */
export const HONEYPOT_ID = 'website';

/**
 * A field that people never see and bots fill in, with a name bots expect. Moved off-screen (see
 * `.honeypot` in the styles) rather than `display: none`, which some bots skip; `aria-hidden` and
 * `tabindex="-1"` keep it away from screen readers and the keyboard. Browsers do not autofill a
 * "website" field.
 */
export function renderHoneypot(label: string): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for=${HONEYPOT_ID}>${label}</label>
    <input id=${HONEYPOT_ID} name="website" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}
