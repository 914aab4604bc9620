import * as z from 'zod/mini';
import { idSchema, labelSchema, patchSchemaOf, storedSchemaOf } from './common.js';

/** What a saved view may keep of a list's state: a few short named values (`status`, `q`), `null` for "none". */
const viewValueSchema = z.nullable(z.string().check(z.maxLength(200)));

/**
 * A user's own saved list: a name, the filters and the sort of one widget's list (the ticket
 * queue's), kept through the adapter. On a server a view is its creator's alone: the server sets
 * `ownerId` to the caller and shows each caller only their own views.
 */
export const savedViewCreateSchema = z.object({
  name: labelSchema,
  /** The collection the view lists. */
  collection: z.enum(['tickets']),
  /** Whose view it is: the signed-in user (over a server, the caller, whatever is sent). */
  ownerId: z.optional(idSchema),
  /** The list's filters by name (`status`, `priority`, `assignee`, `sla`, `q`). */
  filter: z.record(z.string().check(z.minLength(1), z.maxLength(40)), viewValueSchema).check(
    z.refine((filter) => Object.keys(filter).length <= 20, { message: 'At most 20 filters' }),
  ),
  /** The column sorted by, if not the list's own order. */
  sort: z.optional(z.object({ key: z.string().check(z.minLength(1), z.maxLength(40)), direction: z.enum(['ascending', 'descending']) })),
});
export const savedViewSchema = storedSchemaOf(savedViewCreateSchema);
export const savedViewUpdateSchema = patchSchemaOf(savedViewCreateSchema);

export type SavedView = z.infer<typeof savedViewSchema>;
export type SavedViewCreate = z.input<typeof savedViewCreateSchema>;
export type SavedViewUpdate = z.input<typeof savedViewUpdateSchema>;
