import type { MessageAuthorKind, MessageVisibility } from '../schema/ticket-message.js';
import type { Ticket } from '../schema/ticket.js';

export type ReplyClockMessage = { readonly authorKind: MessageAuthorKind; readonly visibility: MessageVisibility; readonly createdAt: string };

/** The reply-clock fields to write; `awaitingReplySince: undefined` means remove the field. */
export interface ReplyClockPatch {
  readonly firstRespondedAt?: string;
  readonly awaitingReplySince?: string | undefined;
}

/**
 * What a new message on the public thread does to the ticket's reply clocks, or `null` for
 * nothing. An agent's public reply stops the first-response clock (the first time) and answers
 * the customer message that was waiting. A customer's message after an agent's reply starts the
 * next-reply clock; later messages before the answer leave it running from the first unanswered
 * one, so writing again never buys the desk more time. Internal notes change nothing.
 */
export function replyClockPatch(ticket: Pick<Ticket, 'firstRespondedAt' | 'awaitingReplySince'>, message: ReplyClockMessage): ReplyClockPatch | null {
  if (message.visibility !== 'public') return null;
  if (message.authorKind === 'agent') {
    const patch = {
      ...(ticket.firstRespondedAt === undefined ? { firstRespondedAt: message.createdAt } : {}),
      ...(ticket.awaitingReplySince === undefined ? {} : { awaitingReplySince: undefined }),
    };
    return Object.keys(patch).length > 0 ? patch : null;
  }
  if (message.authorKind === 'customer' && ticket.firstRespondedAt !== undefined && ticket.awaitingReplySince === undefined) {
    return { awaitingReplySince: message.createdAt };
  }
  return null;
}
