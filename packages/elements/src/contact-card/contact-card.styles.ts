import { css } from 'lit';

export const contactCardStyles = css`
  :host {
    --_card-background: var(--crm-contact-card-background, var(--_color-surface));
    --_card-border: var(--crm-contact-card-border, 1px solid var(--_color-border));
    --_avatar-size: var(--crm-contact-card-avatar-size, 3rem);
    --_avatar-background: var(--crm-contact-card-avatar-background, var(--_color-primary));
    --_timeline-height: var(--crm-contact-card-timeline-height, 20rem);
    /* Laid out by the width the page gives it, never by its content: long addresses wrap instead of widening the page. */
    container-type: inline-size;
    /* Where the page sizes it by its content (a flex row), it still takes a usable width. */
    min-inline-size: min(100%, 20rem);
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    padding: var(--_space-4);
    background: var(--_card-background);
    border: var(--_card-border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  :host([variant='compact']) .card {
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    box-shadow: none;
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
  }
  .identity {
    flex: 1;
    min-width: 0;
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: var(--_avatar-size);
    height: var(--_avatar-size);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_avatar-background);
    color: var(--_color-on-primary);
    font-size: calc(var(--_avatar-size) * 0.4);
    font-weight: 600;
  }
  :host([variant='compact']) {
    --_avatar-size: var(--crm-contact-card-avatar-size, 2rem);
  }
  .name {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  :host([variant='compact']) .name {
    font-size: var(--_font-size);
  }
  .subtitle {
    margin: 0;
    color: var(--_color-on-surface-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .section-heading {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
  }
  .channels,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .channels li,
  .tag,
  .facts dd {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .channel-kind {
    color: var(--_color-on-surface-muted);
    margin-inline-end: var(--_space-1);
  }
  a {
    color: var(--_color-primary);
  }
  .tags-section {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .tags {
    gap: var(--_space-1);
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: 0 var(--_space-2);
    border-radius: 999px;
    background: var(--_color-surface-muted);
    border: 1px solid var(--_color-border);
  }
  .tag-remove {
    border: none;
    background: none;
    padding: 0 var(--_space-1);
    line-height: 1;
  }
  .tag-form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    min-width: 0;
  }
  .tag-form input {
    min-width: 0;
    max-width: 100%;
  }
  .tag-form input {
    flex: 1 1 8rem;
  }
  /* A phone, or a narrow sidebar: tighter frame, the edit button under the name. */
  @container (max-width: 26rem) {
    .card {
      padding: var(--_space-3);
    }
    .header {
      flex-wrap: wrap;
    }
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: var(--_space-2);
    margin: 0;
  }
  .facts dt {
    color: var(--_color-on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .facts dd {
    margin: 0;
  }
  .quick-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .quick-actions button[aria-pressed='true'] {
    border-color: var(--_color-primary);
    color: var(--_color-primary);
  }
  .activities {
    display: grid;
    gap: var(--_space-2);
  }
  .relationship {
    display: grid;
    gap: var(--_space-2);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-muted);
    border: 1px solid var(--_color-border);
    font-size: var(--_font-size-small);
  }
  .badge[data-colour='green'] {
    background: var(--_color-success-surface);
    color: var(--_color-success);
  }
  .badge[data-colour='yellow'] {
    background: var(--_color-warning-surface);
    color: var(--_color-warning);
  }
  .badge[data-colour='red'] {
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
  }
  /* The related records' frame, here so their placeholder has their shape before their part loads. */
  .related {
    display: grid;
    gap: var(--_space-2);
  }
  .related-group {
    display: grid;
    gap: var(--_space-1);
    min-width: 0;
  }
  .related-label {
    font-size: var(--_font-size-small);
  }
  .related-row {
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid transparent;
    background: var(--_color-skeleton);
  }
  .placeholder {
    display: block;
    width: 6rem;
    height: 1lh;
    border-radius: var(--_radius-small);
    background: var(--_color-skeleton);
  }
  .reasons {
    margin: var(--_space-1) 0 0;
    padding-inline-start: var(--_space-4);
    font-size: var(--_font-size-small);
    color: var(--_color-on-surface-muted);
  }
`;
