import type { Attachment, Contact, FieldIssue, TicketCreate } from '@rapport/core';

/** A customer's request as they type it; kept whole across failures until it is sent. */
export interface TicketDraft {
  readonly subject: string;
  readonly description: string;
  readonly category: string;
  readonly attachments: readonly Attachment[];
}

/** The fields a customer fills in, in the order the form shows them. */
export const draftFields = ['subject', 'category', 'description'] as const;
export type DraftField = (typeof draftFields)[number];

export const emptyDraft: TicketDraft = { subject: '', description: '', category: '', attachments: [] };

const SUBJECT_MAX = 200;

/** The problems of one field the customer can fix before sending; the client validates the whole ticket again. */
export function draftIssues(draft: TicketDraft, field: DraftField): FieldIssue[] {
  const value = draft[field].trim();
  if (!value) return [{ path: [field], code: 'required', message: 'Required' }];
  if (field === 'subject' && value.length > SUBJECT_MAX) return [{ path: [field], code: 'too_big', message: `At most ${SUBJECT_MAX} characters` }];
  return [];
}

/** The ticket a draft asks for, from the web, by `requester` (and for their account, which chooses the SLA). */
export function ticketFrom(draft: TicketDraft, requester: Pick<Contact, 'id' | 'accountId'>): TicketCreate {
  return {
    subject: draft.subject,
    description: draft.description,
    category: draft.category,
    channel: 'web',
    requesterId: requester.id,
    accountId: requester.accountId,
    attachments: [...draft.attachments],
  };
}
