import { DAY_MS } from './dates.js';
import { countBetween, purchaseTimes, type PurchaseOrder } from './purchases.js';

/** 满意 → 信任 → 行为忠诚 → 精神忠诚 → 可持续忠诚; `none` below satisfaction. */
export type LoyaltyLevel = 'none' | 'satisfaction' | 'trust' | 'behavioural' | 'emotional' | 'sustainable';

/** The levels from lowest to highest. */
export const LOYALTY_LEVELS: readonly LoyaltyLevel[] = ['none', 'satisfaction', 'trust', 'behavioural', 'emotional', 'sustainable'];

export interface LoyaltyInput {
  /** The customer's NPS answers (0–10), oldest first. */
  readonly npsAnswers: readonly number[];
  /** The customer's CSAT answers (1–5), oldest first. */
  readonly csatAnswers: readonly number[];
  readonly orders: readonly PurchaseOrder[];
  readonly now: Date;
}

export interface LoyaltyRules {
  /** Orders that show trust: coming back after the first experience. Default 2. */
  readonly trustOrders?: number;
  /** Orders in all, and orders in the last 365 days, that show behavioural loyalty. Defaults 4 and 2. */
  readonly behaviouralOrders?: number;
  readonly behaviouralOrdersLastYear?: number;
  /** Days since the first order for sustainable loyalty. Default 730. */
  readonly sustainableTenureDays?: number;
}

export interface LoyaltyAssessment {
  readonly level: LoyaltyLevel;
  readonly orderCount: number;
  readonly ordersLastYear: number;
  readonly tenureDays: number;
  readonly latestNps: number | null;
  readonly meanCsat: number | null;
}

/**
 * The loyalty level (客户忠诚), each level needing the one below:
 * - satisfaction: the latest NPS is 7 or more and the mean CSAT 4 or more (whichever were asked);
 *   without any survey answer, a repeat purchase stands in as evidence;
 * - trust: satisfied, and came back: at least `trustOrders` orders;
 * - behavioural: at least `behaviouralOrders` orders, `behaviouralOrdersLastYear` of them in the last 365 days;
 * - emotional: the latest NPS is a promoter's (9–10): they recommend the company;
 * - sustainable: a customer for `sustainableTenureDays` or more, with two or more NPS answers and none below 7.
 */
export function loyaltyLevel(input: LoyaltyInput, rules: LoyaltyRules = {}): LoyaltyAssessment {
  const { trustOrders = 2, behaviouralOrders = 4, behaviouralOrdersLastYear = 2, sustainableTenureDays = 730 } = rules;
  const nowMs = input.now.getTime();
  const purchases = purchaseTimes(input.orders, nowMs);
  const orderCount = purchases.length;
  const ordersLastYear = countBetween(purchases, nowMs - 365 * DAY_MS, nowMs + 1);
  const tenureDays = purchases[0] === undefined ? 0 : (nowMs - purchases[0]) / DAY_MS;
  const latestNps = input.npsAnswers.at(-1) ?? null;
  const meanCsat = input.csatAnswers.length === 0 ? null : input.csatAnswers.reduce((sum, answer) => sum + answer, 0) / input.csatAnswers.length;

  const surveyed = latestNps !== null || meanCsat !== null;
  const satisfied = surveyed ? (latestNps === null || latestNps >= 7) && (meanCsat === null || meanCsat >= 4) : orderCount >= trustOrders;
  const steps: Array<[LoyaltyLevel, boolean]> = [
    ['satisfaction', satisfied],
    ['trust', orderCount >= trustOrders],
    ['behavioural', orderCount >= behaviouralOrders && ordersLastYear >= behaviouralOrdersLastYear],
    ['emotional', latestNps !== null && latestNps >= 9],
    ['sustainable', tenureDays >= sustainableTenureDays && input.npsAnswers.length >= 2 && input.npsAnswers.every((answer) => answer >= 7)],
  ];
  let level: LoyaltyLevel = 'none';
  for (const [next, met] of steps) {
    if (!met) break;
    level = next;
  }
  return { level, orderCount, ordersLastYear, tenureDays, latestNps, meanCsat };
}
