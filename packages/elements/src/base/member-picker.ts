import type { CrmError, ListQuery, ListQueryKey, Page, User } from '@rapport/core';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from './crm-element.js';
import { renderMemberAvatar } from './member-avatar.js';
import { MemberDirectory } from './member-directory.js';
import { memberPickerMessages } from './member-picker.messages.js';
import { QueryController } from './query-controller.js';

/** How many members one search shows: a page, never the whole team. */
export const MEMBER_PICKER_PAGE = 20;
/** Typing pauses this long before the search is sent, so a name typed fast is one request. */
const SEARCH_DELAY_MS = 200;

/** After the chosen member changed: `memberId` is the new id, `undefined` for "no one". */
export class MemberChangeEvent extends Event {
  constructor(readonly memberId: string | undefined) {
    super('change', { bubbles: true, composed: true });
  }
}

interface Choice {
  readonly id: string | undefined;
  readonly name: string;
  readonly detail?: string;
  readonly avatarUrl?: string;
}

/**
 * `<crm-member-picker>`: chooses a team member (an owner, an assignee) as an ARIA 1.2 combobox
 * with a list popup. Typing searches the tenant's ACTIVE members on the server (a page of
 * `MEMBER_PICKER_PAGE`, by name or email); ↓/↑ move, Enter chooses, Escape closes and restores,
 * Alt+↓ opens. Fires `change` (`MemberChangeEvent`) with the member's id.
 *
 * Widgets load it on use: `loadMemberPicker(host)` (in `member-picker-loader.ts`) fetches this
 * module and registers it under the host's prefix.
 *
 * @csspart label - The field's label.
 * @csspart input - The text box.
 * @csspart listbox - The popup list of members.
 * @csspart option - One member in the list.
 * @csspart avatar - A member's picture or initials.
 */
export class CrmMemberPicker extends CrmElement {
  static override styles = [
    ...CrmElement.styles,
    css`
      :host {
        position: relative;
        container-type: inline-size;
      }
      .field {
        display: flex;
        align-items: center;
        gap: var(--_space-2);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-small);
        background: var(--_color-surface);
        padding-inline-start: var(--_space-2);
      }
      .field:focus-within {
        outline: var(--_focus-ring-width) solid var(--_color-primary);
        outline-offset: 1px;
      }
      input {
        flex: 1;
        min-inline-size: 0;
        font: inherit;
        color: inherit;
        background: transparent;
        border: 0;
        padding: var(--_space-1) 0;
      }
      input:focus-visible {
        outline: none;
      }
      .toggle {
        border: 0;
        background: transparent;
      }
      label {
        display: block;
        margin-block-end: var(--_space-1);
        color: var(--_color-on-surface-muted);
      }
      [role='listbox'] {
        position: absolute;
        inset-inline: 0;
        z-index: 10;
        margin: var(--_space-1) 0 0;
        padding: var(--_space-1) 0;
        list-style: none;
        max-block-size: 16rem;
        overflow-y: auto;
        background: var(--_color-surface);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-small);
        box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
      }
      [role='option'],
      .note {
        display: flex;
        align-items: center;
        gap: var(--_space-2);
        padding: var(--_space-1) var(--_space-2);
      }
      [role='option'] {
        cursor: pointer;
      }
      [role='option'][aria-selected='true'] {
        background: var(--_color-surface-muted);
        outline: 2px solid var(--_color-primary);
        outline-offset: -2px;
      }
      .note {
        color: var(--_color-on-surface-muted);
      }
      .detail {
        color: var(--_color-on-surface-muted);
        font-size: 0.875em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .avatar {
        display: inline-grid;
        place-items: center;
        flex: none;
        inline-size: 1.75rem;
        block-size: 1.75rem;
        border-radius: 50%;
        object-fit: cover;
        background: var(--_color-surface-muted);
        font-size: 0.75rem;
      }
      .names {
        display: grid;
        min-inline-size: 0;
      }
    `,
  ];

  /** The chosen member's id; empty for nobody. */
  @property({ reflect: true }) accessor value = '';

  /** The field's visible name ("Owner", "负责人"); without it a localized "Team member". */
  @property() accessor label = '';

  /** Only members of this team are offered. */
  @property() accessor team = '';

  /** Offers "No one" first, so the choice can be cleared (an unassigned ticket). */
  @property({ type: Boolean }) accessor clearable = false;

  @property({ type: Boolean, reflect: true }) accessor disabled = false;

  @state() private accessor _open = false;
  /** What the user typed since opening; `undefined` shows the chosen member's name. */
  @state() private accessor _typed: string | undefined = undefined;
  /** The search sent (typing, once it pauses). */
  @state() private accessor _search = '';
  /** The option the keyboard is on, -1 for none. */
  @state() private accessor _active = -1;

  readonly #messages = this.i18n.use(memberPickerMessages);
  readonly #members = new MemberDirectory(this, { client: () => this.activeClient });
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Opened with ↓ before the members arrived: the keyboard lands on the chosen one once they do. */
  #activateChosen = false;

