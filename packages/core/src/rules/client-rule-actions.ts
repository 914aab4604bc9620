import type { CrmClient } from '../client/create-crm-client.js';
import type { RuleActions } from './rule.js';

/** The rule actions of a client: its resources, and notifications announced on `client.events`. */
export function ruleActionsFromClient(client: CrmClient): RuleActions {
  return {
    // Straight from the adapter: after a conflict the cached copy may be the stale one.
    getTicket: (id) => client.tickets.get(id),
    updateTicket: (id, patch, options) => client.tickets.update(id, patch, options),
    createActivity: (input) => client.activities.create(input),
    getContact: (id) => client.contacts.fetch(id),
    getAccount: (id) => client.accounts.fetch(id),
    getSurvey: (id) => client.surveys.fetch(id),
    notify: (notification) => client.events.emit('notification', notification),
  };
}
