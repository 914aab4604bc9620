import type { Deal } from '@rapport/core';
import { DAY_MS, enteredCurrentStageAt } from '@rapport/core/domain';

/** How the deals of a column are ordered. `rank` is the board's own order, which people rearrange by dragging. */
export const dealSortKeys = ['rank', 'expectedCloseDate', 'amount', 'probability', 'stageAge', 'name'] as const;
export type DealSortKey = (typeof dealSortKeys)[number];

export function isDealSortKey(value: string): value is DealSortKey {
  return (dealSortKeys as readonly string[]).includes(value);
}

/**
 * The custom field a deal's place in its column is kept in, once someone has placed it by hand.
 * Ranks share the scale of close dates (days since 1970), so a placed deal stays among the deals
 * closing around the same time even as new ones arrive.
 */
export const RANK_FIELD = 'boardRank';

/** Undated deals rank after every dated one: this many days is the year 29,000. */
const UNDATED_RANK = 10_000_000;

export type RankedDeal = Pick<Deal, 'id' | 'expectedCloseDate' | 'customFields'>;

/**
 * A deal's rank: the one stored when it was placed by hand, else its expected close date in days
 * plus a fraction drawn from its id. The fraction makes every default rank distinct, so there is
 * always room for a rank strictly between two neighbours.
 */
export function effectiveRank(deal: RankedDeal): number {
  const placed = deal.customFields[RANK_FIELD];
  if (typeof placed === 'number' && Number.isFinite(placed)) return placed;
  const day = deal.expectedCloseDate ? Date.parse(deal.expectedCloseDate) / DAY_MS : UNDATED_RANK;
  return day + idFraction(deal.id);
}

/**
 * The rank that puts a deal between `previous` and `next` (the ranks of its new neighbours; either
 * may be missing at an end of the column). It keeps `own` when that already fits, so a deal only
 * gets a stored rank when it is really placed out of date order.
 */
export function rankBetween(previous: number | undefined, next: number | undefined, own: number): number {
  const fits = (previous === undefined || previous < own) && (next === undefined || own < next);
  if (fits) return own;
  if (previous === undefined) return (next as number) - 1;
  if (next === undefined) return previous + 1;
  const middle = previous + (next - previous) / 2;
  // After some fifty bisections of one gap the doubles run out: the deal then ties with its
  // neighbour and the tie falls to the id.
  return middle > previous && middle < next ? middle : previous;
}

export interface OrderContext {
  /** The stage's default probability, for deals without their own. */
  readonly stageProbability: number;
  readonly collator: Intl.Collator;
}

/** A copy of `deals` in the order of `key`; ties fall to the id, so the order never flickers. */
export function sortDeals(deals: readonly Deal[], key: DealSortKey, context: OrderContext): Deal[] {
  if (key === 'name') {
    return [...deals].sort((a, b) => context.collator.compare(a.name, b.name) || byId(a, b));
  }
  const keyOf = numericKeys[key];
  const keyed = deals.map((deal) => ({ key: keyOf(deal, context), deal }));
  keyed.sort((a, b) => a.key - b.key || byId(a.deal, b.deal));
  return keyed.map((entry) => entry.deal);
}

/** Sort keys as numbers, ascending; descending orders are negated. */
const numericKeys: Readonly<Record<Exclude<DealSortKey, 'name'>, (deal: Deal, context: OrderContext) => number>> = {
  rank: (deal) => effectiveRank(deal),
  expectedCloseDate: (deal) => (deal.expectedCloseDate ? Date.parse(deal.expectedCloseDate) : Number.MAX_VALUE),
  amount: (deal) => -deal.amount,
  probability: (deal, { stageProbability }) => -(deal.probability ?? stageProbability),
  // Longest in the stage first: those are the deals that need a push.
  stageAge: (deal) => enteredCurrentStageAt(deal),
};

function byId(a: Deal, b: Deal): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A stable fraction in [0, 1) from an id (FNV-1a). */
function idFraction(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 0x1_0000_0000;
}

/**
 * Where `deal` would fall among `deals` (already in the order of `key`): a binary search, so
 * hovering a dragged deal over a sorted column costs log(n) comparisons, not a sort.
 */
export function insertionIndex(deals: readonly Deal[], deal: Deal, key: DealSortKey, context: OrderContext): number {
  const compare = comparatorFor(key, context);
  let low = 0;
  let high = deals.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(deals[middle] as Deal, deal) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function comparatorFor(key: DealSortKey, context: OrderContext): (a: Deal, b: Deal) => number {
  if (key === 'name') return (a, b) => context.collator.compare(a.name, b.name) || byId(a, b);
  const keyOf = numericKeys[key];
  return (a, b) => keyOf(a, context) - keyOf(b, context) || byId(a, b);
}

/** Beyond this many changed deals a fresh sort is cheaper than placing each one. */
const MAX_PLACED_CHANGES = 32;

/**
 * The shown deals of a column after its deals changed from `before` to `after`: the previous
 * result (`shown`, the deals of `before` that `matches`, in the order of `key`) without the deals
 * that left, and with the new ones that match placed by binary search. A move changes one or two
 * deals of a column; placing them costs O(n), where sorting the column again costs O(n log n)
 * and a sort key per deal.
 */
export function resorted(
  shown: readonly Deal[],
  before: readonly Deal[],
  after: readonly Deal[],
  matches: (deal: Deal) => boolean,
  key: DealSortKey,
  context: OrderContext,
): Deal[] {
  const previous = new Set(before);
  const added = after.filter((deal) => !previous.has(deal));
  const removed = before.length - (after.length - added.length);
  if (added.length + removed > MAX_PLACED_CHANGES) return sortDeals(after.filter(matches), key, context);
  const staying = new Set(after);
  const result = removed > 0 ? shown.filter((deal) => staying.has(deal)) : [...shown];
  for (const deal of added) {
    if (matches(deal)) result.splice(insertionIndex(result, deal, key, context), 0, deal);
  }
  return result;
}
