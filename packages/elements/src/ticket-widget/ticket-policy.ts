import type { Account, CrmClient, SlaPolicy, Ticket, Tier } from '@rapport/core';
import { slaPolicyFor } from '@rapport/core/domain';
import { POLICY_QUERY } from './first-reads.js';

/** Chooses each ticket's SLA policy from loaded policies and the tiers of the tickets' accounts. */
export function policyChooser(policies: readonly SlaPolicy[], accounts: readonly Pick<Account, 'id' | 'tier'>[]): (ticket: Ticket) => SlaPolicy | undefined {
  const tiers = new Map<string, Tier>(accounts.map((account) => [account.id, account.tier]));
  return (ticket) => slaPolicyFor(ticket, ticket.accountId === undefined ? undefined : tiers.get(ticket.accountId), policies);
}

/**
 * The SLA policy of one ticket, read through the client's cache. `undefined` when none applies or
 * the policies cannot be read (a customer's token may not reach them): a pause then just ends.
 */
export async function policyOfTicket(client: CrmClient, ticket: Ticket): Promise<SlaPolicy | undefined> {
  try {
    const [policies, account] = await Promise.all([
      client.slaPolicies.fetchList(POLICY_QUERY),
      // An account that cannot be read counts as the standard tier.
      ticket.accountId ? client.accounts.fetch(ticket.accountId).catch(() => undefined) : undefined,
    ]);
    return policyChooser(policies.items, account ? [account] : [])(ticket);
  } catch {
    return undefined;
  }
}
