import { entityNames, type EntityName } from '@rapport/core';
import type { StaffRole } from '../auth/roles.js';

export type Action = 'read' | 'create' | 'update' | 'remove';

const READ_WRITE: readonly Action[] = ['read', 'create', 'update', 'remove'];
const READ: readonly Action[] = ['read'];

/**
 * What each staff role may do, by collection; anything not listed is refused. Agents also read
 * SLA policies (ticket timers need them) and sales staff read pipelines (the board needs stages).
 */
export const staffPermissions: Readonly<Record<StaffRole, Readonly<Partial<Record<EntityName, readonly Action[]>>>>> = {
  admin: Object.fromEntries(entityNames.map((name) => [name, READ_WRITE])),
  agent: { tickets: READ_WRITE, ticketMessages: READ_WRITE, contacts: READ_WRITE, accounts: READ_WRITE, kbArticles: READ_WRITE, slaPolicies: READ },
  sales: { deals: READ_WRITE, leads: READ_WRITE, accounts: READ_WRITE, contacts: READ_WRITE, activities: READ_WRITE, pipelines: READ },
};
