/**
 * The launcher's floating button as plain CSS and an icon, shared by the widget and by the button a
 * CDN page draws before the widget has loaded (`launcher-shell.ts`), so the two look the same. Only
 * public `--crm-*` properties with fixed fallbacks: the shell has none of the widget's theme tokens.
 */
export const launcherButtonCss = `
:host([launcher]:not([mode='agent'])) {
  position: fixed;
  z-index: var(--crm-ticket-widget-launcher-z-index, 2147483000);
  inset: auto var(--crm-ticket-widget-launcher-offset, 1.25rem) var(--crm-ticket-widget-launcher-offset, 1.25rem) auto;
  display: block;
  min-block-size: 0;
  container-type: normal;
}
:host([launcher][launcher-position='bottom-left']:not([mode='agent'])) {
  inset: auto auto var(--crm-ticket-widget-launcher-offset, 1.25rem) var(--crm-ticket-widget-launcher-offset, 1.25rem);
}
.launcher {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  min-block-size: 3rem;
  padding: 0.75rem 1.25rem;
  border: 0;
  border-radius: var(--crm-ticket-widget-launcher-radius, 1.5rem);
  background: var(--crm-ticket-widget-launcher-background, var(--crm-color-primary, #2563eb));
  color: var(--crm-ticket-widget-launcher-color, var(--crm-color-on-primary, #fff));
  font: 600 1rem/1.2 var(--crm-font-family, system-ui, sans-serif);
  box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25);
  cursor: pointer;
}
.launcher:focus-visible {
  outline: 3px solid var(--crm-ticket-widget-launcher-background, var(--crm-color-primary, #2563eb));
  outline-offset: 3px;
}
.launcher svg {
  inline-size: 1.25rem;
  block-size: 1.25rem;
  fill: currentColor;
}
`;

/** A speech bubble, drawn in the button's text colour. */
export const launcherIconPath = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';
