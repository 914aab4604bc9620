import type { Account, Activity, Contact, CrmError, DetailQueryKey, Page } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { errorText, issueText } from '../base/locale/error-text.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import { VirtualWindow } from '../base/virtual-window.js';
import { ActivityComposer } from './activity-composer.js';
import { renderComposerForm } from './activity-composer-form.js';
import { quickActionKinds, type QuickActionKind } from './activity-draft.js';
import { renderTimeline, TIMELINE_ROW_HEIGHT } from './activity-timeline.js';
import { renderAvatar } from './avatar.js';
import { renderChannels } from './channel-list.js';
import { contactCardMessages, type ContactCardMessages } from './contact-card.messages.js';
import { contactCardStyles } from './contact-card.styles.js';
import { editableFields, type EditableField } from './contact-draft.js';
import { renderEditForm } from './contact-edit-form.js';
import { CrmTagAddEvent, CrmTagRemoveEvent } from './contact-card.events.js';
import { ContactEditor } from './contact-editor.js';
import { renderConflictNotice } from './conflict-notice.js';
import { renderCustomFields } from './custom-fields.js';
import { defaultValueRules, type Relationship, type ValueRules } from './relationship.js';
import { relationshipQuery } from './relationship-query.js';
import { renderRelationship } from './relationship-summary.js';
import { renderTagList } from './tag-list.js';
import { timelineQuery } from './timeline-query.js';

export type ContactCardVariant = 'full' | 'compact';

/**
 * One person at a glance: who they are, how to reach them, and everything that happened with
 * them, editable in place. `compact` fits an ERP table row or a sidebar; `full` adds tags,
 * custom fields, quick actions and the activity timeline.
 *
 * @tag crm-contact-card
 * @summary A contact's card: identity, channels, tags, quick actions and activity timeline.
 *
 * @slot actions - Extra controls shown with the quick actions (e.g. a link into the host's own screens).
 *
 * @csspart card - The card's frame.
 * @csspart header - Avatar, name and subtitle.
 * @csspart avatar - The photo or the initials.
 * @csspart name - The contact's name.
 * @csspart subtitle - Title, account and owner.
 * @csspart edit-button - Opens the inline editor.
 * @csspart edit-form - The inline editor.
 * @csspart field - One labelled input with its errors.
 * @csspart field-error - The problems of one field.
 * @csspart conflict - Both versions after a conflicting save.
 * @csspart channels - The list of email addresses, phone numbers and web sites.
 * @csspart channel-link - One channel's link.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart tag-remove - A tag's remove button.
 * @csspart tag-input - The new-tag input.
 * @csspart custom-fields - The tenant-defined fields.
 * @csspart relationship - Lifecycle stage, value tier, loyalty, RFM segment and churn risk.
 * @csspart badge - One measure shown as a coloured badge (`data-colour` is green, yellow or red).
 * @csspart quick-actions - The buttons that start a new activity.
 * @csspart composer - The form of a new activity.
 * @csspart overlap-warning - The warning about an overlapping meeting.
 * @csspart timeline - The scrollable list of activities.
 * @csspart activity - One activity in the timeline.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - A failure message.
 * @csspart retry-button - The retry button of a failure.
 *
 * @cssprop --crm-contact-card-background - Background of the card (default: the surface colour).
 * @cssprop --crm-contact-card-border - Border of the card.
 * @cssprop --crm-contact-card-avatar-size - Diameter of the avatar.
 * @cssprop --crm-contact-card-avatar-background - Background of the initials.
 * @cssprop --crm-contact-card-timeline-height - Height of the activity timeline.
 * @cssprop --crm-color-primary - Accent colour of buttons, links and focus rings.
 * @cssprop --crm-color-surface - Background of widgets.
 * @cssprop --crm-color-on-surface - Text colour.
 * @cssprop --crm-font-family - Font of every widget.
 * @cssprop --crm-radius - Corner radius of cards.
 *
 * @fires {CrmContactUpdateEvent} crm-contact-update - Before a change to the contact is saved; cancelable.
 * @fires {CrmContactUpdatedEvent} crm-contact-updated - After a change to the contact was saved.
 * @fires {CrmActivityCreateEvent} crm-activity-create - Before a new activity is saved; cancelable.
 * @fires {CrmActivityCreatedEvent} crm-activity-created - After a new activity was saved.
 * @fires {CrmTagAddEvent} crm-tag-add - Before a tag is added; cancelable.
 * @fires {CrmTagRemoveEvent} crm-tag-remove - Before a tag is removed; cancelable.
 */
export class CrmContactCard extends CrmElement {
  static override styles = [...CrmElement.styles, contactCardStyles];

  /** Id of the contact to show. */
  @property({ attribute: 'contact-id' }) accessor contactId = '';

  /** `full` (the default) or `compact`, for a table row or a sidebar. */
  @property({ reflect: true }) accessor variant: ContactCardVariant = 'full';

  /** Who is using the card: activities logged from it are theirs. Defaults to the contact's owner. */
  @property({ attribute: 'user-id' }) accessor userId = '';

