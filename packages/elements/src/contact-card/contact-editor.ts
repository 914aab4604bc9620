import { ConflictError, ValidationError, type Contact, type ContactUpdate, type CrmClient, type CustomFieldValue, type FieldIssue } from '@rapport/core';
import { assertLifecycleTransition, type LifecycleStage } from '@rapport/core/domain';
import { contactSchema } from '@rapport/core/schema';
import type { ReactiveControllerHost } from 'lit';
import { CrmContactUpdatedEvent, CrmContactUpdateEvent, CrmTagAddEvent, CrmTagRemoveEvent } from './contact-card.events.js';
import { conflictRows, draftOf, patchFrom, type ConflictRow, type ContactDraft, type EditableField } from './contact-draft.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { cardFormsStyles } from './card-forms.styles.js';

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
  /** The stage the relationship is in as the card shows it: the one set by hand, else the one worked out. */
  #stage: LifecycleStage | undefined;
  #error: unknown;

  constructor(host: EditorHost, client: () => CrmClient | undefined) {
    adoptViewStyles(host, [cardFormsStyles]);
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

  /** The stage the relationship is in now, which the lifecycle rule moves from. */
  get stage(): LifecycleStage | undefined {
    return this.#stage;
  }

  begin(contact: Contact, computedStage?: LifecycleStage): void {
    this.#original = contact;
    this.#stage = contact.lifecycleStage ?? computedStage;
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

  setOwner(ownerId: string): void {
    if (this.#draft) this.#change({ ...this.#draft, ownerId });
  }

  setLifecycleStage(stage: LifecycleStage | ''): void {
    if (this.#draft) this.#change({ ...this.#draft, lifecycleStage: stage });
  }

  setCustomField(key: string, value: CustomFieldValue): void {
    if (this.#draft) this.#change({ ...this.#draft, customFields: { ...this.#draft.customFields, [key]: value } });
  }

  #change(draft: ContactDraft): void {
    this.#draft = draft;
    this.#host.requestUpdate();
  }

  setChannel(index: number, value: string): void {
    if (!this.#draft) return;
    this.#draft = { ...this.#draft, channels: this.#draft.channels.map((old, i) => (i === index ? value : old)) };
    this.#host.requestUpdate();
  }

  /**
   * Saves what the user changed; closes the editor on success. A move of the lifecycle stage is
   * checked by the domain's rule first (no skipped stage). After a refused save, focus goes to the
   * first field with a problem.
   */
  async save(): Promise<void> {
    if (!this.#original || !this.#draft) return;
    const patch = this.#withLifecycle(patchFrom(this.#original, this.#draft));
    if (!patch) return this.#focusProblem();
    if (Object.keys(patch).length === 0) return this.cancel();
    if (await this.#apply(this.#original, patch, this.#original.version)) this.cancel();
    else await this.#focusProblem();
  }

  /**
   * The patch with what the schema cannot see checked: a custom number field still holds a number,
   * and a lifecycle move is one the domain allows (its decline origin kept). `undefined` when not.
   */
  #withLifecycle(patch: ContactUpdate): ContactUpdate | undefined {
    const original = this.#original;
    const notNumbers = Object.entries(patch.customFields ?? {}).filter(([key, value]) => typeof original?.customFields[key] === 'number' && typeof value === 'string');
    if (notNumbers.length > 0) {
      this.#error = new ValidationError(notNumbers.map(([key]) => ({ path: ['customFields', key], code: 'invalid_type', message: `${key} must be a number` })));
      this.#host.requestUpdate();
      return undefined;
    }
    const to = patch.lifecycleStage;
    const from = this.#stage;
    if (!to || !from || !this.#original) return patch;
    try {
      assertLifecycleTransition(from, to, this.#original.lifecycleDeclinedFrom);
    } catch (error) {
      // The rule names its field `stage`; on the contact it is `lifecycleStage`.
      this.#error = error instanceof ValidationError ? new ValidationError(error.issues.map((issue) => ({ ...issue, path: ['lifecycleStage'] }))) : error;
      this.#host.requestUpdate();
      return undefined;
    }
    const growing = from === 'exploration' || from === 'formation' || from === 'stability';
    return to === 'decline' && growing ? { ...patch, lifecycleDeclinedFrom: from } : patch;
  }

  async #focusProblem(): Promise<void> {
    if (!(this.#error instanceof ValidationError)) return;
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLElement>('[part~="edit-form"] [aria-invalid="true"]')?.focus();
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
