import { css } from 'lit';

/** How the board looks while a deal is held: adopted with the code that moves deals, which alone brings those states about. */
export const boardMovingStyles = css`
  .board.dragging {
    cursor: grabbing;
  }
  .column.drop-target {
    outline-color: var(--_drop-color);
  }
  .column.refuses-drop {
    outline-color: var(--_color-danger);
  }
  .card.lifted {
    border-color: var(--_drop-color);
    box-shadow: 0 6px 16px rgb(0 0 0 / 0.22);
  }
  .card.placeholder {
    border: 2px dashed var(--_drop-color);
    background: transparent;
    box-shadow: none;
  }
  .card.placeholder > * {
    visibility: hidden;
  }
  /* About to close: marked by its outline, not by fading, which took its text below contrast. */
  .card.leaving {
    border-style: dashed;
    border-color: var(--_color-on-surface-muted);
    box-shadow: none;
  }
  .outcomes.active .outcome {
    border-color: currentColor;
  }
  .outcome.won.drop-target {
    border-color: var(--_color-success);
    background: var(--_color-success-surface);
  }
  .outcome.lost.drop-target {
    border-color: var(--_color-danger);
    background: var(--_color-danger-surface);
  }
  .ghost {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_drop-color);
    border-radius: var(--_radius-small);
    background: var(--_card-background);
    box-shadow: 0 8px 20px rgb(0 0 0 / 0.25);
    pointer-events: none;
  }
  .deal-views {
    display: inline-flex;
    justify-self: start;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .deal-views button {
    border: 0;
    border-radius: 0;
  }
  .deal-views button[aria-pressed='true'] {
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }
  .collapse {
    min-width: 1.75rem;
    min-height: 1.75rem;
    padding: 0 var(--_space-2);
    line-height: 1;
  }
  .column.collapsed {
    flex: 0 0 3rem;
  }
  .column.collapsed .column-header {
    display: flex;
    flex-direction: column;
    align-items: center;
    padding: var(--_space-2) var(--_space-1);
    border: 0;
  }
  .column.collapsed :is(.stage-name, .count) {
    writing-mode: vertical-rl;
  }
  .column.collapsed :is(.sums, .wip, .add-deal, .idle-count) {
    display: none;
  }
  .stage-picker {
    display: none;
  }
  @container (max-width: 30rem) {
    .stage-picker {
      display: grid;
    }
    .collapse {
      display: none;
    }
  }
`;
