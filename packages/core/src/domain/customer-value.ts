import { ValidationError } from '../errors/validation-error.js';
import type { OrderSummary } from './order-summary.js';
import { assertThresholds, profitabilityTier, type ProfitabilityThresholds, type ProfitabilityTier } from './profitability.js';

export interface CustomerValueOptions {
  /** Yearly discount rate of future profit, e.g. 0.1. */
  readonly discountRate: number;
  /** How many years ahead to project. Default 3. */
  readonly horizonYears?: number;
  /** Chance a customer is still buying a year later, 0…1. Default 1 (behaviour stays as it is). */
  readonly retentionRate?: number;
  /** Yearly growth of margin the caller expects from an active strategy, e.g. 0.15. Default 0. */
  readonly growthRate?: number;
  /** Yearly cost of serving a customer, subtracted from margin for the profitability tier. Default 0. */
  readonly costToServe?: (customerId: string) => number;
  readonly thresholds: ProfitabilityThresholds;
}

export interface CustomerValue {
  readonly customerId: string;
  /** Margin of the margin window, scaled to one year. */
  readonly annualMargin: number;
  /** Annual margin minus the cost to serve. */
  readonly annualProfit: number;
  /** 客户当前价值: present value of the annual margin held as it is over the horizon. */
  readonly currentValue: number;
  /** 客户增值潜力: extra present value if margin grows at `growthRate`; 0 for customers who lose money. */
  readonly growthPotential: number;
  readonly tier: ProfitabilityTier;
}

/**
 * Present-value factors over years t = 1…H of the horizon, with retention r, discount d, growth g:
 * current = Σ r^(t−1) / (1+d)^t and growth = Σ r^(t−1) ((1+g)^t − 1) / (1+d)^t.
 */
export function valueFactors(horizonYears: number, discountRate: number, retentionRate: number, growthRate: number): { current: number; growth: number } {
  let current = 0;
  let growth = 0;
  for (let t = 1; t <= horizonYears; t++) {
    const weight = retentionRate ** (t - 1) / (1 + discountRate) ** t;
    current += weight;
    growth += weight * ((1 + growthRate) ** t - 1);
  }
  return { current, growth };
}

/**
 * Current value, growth potential and profitability tier of every customer in an order summary.
 * Throws a `ValidationError` when an order in the margin window has no margin and the summary was
 * made without a `defaultMarginRate`.
 */
export function customerValues(summary: OrderSummary, options: CustomerValueOptions): CustomerValue[] {
  const { discountRate, horizonYears = 3, retentionRate = 1, growthRate = 0, costToServe, thresholds } = options;
  assertThresholds(thresholds);
  if (summary.firstOrderWithoutMargin >= 0) {
    throw new ValidationError([
      { path: ['orders', summary.firstOrderWithoutMargin, 'margin'], code: 'required', message: 'The order has no margin; give a default margin rate' },
    ]);
  }
  const factors = valueFactors(horizonYears, discountRate, retentionRate, growthRate);
  const yearScale = 365 / summary.marginWindowDays;
  const size = summary.customerIds.length;
  const rows = new Array<CustomerValue>(size);
  for (let i = 0; i < size; i++) {
    const customerId = summary.customerIds[i]!;
    const annualMargin = summary.windowMargin[i]! * yearScale;
    const annualProfit = annualMargin - (costToServe?.(customerId) ?? 0);
    rows[i] = {
      customerId,
      annualMargin,
      annualProfit,
      currentValue: annualMargin * factors.current,
      growthPotential: Math.max(0, annualMargin) * factors.growth,
      tier: profitabilityTier(annualProfit, thresholds),
    };
  }
  return rows;
}
