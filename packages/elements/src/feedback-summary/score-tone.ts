import { npsCategory, satisfactionLevel } from '@rapport/core/domain';
import type { ScoreKind } from './feedback-summary.messages.js';

/** How a point of a scale reads, which colours its bar. */
export type Tone = 'good' | 'neutral' | 'bad' | 'plain';

/** "Satisfied" (4): CSAT counts 4 and 5 as satisfied, 1–3 as not. */
const CSAT_EXPECTATION = 4;

/**
 * NPS points by category (promoters good, passives neutral, detractors bad), CSAT points by
 * satisfaction; CES and ratings have no such cut, so their bars share one colour.
 */
export function toneOf(kind: ScoreKind, point: number): Tone {
  if (kind === 'nps') {
    const category = npsCategory(point);
    return category === 'promoter' ? 'good' : category === 'passive' ? 'neutral' : 'bad';
  }
  if (kind === 'csat') return satisfactionLevel(point, CSAT_EXPECTATION) === 'dissatisfied' ? 'bad' : 'good';
  return 'plain';
}
