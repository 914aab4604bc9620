import * as z from 'zod/mini';
import { labelSchema, longTextSchema, patchSchemaOf, storedSchemaOf } from './common.js';

/**
 * A prepared answer agents insert into a reply and edit before sending. The body may hold
 * placeholders filled when it is used: `{{requester.firstName}}`, `{{requester.name}}`,
 * `{{ticket.number}}`, `{{ticket.subject}}`, `{{agent.name}}`.
 */
export const cannedReplyCreateSchema = z.object({
  /** What agents pick it by. */
  title: labelSchema,
  body: longTextSchema.check(z.minLength(1)),
});
export const cannedReplySchema = storedSchemaOf(cannedReplyCreateSchema);
export const cannedReplyUpdateSchema = patchSchemaOf(cannedReplyCreateSchema);

export type CannedReply = z.infer<typeof cannedReplySchema>;
export type CannedReplyCreate = z.input<typeof cannedReplyCreateSchema>;
export type CannedReplyUpdate = z.input<typeof cannedReplyUpdateSchema>;
