import { slaStatus } from '../domain/sla-clock.js';
import { slaPolicyFor } from '../domain/sla-policy.js';
import type { ScheduledRule } from './rule.js';

/**
 * Watches the SLA clocks of open tickets on every tick and announces `ticket.sla-breached` once
 * per ticket, target and escalation level reached (服务超时报警). A level the ticket already has
 * (`escalationLevel`) is not announced again, so a restarted engine does not repeat itself.
 * A target that runs out before reaching any escalation step counts as level 1.
 */
export function slaMonitor(options: { readonly enabled?: boolean } = {}): ScheduledRule {
  return {
    id: 'sla-monitor',
    enabled: options.enabled,
    tick({ tickets = [], slaPolicies = [], accounts = [] }, context) {
      const tierOf = new Map(accounts.map((account) => [account.id, account.tier]));
      for (const ticket of tickets) {
        if (ticket.status === 'resolved' || ticket.status === 'closed') continue;
        const tier = ticket.accountId === undefined ? undefined : tierOf.get(ticket.accountId);
        const policy = slaPolicyFor(ticket, tier, slaPolicies);
        const status = policy && slaStatus(ticket, policy, context.now);
        if (!status) continue;
        for (const clock of [status.firstResponse, status.resolution]) {
          if (clock.state === 'stopped') continue;
          const level = Math.max(clock.escalationLevel, clock.breached ? 1 : 0);
          if (level <= ticket.escalationLevel) continue;
          if (!context.firstTime(`${ticket.id}:${clock.target}:${level}`)) continue;
          context.emit('ticket.sla-breached', { ticket, target: clock.target, level, breached: clock.breached });
        }
      }
    },
  };
}
