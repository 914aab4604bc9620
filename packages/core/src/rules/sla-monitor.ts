import { openSlaClocks, slaStatus } from '../domain/sla-clock.js';
import { slaPolicyFor } from '../domain/sla-policy.js';
import type { ScheduledRule } from './rule.js';

/**
 * Watches the SLA clocks of open tickets on every tick and announces `ticket.sla-breached` once
 * per ticket, target and escalation level reached (服务超时报警), for the ticket's most urgent clock. A level the ticket already has
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
        // One announcement per ticket and tick, for its most urgent clock: the ticket has one
        // escalation level, and two announcements would race to raise it from the same version.
        const clocks = openSlaClocks(status)
          .map((clock) => ({ clock, level: Math.max(clock.escalationLevel, clock.breached ? 1 : 0) }))
          .filter(({ level }) => level > ticket.escalationLevel);
        const urgent = clocks.reduce<(typeof clocks)[number] | undefined>((most, next) => (most && most.level >= next.level ? most : next), undefined);
        if (!urgent || !context.firstTime(`${ticket.id}:${urgent.clock.target}:${urgent.level}`)) continue;
        context.emit('ticket.sla-breached', { ticket, target: urgent.clock.target, level: urgent.level, breached: urgent.clock.breached });
      }
    },
  };
}
