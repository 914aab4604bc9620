import { ValidationError } from '../errors/validation-error.js';

/** The bank example of the seeds: green earns (give extra service), yellow breaks even, red loses money. */
export type ProfitabilityTier = 'green' | 'yellow' | 'red';

/** Annual profit bounds, in the caller's currency: at or above `greenAtLeast` is green, below `redBelow` red. */
export interface ProfitabilityThresholds {
  readonly greenAtLeast: number;
  readonly redBelow: number;
}

/** Throws a `ValidationError` when the red bound is above the green one. */
export function assertThresholds(thresholds: ProfitabilityThresholds): void {
  if (thresholds.redBelow > thresholds.greenAtLeast) {
    throw new ValidationError([{ path: ['thresholds', 'redBelow'], code: 'too_big', message: 'The red bound cannot be above the green bound' }]);
  }
}

/** The profitability tier of a customer's annual profit. */
export function profitabilityTier(annualProfit: number, thresholds: ProfitabilityThresholds): ProfitabilityTier {
  assertThresholds(thresholds);
  if (annualProfit >= thresholds.greenAtLeast) return 'green';
  return annualProfit < thresholds.redBelow ? 'red' : 'yellow';
}
