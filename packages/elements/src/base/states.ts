import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The loading, empty and error states every widget shows the same way. Each is one part
 * (`skeleton`, `empty`, `error`) so a page can restyle them all at once.
 */

/** Grey placeholder lines in the shape of the content to come; announced once as busy. */
export function renderSkeleton(label: string, lines = 3): TemplateResult {
  return html`<div part="skeleton" class="skeleton" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: lines }, (_, i) => html`<span class="skeleton-line" style="width: ${90 - i * 20}%"></span>`)}
  </div>`;
}

export function renderEmpty(message: string, action?: TemplateResult): TemplateResult {
  return html`<div part="empty" class="empty">${message}${action ?? nothing}</div>`;
}

/** A failure the user can read, and a retry when trying again can help. */
export function renderError(message: string, retry?: { readonly label: string; readonly onRetry: () => void }): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <span>${message}</span>
    ${retry ? html`<button part="retry-button" type="button" @click=${retry.onRetry}>${retry.label}</button>` : nothing}
  </div>`;
}

/** Problems of one field, shown under it and tied to the input by `id` (for `aria-describedby`). */
export function renderFieldErrors(id: string, messages: readonly string[]): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<div part="field-error" class="field-error" id=${id}>${messages.join(' ')}</div>`;
}

export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
  }
  .skeleton-line {
    display: block;
    height: 0.75rem;
    border-radius: var(--_radius-small);
    background: var(--_color-skeleton);
    animation: crm-pulse 1.2s ease-in-out infinite;
  }
  @keyframes crm-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  .empty {
    padding: var(--_space-4);
    color: var(--_color-on-surface-muted);
    text-align: center;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius-small);
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
  }
`;
