import * as z from 'zod/mini';
import { idSchema, localeSchema, patchSchemaOf, storedSchemaOf, tagsSchema } from './common.js';

/** A question and its solution (知识库), suggested to customers while they write a ticket. */
export const kbArticleCreateSchema = z.object({
  /** The question, as a customer would ask it. */
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** The solution, plain text. */
  body: z.string().check(z.minLength(1), z.maxLength(20_000)),
  tags: tagsSchema,
  locale: z.optional(localeSchema),
  published: z._default(z.boolean(), true),
  /** The resolved ticket the article grew from. */
  sourceTicketId: z.optional(idSchema),
});
export const kbArticleSchema = storedSchemaOf(kbArticleCreateSchema);
export const kbArticleUpdateSchema = patchSchemaOf(kbArticleCreateSchema);

export type KbArticle = z.infer<typeof kbArticleSchema>;
export type KbArticleCreate = z.input<typeof kbArticleCreateSchema>;
export type KbArticleUpdate = z.input<typeof kbArticleUpdateSchema>;
