import { createHash } from 'node:crypto';
import { ValidationError, type EntityName } from '@rapport/core';
import { principalName, type Principal } from '../auth/principal.js';
import type { Conditions } from '../storage/filter-sql.js';
import { EVERY_ROW, type RowScope } from '../storage/row-scope.js';
import { assertAcceptableAttachments } from './attachment-rules.js';
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
  /** A record the new one refers to, when it names one, which must be visible to this caller (its own ticket). */
  readonly createRefersTo?: { readonly field: string; readonly collection: EntityName; readonly scope: RowScope };
  /**
   * Survey responses this caller may add answers to without the `update` action, under the rule
   * of `answer-addition.ts` (the thank-you follow-up of a response it sent).
   */
  readonly answerAddition?: RowScope;
  /**
   * The id of the only record this caller may create about what `fields` names, if there is one:
   * a second one then meets the first as a conflict instead of being stored beside it.
   */
  readonly singleRecordId?: (fields: Readonly<Record<string, unknown>>) => string | undefined;
  /** Fields an update keeps as they are, whatever it sends: who a record belongs to. */
  readonly keepOnUpdate?: readonly string[];
}

/**
 * Every staff member keeps their own saved views, whatever their role: created as theirs, and
 * only theirs to read, change or remove (one API key is one user of the desk).
 */
function ownViews(principal: Principal): CollectionAccess {
  const owner = principalName(principal);
  return {
    actions: new Set(['read', 'create', 'update', 'remove']),
    scope: { where: [['ownerId', { eq: owner }]] },
    prepareCreate: (input) => ({ ...input, ownerId: owner }),
    keepOnUpdate: ['ownerId'],
  };
}

const NONE: CollectionAccess = { actions: new Set(), scope: EVERY_ROW };

/**
 * Fields anyone outside the staff may set on a ticket; status, assignment, SLA and the requester
 * stay the staff's (a customer's tickets are theirs by token, a public page's by nobody's word).
 */
const TICKET_SUBMISSION_FIELDS = ['subject', 'description', 'priority', 'channel', 'category', 'attachments'];
/** Who a public page's visitor says they are: kept as text, never looked up. */
const UNVERIFIED_REQUESTER_FIELDS = ['requesterEmail', 'requesterName'];
/** The author of a customer's message is the customer: kind, id and name come from the token. */
const MESSAGE_SUBMISSION_FIELDS = ['ticketId', 'body', 'attachments'];
/** What a survey response from a public page may not say: which contact or ticket it is about. */
const LINKS_TO_PEOPLE = ['contactId', 'ticketId'];

const publishedArticles: RowScope = { where: [['published', { eq: true }]] };
/** The categories a customer may file a request under: the tenant's active ones. */
const activeCategories: RowScope = { where: [['active', { eq: true }]] };

/**
 * Read access to what every page may show: published knowledge-base articles and surveys. Never
 * the team (`users`) or the field definitions: a customer sees an agent's name only as the
 * `authorName` written on the agent's public reply.
 */
const publicReading: Partial<Record<EntityName, CollectionAccess>> = {
  kbArticles: { actions: new Set(['read']), scope: publishedArticles },
  surveys: { actions: new Set(['read']), scope: EVERY_ROW },
  ticketCategories: { actions: new Set(['read']), scope: activeCategories },
};

const publicAccess: Partial<Record<EntityName, CollectionAccess>> = {
  ...publicReading,
  tickets: {
    actions: new Set(['create']),
    scope: EVERY_ROW,
    prepareCreate: (input) => {
      refuseLinks(input, ['requesterId'], 'A public page cannot name a contact: send requesterEmail and requesterName');
      if (typeof input['requesterEmail'] !== 'string') throw new ValidationError([{ path: ['requesterEmail'], code: 'required', message: 'Required: the email to answer to' }]);
      assertAcceptableAttachments(input);
      return pick(input, [...TICKET_SUBMISSION_FIELDS, ...UNVERIFIED_REQUESTER_FIELDS]);
    },
  },
  surveyResponses: {
    actions: new Set(['create']),
    scope: EVERY_ROW,
    prepareCreate: (input) => {
      refuseLinks(input, LINKS_TO_PEOPLE, 'A public page cannot link a response to a contact or a ticket');
      return { ...input };
    },
    answerAddition: EVERY_ROW,
  },
};

/** A customer works with their own tickets and sees only the public side of them. */
function customerAccess(contactId: string): Partial<Record<EntityName, CollectionAccess>> {
  const ownTicketConditions: Conditions = [['requesterId', { eq: contactId }]];
  const ownTickets: RowScope = { where: ownTicketConditions };
  const ownResponses: RowScope = { where: [['contactId', { eq: contactId }]] };
  return {
    ...publicReading,
    // Their own contact record only: the self-service widget reads it for their name and account.
    contacts: { actions: new Set(['read']), scope: { where: [['id', { eq: contactId }]] } },
    tickets: {
      actions: new Set(['read', 'create']),
      scope: ownTickets,
      prepareCreate: (input) => {
        assertAcceptableAttachments(input);
        return { ...pick(input, TICKET_SUBMISSION_FIELDS), requesterId: contactId };
      },
      accountFromRequester: true,
    },
    ticketMessages: {
      actions: new Set(['read', 'create']),
      scope: { where: [['visibility', { eq: 'public' }]], within: { field: 'ticketId', collection: 'tickets', where: ownTicketConditions } },
      prepareCreate: (input) => {
        assertAcceptableAttachments(input);
        return { ...pick(input, MESSAGE_SUBMISSION_FIELDS), authorKind: 'customer', authorId: contactId, visibility: 'public' };
      },
      createRefersTo: { field: 'ticketId', collection: 'tickets', scope: ownTickets },
    },
    surveyResponses: {
      // Their own answers: a resolved ticket shows whether, and how, they rated it.
      actions: new Set(['read', 'create']),
      scope: ownResponses,
      prepareCreate: (input) => ({ ...input, contactId }),
      createRefersTo: { field: 'ticketId', collection: 'tickets', scope: ownTickets },
      // A ticket is rated once per survey: a second rating (another tab, a reload) is refused, never counted twice.
      singleRecordId: (fields) => (typeof fields['ticketId'] === 'string' ? ratingId(String(fields['surveyId']), fields['ticketId']) : undefined),
      answerAddition: ownResponses,
    },
  };
}

/** The access of `principal` to `collection`: staff by role, others by what they are. */
export function accessFor(principal: Principal, collection: EntityName): CollectionAccess {
  switch (principal.kind) {
    case 'staff':
      if (collection === 'savedViews') return ownViews(principal);
      return { actions: new Set(staffPermissions[principal.role][collection] ?? []), scope: EVERY_ROW };
    case 'public':
      return publicAccess[collection] ?? NONE;
    case 'customer':
      return customerAccess(principal.contactId)[collection] ?? NONE;
  }
}

/** A public caller naming someone else's record is refused, naming the field, rather than stored unlinked behind its back. */
function refuseLinks(input: Readonly<Record<string, unknown>>, fields: readonly string[], message: string): void {
  const given = fields.filter((field) => input[field] !== undefined);
  if (given.length) throw new ValidationError(given.map((field) => ({ path: [field], code: 'invalid_value' as const, message })));
}

/** One id per survey and ticket, of bounded length whatever the length of theirs. */
function ratingId(surveyId: string, ticketId: string): string {
  return `rating-${createHash('sha256').update(JSON.stringify([surveyId, ticketId])).digest('base64url').slice(0, 32)}`;
}

function pick(input: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => Object.hasOwn(input, field)).map((field) => [field, input[field]]));
}