  readonly #results = new QueryController<Page<User>, CrmError, ListQueryKey<'users'>>(this, () => {
    const client = this.activeClient;
    if (!client || !this._open) return undefined;
    const query: ListQuery = {
      where: { active: true, ...(this.team ? { team: this.team } : {}) },
      limit: MEMBER_PICKER_PAGE,
      // By name, or the best matches first while searching.
      ...(this._search ? { q: this._search } : { sort: [{ field: 'name' }] }),
    };
    return { queryClient: client.queryClient, options: { ...client.users.listQuery(query), placeholderData: (previous: Page<User> | undefined) => previous } };
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  /** Moves focus into the text box. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  get #choices(): Choice[] {
    const items = this.#results.result?.data?.items ?? [];
    const members = items.map((user): Choice => {
      return { id: user.id, name: user.name, detail: user.team ?? user.email, ...(user.avatarUrl ? { avatarUrl: user.avatarUrl } : {}) };
    });
    return this.clearable && !this._search ? [{ id: undefined, name: this.i18n.pick(this.#messages).nobody }, ...members] : members;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled) this.#close();
    if (this.#activateChosen && this.#results.result?.data) {
      this.#activateChosen = false;
      this._active = this.#chosenIndex();
    }
  }

  /** Where the chosen member is among the choices, else the first. */
  #chosenIndex(): number {
    return Math.max(0, this.#choices.findIndex((choice) => (choice.id ?? '') === this.value));
  }

  #openList(): void {
    if (this.disabled || this._open) return;
    this._open = true;
    this._active = -1;
  }

  #close(): void {
    clearTimeout(this.#searchTimer);
    this._open = false;
    this._typed = undefined;
    this._search = '';
    this._active = -1;
    this.#activateChosen = false;
  }

  #choose(choice: Choice): void {
    const changed = (choice.id ?? '') !== this.value;
    this.value = choice.id ?? '';
    this.#close();
    if (changed) this.dispatchEvent(new MemberChangeEvent(choice.id));
  }

  readonly #onInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    this._typed = text;
    this.#openList();
    this._active = -1;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this._search = text.trim()), SEARCH_DELAY_MS);
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const choices = this.#choices;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this._open) {
          this.#openList();
          if (event.altKey) break;
          if (this.#results.result?.data) this._active = this.#chosenIndex();
          else this.#activateChosen = true;
        } else if (choices.length) this._active = Math.min(this._active + 1, choices.length - 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this._open) this.#openList();
        if (choices.length) this._active = this._active <= 0 ? choices.length - 1 : this._active - 1;
        break;
      case 'Enter': {
        const choice = this._open ? choices[this._active] : undefined;
        if (choice) {
          event.preventDefault();
          this.#choose(choice);
        }
        break;
      }
      case 'Escape':
        if (this._open || this._typed !== undefined) {
          event.preventDefault();
          event.stopPropagation();
          this.#close();
        }
        break;
      case 'Tab':
        this.#close();
        break;
    }
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.#close();
  };

  protected override updated(): void {
    // The active option stays in view as the keyboard moves through a long list.
    if (this._active >= 0) this.renderRoot.querySelector(`#option-${this._active}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  #renderList(): TemplateResult {
    const m = this.i18n.pick(this.#messages);
    const result = this.#results.result;
    const choices = this.#choices;
    const note = (text: string) => html`<li class="note" role="presentation">${text}</li>`;
    let status: TemplateResult | typeof nothing = nothing;
    if (!result || (result.isPending && !result.data)) status = note(m.searching);
    else if (result.isError) status = note(m.failed);
    else if (result.data && result.data.items.length === 0) status = note(this._search ? m.noMatch(this._search) : m.noMembers);
    return html`<ul id="listbox" part="listbox" role="listbox" aria-label=${this.label || m.label} ?hidden=${!this._open}>
      ${this._open
        ? html`${choices.map(
            (choice, index) => html`<li
              id="option-${index}"
              part="option"
              role="option"
              aria-selected=${index === this._active ? 'true' : 'false'}
              @pointerdown=${(event: Event) => event.preventDefault()}
              @click=${() => this.#choose(choice)}
            >
              ${choice.id === undefined ? nothing : renderMemberAvatar(choice)}
              <span class="names"><span>${choice.name}</span> ${choice.detail ? html`<span class="detail">${choice.detail}</span>` : nothing}</span>
            </li>`,
          )}${status}`
        : nothing}
    </ul>`;
  }

  override render(): TemplateResult {
    const m = this.i18n.pick(this.#messages);
    const chosen = this.value ? this.#members.member(this.value) : undefined;
    const text = this._typed ?? (this.value ? (chosen?.name ?? (this.#members.loading(this.value) ? '' : this.value)) : '');
    const active = this._open && this._active >= 0 ? `option-${this._active}` : undefined;
    const count = this.#results.result?.data ? m.results(this.#results.result.data.items.length) : '';
    return html`<label id="label" part="label" for="input">${this.label || m.label}</label>
      <div class="field" @focusout=${this.#onFocusOut}>
        ${chosen && this._typed === undefined ? renderMemberAvatar(chosen) : nothing}
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${this._open ? 'true' : 'false'}
          aria-activedescendant=${active ?? nothing}
          placeholder=${m.placeholder}
          .value=${text}
          ?disabled=${this.disabled}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @click=${() => this.#openList()}
        />
        <button
          class="toggle"
          type="button"
          tabindex="-1"
          aria-label=${m.showMembers}
          aria-controls="listbox"
          aria-expanded=${this._open ? 'true' : 'false'}
          ?disabled=${this.disabled}
          @pointerdown=${(event: Event) => event.preventDefault()}
          @click=${() => {
            if (this._open) this.#close();
            else {
              this.#openList();
              this.focus();
            }
          }}
        >
          ▾
        </button>
        ${this.#renderList()}
      </div>
      <span class="visually-hidden" role="status">${this._open ? count : ''}</span>`;
  }
}
