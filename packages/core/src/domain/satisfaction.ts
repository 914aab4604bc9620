/** 不满意 / 一般满意 / 高度满意: how the experience compares with what the customer expected. */
export type SatisfactionLevel = 'dissatisfied' | 'satisfied' | 'highly-satisfied';

/**
 * Satisfaction as perceived experience against expectation, on any common scale: below it is
 * dissatisfied, meeting it (within `tolerance`) satisfied, above it highly satisfied.
 */
export function satisfactionLevel(perceived: number, expected: number, tolerance = 0): SatisfactionLevel {
  if (perceived < expected - tolerance) return 'dissatisfied';
  if (perceived > expected + tolerance) return 'highly-satisfied';
  return 'satisfied';
}
