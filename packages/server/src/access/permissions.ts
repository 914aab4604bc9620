import { entityNames, type EntityName } from '@rapport/core';
import type { StaffRole } from '../auth/roles.js';

export type Action = 'read' | 'create' | 'update' | 'remove';

const READ_WRITE: readonly Action[] = ['read', 'create', 'update', 'remove'];
const READ: readonly Action[] = ['read'];

/** What any staff member sees of a customer beside their own work: purchases and feedback. */
const CUSTOMER_VIEW = { orders: READ, surveys: READ, surveyResponses: READ } as const;

/**
 * What every staff member reads of the tenant's own set-up: the team (owner and assignee names,
 * pickers) and the custom-field definitions (labels and editors). Only an admin changes them.
 */
const TEAM_VIEW = { users: READ, fieldDefinitions: READ } as const;

/**
 * What each staff role may do, by collection; anything not listed is refused. Each role reads
 * the whole customer (the contact card) but changes only its own work: agents read deals, sales
 * staff read tickets (never their internal notes). Agents also read SLA policies (ticket timers
 * need them) and sales staff read pipelines (the board needs stages).
 */
export const staffPermissions: Readonly<Record<StaffRole, Readonly<Partial<Record<EntityName, readonly Action[]>>>>> = {
  admin: Object.fromEntries(entityNames.map((name) => [name, READ_WRITE])),
  agent: {
    ...CUSTOMER_VIEW,
    ...TEAM_VIEW,
    tickets: READ_WRITE,
    ticketMessages: READ_WRITE,
    contacts: READ_WRITE,
    accounts: READ_WRITE,
    activities: READ_WRITE,
    kbArticles: READ_WRITE,
    slaPolicies: READ,
    deals: READ,
    // The desk's own wording: agents keep it, as admins do.
    cannedReplies: READ_WRITE,
    ticketCategories: READ,
  },
  sales: { ...CUSTOMER_VIEW, ...TEAM_VIEW, deals: READ_WRITE, leads: READ_WRITE, accounts: READ_WRITE, contacts: READ_WRITE, activities: READ_WRITE, pipelines: READ, tickets: READ, cannedReplies: READ, ticketCategories: READ },
};
