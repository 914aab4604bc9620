import * as z from 'zod/mini';
import { idSchema, labelSchema, localeSchema, longTextSchema, patchSchemaOf, storedSchemaOf } from './common.js';
import { wholeNumberSchema } from './whole-number.js';

/** Show a question only when an earlier answer matches, e.g. "what could we do better?" for NPS ≤ 6. */
export const showIfSchema = z.object({
  questionId: idSchema,
  op: z.enum(['eq', 'lte', 'gte', 'in']),
  value: z.union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))]),
});
export type ShowIf = z.infer<typeof showIfSchema>;

const questionBase = {
  id: idSchema,
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  required: z._default(z.boolean(), false),
  /** Questions with the same page number are shown together; pages run from 1. */
  page: z.optional(wholeNumberSchema.check(z.gte(1))),
  showIf: z.optional(showIfSchema),
};

export const choiceOptionSchema = z.object({ value: idSchema, label: labelSchema });
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/**
 * One survey question. Scales are fixed by type: NPS 0–10, CSAT 1–5, CES 1–7, rating 1–`max`.
 */
export const surveyQuestionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('nps'), ...questionBase }),
  z.object({ type: z.literal('csat'), ...questionBase }),
  z.object({ type: z.literal('ces'), ...questionBase }),
  z.object({ type: z.literal('rating'), max: z._default(wholeNumberSchema.check(z.gte(3), z.lte(10)), 5), ...questionBase }),
  z.object({ type: z.enum(['single', 'multi']), options: z.array(choiceOptionSchema).check(z.minLength(1), z.maxLength(50)), ...questionBase }),
  z.object({ type: z.literal('text'), maxLength: z.optional(wholeNumberSchema.check(z.gte(1), z.lte(20_000))), ...questionBase }),
  z.object({ type: z.literal('email'), ...questionBase }),
]);
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;
export type SurveyQuestionType = SurveyQuestion['type'];

/** Question ids are unique and a condition may only look back at an earlier question. */
const questionListChecks = z.superRefine<SurveyQuestion[]>((questions, ctx) => {
  const earlier = new Set<string>();
  questions.forEach((question, index) => {
    if (earlier.has(question.id)) ctx.addIssue({ code: 'custom', message: 'Each question needs its own id', path: [index, 'id'], input: question.id });
    if (question.showIf && !earlier.has(question.showIf.questionId)) {
      ctx.addIssue({ code: 'custom', message: 'A condition must refer to an earlier question', path: [index, 'showIf', 'questionId'], input: question.showIf.questionId });
    }
    earlier.add(question.id);
  });
});

/** A satisfaction survey (满意度调查). */
export const surveyCreateSchema = z.object({
  title: labelSchema,
  description: z.optional(longTextSchema),
  locale: z.optional(localeSchema),
  questions: z.array(surveyQuestionSchema).check(z.minLength(1), z.maxLength(100), questionListChecks),
});
export const surveySchema = storedSchemaOf(surveyCreateSchema);
export const surveyUpdateSchema = patchSchemaOf(surveyCreateSchema);

export type Survey = z.infer<typeof surveySchema>;
export type SurveyCreate = z.input<typeof surveyCreateSchema>;
export type SurveyUpdate = z.input<typeof surveyUpdateSchema>;
