import type { CrmClient, SlaPolicy, Ticket, TicketPriority, TicketStatus, TicketUpdate } from '@rapport/core';
import { statusPatch } from './ticket-patches.js';

/** One change applied to every selected ticket; an absent field is kept as it is. */
export interface BulkChange {
  /** An agent's id, or `null` to unassign. */
  readonly assigneeId?: string | null;
  readonly status?: TicketStatus;
  readonly priority?: TicketPriority;
  /** A tag added to each ticket's tags (once). */
  readonly tag?: string;
}

export interface BulkOutcome {
  readonly updated: readonly Ticket[];
  readonly failed: ReadonlyArray<{ readonly ticket: Ticket; readonly error: unknown }>;
}

/** Writes running at once: enough to hide latency, few enough not to crowd out the page's reads. */
const CONCURRENCY = 8;

/** The patch `change` makes to `ticket`, or `null` when it changes nothing there. */
export function bulkPatch(ticket: Ticket, change: BulkChange, now: Date, policy: SlaPolicy | undefined): TicketUpdate | null {
  let patch: TicketUpdate = {};
  if (change.assigneeId !== undefined && (ticket.assigneeId ?? null) !== change.assigneeId) patch.assigneeId = change.assigneeId ?? undefined;
  if (change.priority !== undefined && ticket.priority !== change.priority) patch.priority = change.priority;
  if (change.status !== undefined && ticket.status !== change.status) patch = { ...patch, ...statusPatch(ticket, change.status, now, policy) };
  if (change.tag !== undefined && !ticket.tags.includes(change.tag)) patch.tags = [...ticket.tags, change.tag];
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * Applies `change` to each ticket through the client, which shows each write at once and rolls
 * back the ones that fail; each write names the version the agent saw, so a ticket someone else
 * changed meanwhile fails as a conflict instead of being overwritten. Never throws: the outcome
 * lists what failed.
 */
export async function applyBulkChange(client: CrmClient, tickets: readonly Ticket[], change: BulkChange, policyOf: (ticket: Ticket) => SlaPolicy | undefined): Promise<BulkOutcome> {
  const now = client.now();
  const updated: Ticket[] = [];
  const failed: Array<{ ticket: Ticket; error: unknown }> = [];
  const queue = [...tickets];
  const worker = async (): Promise<void> => {
    for (let ticket = queue.shift(); ticket; ticket = queue.shift()) {
      const patch = bulkPatch(ticket, change, now, policyOf(ticket));
      if (!patch) {
        updated.push(ticket);
        continue;
      }
      try {
        updated.push(await client.tickets.update(ticket.id, patch, { expectedVersion: ticket.version }));
      } catch (error) {
        failed.push({ ticket, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tickets.length) }, worker));
  return { updated, failed };
}
