import * as z from 'zod/mini';
import { patchSchemaOf, storedSchemaOf } from './common.js';
import { customFieldKeySchema } from './field-definition.js';
import { localizedLabelSchema } from './localized-text.js';
import { wholeNumberSchema } from './whole-number.js';

/**
 * One of a tenant's ticket categories: the `key` a ticket's `category` holds, and its label per
 * language, so the customer's form and the desk show names, never keys.
 */
export const ticketCategoryCreateSchema = z.object({
  key: customFieldKeySchema,
  label: localizedLabelSchema,
  order: z._default(wholeNumberSchema.check(z.gte(0)), 0),
  /** A retired category stays readable on old tickets, but is no longer offered. */
  active: z._default(z.boolean(), true),
});
export const ticketCategorySchema = storedSchemaOf(ticketCategoryCreateSchema);
export const ticketCategoryUpdateSchema = patchSchemaOf(ticketCategoryCreateSchema);

export type TicketCategoryRecord = z.infer<typeof ticketCategorySchema>;
export type TicketCategoryCreate = z.input<typeof ticketCategoryCreateSchema>;
