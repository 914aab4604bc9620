export type DealOutcome = 'won' | 'lost';

/** The outcomes in the order the keyboard reaches them, after the last stage (in the first load: the drop zones show them). */
export const outcomes: readonly DealOutcome[] = ['won', 'lost'];

/**
 * Whether moving one more deal into a stage would break its WIP limit: the stage has a limit and
 * already holds that many open deals.
 */
export function breaksWipLimit(wipLimit: number | undefined, openCount: number): boolean {
  return wipLimit !== undefined && openCount >= wipLimit;
}
