import type { ProfitabilityThresholds } from './profitability.js';

/** The business's rules for the value tier; amounts are in the currency of the customer's orders. */
export interface ValueRules {
  readonly thresholds: ProfitabilityThresholds;
  /** Share of an order's amount taken as margin when the order carries none. */
  readonly defaultMarginRate: number;
  readonly discountRate: number;
}

// Shared by the server and the card's own computing over local storage.
export const defaultValueRules: ValueRules = { thresholds: { greenAtLeast: 10_000, redBelow: 0 }, defaultMarginRate: 0.2, discountRate: 0.1 };
