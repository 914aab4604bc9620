import type { Activity } from '../schema/activity.js';
import type { Deal } from '../schema/deal.js';
import { DAY_MS } from './dates.js';
import { parseInstant } from './iso-instant.js';
import { countBetween, purchaseTimes, type PurchaseOrder } from './purchases.js';

/** 考察期 → 形成期 → 稳定期, 退化期 from any of them, and 客户流失. */
export type LifecycleStage = 'exploration' | 'formation' | 'stability' | 'decline' | 'churned';
/** The stages a relationship grows through; it declines or churns from one of them. */
export type GrowthStage = 'exploration' | 'formation' | 'stability';
/** 主动流失: the customer left; 被动流失: the company ended it (e.g. bad debt). */
export type ChurnKind = 'active' | 'passive';

export type LifecycleReason =
  | 'ended-by-company'
  | 'no-order-in-churn-period'
  | 'no-recent-order'
  | 'order-rate-fell'
  | 'no-recent-contact'
  | 'last-deal-lost';

export interface LifecycleInput {
  readonly orders: readonly PurchaseOrder[];
  readonly activities?: readonly Pick<Activity, 'at'>[];
  readonly deals?: readonly Pick<Deal, 'status' | 'createdAt' | 'updatedAt'>[];
  /** When the company ended the relationship (bad debt, terminated contract): passive churn. */
  readonly endedByCompanyAt?: string;
  readonly now: Date;
}

export interface LifecycleRules {
  /** Orders that make a relationship past exploration. Default 2. */
  readonly formationOrders?: number;
  /** Orders and tenure (days since the first order) that make it stable. Defaults 5 and 365. */
  readonly stabilityOrders?: number;
  readonly stabilityTenureDays?: number;
  /** Days without an order (or, for prospects, without any contact) that mean decline. Default 180. */
  readonly declineAfterDays?: number;
  /** Declining also when the last `declineAfterDays` saw fewer than this share of the orders of the period before. Default 0.5. */
  readonly declineRatio?: number;
  /** Days without an order after which a customer counts as lost. Default 365. */
  readonly churnAfterDays?: number;
}

export interface LifecycleAssessment {
  readonly stage: LifecycleStage;
  /** The growth stage the purchase history has reached; where a decline or churn started from. */
  readonly reached: GrowthStage;
  readonly churn?: ChurnKind;
  /** Why the stage is decline or churned; empty for growth stages. */
  readonly reasons: readonly LifecycleReason[];
}

/**
 * The customer lifecycle stage (客户生命周期), by these rules in order:
 * 1. the company ended the relationship → churned (passive);
 * 2. a customer with orders but none for `churnAfterDays` → churned (active);
 * 3. the growth stage reached: fewer than `formationOrders` orders → exploration; at least
 *    `stabilityOrders` orders over at least `stabilityTenureDays` → stability; else formation;
 * 4. decline: a customer with no order for `declineAfterDays`, or whose orders in the last
 *    `declineAfterDays` fell below `declineRatio` × those of the period before (when that had 2 or
 *    more); a prospect with no activity or deal change for `declineAfterDays`, or whose latest
 *    deal was lost with none open;
 * 5. otherwise the growth stage reached.
 */
export function lifecycleStage(input: LifecycleInput, rules: LifecycleRules = {}): LifecycleAssessment {
  const { formationOrders = 2, stabilityOrders = 5, stabilityTenureDays = 365, declineAfterDays = 180, declineRatio = 0.5, churnAfterDays = 365 } = rules;
  const nowMs = input.now.getTime();
  const purchases = purchaseTimes(input.orders, nowMs);
  const first = purchases[0];
  const last = purchases.at(-1);
  const tenureDays = first === undefined ? 0 : (nowMs - first) / DAY_MS;
  const reached: GrowthStage =
    purchases.length < formationOrders ? 'exploration' : purchases.length >= stabilityOrders && tenureDays >= stabilityTenureDays ? 'stability' : 'formation';

  if (input.endedByCompanyAt !== undefined && parseInstant(input.endedByCompanyAt) <= nowMs) {
    return { stage: 'churned', reached, churn: 'passive', reasons: ['ended-by-company'] };
  }
  if (last !== undefined && nowMs - last > churnAfterDays * DAY_MS) {
    return { stage: 'churned', reached, churn: 'active', reasons: ['no-order-in-churn-period'] };
  }

  const reasons: LifecycleReason[] = [];
  const windowMs = declineAfterDays * DAY_MS;
  if (last !== undefined) {
    if (nowMs - last > windowMs) reasons.push('no-recent-order');
    const recent = countBetween(purchases, nowMs - windowMs, nowMs + 1);
    const before = countBetween(purchases, nowMs - 2 * windowMs, nowMs - windowMs);
    if (before >= 2 && recent < declineRatio * before) reasons.push('order-rate-fell');
  } else {
    const contacts = [...(input.activities ?? []).map((activity) => activity.at), ...(input.deals ?? []).map((deal) => deal.updatedAt)]
      .map(parseInstant)
      .filter((at) => at <= nowMs);
    const lastContact = contacts.reduce((latest, at) => Math.max(latest, at), -Infinity);
    if (contacts.length > 0 && nowMs - lastContact > windowMs) reasons.push('no-recent-contact');
    const deals = [...(input.deals ?? [])].sort((a, b) => parseInstant(a.createdAt) - parseInstant(b.createdAt));
    if (deals.length > 0 && deals.at(-1)?.status === 'lost' && !deals.some((deal) => deal.status === 'open')) reasons.push('last-deal-lost');
  }
  return { stage: reasons.length > 0 ? 'decline' : reached, reached, reasons };
}
