import * as z from 'zod/mini';
import {
  amountSchema,
  currencySchema,
  customFieldsSchema,
  externalIdSchema,
  idSchema,
  labelSchema,
  longTextSchema,
  patchSchemaOf,
  probabilitySchema,
  storedSchemaOf,
  tagsSchema,
} from './common.js';
import { isoDateSchema, isoDateTimeSchema } from './formats.js';

export const dealStatusSchema = z.enum(['open', 'won', 'lost']);
export type DealStatus = z.infer<typeof dealStatusSchema>;

/** A stay of a deal in one stage; the open stay has no `exitedAt`. */
export const stageVisitSchema = z.object({
  stageId: idSchema,
  enteredAt: isoDateTimeSchema,
  exitedAt: z.optional(isoDateTimeSchema),
});
export type StageVisit = z.infer<typeof stageVisitSchema>;

/** A sales opportunity (销售机会) moving through a pipeline. */
export const dealCreateSchema = z.object({
  externalId: z.optional(externalIdSchema),
  name: labelSchema,
  pipelineId: idSchema,
  stageId: idSchema,
  accountId: z.optional(idSchema),
  contactId: z.optional(idSchema),
  ownerId: z.optional(idSchema),
  amount: amountSchema,
  currency: currencySchema,
  /** Overrides the stage's default probability when the owner knows better. */
  probability: z.optional(probabilitySchema),
  expectedCloseDate: z.optional(isoDateSchema),
  status: z._default(dealStatusSchema, 'open'),
  closedAt: z.optional(isoDateTimeSchema),
  lostReason: z.optional(longTextSchema),
  wonReason: z.optional(longTextSchema),
  stageHistory: z._default(z.array(stageVisitSchema), () => []),
  tags: tagsSchema,
  customFields: customFieldsSchema,
});
export const dealSchema = storedSchemaOf(dealCreateSchema);
export const dealUpdateSchema = patchSchemaOf(dealCreateSchema);

export type Deal = z.infer<typeof dealSchema>;
export type DealCreate = z.input<typeof dealCreateSchema>;
export type DealUpdate = z.input<typeof dealUpdateSchema>;
