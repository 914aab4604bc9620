import { css } from 'lit';

/** The popup, slider and side tab; adopted by the form when the embed shell loads. */
export const embedStyles = css`
  :host([mode='popup']),
  :host([mode='slider']),
  :host([mode='side-tab']) {
    min-block-size: 0;
  }
  dialog.embed {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    overflow: visible;
  }
  dialog.popup {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
  }
  dialog.slider {
    position: fixed;
    inset: auto var(--_space-4) var(--_space-4) auto;
    margin: 0;
    width: min(24rem, calc(100vw - 2 * var(--_space-4)));
    max-height: calc(100dvh - 2 * var(--_space-4));
    /* Over the page and over a help launcher in the same corner: the survey being answered comes first. */
    z-index: var(--crm-feedback-form-slider-z-index, 2147483001);
  }
  dialog.side-tab {
    margin: 0 0 0 auto;
    width: min(28rem, 100vw);
    height: 100dvh;
    max-height: 100dvh;
  }
  dialog.side-tab .embed-card,
  dialog.side-tab .frame {
    min-height: 100%;
  }
  dialog::backdrop {
    background: var(--crm-feedback-form-backdrop, rgb(0 0 0 / 0.45));
  }
  .embed-card {
    position: relative;
    max-height: inherit;
    overflow: auto;
    border-radius: var(--_radius);
  }
  .embed-card .title {
    padding-inline-end: 2.5rem;
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-2);
    inset-inline-end: var(--_space-2);
    z-index: 1;
    min-width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    font-size: 1.25rem;
    line-height: 1;
  }
  .side-tab {
    position: fixed;
    inset-inline-end: 0;
    inset-block-start: 50%;
    z-index: var(--crm-feedback-form-slider-z-index, 1000);
    padding: var(--_space-3) var(--_space-2);
    writing-mode: vertical-rl;
    border-radius: var(--_radius-small) 0 0 var(--_radius-small);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    transform: translateY(-50%);
  }
`;
