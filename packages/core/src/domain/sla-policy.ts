import type { Tier } from '../schema/common.js';
import type { SlaPolicy } from '../schema/sla-policy.js';
import type { Ticket } from '../schema/ticket.js';

export type SlaPolicyChoice = Pick<SlaPolicy, 'id' | 'tier'>;

/**
 * The SLA policy a ticket is worked under (分等级服务管理): the one named on the ticket, else the
 * first policy for the customer's tier (accounts without a tier, or tickets without an account,
 * get `standard`). `undefined` when none applies.
 */
export function slaPolicyFor<P extends SlaPolicyChoice>(ticket: Pick<Ticket, 'slaPolicyId'>, tier: Tier | undefined, policies: readonly P[]): P | undefined {
  if (ticket.slaPolicyId !== undefined) {
    const named = policies.find((policy) => policy.id === ticket.slaPolicyId);
    if (named) return named;
  }
  const wanted = tier ?? 'standard';
  return policies.find((policy) => policy.tier === wanted);
}
