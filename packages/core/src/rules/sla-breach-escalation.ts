import { isCrmError } from '../errors/crm-error.js';
import type { Ticket } from '../schema/ticket.js';
import { defineEventRule, type EventRule, type RuleActions } from './rule.js';

/** Writes the new level unless the ticket already has it; retries once on a concurrent edit. */
async function raiseLevel(actions: RuleActions, ticket: Ticket, level: number): Promise<Ticket | null> {
  try {
    return await actions.updateTicket(ticket.id, { escalationLevel: level }, { expectedVersion: ticket.version });
  } catch (error) {
    if (!isCrmError(error) || error.kind !== 'conflict') throw error;
    const current = await actions.getTicket(ticket.id);
    if (current.escalationLevel >= level) return null;
    return actions.updateTicket(ticket.id, { escalationLevel: level }, { expectedVersion: current.version });
  }
}

/**
 * SLA breach → escalate the ticket and notify (事件升级): raises the ticket's `escalationLevel`
 * to the announced level (never lowers it), announces `ticket.escalated`, and notifies the
 * assignee, or the queue when nobody is assigned.
 */
export function slaBreachEscalation(options: { readonly enabled?: boolean } = {}): EventRule<'ticket.sla-breached'> {
  return defineEventRule({
    id: 'sla-breach-escalation',
    on: 'ticket.sla-breached',
    enabled: options.enabled,
    key: ({ ticket, target, level }) => `${ticket.id}:${target}:${level}`,
    when: ({ ticket, level }) => level > ticket.escalationLevel,
    async then({ ticket, target, level, breached }, { actions, emit }) {
      const escalated = await raiseLevel(actions, ticket, level);
      if (!escalated) return;
      emit('ticket.escalated', { ticket: escalated, level, previousLevel: ticket.escalationLevel });
      const what = target === 'first-response' ? 'first response' : 'resolution';
      await actions.notify({
        code: breached ? 'sla-breached' : 'sla-at-risk',
        severity: breached ? 'critical' : 'warning',
        message: breached
          ? `Ticket “${ticket.subject}” missed its ${what} target and was escalated to level ${level}`
          : `Ticket “${ticket.subject}” is close to its ${what} target and was escalated to level ${level}`,
        recipientId: ticket.assigneeId,
        subject: { collection: 'tickets', id: ticket.id },
      });
    },
  });
}
