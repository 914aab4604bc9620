import type { ChurnRisk, LifecycleAssessment, LoyaltyLevel, ProfitabilityThresholds, ProfitabilityTier, RfmSegment } from '@rapport/core/domain';

/** The business's rules for the value tier; amounts are in the currency of the contact's orders. */
export interface ValueRules {
  readonly thresholds: ProfitabilityThresholds;
  /** Share of an order's amount taken as margin when the order carries none. */
  readonly defaultMarginRate: number;
  readonly discountRate: number;
}

export const defaultValueRules: ValueRules = { thresholds: { greenAtLeast: 10_000, redBelow: 0 }, defaultMarginRate: 0.2, discountRate: 0.1 };

export interface Relationship {
  readonly lifecycle: LifecycleAssessment;
  /** `undefined` without orders, or with orders in several currencies. */
  readonly tier: ProfitabilityTier | undefined;
  readonly loyalty: LoyaltyLevel;
  /** `undefined` for a contact who never bought. */
  readonly segment: RfmSegment | undefined;
  readonly churn: ChurnRisk;
}
