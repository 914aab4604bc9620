import * as z from 'zod/mini';
import { amountSchema, currencySchema, externalIdSchema, idSchema, labelSchema, patchSchemaOf, storedSchemaOf } from './common.js';
import { isoDateTimeSchema } from './formats.js';
import { wholeNumberSchema } from './whole-number.js';

export const orderStatusSchema = z.enum(['placed', 'paid', 'shipped', 'refunded', 'cancelled']);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const orderItemSchema = z.object({
  sku: z.string().check(z.minLength(1), z.maxLength(100)),
  name: labelSchema,
  quantity: wholeNumberSchema.check(z.gte(1)),
  unitPrice: amountSchema,
});
export type OrderItem = z.infer<typeof orderItemSchema>;

/** A purchase from the ERP side (订单): read-only input to RFM and customer value. */
export const orderCreateSchema = z.object({
  externalId: z.optional(externalIdSchema),
  contactId: z.optional(idSchema),
  accountId: z.optional(idSchema),
  orderedAt: isoDateTimeSchema,
  amount: amountSchema,
  currency: currencySchema,
  /** Gross margin in the order's currency; negative when sold at a loss. */
  margin: z.optional(z.number()),
  status: z._default(orderStatusSchema, 'placed'),
  items: z._default(z.array(orderItemSchema), () => []),
});
export const orderSchema = storedSchemaOf(orderCreateSchema);
export const orderUpdateSchema = patchSchemaOf(orderCreateSchema);

export type Order = z.infer<typeof orderSchema>;
export type OrderCreate = z.input<typeof orderCreateSchema>;
export type OrderUpdate = z.input<typeof orderUpdateSchema>;
