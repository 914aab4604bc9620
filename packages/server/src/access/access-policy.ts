import type { EntityName } from '@rapport/core';
import type { Principal } from '../auth/principal.js';
import type { Conditions } from '../storage/filter-sql.js';
import { EVERY_ROW, type RowScope } from '../storage/row-scope.js';
import { staffPermissions, type Action } from './permissions.js';

/** What one caller may do with one collection. */
export interface CollectionAccess {
  readonly actions: ReadonlySet<Action>;
  /** The rows it sees: reads, live changes and the targets of its writes are limited to them. */
  readonly scope: RowScope;
  /** Shapes a create body: keeps the fields this caller may set and fills in the ones it may not. */
  readonly prepareCreate?: (input: Readonly<Record<string, unknown>>) => Record<string, unknown>;
  /**
   * The new record's `accountId` comes from its requester's contact, not from the body: a ticket
   * sent from a public page still gets its customer's account, and so the SLA tier they pay for.
   */
  readonly accountFromRequester?: boolean;
  /** A record the new one refers to, which must be visible to this caller (its own ticket). */
  readonly createRefersTo?: { readonly field: string; readonly collection: EntityName; readonly scope: RowScope };
  /**
   * Survey responses this caller may add answers to without the `update` action, under the rule
   * of `answer-addition.ts` (the thank-you follow-up of a response it sent).
   */
  readonly answerAddition?: RowScope;
}

const NONE: CollectionAccess = { actions: new Set(), scope: EVERY_ROW };

/** Fields anyone outside the staff may set on a ticket; status, assignment and SLA stay the staff's. */
const TICKET_SUBMISSION_FIELDS = ['subject', 'description', 'priority', 'channel', 'category', 'requesterId', 'attachments'];
const MESSAGE_SUBMISSION_FIELDS = ['ticketId', 'body', 'attachments', 'authorName'];

const publishedArticles: RowScope = { where: [['published', { eq: true }]] };

/** Read access to what every page may show: published knowledge-base articles and surveys. */
const publicReading: Partial<Record<EntityName, CollectionAccess>> = {
  kbArticles: { actions: new Set(['read']), scope: publishedArticles },
  surveys: { actions: new Set(['read']), scope: EVERY_ROW },
};

const publicAccess: Partial<Record<EntityName, CollectionAccess>> = {
  ...publicReading,
  tickets: { actions: new Set(['create']), scope: EVERY_ROW, prepareCreate: (input) => pick(input, TICKET_SUBMISSION_FIELDS), accountFromRequester: true },
  surveyResponses: { actions: new Set(['create']), scope: EVERY_ROW, answerAddition: EVERY_ROW },
};

/** A customer works with their own tickets and sees only the public side of them. */
function customerAccess(contactId: string): Partial<Record<EntityName, CollectionAccess>> {
  const ownTicketConditions: Conditions = [['requesterId', { eq: contactId }]];
  const ownTickets: RowScope = { where: ownTicketConditions };
  return {
    ...publicReading,
    // Their own contact record only: the self-service widget reads it for their name and account.
    contacts: { actions: new Set(['read']), scope: { where: [['id', { eq: contactId }]] } },
    tickets: {
      actions: new Set(['read', 'create']),
      scope: ownTickets,
      prepareCreate: (input) => ({ ...pick(input, TICKET_SUBMISSION_FIELDS), requesterId: contactId }),
      accountFromRequester: true,
    },
    ticketMessages: {
      actions: new Set(['read', 'create']),
      scope: { where: [['visibility', { eq: 'public' }]], within: { field: 'ticketId', collection: 'tickets', where: ownTicketConditions } },
      prepareCreate: (input) => ({ ...pick(input, MESSAGE_SUBMISSION_FIELDS), authorKind: 'customer', authorId: contactId, visibility: 'public' }),
      createRefersTo: { field: 'ticketId', collection: 'tickets', scope: ownTickets },
    },
    surveyResponses: {
      actions: new Set(['create']),
      scope: EVERY_ROW,
      prepareCreate: (input) => ({ ...input, contactId }),
      answerAddition: { where: [['contactId', { eq: contactId }]] },
    },
  };
}

/** The access of `principal` to `collection`: staff by role, others by what they are. */
export function accessFor(principal: Principal, collection: EntityName): CollectionAccess {
  switch (principal.kind) {
    case 'staff':
      return { actions: new Set(staffPermissions[principal.role][collection] ?? []), scope: EVERY_ROW };
    case 'public':
      return publicAccess[collection] ?? NONE;
    case 'customer':
      return customerAccess(principal.contactId)[collection] ?? NONE;
  }
}

function pick(input: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => Object.hasOwn(input, field)).map((field) => [field, input[field]]));
}
