import * as z from 'zod/mini';
import { customFieldsSchema, externalIdSchema, idSchema, labelSchema, patchSchemaOf, storedSchemaOf, tagsSchema, tierSchema } from './common.js';
import { urlSchema } from './formats.js';

/** An organisation the business sells to or serves (客户). */
export const accountCreateSchema = z.object({
  externalId: z.optional(externalIdSchema),
  name: labelSchema,
  industry: z.optional(labelSchema),
  region: z.optional(labelSchema),
  /** Drives which SLA policy the account's tickets get. */
  tier: z._default(tierSchema, 'standard'),
  ownerId: z.optional(idSchema),
  website: z.optional(urlSchema),
  tags: tagsSchema,
  customFields: customFieldsSchema,
});
export const accountSchema = storedSchemaOf(accountCreateSchema);
export const accountUpdateSchema = patchSchemaOf(accountCreateSchema);

export type Account = z.infer<typeof accountSchema>;
export type AccountCreate = z.input<typeof accountCreateSchema>;
export type AccountUpdate = z.input<typeof accountUpdateSchema>;
