import type { Contact, ContactUpdate, CustomFieldValue } from '@rapport/core';
import type { LifecycleStage } from '@rapport/core/domain';

/** The text fields the inline editor offers, in the order it shows them. */
export const editableFields = ['name', 'title', 'region', 'industry'] as const;
export type EditableField = (typeof editableFields)[number];

/**
 * What the user is typing: every field as text, channel values in the contact's channel order,
 * the owner's id and the lifecycle stage (`''` when unset), custom fields by key.
 */
export interface ContactDraft {
  readonly fields: Readonly<Record<EditableField, string>>;
  readonly channels: readonly string[];
  readonly ownerId: string;
  readonly lifecycleStage: LifecycleStage | '';
  readonly customFields: Readonly<Record<string, CustomFieldValue>>;
}

export function draftOf(contact: Contact): ContactDraft {
  return {
    fields: { name: contact.name, title: contact.title ?? '', region: contact.region ?? '', industry: contact.industry ?? '' },
    channels: contact.channels.map((channel) => channel.value),
    ownerId: contact.ownerId ?? '',
    lifecycleStage: contact.lifecycleStage ?? '',
    customFields: contact.customFields,
  };
}

/** Only what the user changed, so a save never rewrites fields someone else may be editing. */
export function patchFrom(contact: Contact, draft: ContactDraft): ContactUpdate {
  const patch: ContactUpdate = {};
  for (const field of editableFields) {
    if (draft.fields[field] !== (contact[field] ?? '')) patch[field] = draft.fields[field];
  }
  if (draft.channels.some((value, index) => value !== contact.channels[index]?.value)) {
    patch.channels = contact.channels.map((channel, index) => ({ ...channel, value: draft.channels[index] ?? channel.value }));
  }
  if (draft.ownerId && draft.ownerId !== (contact.ownerId ?? '')) patch.ownerId = draft.ownerId;
  if (draft.lifecycleStage && draft.lifecycleStage !== contact.lifecycleStage) patch.lifecycleStage = draft.lifecycleStage;
  if (Object.entries(draft.customFields).some(([key, value]) => contact.customFields[key] !== value)) patch.customFields = { ...draft.customFields };
  return patch;
}

/** One changed field as the conflict view shows it: their saved value next to the user's. */
export interface ConflictRow {
  readonly path: string;
  readonly theirs: string;
  readonly yours: string;
}

/** The fields the user changed, with what the record now holds for each (`current` is the newer record). */
export function conflictRows(original: Contact, current: Readonly<Record<string, unknown>>, draft: ContactDraft): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const field of editableFields) {
    if (draft.fields[field] === (original[field] ?? '')) continue;
    rows.push({ path: field, theirs: textOf(current[field]), yours: draft.fields[field] });
  }
  const theirChannels = Array.isArray(current['channels']) ? (current['channels'] as ReadonlyArray<{ readonly value?: unknown }>) : [];
  draft.channels.forEach((value, index) => {
    if (value === original.channels[index]?.value) return;
    rows.push({ path: `channels.${index}.value`, theirs: textOf(theirChannels[index]?.value), yours: value });
  });
  return rows;
}

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
