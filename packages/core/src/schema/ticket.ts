import * as z from 'zod/mini';
import {
  attachmentsSchema,
  customFieldsSchema,
  externalIdSchema,
  idSchema,
  labelSchema,
  longTextSchema,
  patchSchemaOf,
  storedSchemaOf,
  tagsSchema,
} from './common.js';
import { emailSchema, isoDateTimeSchema } from './formats.js';
import { wholeNumberSchema } from './whole-number.js';

/** `pending` means waiting on the customer: the SLA clock pauses. */
export const ticketStatusSchema = z.enum(['new', 'open', 'pending', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketPrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;

export const ticketChannelSchema = z.enum(['phone', 'email', 'web', 'fax', 'chat']);
export type TicketChannel = z.infer<typeof ticketChannelSchema>;

/** A service request (服务请求) from a contact, worked under an SLA policy. */
export const ticketCreateSchema = z.object({
  externalId: z.optional(externalIdSchema),
  subject: labelSchema,
  description: longTextSchema.check(z.minLength(1)),
  status: z._default(ticketStatusSchema, 'new'),
  priority: z._default(ticketPrioritySchema, 'normal'),
  channel: ticketChannelSchema,
  category: z.optional(labelSchema),
  /**
   * The contact who asked. Set by staff or from a customer's token; a ticket from a public page
   * has none until staff link it, only the unverified `requesterEmail` and `requesterName`.
   */
  requesterId: z.optional(idSchema),
  /** What a visitor of a public page said their email is: not checked, never a link to a contact. */
  requesterEmail: z.optional(emailSchema),
  requesterName: z.optional(labelSchema),
  accountId: z.optional(idSchema),
  assigneeId: z.optional(idSchema),
  slaPolicyId: z.optional(idSchema),
  /** When the first reply is due under the SLA policy, as the server last scheduled it. */
  firstResponseDueAt: z.optional(isoDateTimeSchema),
  /** When the resolution is due under the SLA policy; absent while the clock is paused. */
  resolutionDueAt: z.optional(isoDateTimeSchema),
  firstRespondedAt: z.optional(isoDateTimeSchema),
  /**
   * The customer message a next reply is owed for: set by the first public customer message after
   * an agent's public reply, removed by the next one. Its clock is the SLA's next-reply target.
   */
  awaitingReplySince: z.optional(isoDateTimeSchema),
  /** When the next reply is due under the SLA policy, as the server last scheduled it. */
  nextReplyDueAt: z.optional(isoDateTimeSchema),
  resolvedAt: z.optional(isoDateTimeSchema),
  /** 0 = not escalated; raised as SLA targets are approached and breached. */
  escalationLevel: z._default(wholeNumberSchema.check(z.gte(0)), 0),
  /** When the SLA clock was paused (status `pending`), if it is paused now. */
  pausedAt: z.optional(isoDateTimeSchema),
  /** Business minutes already spent paused, excluded from SLA elapsed time. */
  pausedMinutes: z.optional(z.number().check(z.gte(0))),
  attachments: attachmentsSchema,
  tags: tagsSchema,
  customFields: customFieldsSchema,
});
/**
 * A ticket as stored: the create fields, plus its `number`, a short reference per tenant (`#1042`)
 * that the storage assigns on create (a caller cannot choose or change it). Optional only for
 * tickets stored before numbering began.
 */
export const ticketSchema = z.extend(storedSchemaOf(ticketCreateSchema), {
  number: z.optional(wholeNumberSchema.check(z.gte(1))),
});
export const ticketUpdateSchema = patchSchemaOf(ticketCreateSchema);

export type Ticket = z.infer<typeof ticketSchema>;
export type TicketCreate = z.input<typeof ticketCreateSchema>;
export type TicketUpdate = z.input<typeof ticketUpdateSchema>;
