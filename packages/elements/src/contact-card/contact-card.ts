import type { Account, Activity, Contact, CrmError, DetailQueryKey, FieldDefinition, ListQueryKey, Page } from '@rapport/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { errorText, issueText } from '../base/locale/error-text.js';
import type { Messages } from '../base/locale/messages.js';
import { QueryController } from '../base/query-controller.js';
import { renderEmpty, renderError, renderSkeleton } from '../base/states.js';
import type { ActivityComposer } from './activity-composer.js';
import type { renderComposerForm } from './activity-composer-form.js';
import type { ActivitySection } from './activity-section.js';
import type { ContactCardViewMessages, ViewMessages } from './contact-card-views.messages.js';
import { loadMessages, type MessagePack } from '../base/locale/message-pack.js';
import type { ContactCreator } from './contact-creator.js';
import type { ContactFinder } from './contact-finder.js';
import type { RelatedRecords } from './related-records.js';
import { renderAvatar } from './avatar.js';
import { renderChannels } from './channel-list.js';
import { contactCardChunks } from './contact-card.chunks.js';
import { contactCardMessages, type ContactCardMessages } from './contact-card.messages.js';
import { contactCardStyles } from './contact-card.styles.js';
import type { renderEditView } from './contact-edit-view.js';
import type { ContactEditor } from './contact-editor.js';
import type * as CustomFieldDisplay from '../base/custom-field-display.js';
import { MemberDirectory } from '../base/member-directory.js';
import { ChunkLoader, renderLoadFailure, renderPending } from '../base/chunk-loader.js';
import { quickActionKinds, type QuickActionKind } from './quick-action.js';
import type { Relationship, ValueRules } from './relationship.js';
import { relationshipQuery } from './relationship-query.js';
import { renderRelationship, renderRelationshipPlaceholder } from './relationship-summary.js';
import { renderTagList } from './tag-list.js';
import { timelineQuery } from './timeline-query.js';

export type ContactCardVariant = 'full' | 'compact';

/** `view` shows the contact of `contact-id` (or, without one, a search box); `new` a form for a new contact. */
export type ContactCardMode = 'view' | 'new';

/** The inline editor of the contact and its tags, with its view: fetched the first time the user edits. */
interface Editing {
  readonly editor: ContactEditor;
  readonly render: typeof renderEditView;
}

/** The quick actions' composer, with its form: fetched the first time the user starts an activity. */
interface Composing {
  readonly composer: ActivityComposer;
  readonly render: typeof renderComposerForm;
}

/**
 * One person at a glance: who they are, how to reach them, and everything that happened with
 * them, editable in place. `compact` fits an ERP table row or a sidebar; `full` adds tags,
 * custom fields, related records, quick actions and the activity timeline (filter by kind, open
 * an activity to its whole text, complete tasks, pin, edit, delete with undo). Without a
 * `contact-id` the card offers a search box; `mode="new"` a form for a new contact.
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
 * @csspart timeline-filter - The buttons that filter the timeline by kind.
 * @csspart activity - One activity in the timeline.
 * @csspart activity-toggle - An activity's subject; opens it to its whole text and its actions.
 * @csspart activity-body - An activity's text (its first line until opened).
 * @csspart activity-actions - Edit, pin and delete of an opened activity.
 * @csspart task-done - A task's checkbox.
 * @csspart pinned - The mark of a pinned activity.
 * @csspart overdue - The mark of a task past its due time.
 * @csspart undo-button - Brings back the activity deleted last.
 * @csspart related - The account, open deals and open tickets.
 * @csspart related-link - One related record; opening it emits an event for the host.
 * @csspart finder - The search box of a card without a contact.
 * @csspart search-input - The search text.
 * @csspart suggestions - The list of contacts found.
 * @csspart suggestion - One contact found.
 * @csspart new-contact-button - Opens the form of a new contact.
 * @csspart create-form - The form of a new contact.
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
 * @fires {CrmActivityUpdateEvent} crm-activity-update - Before a change to an activity (done, pinned, edited) is saved; cancelable.
 * @fires {CrmActivityDeleteEvent} crm-activity-delete - When the user deletes an activity (it is removed once the undo runs out); cancelable.
 * @fires {CrmAccountOpenEvent} crm-account-open - The user opened the contact's account.
 * @fires {CrmDealOpenEvent} crm-deal-open - The user opened one of the contact's deals (the card has no deal view of its own: cancelling changes nothing here).
 * @fires {CrmTicketOpenEvent} crm-ticket-open - The user opened one of the contact's tickets.
 * @fires {CrmContactSelectEvent} crm-contact-select - The user picked a contact in the search box; cancelable (the card then keeps the search box).
 * @fires {CrmContactCreateEvent} crm-contact-create - Before a new contact is saved; cancelable.
 * @fires {CrmContactCreatedEvent} crm-contact-created - After a new contact was saved; the card then shows it.
 */
