import type { Ticket } from '@rapport/core';
import { html, type TemplateResult } from 'lit';
import type { TicketDetailMessages } from './ticket-detail.messages.js';

/** The tags on `tickets` (a record another writer stored may have none) by how often they are used, most used first (then by name): what an agent is offered while tagging. */
export function tagsInUse(tickets: readonly Pick<Ticket, 'tags'>[]): string[] {
  const counts = new Map<string, number>();
  for (const ticket of tickets) for (const tag of ticket.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([tag]) => tag);
}

/** A tag as typed: trimmed, inner spaces collapsed; `''` for nothing. */
export function normalTag(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, 200);
}

export interface TicketTagsProps {
  readonly tags: readonly string[];
  /** Tags used on the tickets shown, offered while typing. */
  readonly suggestions: readonly string[];
  readonly busy: boolean;
  readonly d: TicketDetailMessages;
  readonly onChange: (tags: string[]) => void;
}

/**
 * The ticket's tags, each removable by its own button, and a field that adds one on Enter (or a
 * comma), suggesting the tags already used on the tickets shown.
 */
export function renderTicketTags({ tags, suggestions, busy, d, onChange }: TicketTagsProps): TemplateResult {
  const add = (input: HTMLInputElement) => {
    const tag = normalTag(input.value);
    input.value = '';
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  // The button goes with its tag: the field keeps the keyboard where it was.
  const remove = (event: Event, tag: string) => {
    ((event.currentTarget as HTMLElement).getRootNode() as ShadowRoot).querySelector<HTMLInputElement>('.tag-input')?.focus();
    onChange(tags.filter((kept) => kept !== tag));
  };
  const keydown = (event: KeyboardEvent) => {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(input);
    } else if (event.key === 'Backspace' && input.value === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  // A suggestion picked from the list arrives as a whole value.
  const input = (event: InputEvent) => {
    const field = event.target as HTMLInputElement;
    if (event.inputType === 'insertReplacementText') add(field);
  };
  const offered = suggestions.filter((tag) => !tags.includes(tag));
  return html`<div part="tags" class="tags" role="group" aria-labelledby="tags-label">
    <span id="tags-label" class="muted">${d.tags.label}</span>
    <ul class="tag-list" aria-labelledby="tags-label">
      ${tags.length === 0 ? html`<li class="muted">${d.tags.none}</li>` : tags.map(
        (tag) => html`<li part="tag" class="badge tag">
          ${tag}<button part="tag-remove" type="button" aria-label=${d.tags.remove(tag)} ?disabled=${busy} @click=${(event: Event) => remove(event, tag)}>×</button>
        </li>`,
      )}
    </ul>
    <input part="tag-input" class="tag-input" type="text" list="tag-suggestions" aria-label=${d.tags.add} placeholder=${d.tags.add} @keydown=${keydown} @input=${input} @change=${(event: Event) => add(event.target as HTMLInputElement)} />
    <datalist id="tag-suggestions">${offered.map((tag) => html`<option value=${tag}></option>`)}</datalist>
  </div>`;
}
