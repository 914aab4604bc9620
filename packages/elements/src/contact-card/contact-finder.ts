import type { CrmClient } from '@rapport/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorText } from '../base/locale/error-text.js';
import type { Messages } from '../base/locale/messages.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { CrmContactSelectEvent } from './contact-card.events.js';
import type { ViewMessages } from './contact-card-views.messages.js';
import { contactFinderStyles } from './contact-finder.styles.js';
import { searchContacts, type ContactSuggestion } from './contact-search.js';

type FinderHost = ReactiveControllerHost & HTMLElement;

/** Typing pauses this long before the storage is asked, so a word costs one search, not one per key. */
export const SEARCH_DELAY_MS = 200;

export interface ContactFinderProps {
  readonly m: ViewMessages;
  readonly messages: Messages;
  /** The user picked a contact (and the host did not cancel `crm-contact-select`). */
  readonly onPick: (contactId: string) => void;
  readonly onCreate: () => void;
}

/**
 * The card's search box: suggestions over name, email, phone, title and company as the user types,
 * as an ARIA combobox (arrows move, Enter picks, Escape closes). Fetched when a card has no contact.
 */
export class ContactFinder implements ReactiveController {
  readonly #host: FinderHost;
  readonly #client: () => CrmClient | undefined;
  #text = '';
  #suggestions: readonly ContactSuggestion[] = [];
  #active = -1;
  #open = false;
  #searching = false;
  #failure: unknown;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;

  constructor(host: FinderHost, client: () => CrmClient | undefined) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
    adoptViewStyles(host, [contactFinderStyles]);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  get suggestions(): readonly ContactSuggestion[] {
    return this.#suggestions;
  }

  /** The text changed: search once the user pauses. */
  type(text: string): void {
    this.#text = text;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    if (!text.trim()) {
      this.#suggestions = [];
      this.#open = false;
      this.#searching = false;
      this.#host.requestUpdate();
      return;
    }
    this.#searching = true;
    this.#host.requestUpdate();
    this.#timer = setTimeout(() => void this.#search(text), SEARCH_DELAY_MS);
  }

  async #search(text: string): Promise<void> {
    const client = this.#client();
    if (!client) return;
    const abort = new AbortController();
    this.#abort = abort;
    try {
      const found = await searchContacts(client, text, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.#suggestions = found;
      this.#failure = undefined;
      this.#active = found.length > 0 ? 0 : -1;
      this.#open = true;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#failure = error;
    } finally {
      if (!abort.signal.aborted) {
        this.#searching = false;
        this.#host.requestUpdate();
      }
    }
  }

  #pick(suggestion: ContactSuggestion, onPick: (contactId: string) => void): void {
    this.#open = false;
    this.#host.requestUpdate();
    if (this.#host.dispatchEvent(new CrmContactSelectEvent({ contact: suggestion.contact }))) onPick(suggestion.contact.id);
  }

  #onKeyDown(event: KeyboardEvent, onPick: (contactId: string) => void): void {
    const count = this.#suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.#open) this.#open = count > 0;
      else if (count > 0) this.#active = (this.#active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      this.#host.requestUpdate();
    } else if (event.key === 'Enter') {
      const suggestion = this.#open ? this.#suggestions[this.#active] : undefined;
      if (suggestion) {
        event.preventDefault();
        this.#pick(suggestion, onPick);
      }
    } else if (event.key === 'Escape' && this.#open) {
      event.preventDefault();
      this.#open = false;
      this.#host.requestUpdate();
    }
  }

  render({ m, messages, onPick, onCreate }: ContactFinderProps): TemplateResult {
    const f = m.finder;
    const open = this.#open && this.#text.trim() !== '';
    const active = open && this.#active >= 0 ? `suggestion-${this.#active}` : undefined;
    return html`<div part="finder" class="finder">
      <label for="contact-search" class="section-heading">${f.label}</label>
      <div class="finder-row">
        <input
          id="contact-search"
          part="search-input"
          type="search"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${String(open)}
          aria-controls="contact-suggestions"
          aria-activedescendant=${active ?? nothing}
          aria-describedby="contact-search-hint"
          placeholder=${f.placeholder}
          .value=${this.#text}
          @input=${(event: InputEvent) => this.type((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event, onPick)}
        />
        <button part="new-contact-button" type="button" @click=${onCreate}>${f.create}</button>
      </div>
      <span id="contact-search-hint" class="visually-hidden">${f.hint}</span>
      <ul id="contact-suggestions" part="suggestions" class="suggestions" role="listbox" aria-label=${f.suggestions} aria-busy=${this.#searching ? 'true' : 'false'} ?hidden=${!open}>
        ${this.#suggestions.map(
          (suggestion, index) => html`<li
            id="suggestion-${index}"
            part="suggestion"
            role="option"
            aria-selected=${String(index === this.#active)}
            @pointerdown=${(event: PointerEvent) => event.preventDefault()}
            @click=${() => this.#pick(suggestion, onPick)}
          >
            <span class="suggestion-name">${suggestion.contact.name}</span>
            <span class="suggestion-meta">${[suggestion.company, suggestion.contact.title, suggestion.contact.channels[0]?.value].filter(Boolean).join(' · ')}</span>
          </li>`,
        )}
      </ul>
      <div class="finder-status" role="status">
        ${this.#searching ? f.searching : open && this.#suggestions.length === 0 ? f.none : open ? f.count(this.#suggestions.length) : ''}
      </div>
      ${this.#failure ? html`<div part="error" class="error" role="alert">${errorText(this.#failure, messages)}</div>` : nothing}
    </div>`;
  }
}
