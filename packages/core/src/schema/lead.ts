import * as z from 'zod/mini';
import { acquisitionSourceSchema, idSchema, labelSchema, patchSchemaOf, storedSchemaOf } from './common.js';
import { emailSchema } from './formats.js';

export const leadStatusSchema = z.enum(['new', 'working', 'qualified', 'disqualified']);
export type LeadStatus = z.infer<typeof leadStatusSchema>;

/** A possible customer not yet qualified (业务线索); qualifying links it to a contact and a deal. */
export const leadCreateSchema = z.object({
  name: labelSchema,
  company: z.optional(labelSchema),
  email: z.optional(emailSchema),
  phone: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  source: z.optional(acquisitionSourceSchema),
  status: z._default(leadStatusSchema, 'new'),
  ownerId: z.optional(idSchema),
  /** Qualification score, 0…100. */
  score: z.optional(z.number().check(z.gte(0), z.lte(100))),
  contactId: z.optional(idSchema),
  dealId: z.optional(idSchema),
});
export const leadSchema = storedSchemaOf(leadCreateSchema);
export const leadUpdateSchema = patchSchemaOf(leadCreateSchema);

export type Lead = z.infer<typeof leadSchema>;
export type LeadCreate = z.input<typeof leadCreateSchema>;
export type LeadUpdate = z.input<typeof leadUpdateSchema>;
