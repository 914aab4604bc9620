import * as z from 'zod/mini';
import { wholeNumberSchema } from '../schema/whole-number.js';
import { parseOrThrow } from '../schema/parse.js';
import type { FieldCondition, ListQuery, Scalar, SortKey } from './storage-adapter.js';

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const boundSchema = z.union([z.string(), z.number()]);

const conditionSchema = z.strictObject({
  eq: z.optional(scalarSchema),
  ne: z.optional(scalarSchema),
  gt: z.optional(boundSchema),
  gte: z.optional(boundSchema),
  lt: z.optional(boundSchema),
  lte: z.optional(boundSchema),
  in: z.optional(z.array(scalarSchema)),
  contains: z.optional(z.string()),
});

const fieldPathSchema = z.string().check(z.minLength(1), z.maxLength(200));

const listQuerySchema = z.object({
  where: z.optional(z.record(fieldPathSchema, z.union([scalarSchema, conditionSchema]))),
  sort: z.optional(z.array(z.object({ field: fieldPathSchema, direction: z.optional(z.enum(['asc', 'desc'])) })).check(z.maxLength(10))),
  limit: z.optional(wholeNumberSchema.check(z.gte(1), z.lte(1000))),
  cursor: z.optional(z.nullable(z.string())),
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200), z.regex(/^[^\n\r]*$/, 'One line of text'))),
});

export const DEFAULT_PAGE_SIZE = 50;

/** A list query checked and completed with its defaults: what an adapter executes. */
export interface NormalizedListQuery {
  readonly where: ReadonlyArray<readonly [field: string, condition: FieldCondition]>;
  /** The requested keys, then `id` as the final tiebreak (unless already the last key). */
  readonly sort: ReadonlyArray<Required<SortKey>>;
  readonly limit: number;
  readonly cursor: string | null;
  /** The search text, lower-cased, or `null` without a search. */
  readonly q: string | null;
  /**
   * A search that asked for no sort lists its best matches first (see `search-rank.ts`): pages
   * are in `pageOrder`, the match's rank and then `sort`.
   */
  readonly ranked: boolean;
}

/** The key a ranked page's cursor holds first: how well the record matched `q`. */
const SEARCH_RANK_KEY = '~rank';

/** The order a page is in and its cursor is made for: the rank first when the search is ranked. */
export function pageOrder(query: NormalizedListQuery): ReadonlyArray<Required<SortKey>> {
  return query.ranked ? [{ field: SEARCH_RANK_KEY, direction: 'asc' }, ...query.sort] : query.sort;
}

/**
 * Checks a `ListQuery` from any caller and fills its defaults (sort by `createdAt`, 50 per page;
 * a search without a sort is ranked).
 * Throws `ValidationError` with paths such as `['limit']` or `['where', 'region']`.
 */
export function normalizeListQuery(query: ListQuery = {}): NormalizedListQuery {
  const parsed = parseOrThrow(listQuerySchema, query);
  const where = Object.entries(parsed.where ?? {}).map(([field, condition]) => [field, asCondition(condition)] as const);
  const requested = parsed.sort?.length ? parsed.sort : [{ field: 'createdAt' }];
  const sort = requested.map(({ field, direction }) => ({ field, direction: direction ?? 'asc' }));
  if (sort.at(-1)?.field !== 'id') sort.push({ field: 'id', direction: 'asc' });
  const q = parsed.q?.toLowerCase() ?? null;
  return { where, sort, limit: parsed.limit ?? DEFAULT_PAGE_SIZE, cursor: parsed.cursor ?? null, q, ranked: q !== null && !parsed.sort?.length };
}

function asCondition(condition: Scalar | z.infer<typeof conditionSchema>): FieldCondition {
  return condition !== null && typeof condition === 'object' ? condition : { eq: condition };
}
