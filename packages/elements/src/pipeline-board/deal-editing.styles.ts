import { css } from 'lit';

/** Styles of the quick-add, the drawer, the close dialog and its Undo, adopted by the board when they load: the board's first load carries none of them. */
export const dealEditingStyles = css`
  .close-dialog {
    max-width: min(32rem, 90vw);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-on-surface);
    padding: var(--_space-4);
  }
  .close-dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .close-dialog form {
    display: grid;
    gap: var(--_space-2);
  }
  .dialog-title {
    margin: 0 0 var(--_space-2);
    font-size: var(--_font-size-large);
  }
  .dialog-actions {
    display: flex;
    justify-content: end;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
  .quick-add {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border-bottom: 1px solid var(--_color-border);
  }
  .quick-add input,
  .drawer input,
  .drawer select,
  .drawer textarea {
    width: 100%;
    box-sizing: border-box;
  }
  .hint {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_color-on-surface-muted);
  }
  .drawer {
    box-sizing: border-box;
    margin: 0 0 0 auto;
    width: min(30rem, 100%);
    max-width: 100%;
    height: 100%;
    max-height: 100%;
    padding: var(--_space-4);
    border: none;
    border-inline-start: 1px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-on-surface);
    overflow-y: auto;
  }
  .drawer::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .drawer-header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .drawer-form,
  .quick-log {
    display: grid;
    gap: var(--_space-3);
  }
  .field-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space-3);
  }
  .custom-fields {
    display: grid;
    gap: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .drawer-activities h3 {
    margin: var(--_space-4) 0 var(--_space-2);
    font-size: var(--_font-size);
  }
  .activity-list {
    display: grid;
    gap: var(--_space-2);
    margin: var(--_space-3) 0 0;
    padding: 0;
    list-style: none;
  }
  .activity-list li {
    display: grid;
    gap: 2px;
    padding: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    overflow-wrap: anywhere;
  }
  .activity-head {
    font-size: var(--_font-size-small);
    color: var(--_color-on-surface-muted);
  }
  .activity-body {
    white-space: pre-wrap;
  }
  .log-status:empty {
    display: none;
  }
  .undo-toast {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  /* The choice of swimlanes takes its own width, not the board's. */
  .field.swimlanes {
    justify-self: start;
  }
`;
