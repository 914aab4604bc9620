import { ConflictError, ValidationError, type Contact, type ContactUpdate, type CrmClient, type FieldIssue } from '@rapport/core';
import { contactSchema } from '@rapport/core/schema';
import type { ReactiveControllerHost } from 'lit';
import { CrmContactUpdatedEvent, CrmContactUpdateEvent, CrmTagAddEvent, CrmTagRemoveEvent } from './contact-card.events.js';
import { conflictRows, draftOf, patchFrom, type ConflictRow, type ContactDraft, type EditableField } from './contact-draft.js';

type EditorHost = ReactiveControllerHost & HTMLElement;

/**
 * The inline editor of one contact: the user's draft, the last save's failure, and the saves
 * themselves. A failed save keeps the draft exactly as typed; a conflict keeps both versions
 * until the user picks one.
 */
export class ContactEditor {
  readonly #host: EditorHost;
  readonly #client: () => CrmClient | undefined;
  #saving = false;
  #original: Contact | undefined;
  #draft: ContactDraft | undefined;
  #error: unknown;

  constructor(host: EditorHost, client: () => CrmClient | undefined) {
    this.#host = host;
    this.#client = client;
  }

  /** The draft being edited, or `undefined` when the card only shows the contact. */
  get draft(): ContactDraft | undefined {
    return this.#draft;
  }

  get saving(): boolean {
    return this.#saving;
  }

  /** The failure of the last save that is neither a field problem nor a conflict (network, permission). */
  get failure(): unknown {
    return this.#error instanceof ValidationError || this.#error instanceof ConflictError ? undefined : this.#error;
  }

  /** Their version against the user's, field by field, while a save is refused as a conflict. */
  get conflict(): ConflictRow[] | undefined {
    if (!(this.#error instanceof ConflictError) || !this.#original || !this.#draft) return undefined;
    return conflictRows(this.#original, { ...this.#error.current }, this.#draft);
  }

  /** The problems the last save found in one field (`'name'`, `'channels.0.value'`). */
  issuesAt(path: string): FieldIssue[] {
    return this.#error instanceof ValidationError ? this.#error.issuesAt(path) : [];
  }

  begin(contact: Contact): void {
    this.#original = contact;
    this.#draft = draftOf(contact);
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  cancel(): void {
    this.#original = undefined;
    this.#draft = undefined;
    this.#error = undefined;
    this.#host.requestUpdate();
  }

  setField(field: EditableField, value: string): void {
    if (!this.#draft) return;
    this.#draft = { ...this.#draft, fields: { ...this.#draft.fields, [field]: value } };
    this.#host.requestUpdate();
  }

  setChannel(index: number, value: string): void {
    if (!this.#draft) return;
    this.#draft = { ...this.#draft, channels: this.#draft.channels.map((old, i) => (i === index ? value : old)) };
    this.#host.requestUpdate();
  }

  /** Saves what the user changed; closes the editor on success. */
  async save(): Promise<void> {
    if (!this.#original || !this.#draft) return;
    const patch = patchFrom(this.#original, this.#draft);
    if (Object.keys(patch).length === 0) return this.cancel();
    if (await this.#apply(this.#original, patch, this.#original.version)) this.cancel();
  }

  /** Gives up the user's changes in favour of the record as someone else saved it. */
  reloadTheirs(): void {
    this.cancel();
  }

  /** Applies the user's changes on top of the record someone else saved. */
  async reapplyMine(): Promise<void> {
    const current = this.#error instanceof ConflictError ? this.#error.current : undefined;
    if (!this.#original || !this.#draft || !current) return;
    const patch = patchFrom(this.#original, this.#draft);
    if (await this.#apply(this.#original, patch, current.version)) this.cancel();
  }

  /**
   * Changes the tags of a contact. Tags are a set, so a conflict is resolved by applying the same
   * change to the tags as they are now, not by asking the user.
   */
  /** Adds a tag unless the host cancels `crm-tag-add`; `true` once it is saved. */
  async addTag(contact: Contact, tag: string): Promise<boolean> {
    if (!this.#host.dispatchEvent(new CrmTagAddEvent({ contact, tag }))) return false;
    return this.#changeTags(contact, (tags) => (tags.includes(tag) ? [...tags] : [...tags, tag]));
  }

  /** Removes a tag unless the host cancels `crm-tag-remove`; `true` once it is saved. */
  async removeTag(contact: Contact, tag: string): Promise<boolean> {
    if (!this.#host.dispatchEvent(new CrmTagRemoveEvent({ contact, tag }))) return false;
    return this.#changeTags(contact, (tags) => tags.filter((t) => t !== tag));
  }

  async #changeTags(contact: Contact, change: (tags: readonly string[]) => string[]): Promise<boolean> {
    const saved = await this.update(contact, { tags: change(contact.tags) }, contact.version);
    if (saved || !(this.#error instanceof ConflictError)) return saved;
    const current = contactSchema.safeParse(this.#error.current);
    if (!current.success) return false;
    return this.update(current.data, { tags: change(current.data.tags) }, current.data.version);
  }

  /** Announces, then saves, then confirms one change: `crm-contact-update` can veto it. */
  async update(contact: Contact, patch: ContactUpdate, expectedVersion: number): Promise<boolean> {
    this.#error = undefined;
    return this.#apply(contact, patch, expectedVersion);
  }

  async #apply(contact: Contact, patch: ContactUpdate, expectedVersion: number): Promise<boolean> {
    const client = this.#client();
    if (!client || !this.#host.dispatchEvent(new CrmContactUpdateEvent({ contact, patch }))) return false;
    this.#saving = true;
    this.#host.requestUpdate();
    try {
      const saved = await client.contacts.update(contact.id, patch, { expectedVersion });
      this.#error = undefined;
      this.#host.dispatchEvent(new CrmContactUpdatedEvent({ contact: saved, previous: contact }));
      return true;
    } catch (error) {
      this.#error = error;
      return false;
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
    }
  }
}
