import { css } from 'lit';

/** The bulk change bar over the agent's queue; adopted when its chunk arrives. */
export const bulkBarStyles = css`
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: end;
    padding: var(--_space-2);
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius-small);
  }
  .bulk-bar label {
    display: grid;
    gap: 2px;
    font-size: var(--_font-size-small);
  }
`;