export class CrmContactCard extends CrmElement {
  static override styles = [...CrmElement.styles, contactCardStyles];

  /** Id of the contact to show. */
  @property({ attribute: 'contact-id' }) accessor contactId = '';

  /** `full` (the default) or `compact`, for a table row or a sidebar. */
  @property({ reflect: true }) accessor variant: ContactCardVariant = 'full';

  /**
   * `view` (the default) shows the contact of `contact-id`, or a search box to find one; `new`
   * shows a form for a new contact, and the card shows the contact once it is created.
   */
  @property({ reflect: true }) accessor mode: ContactCardMode = 'view';

  /** In `mode="new"`: the account the new contact works at. */
  @property({ attribute: 'account-id' }) accessor accountId = '';

  /** Who is using the card: activities logged from it are theirs. Defaults to the contact's owner. */
  @property({ attribute: 'user-id' }) accessor userId = '';

  /**
   * Display names of people by user id (owners of contacts and activities). Names come from the
   * team (`users`) without it; a name here wins, and an id known to neither is shown as it is.
   */
  @property({ attribute: 'owner-names', type: Object }) accessor ownerNames: Readonly<Record<string, string>> = {};

  /**
   * Names of the tenant's custom fields for the reader, by field key (`{ tier: 'Membership' }`).
   * Without it the card labels, orders and formats them by the tenant's field definitions
   * (`fieldDefinitions`); a name here wins, and a field neither knows shows its key.
   */
  @property({ attribute: 'field-labels', type: Object }) accessor fieldLabels: Readonly<Record<string, string>> = {};

  /**
   * The business's thresholds for the green/yellow/red value tier, in the currency of the
   * contact's orders, where the card works the measures out itself (local storage). Over a
   * Rapport server the card shows the measures the server keeps. Unset: `defaultValueRules`.
   */
  @property({ attribute: false }) accessor valueRules: ValueRules | undefined = undefined;

  @state() private accessor _tagDraft = '';

  readonly #members = new MemberDirectory(this, { client: () => this.activeClient, overrides: () => this.ownerNames });

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

  /** Fetched once the contact shows a custom field, with the tenant's definitions that label, order and format them. */
  readonly #customFields = new ChunkLoader<typeof CustomFieldDisplay>(this, contactCardChunks.customFields);

