import * as z from 'zod/mini';
import { attachmentsSchema, idSchema, labelSchema, longTextSchema, patchSchemaOf, storedSchemaOf } from './common.js';
import { isoDateTimeSchema } from './formats.js';
import { wholeNumberSchema } from './whole-number.js';

export const activityKindSchema = z.enum(['call', 'email', 'meeting', 'note', 'task', 'letter']);
export type ActivityKind = z.infer<typeof activityKindSchema>;

/** Who called whom. */
export const callDirectionSchema = z.enum(['inbound', 'outbound']);
export type CallDirection = z.infer<typeof callDirectionSchema>;

/** How a call ended, as a salesperson logs it. */
export const callOutcomeSchema = z.enum(['connected', 'left-voicemail', 'no-answer', 'busy', 'wrong-number']);
export type CallOutcome = z.infer<typeof callOutcomeSchema>;

/** One entry on a customer's timeline (活动): something that happened or is planned. */
export const activityCreateSchema = z.object({
  kind: activityKindSchema,
  subject: labelSchema,
  body: z.optional(longTextSchema),
  /** When it happened, or when a meeting starts. */
  at: isoDateTimeSchema,
  /** End of a meeting; used to find overlapping meetings of one owner. */
  endAt: z.optional(isoDateTimeSchema),
  dueAt: z.optional(isoDateTimeSchema),
  remindAt: z.optional(isoDateTimeSchema),
  done: z.optional(z.boolean()),
  /** Shown above the rest of the timeline, whatever its date. */
  pinned: z.optional(z.boolean()),
  /** Calls only: who called whom, how it ended and how long it took. */
  direction: z.optional(callDirectionSchema),
  outcome: z.optional(callOutcomeSchema),
  durationSeconds: z.optional(wholeNumberSchema.check(z.gte(0), z.lte(86_400))),
  ownerId: idSchema,
  contactId: z.optional(idSchema),
  accountId: z.optional(idSchema),
  dealId: z.optional(idSchema),
  ticketId: z.optional(idSchema),
  attachments: attachmentsSchema,
});
export const activitySchema = storedSchemaOf(activityCreateSchema);
export const activityUpdateSchema = patchSchemaOf(activityCreateSchema);

export type Activity = z.infer<typeof activitySchema>;
export type ActivityCreate = z.input<typeof activityCreateSchema>;
export type ActivityUpdate = z.input<typeof activityUpdateSchema>;
