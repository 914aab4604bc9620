import type { EntityName } from './entity-names.js';

/**
 * What a collection may be filtered and sorted by. A server builds one index per declared field
 * (see the server's `declared-indexes.ts`), so a list on a large tenant never scans; a filter or
 * sort on any other field is refused. `id`, `createdAt`, `updatedAt` and `version` are always
 * allowed (stored columns), and so are `customFields.*`: the tenant defines those, so they are
 * filtered without an index.
 */
export interface QueryableFields {
  /** Fields `where` may name; each gets an equality index unless listed in `unindexed`. */
  readonly filter: readonly string[];
  /** Arrays filtered with `contains` only after the indexed conditions have narrowed the rows. */
  readonly unindexed?: readonly string[];
  /** Fields `sort` may name; each gets an index on the exact expressions the server orders by. */
  readonly sort: readonly string[];
  /**
   * Fields `q` searches (case-insensitive substring): strings, or arrays whose strings or whose
   * members' strings at that path count (`channels.value` reads every channel's value).
   */
  readonly search?: readonly string[];
  /**
   * Filter and sort pairs the lists of a large tenant combine (`region` = x, sorted by `name`):
   * each gets one index on both, so the first page is read in order instead of sorting every
   * match. Both fields must also be declared above.
   */
  readonly sortedFilters?: ReadonlyArray<readonly [filter: string, sort: string]>;
  /**
   * Prefixes of fields whose names the records choose (a response's `answers.<questionId>`):
   * filtered without an index, after the declared conditions have narrowed the rows.
   */
  readonly openPrefixes?: readonly string[];
}

/** Filterable where declared; served by one unique index over all collections rather than a declared one. */
export const EXTERNAL_ID_FIELD = 'externalId';

export const STORED_FIELDS: readonly string[] = ['id', 'createdAt', 'updatedAt', 'version'];
export const CUSTOM_FIELDS_PREFIX = 'customFields.';

export const queryableFields: Readonly<Record<EntityName, QueryableFields>> = {
  accounts: {
    filter: ['name', 'region', 'tier', 'industry', 'ownerId', 'tags', 'externalId'],
    unindexed: ['tags'],
    sort: ['name', 'region', 'tier'],
    search: ['name', 'website'],
  },
  contacts: {
    filter: ['name', 'accountId', 'ownerId', 'region', 'industry', 'title', 'tags', 'consent.email', 'externalId'],
    unindexed: ['title', 'tags', 'consent.email'],
    sort: ['name', 'region', 'familyName', 'consent.email'],
    search: ['name', 'channels.value', 'title'],
    // Each pair costs every write an index: only the lists measured to need one (bench/node/large-tenant).
    sortedFilters: [['region', 'name']],
  },
  activities: { filter: ['contactId', 'accountId', 'dealId', 'ticketId', 'ownerId', 'kind', 'at', 'done'], unindexed: ['done'], sort: ['at', 'dueAt'] },
  leads: { filter: ['status', 'ownerId', 'email', 'contactId'], sort: ['name', 'score'], search: ['name', 'company', 'email', 'phone'] },
  pipelines: { filter: ['name'], sort: ['name'] },
  deals: {
    filter: ['pipelineId', 'stageId', 'accountId', 'contactId', 'ownerId', 'status', 'tags', 'externalId'],
    unindexed: ['tags'],
    sort: ['name', 'amount', 'probability', 'expectedCloseDate', 'closedAt'],
    search: ['name'],
    // The board's won and lost views: a pipeline's closed deals, newest first.
    sortedFilters: [['pipelineId', 'closedAt']],
  },
  tickets: {
    filter: ['status', 'priority', 'requesterId', 'accountId', 'assigneeId', 'category', 'tags', 'externalId'],
    unindexed: ['tags'],
    sort: ['priority', 'status', 'number'],
    // `number` is the desk's own reference (#1042), `externalId` the source system's; the requester as a public page's visitor gave it.
    // A server also finds a ticket through its messages and its requester contact's name and email.
    search: ['subject', 'description', 'number', 'externalId', 'requesterName', 'requesterEmail'],
  },
  ticketMessages: { filter: ['ticketId', 'visibility', 'authorId'], unindexed: ['visibility'], sort: [], search: ['body'] },
  slaPolicies: { filter: ['name', 'tier'], sort: ['name'] },
  kbArticles: { filter: ['published', 'locale', 'sourceTicketId', 'tags'], unindexed: ['published', 'tags'], sort: ['title'] },
  surveys: { filter: ['locale'], sort: ['title'] },
  surveyResponses: {
    filter: ['surveyId', 'contactId', 'ticketId', 'orderId', 'submittedAt'],
    sort: ['submittedAt'],
    // A summary's comments: any text answer (`*` reads every answer's strings).
    search: ['answers.*'],
    // A summary's comments, newest first, of one survey within a period.
    sortedFilters: [['surveyId', 'submittedAt']],
    openPrefixes: ['answers.'],
  },
  orders: { filter: ['contactId', 'accountId', 'status', 'sku', 'externalId'], sort: ['orderedAt', 'amount'] },
  // Widgets read members by id (`id` in […]); a picker pages the active ones by name with a search.
  users: { filter: ['active', 'role', 'team', 'email'], unindexed: ['active'], sort: ['name'], search: ['name', 'email'] },
  fieldDefinitions: { filter: ['entity', 'key', 'active'], unindexed: ['active'], sort: ['order', 'key'] },
  savedViews: { filter: ['ownerId', 'collection'], unindexed: ['collection'], sort: ['name'] },
  // The desk lists a tenant's canned replies by title, and finds one by its words.
  cannedReplies: { filter: [], sort: ['title'], search: ['title', 'body'] },
  ticketCategories: { filter: ['key', 'active'], unindexed: ['active'], sort: ['order', 'key'] },
};

/** Whether `field` may appear in a collection's `where` (`'filter'`) or `sort`. */
export function isQueryable(collection: EntityName, field: string, use: 'filter' | 'sort'): boolean {
  if (STORED_FIELDS.includes(field) || field.startsWith(CUSTOM_FIELDS_PREFIX)) return true;
  if (use === 'filter' && queryableFields[collection].openPrefixes?.some((prefix) => field.startsWith(prefix))) return true;
  return queryableFields[collection][use].includes(field);
}
