import * as z from 'zod/mini';
import { idSchema, localeSchema, patchSchemaOf, storedSchemaOf } from './common.js';
import { isoDateTimeSchema } from './formats.js';

/** A score, a choice or free text, several choices, or `null` for a skipped question. */
export const answerSchema = z.union([z.number(), z.string().check(z.maxLength(20_000)), z.array(z.string()), z.null()]);
export type Answer = z.infer<typeof answerSchema>;

/** One submitted survey, linked to who answered and what it was about. */
export const surveyResponseCreateSchema = z.object({
  surveyId: idSchema,
  contactId: z.optional(idSchema),
  ticketId: z.optional(idSchema),
  orderId: z.optional(idSchema),
  /** Question id → answer. */
  answers: z.record(idSchema, answerSchema),
  submittedAt: isoDateTimeSchema,
  locale: z.optional(localeSchema),
  /** Lets a form resubmit after a network failure without counting the response twice. */
  idempotencyKey: z.optional(idSchema),
});
export const surveyResponseSchema = storedSchemaOf(surveyResponseCreateSchema);
export const surveyResponseUpdateSchema = patchSchemaOf(surveyResponseCreateSchema);

export type SurveyResponse = z.infer<typeof surveyResponseSchema>;
export type SurveyResponseCreate = z.input<typeof surveyResponseCreateSchema>;
export type SurveyResponseUpdate = z.input<typeof surveyResponseUpdateSchema>;
