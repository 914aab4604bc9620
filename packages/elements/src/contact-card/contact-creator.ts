import { ValidationError, type ContactCreate, type CrmClient } from '@rapport/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorText, issueText } from '../base/locale/error-text.js';
import type { Messages } from '../base/locale/messages.js';
import { renderError, renderFieldErrors } from '../base/states.js';
import { CrmContactCreatedEvent, CrmContactCreateEvent } from './contact-card.events.js';
import type { ViewMessages } from './contact-card-views.messages.js';
import { renderOwnerField } from './owner-field.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { cardFormsStyles } from './card-forms.styles.js';

type CreatorHost = ReactiveControllerHost & HTMLElement;

/** The fields of a new contact, as typed. */
export interface NewContactDraft {
  readonly name: string;
  readonly title: string;
  readonly email: string;
  readonly phone: string;
  readonly ownerId: string;
}

const textFields = ['name', 'title', 'email', 'phone'] as const;
type TextField = (typeof textFields)[number];

export interface ContactCreatorProps {
  readonly m: ViewMessages;
  readonly messages: Messages;
  readonly ownerNames: Readonly<Record<string, string>>;
  readonly onCreated: (contactId: string) => void;
  readonly onCancel: () => void;
}

/**
 * `<crm-contact-card mode="new">`: a short form for a new contact (name, title, email, phone,
 * owner). A refused field says what it expects and takes the focus; what the user typed stays.
 * Fetched only when a card is put in this mode.
 */
export class ContactCreator {
  readonly #host: CreatorHost;
  readonly #client: () => CrmClient | undefined;
  #draft: NewContactDraft;
  readonly #accountId: string;
  #saving = false;
  #error: unknown;

  /** `ownerId`: who owns the new contact at first; `accountId`: the account it works at (`''` for none). */
  constructor(host: CreatorHost, client: () => CrmClient | undefined, { ownerId, accountId }: { readonly ownerId: string; readonly accountId: string }) {
    adoptViewStyles(host, [cardFormsStyles]);
    this.#host = host;
    this.#client = client;
    this.#accountId = accountId;
    this.#draft = { name: '', title: '', email: '', phone: '', ownerId };
  }

  get draft(): NewContactDraft {
    return this.#draft;
  }

  set(field: keyof NewContactDraft, value: string): void {
    this.#draft = { ...this.#draft, [field]: value };
    this.#host.requestUpdate();
  }

  /** The contact the draft describes: channels only for what was typed, in a fixed order (email, then phone). */
  input(): ContactCreate {
    const { name, title, email, phone, ownerId } = this.#draft;
    const channels: { kind: 'email' | 'phone'; value: string }[] = [];
    if (email.trim()) channels.push({ kind: 'email', value: email.trim() });
    if (phone.trim()) channels.push({ kind: 'phone', value: phone.trim() });
    return { name, channels, ...(title.trim() ? { title } : {}), ...(ownerId ? { ownerId } : {}), ...(this.#accountId ? { accountId: this.#accountId } : {}) };
  }

  /** Creates the contact unless the host cancels `crm-contact-create`; its id once saved. */
  async save(): Promise<string | undefined> {
    const client = this.#client();
    const input = this.input();
    if (!client || !this.#host.dispatchEvent(new CrmContactCreateEvent({ input }))) return undefined;
    this.#saving = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const contact = await client.contacts.create(input);
      this.#host.dispatchEvent(new CrmContactCreatedEvent({ contact }));
      return contact.id;
    } catch (error) {
      this.#error = error;
      await this.#host.updateComplete;
      this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="create-form"] [aria-invalid="true"]')?.focus();
      return undefined;
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
    }
  }

  /** The problems of one field, saying what it expects. */
  #problems(field: TextField, m: ViewMessages, messages: Messages): string[] {
    if (!(this.#error instanceof ValidationError)) return [];
    // Channels are saved in the order `input()` builds them: the email first when there is one.
    const hasEmail = this.#draft.email.trim() !== '';
    const path = field === 'email' ? 'channels.0.value' : field === 'phone' ? `channels.${hasEmail ? 1 : 0}.value` : field;
    const issues = this.#error.issuesAt(path);
    if (issues.length === 0) return [];
    const expected = { name: m.expected.name, email: m.expected.email, phone: m.expected.phone } as Partial<Record<TextField, string>>;
    return [expected[field] ?? issues.map((issue) => issueText(issue, messages)).join(' ')];
  }

  render({ m, messages, ownerNames, onCreated, onCancel }: ContactCreatorProps): TemplateResult {
    const submit = async (event: SubmitEvent) => {
      event.preventDefault();
      const id = await this.save();
      if (id) onCreated(id);
    };
    const failure = this.#error instanceof ValidationError ? undefined : this.#error;
    const labels: Record<TextField, string> = { name: m.fields.name, title: m.fields.title, email: m.channelKinds.email, phone: m.channelKinds.phone };
    const types: Record<TextField, string> = { name: 'text', title: 'text', email: 'email', phone: 'tel' };
    return html`<form
      part="create-form"
      class="edit-form"
      aria-labelledby="create-heading"
      novalidate
      @submit=${submit}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && onCancel()}
    >
      <h2 id="create-heading" class="name">${m.finder.create}</h2>
      ${failure ? renderError(errorText(failure, messages)) : nothing}
      ${textFields.map((field) => {
        const id = `create-${field}`;
        const problems = this.#problems(field, m, messages);
        const invalid = problems.length > 0;
        return html`<div part="field" class="field">
          <label for=${id}>${labels[field]}</label>
          <input
            id=${id}
            type=${types[field]}
            .value=${this.#draft[field]}
            ?required=${field === 'name'}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? `${id}-error` : nothing}
            @input=${(event: InputEvent) => this.set(field, (event.target as HTMLInputElement).value)}
          />
          ${renderFieldErrors(`${id}-error`, problems)}
        </div>`;
      })}
      ${renderOwnerField({ id: 'create-owner', label: m.fields.owner, value: this.#draft.ownerId, names: ownerNames, onChange: (ownerId) => this.set('ownerId', ownerId) })}
      <div class="form-actions">
        <button class="primary" type="submit" ?disabled=${this.#saving}>${m.finder.save}</button>
        <button type="button" @click=${onCancel}>${messages.common.cancel}</button>
      </div>
    </form>`;
  }
}