  readonly #fieldDefinitions = new QueryController<Page<FieldDefinition>, CrmError, ListQueryKey<'fieldDefinitions'>>(this, () => {
    const client = this.activeClient;
    const part = this.#customFields.value;
    return client && part && this.#hasCustomFields() ? part.fieldDefinitionsQuery(client, 'contacts') : undefined;
  });

  readonly #relationship = new QueryController<Relationship>(this, () => {
    const client = this.activeClient;
    return client && this.contactId ? relationshipQuery(client, this.contactId, this.valueRules) : undefined;
  });

  readonly #editing = new ChunkLoader<Editing>(this, async () => {
    const [[{ ContactEditor }, { renderEditView }]] = await Promise.all([contactCardChunks.editing(), this.#loadViewMessages()]);
    return { editor: new ContactEditor(this, () => this.activeClient), render: renderEditView };
  });

  readonly #composing = new ChunkLoader<Composing>(this, async () => {
    const [[{ ActivityComposer }, { renderComposerForm }]] = await Promise.all([contactCardChunks.composing(), this.#loadViewMessages()]);
    const composer = new ActivityComposer(this, () => {
      const client = this.activeClient;
      const contact = this.#contact.result?.data;
      const ownerId = this.userId || contact?.ownerId;
      return client && contact && ownerId ? { client, contact, ownerId } : undefined;
    });
    return { composer, render: renderComposerForm };
  });

  readonly #finder = new ChunkLoader<ContactFinder>(this, async () => {
    const [{ ContactFinder }] = await Promise.all([contactCardChunks.finder(), this.#loadViewMessages()]);
    return new ContactFinder(this, () => this.activeClient);
  });

  // Made anew for every new contact, so each form starts empty.
  #creatorClass: typeof ContactCreator | undefined;
  #creator: ContactCreator | undefined;
  readonly #creating = new ChunkLoader<typeof ContactCreator>(this, async () => {
    const [{ ContactCreator }] = await Promise.all([contactCardChunks.creator(), this.#loadViewMessages()]);
    return ContactCreator;
  });

  readonly #related = new ChunkLoader<RelatedRecords>(this, async () => {
    const [{ RelatedRecords }] = await Promise.all([contactCardChunks.related(), this.#loadViewMessages()]);
    return new RelatedRecords(this, () => this.activeClient, () => this.contactId);
  });

  readonly #activities = new ChunkLoader<ActivitySection>(this, async () => {
    const [{ ActivitySection }] = await Promise.all([contactCardChunks.activities(), this.#loadViewMessages()]);
    return new ActivitySection(this, () => this.activeClient);
  });

  readonly #messages = this.i18n.use(contactCardMessages);

  /**
   * The form open at the last render (`editor`, a quick action's kind, or `edit <activity id>`):
   * focus follows a form in as it opens, and back to what opened it as it closes.
   */
  #openForm: string | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#activities.value?.afterRender(this.renderRoot);
    const composer = this.#composing.value?.composer;
    const root = this.renderRoot as ShadowRoot;
    const creating = this.mode === 'new' && root.querySelector('[part~="create-form"]') !== null;
    const open = creating ? 'new' : this.#editing.value?.editor.draft ? 'editor' : composer?.editing ? `edit ${composer.editing.id}` : composer?.draft?.kind;
    if (open === this.#openForm) return;
    const closed = this.#openForm;
    this.#openForm = open;
    if (open === 'new') root.querySelector<HTMLElement>('#create-name')?.focus();
    else if (open === 'editor') root.querySelector<HTMLElement>('[part~="edit-form"] input')?.focus();
    else if (open) root.querySelector<HTMLElement>('[part~="composer"] :is(input, textarea, select)')?.focus();
    // A closed form took the focus with it: give it back to the control that opened the form.
    const outer = this.getRootNode() as Document | ShadowRoot;
    const focusLost = root.activeElement === null && (outer.activeElement === null || outer.activeElement === this.ownerDocument.body);
    if (closed && !open && focusLost) {
      const opener = closed === 'new'
        ? '[part~="new-contact-button"], [part~="edit-button"]'
        : closed === 'editor'
        ? '[part~="edit-button"]'
        : closed.startsWith('edit ')
          ? `[data-id="${CSS.escape(closed.slice(5))}"] [part~="activity-toggle"]`
          : `[part~="quick-actions"] [data-kind="${closed}"]`;
      root.querySelector<HTMLElement>(opener)?.focus();
    }
  }

  #onEdit = (): void => {
    this.#editing.use('edit', ({ editor }) => {
      // The contact as it is once the editor is there, in case it changed while the editor loaded.
      const contact = this.#contact.result?.data;
      if (contact) editor.begin(contact, this.#relationship.result?.data?.lifecycle.stage);
    });
  };

  #onAddTag = (tag: string): void => {
    const contact = this.#contact.result?.data;
    if (!contact || contact.tags.includes(tag)) {
      this._tagDraft = '';
      return;
    }
    this.#editing.use(`tag-add ${tag}`, async ({ editor }) => {
      if (await editor.addTag(contact, tag)) this._tagDraft = '';
    });
  };

  #onRemoveTag = (tag: string): void => {
    const contact = this.#contact.result?.data;
    if (contact) this.#editing.use(`tag-remove ${tag}`, ({ editor }) => editor.removeTag(contact, tag));
  };

  get #m(): ContactCardMessages {
    return this.i18n.pick(this.#messages);
  }

  /** The strings of the parts fetched on use; registered with the locale (so a change of `lang` loads them too) when the first part arrives. */
  #viewMessages: MessagePack<ContactCardViewMessages> | undefined;

  async #loadViewMessages(): Promise<void> {
    const { contactCardViewMessages } = await contactCardChunks.viewMessages();
    this.#viewMessages = this.i18n.use(contactCardViewMessages);
    await loadMessages(contactCardViewMessages, this.i18n.locale);
  }

  /** The card's strings with those of its fetched parts; only read by a part once it is there, so the pack is loaded. */
  get #vm(): ViewMessages {
    const views = this.#viewMessages;
    if (!views) throw new Error('A part of the card rendered before its strings were loaded');
    return { ...this.#m, ...this.i18n.pick(views) };
  }

  #onEditActivity = (activity: Activity): void => {
    this.#composing.use('edit-activity', ({ composer }) => composer.edit(activity));
  };

  #onQuickAction(kind: QuickActionKind, contact: Contact): void {
    const subject = this.#m.composer.defaultSubject(this.#m.timeline.kinds[kind], contact.name);
    this.#composing.use(kind, ({ composer }) => composer.open(kind, subject));
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
          ? html`<p part="owner" class="subtitle">${m.fields.owner}: ${this.#members.loading(contact.ownerId) ? '…' : this.#members.nameOf(contact.ownerId)}</p>`
          : nothing}
      </div>
      ${this.variant === 'full' && !this.#editing.value?.editor.draft
        ? html`<button
            part="edit-button"
            class="edit-button"
            type="button"
            aria-busy=${this.#editing.pending.includes('edit') ? 'true' : nothing}
            @pointerenter=${this.#editing.prefetch}
            @focusin=${this.#editing.prefetch}
            @click=${this.#onEdit}
          >
            ${this.i18n.messages.common.edit(m.details)}
          </button>`
        : nothing}
    </header>`;
  }

  #renderActivities(contact: Contact): TemplateResult {
    const m = this.i18n.messages;
    const card = this.#m;
    const timeline = this.#timeline.result;
    const composing = this.#composing.value;
    const composer = composing?.composer;
    const draft = composer?.draft;
    const canCompose = Boolean(this.userId || contact.ownerId);
    // Fetched beside the activities themselves, so both arrive together.
    const section = this.#activities.get();
    return html`<section class="activities" aria-labelledby="activities-heading">
      <h3 id="activities-heading" class="section-heading">${card.timeline.heading}</h3>
      <div
        part="quick-actions"
        class="quick-actions"
        role="group"
        aria-label=${card.quickActions.heading}
        @pointerenter=${this.#composing.prefetch}
        @focusin=${this.#composing.prefetch}
      >
        ${canCompose
          ? quickActionKinds.map(
              (kind) => html`<button
                type="button"
                data-kind=${kind}
                aria-pressed=${String(draft?.kind === kind && !composer?.editing)}
                aria-busy=${this.#composing.pending.includes(kind) ? 'true' : nothing}
                @click=${() => this.#onQuickAction(kind, contact)}
              >
                ${card.quickActions[kind]}
              </button>`,
            )
          : nothing}
        <slot name="actions"></slot>
      </div>
      ${composing && draft
        ? composing.render({
            draft,
            editing: composer.editing !== undefined,
            overlaps: composing.composer.overlaps,
            busy: composing.composer.busy,
            m: this.#vm,
            messages: m,
            format: this.i18n.format,
            issuesAt: (path) => composing.composer.issuesAt(path),
            onField: (field, value) => composing.composer.set(field, value),
            onSubmit: () => void composing.composer.submit(),
            onCancel: () => composing.composer.close(),
          })
        : nothing}
      ${composer?.failure ? renderError(errorText(composer.failure, m)) : nothing}${renderLoadFailure(this.#composing, this.i18n.messages)}
      ${!timeline || timeline.isPending
        ? renderSkeleton(m.common.loading, 4)
        : timeline.isError
          ? renderError(errorText(timeline.error, m), { label: m.common.retry, onRetry: () => void this.#timeline.refetch() })
          : timeline.data.items.length === 0
            ? renderEmpty(card.timeline.empty)
            : section
              ? section.render({
                  activities: timeline.data.items,
                  m: this.#vm,
                  messages: m,
                  format: this.i18n.format,
                  nameOf: (userId) => this.#members.nameOf(userId),
                  onEdit: this.#onEditActivity,
                })
              : renderPending(this.#activities, m, 4)}
    </section>`;
  }

  #renderRelationship(): TemplateResult | typeof nothing {
    const result = this.#relationship.result;
    const compact = this.variant === 'compact';
    // While they load, the full card keeps their place, so the activities below stay where they are.
    if ((!result || result.isPending) && !compact) return renderRelationshipPlaceholder(this.#m);
    // The measures are a summary: if they cannot be computed, the card goes without them.
    if (!result?.isSuccess) return nothing;
    // A stage set by hand wins over the one worked out from the records.
    const set = this.#contact.result?.data?.lifecycleStage;
    const relationship = set ? { ...result.data, lifecycle: { ...result.data.lifecycle, stage: set, churn: undefined } } : result.data;
    return renderRelationship(relationship, compact, this.#m, this.i18n.messages, this.i18n.format);
  }

  /**
   * The related records' shape while their part loads: the heading and a row for the account (if
   * any), the open deals and the open tickets, so the card does not grow under the reader when they come.
   */
  #renderRelatedPlaceholder(): TemplateResult {
    const groups = this.#contact.result?.data?.accountId ? 3 : 2;
    return html`<div part="skeleton" class="related related-placeholder" role="status" aria-busy="true">
      <span class="section-heading"><span class="visually-hidden">${this.i18n.messages.common.loading}</span>\u00a0</span>
      ${Array.from({ length: groups }, () => html`<span class="related-group"><span class="related-label">\u00a0</span><span class="related-row">\u00a0</span></span>`)}
    </div>`;
  }

  #renderRelated(): TemplateResult {
    const related = this.#related.get();
    if (!related) return this.#related.failure ? renderPending(this.#related, this.i18n.messages, 0) : this.#renderRelatedPlaceholder();
    return related.render({ account: this.#account.result?.data, m: this.#vm, messages: this.i18n.messages, format: this.i18n.format });
  }

  #renderDetails(contact: Contact): TemplateResult {
    const m = this.i18n.messages;
    const editor = this.#editing.value?.editor;
    const tagIssues = editor?.issuesAt(`tags.${contact.tags.length}`) ?? [];
    const failure = editor?.failure;
    return html`${failure ? renderError(errorText(failure, m)) : nothing}${renderLoadFailure(this.#editing, this.i18n.messages)} ${renderChannels(contact.channels, this.#m)}
    ${this.variant === 'full'
      ? html`${renderTagList({
          tags: contact.tags,
          draft: this._tagDraft,
          editable: true,
          error: tagIssues[0] ? issueText(tagIssues[0], m) : undefined,
          busy: this.#editing.pending.some((what) => what.startsWith('tag-')),
          m: this.#m,
          onIntent: this.#editing.prefetch,
          onDraft: (value) => (this._tagDraft = value),
          onAdd: this.#onAddTag,
          onRemove: this.#onRemoveTag,
        })}
        ${this.#renderCustomFields(contact, m)}`
      : nothing}`;
  }

  #hasCustomFields(): boolean {
    return Object.keys(this.#contact.result?.data?.customFields ?? {}).length > 0;
  }

  /**
   * Labelled by the definitions once they have answered (a refusal or failure leaves keys and
   * `field-labels`); meanwhile a blank row per field keeps their place, so nothing below moves.
   * The card renders the list itself: its chunk (the formatting) then needs no lit of its own,
   * which would split lit from the card's other shared code on every first load.
   */
  #renderCustomFields(contact: Contact, m: Messages): TemplateResult | typeof nothing {
    if (!this.#hasCustomFields()) return nothing;
    const display = this.#customFields.get();
    const definitions = this.#fieldDefinitions.result;
    const ready = display && definitions && !definitions.isPending;
    const rows = ready
      ? display.customFieldEntries(contact.customFields, definitions.data?.items ?? [], {
          locale: this.i18n.locale,
          format: this.i18n.format,
          words: { yes: this.#m.yes, no: this.#m.no, notSet: m.common.notSet },
          labels: this.fieldLabels,
        })
      : Object.keys(contact.customFields).map(() => ({ label: '\u00a0', text: '\u00a0' }));
    return html`<dl part=${ready ? 'custom-fields' : nothing} class="facts" aria-busy=${ready ? nothing : 'true'} aria-label=${this.#m.fields.customFields}>
      ${rows.map(({ label, text }) => html`<div class="fact"><dt>${label}</dt><dd>${text}</dd></div>`)}
    </dl>`;
  }

  #renderContact(contact: Contact): TemplateResult {
    const editing = this.#editing.value;
    return html`<article part="card" class="card" aria-label=${this.#m.label(contact.name)}>
      ${this.#renderHeader(contact)}
      ${editing?.editor.draft
        ? editing.render({
            editor: editing.editor,
            contact,
            ownerNames: this.ownerNames,
            fieldLabels: this.fieldLabels,
            m: this.#vm,
            messages: this.i18n.messages,
            format: this.i18n.format,
          })
        : this.#renderDetails(contact)}
      ${this.#renderRelationship()}
      ${this.variant === 'full' ? this.#renderRelated() : nothing}
      ${this.variant === 'full' ? this.#renderActivities(contact) : nothing}
    </article>`;
  }

  #show = (contactId: string): void => {
    this.#creator = undefined;
    this.mode = 'view';
    this.contactId = contactId;
  };

  #renderNew(): TemplateResult {
    const Creator = this.#creating.get();
    if (!Creator) return renderPending(this.#creating, this.i18n.messages, 4);
    if (!this.#creator || this.#creatorClass !== Creator) {
      this.#creatorClass = Creator;
      this.#creator = new Creator(this, () => this.activeClient, { ownerId: this.userId, accountId: this.accountId });
    }
    return this.#creator.render({
      m: this.#vm,
      messages: this.i18n.messages,
      ownerNames: this.ownerNames,
      onCreated: this.#show,
      onCancel: () => {
        this.#creator = undefined;
        this.mode = 'view';
      },
    });
  }

  #renderFinder(): TemplateResult {
    const finder = this.#finder.get();
    if (!finder) return renderPending(this.#finder, this.i18n.messages, 1);
    return finder.render({ m: this.#vm, messages: this.i18n.messages, onPick: this.#show, onCreate: () => (this.mode = 'new') });
  }

  protected override render(): TemplateResult {
    const m = this.i18n.messages;
    const frame = (content: TemplateResult) => html`<div part="card" class="card">${content}</div>`;
    if (!this.activeClient) return frame(renderError(this.#m.noClient));
    if (this.mode === 'new') return frame(this.#renderNew());
    if (!this.contactId) return frame(this.#renderFinder());
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
