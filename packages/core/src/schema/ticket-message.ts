import * as z from 'zod/mini';
import { attachmentsSchema, idSchema, labelSchema, patchSchemaOf, storedSchemaOf } from './common.js';

export const messageAuthorKindSchema = z.enum(['customer', 'agent', 'system']);
export type MessageAuthorKind = z.infer<typeof messageAuthorKindSchema>;

/** `internal` notes are for agents only and never shown to the customer. */
export const messageVisibilitySchema = z.enum(['public', 'internal']);
export type MessageVisibility = z.infer<typeof messageVisibilitySchema>;

/** One message in a ticket's thread: a public reply or an internal note. */
export const ticketMessageCreateSchema = z.object({
  ticketId: idSchema,
  authorKind: messageAuthorKindSchema,
  authorId: z.optional(idSchema),
  authorName: z.optional(labelSchema),
  visibility: z._default(messageVisibilitySchema, 'public'),
  /** Plain text; rendered as text, never as HTML. */
  body: z.string().check(z.minLength(1), z.maxLength(20_000)),
  attachments: attachmentsSchema,
});
export const ticketMessageSchema = storedSchemaOf(ticketMessageCreateSchema);
export const ticketMessageUpdateSchema = patchSchemaOf(ticketMessageCreateSchema);

export type TicketMessage = z.infer<typeof ticketMessageSchema>;
export type TicketMessageCreate = z.input<typeof ticketMessageCreateSchema>;
export type TicketMessageUpdate = z.input<typeof ticketMessageUpdateSchema>;