  /** Display names of people by user id (owners of contacts and activities); an id without a name is shown as it is. */
  @property({ attribute: 'owner-names', type: Object }) accessor ownerNames: Readonly<Record<string, string>> = {};

  /** The business's thresholds for the green/yellow/red value tier, in the currency of the contact's orders. */
  @property({ attribute: false }) accessor valueRules: ValueRules = defaultValueRules;

  @state() private accessor _tagDraft = '';

  readonly #contact = new QueryController<Contact, CrmError, DetailQueryKey<'contacts'>>(this, () => {
    const client = this.activeClient;
    return client && this.contactId ? { queryClient: client.queryClient, options: client.contacts.detailQuery(this.contactId) } : undefined;
  });

  readonly #account = new QueryController<Account, CrmError, DetailQueryKey<'accounts'>>(this, () => {
    const client = this.activeClient;
    const accountId = this.#contact.result?.data?.accountId;
    return client && accountId ? { queryClient: client.queryClient, options: client.accounts.detailQuery(accountId) } : undefined;
  });

  readonly #timeline = new QueryController<Page<Activity>, CrmError>(this, () => {
    const client = this.activeClient;
    return client && this.contactId && this.variant === 'full' ? timelineQuery(client, this.contactId) : undefined;
  });

  readonly #relationship = new QueryController<Relationship>(this, () => {
    const client = this.activeClient;
    return client && this.contactId ? relationshipQuery(client, this.contactId, this.valueRules) : undefined;
  });

  readonly #editor = new ContactEditor(this, () => this.activeClient);

  readonly #composer = new ActivityComposer(this, () => {
    const client = this.activeClient;
    const contact = this.#contact.result?.data;
    const ownerId = this.userId || contact?.ownerId;
    return client && contact && ownerId ? { client, contact, ownerId } : undefined;
  });

  readonly #window = new VirtualWindow(this, { rowHeight: TIMELINE_ROW_HEIGHT });

  readonly #messages = this.i18n.use(contactCardMessages);

  #onAddTag = async (tag: string): Promise<void> => {
    const contact = this.#contact.result?.data;
    if (!contact || contact.tags.includes(tag)) {
      this._tagDraft = '';
      return;
    }
    if (!this.dispatchEvent(new CrmTagAddEvent({ contact, tag }))) return;
    if (await this.#editor.changeTags(contact, (tags) => (tags.includes(tag) ? [...tags] : [...tags, tag]))) this._tagDraft = '';
  };

  #onRemoveTag = async (tag: string): Promise<void> => {
    const contact = this.#contact.result?.data;
    if (!contact || !this.dispatchEvent(new CrmTagRemoveEvent({ contact, tag }))) return;
    await this.#editor.changeTags(contact, (tags) => tags.filter((t) => t !== tag));
  };

  get #m(): ContactCardMessages {
    return this.i18n.pick(this.#messages);
  }

  #onQuickAction(kind: QuickActionKind, contact: Contact): void {
    this.#composer.open(kind, this.#m.composer.defaultSubject(this.#m.timeline.kinds[kind], contact.name));
  }

  /** How a field path reads in a conflict table: the field's label, or the channel's kind. */
  #labelOf(path: string, contact: Contact): string {
    const m = this.#m;
    if ((editableFields as readonly string[]).includes(path)) return m.fields[path as EditableField];
    const channel = contact.channels[Number(path.split('.')[1])];
    return channel ? (channel.label ?? m.channelKinds[channel.kind]) : path;
  }

  #renderHeader(contact: Contact): TemplateResult {
    const m = this.#m;
    const account = this.#account.result?.data;
    const subtitle = [contact.title, account?.name].filter(Boolean).join(' · ');
    return html`<header part="header" class="header">
      ${renderAvatar(contact)}
      <div class="identity">
        <h2 part="name" class="name">${contact.name}</h2>
        ${subtitle ? html`<p part="subtitle" class="subtitle">${subtitle}</p>` : nothing}
        ${this.variant === 'full' && contact.ownerId
          ? html`<p class="subtitle">${m.fields.owner}: ${this.ownerNames[contact.ownerId] ?? contact.ownerId}</p>`
          : nothing}
      </div>
      ${this.variant === 'full' && !this.#editor.draft
        ? html`<button part="edit-button" class="edit-button" type="button" @click=${() => this.#editor.begin(contact)}>
            ${this.i18n.messages.common.edit(m.details)}
          </button>`
        : nothing}
    </header>`;
  }

  #renderEditing(contact: Contact): TemplateResult | typeof nothing {
    const draft = this.#editor.draft;
    if (!draft) return nothing;
    const m = this.i18n.messages;
    const conflict = this.#editor.conflict;
    const failure = this.#editor.failure;
    return html`${conflict
      ? renderConflictNotice({
          rows: conflict,
          m: this.#m,
          messages: m,
          labelOf: (path) => this.#labelOf(path, contact),
          onReloadTheirs: () => this.#editor.reloadTheirs(),
          onReapplyMine: () => void this.#editor.reapplyMine(),
        })
      : nothing}
    ${failure ? renderError(errorText(failure, m)) : nothing}
    ${renderEditForm({
      draft,
      channels: contact.channels,
      saving: this.#editor.saving,
      m: this.#m,
      messages: m,
      issuesAt: (path) => this.#editor.issuesAt(path),
      onField: (field, value) => this.#editor.setField(field, value),
      onChannel: (index, value) => this.#editor.setChannel(index, value),
      onSave: () => void this.#editor.save(),
      onCancel: () => this.#editor.cancel(),
    })}`;
  }

  #renderActivities(contact: Contact): TemplateResult {
    const m = this.i18n.messages;
    const card = this.#m;
    const timeline = this.#timeline.result;
    const draft = this.#composer.draft;
    const canCompose = Boolean(this.userId || contact.ownerId);
    return html`<section class="activities" aria-labelledby="activities-heading">
      <h3 id="activities-heading" class="section-heading">${card.timeline.heading}</h3>
      <div part="quick-actions" class="quick-actions" role="group" aria-label=${card.quickActions.heading}>
        ${canCompose
          ? quickActionKinds.map(
              (kind) => html`<button type="button" aria-pressed=${String(draft?.kind === kind)} @click=${() => this.#onQuickAction(kind, contact)}>
                ${card.quickActions[kind]}
              </button>`,
            )
          : nothing}
        <slot name="actions"></slot>
      </div>
      ${draft
        ? renderComposerForm({
            draft,
            overlaps: this.#composer.overlaps,
            busy: this.#composer.busy,
            m: card,
            messages: m,
            format: this.i18n.format,
            issuesAt: (path) => this.#composer.issuesAt(path),
            onField: (field, value) => this.#composer.set(field, value),
            onSubmit: () => void this.#composer.submit(),
            onCancel: () => this.#composer.close(),
          })
        : nothing}
      ${this.#composer.failure ? renderError(errorText(this.#composer.failure, m)) : nothing}
      ${!timeline || timeline.isPending
        ? renderSkeleton(m.common.loading, 4)
        : timeline.isError
          ? renderError(errorText(timeline.error, m), { label: m.common.retry, onRetry: () => void this.#timeline.refetch() })
          : timeline.data.items.length === 0
            ? renderEmpty(card.timeline.empty)
            : renderTimeline({
                activities: timeline.data.items,
                window: this.#window,
                m: card,
                format: this.i18n.format,
                nameOf: (userId) => this.ownerNames[userId] ?? userId,
              })}
    </section>`;
  }

  #renderRelationship(): TemplateResult | typeof nothing {
    const result = this.#relationship.result;
    // The measures are a summary: while they load, or if they cannot be computed, the card goes without them.
    if (!result?.isSuccess) return nothing;
    return renderRelationship(result.data, this.variant === 'compact', this.#m, this.i18n.messages, this.i18n.format);
  }

  #renderDetails(contact: Contact): TemplateResult {
    const m = this.i18n.messages;
    const tagIssues = this.#editor.issuesAt(`tags.${contact.tags.length}`);
    const failure = this.#editor.failure;
    return html`${failure ? renderError(errorText(failure, m)) : nothing} ${renderChannels(contact.channels, this.#m)}
    ${this.variant === 'full'
      ? html`${renderTagList({
          tags: contact.tags,
          draft: this._tagDraft,
          editable: true,
          error: tagIssues[0] ? issueText(tagIssues[0], m) : undefined,
          m: this.#m,
          onDraft: (value) => (this._tagDraft = value),
          onAdd: (tag) => void this.#onAddTag(tag),
          onRemove: (tag) => void this.#onRemoveTag(tag),
        })}
        ${renderCustomFields(contact.customFields, this.#m, m, this.i18n.format)}`
      : nothing}`;
  }

  #renderContact(contact: Contact): TemplateResult {
    return html`<article part="card" class="card" aria-label=${this.#m.label(contact.name)}>
      ${this.#renderHeader(contact)}
      ${this.#editor.draft ? this.#renderEditing(contact) : this.#renderDetails(contact)} ${this.#renderRelationship()}
      ${this.variant === 'full' ? this.#renderActivities(contact) : nothing}
    </article>`;
  }

  protected override render(): TemplateResult {
    const m = this.i18n.messages;
    const frame = (content: TemplateResult) => html`<div part="card" class="card">${content}</div>`;
    if (!this.activeClient) return frame(renderError(this.#m.noClient));
    if (!this.contactId) return frame(renderEmpty(this.#m.noContact));
    const result = this.#contact.result;
    if (!result || result.isPending) return frame(renderSkeleton(m.common.loading, this.variant === 'full' ? 5 : 2));
    if (result.isError) {
      const retry = result.error.kind === 'not-found' ? undefined : { label: m.common.retry, onRetry: () => void this.#contact.refetch() };
      return frame(renderError(errorText(result.error, m), retry));
    }
    return this.#renderContact(result.data);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'crm-contact-card': CrmContactCard;
  }
}
