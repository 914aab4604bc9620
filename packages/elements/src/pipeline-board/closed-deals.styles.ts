import { css } from 'lit';

/** The won and lost views: a list that stacks its rows' parts in a narrow container. */
export const closedDealsStyles = css`
  .closed-deals {
    display: grid;
    gap: var(--_space-2);
    container-type: inline-size;
  }
  .closed-heading {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: baseline;
    margin: 0;
    font-size: var(--_font-size);
  }
  .closed-note {
    margin: 0;
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .closed-list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .closed-deal {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    grid-template-areas: 'name amount reopen' 'who on reopen';
    gap: 2px var(--_space-3);
    align-items: center;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_card-background);
  }
  .closed-name {
    grid-area: name;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .closed-deal .amount {
    grid-area: amount;
    white-space: nowrap;
    text-align: end;
  }
  .closed-who,
  .closed-on {
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  .closed-who {
    grid-area: who;
  }
  .closed-on {
    grid-area: on;
    text-align: end;
  }
  .reopen {
    grid-area: reopen;
  }
  .closed-more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    margin: 0;
  }
  @container (max-width: 30rem) {
    .closed-deal {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'name amount' 'who who' 'on on' 'reopen reopen';
    }
    .closed-on {
      text-align: start;
    }
    .reopen {
      justify-self: start;
    }
  }
`;
