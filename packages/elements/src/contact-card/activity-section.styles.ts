import { css, unsafeCSS } from 'lit';
import { TIMELINE_ROW_HEIGHT } from './activity-timeline.js';

/** The timeline's styles, adopted by the card when the timeline arrives (see `adoptViewStyles`). */
export const activitySectionStyles = css`
  .timeline {
    height: var(--_timeline-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  .activity {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: auto auto auto;
    column-gap: var(--_space-2);
    align-content: center;
    height: ${unsafeCSS(TIMELINE_ROW_HEIGHT)}px;
    padding: 0 var(--_space-3);
    overflow: hidden;
    border-bottom: 1px solid var(--_color-border);
  }
  .activity[data-expanded] {
    height: auto;
    min-height: ${unsafeCSS(TIMELINE_ROW_HEIGHT)}px;
    align-content: start;
    padding-block: var(--_space-2);
  }
  .activity-kind {
    grid-row: span 3;
    align-self: center;
    min-width: 3.5rem;
    font-size: var(--_font-size-small);
    color: var(--_color-primary);
  }
  .activity[data-expanded] .activity-kind {
    align-self: start;
  }
  .activity-line {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    min-width: 0;
  }
  .activity-subject {
    min-width: 0;
    padding: 0;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }
  .activity-subject:hover {
    text-decoration: underline;
  }
  .activity-meta,
  .body-text {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .activity-meta {
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .activity-body {
    min-width: 0;
  }
  .body-text {
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .activity[data-expanded] .body-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin-block: var(--_space-1);
  }
  .activity[data-expanded] .activity-subject {
    white-space: normal;
  }
  .activity-actions,
  .timeline-filter {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .timeline-filter button[aria-pressed='true'] {
    border-color: var(--_color-primary);
    color: var(--_color-primary);
  }
  .timeline-filter .count {
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .flag {
    flex: none;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-muted);
    font-size: var(--_font-size-small);
  }
  .flag.overdue {
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
  }
  .timeline-status:not(:empty) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
`;
