import type { Contact } from '@rapport/core';
import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../base/locale/error-text.js';
import type { Formatter } from '../base/locale/formatter.js';
import type { Messages } from '../base/locale/messages.js';
import { renderError } from '../base/states.js';
import type { ContactCardMessages } from './contact-card.messages.js';
import type { ViewMessages } from './contact-card-views.messages.js';
import { editableFields, type EditableField } from './contact-draft.js';
import type { ContactEditor } from './contact-editor.js';
import { renderEditForm } from './contact-edit-form.js';
import { renderConflictNotice } from './conflict-notice.js';

export interface EditViewProps {
  readonly editor: ContactEditor;
  readonly contact: Contact;
  readonly ownerNames: Readonly<Record<string, string>>;
  readonly fieldLabels: Readonly<Record<string, string>>;
  readonly m: ViewMessages;
  readonly messages: Messages;
  readonly format: Formatter;
}

/**
 * The card's details while they are edited: a conflict or a failure of the last save above the
 * form, which keeps the user's draft. Loaded with the editor the first time the user edits.
 */
export function renderEditView({ editor, contact, ownerNames, fieldLabels, m, messages, format }: EditViewProps): TemplateResult | typeof nothing {
  const draft = editor.draft;
  if (!draft) return nothing;
  const conflict = editor.conflict;
  const failure = editor.failure;
  return html`${conflict
      ? renderConflictNotice({
          rows: conflict,
          m,
          messages,
          labelOf: (path) => labelOf(path, contact, m),
          onReloadTheirs: () => editor.reloadTheirs(),
          onReapplyMine: () => void editor.reapplyMine(),
        })
      : nothing}
    ${failure ? renderError(errorText(failure, messages)) : nothing}
    ${renderEditForm({
      draft,
      channels: contact.channels,
      customFields: contact.customFields,
      stage: editor.stage,
      declinedFrom: contact.lifecycleDeclinedFrom,
      ownerNames,
      fieldLabels,
      saving: editor.saving,
      m,
      messages,
      format,
      issuesAt: (path) => editor.issuesAt(path),
      onField: (field, value) => editor.setField(field, value),
      onChannel: (index, value) => editor.setChannel(index, value),
      onOwner: (ownerId) => editor.setOwner(ownerId),
      onLifecycle: (stage) => editor.setLifecycleStage(stage),
      onCustomField: (key, value) => editor.setCustomField(key, value),
      onSave: () => void editor.save(),
      onCancel: () => editor.cancel(),
    })}`;
}

/** How a field path reads in a conflict table: the field's label, or the channel's kind. */
function labelOf(path: string, contact: Contact, m: ContactCardMessages): string {
  if ((editableFields as readonly string[]).includes(path)) return m.fields[path as EditableField];
  const channel = contact.channels[Number(path.split('.')[1])];
  return channel ? (channel.label ?? m.channelKinds[channel.kind]) : path;
}
