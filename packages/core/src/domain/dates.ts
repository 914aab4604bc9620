/** Milliseconds in a day of 24 hours: ages and recencies are measured in elapsed days, not calendar days. */
export const DAY_MS = 86_400_000;

/** Elapsed days from `fromMs` to `toMs`, with fractions (negative when `toMs` is earlier). */
export function daysBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / DAY_MS;
}
