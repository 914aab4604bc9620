import { html, nothing, type TemplateResult } from 'lit';
import type { ContactCardMessages } from './contact-card.messages.js';

export interface TagListProps {
  readonly tags: readonly string[];
  readonly draft: string;
  readonly editable: boolean;
  readonly error: string | undefined;
  /** A change waits for the tag editor to load. */
  readonly busy: boolean;
  readonly m: ContactCardMessages;
  /** The user is about to change the tags (pointer over them, focus in them): time to fetch what saves them. */
  readonly onIntent: () => void;
  readonly onDraft: (value: string) => void;
  readonly onAdd: (tag: string) => void;
  readonly onRemove: (tag: string) => void;
}

/** The contact's tags as chips, each removable, and a one-line form to add one. */
export function renderTagList(props: TagListProps): TemplateResult {
  const m = props.m.tags;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const tag = props.draft.trim();
    if (tag) props.onAdd(tag);
  };
  return html`<div class="tags-section" @pointerenter=${props.onIntent} @focusin=${props.onIntent}>
    ${props.tags.length > 0
      ? html`<ul part="tags" class="tags" aria-label=${props.m.fields.tags}>
          ${props.tags.map(
            (tag) => html`<li part="tag" class="tag">
              <span>${tag}</span>
              ${props.editable
                ? html`<button part="tag-remove" class="tag-remove" type="button" aria-label=${m.remove(tag)} @click=${() => props.onRemove(tag)}>×</button>`
                : nothing}
            </li>`,
          )}
        </ul>`
      : nothing}
    ${props.editable
      ? html`<form class="tag-form" @submit=${submit}>
          <label class="visually-hidden" for="tag-input">${m.inputLabel}</label>
          <input
            id="tag-input"
            part="tag-input"
            .value=${props.draft}
            placeholder=${m.inputLabel}
            aria-invalid=${props.error ? 'true' : 'false'}
            aria-describedby=${props.error ? 'tag-error' : nothing}
            @input=${(event: InputEvent) => props.onDraft((event.target as HTMLInputElement).value)}
          />
          <button type="submit" aria-busy=${props.busy ? 'true' : nothing}>${m.add}</button>
          ${props.error ? html`<div part="field-error" class="field-error" id="tag-error">${props.error}</div>` : nothing}
        </form>`
      : nothing}
  </div>`;
}
