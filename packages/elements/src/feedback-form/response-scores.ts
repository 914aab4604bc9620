import type { SurveyQuestion } from '@rapport/core';
import { npsCategory, satisfactionLevel, type NpsCategory, type SatisfactionLevel } from '@rapport/core/domain';
import type { Answers } from './survey-definition.js';

/** One scored answer of a response, as a host page would act on it (thank promoters, call back detractors). */
export type ScoredAnswer =
  | { readonly questionId: string; readonly type: 'nps'; readonly score: number; readonly category: NpsCategory }
  | { readonly questionId: string; readonly type: 'csat'; readonly score: number; readonly level: SatisfactionLevel }
  | { readonly questionId: string; readonly type: 'ces'; readonly score: number }
  | { readonly questionId: string; readonly type: 'rating'; readonly score: number; readonly max: number };

/**
 * "Satisfied" (4) is what a CSAT answer is measured against: below it the customer is
 * dissatisfied (1–3), at it satisfied, above it (5) highly satisfied. CSAT counts 4 and 5 alike.
 */
const CSAT_EXPECTATION = 4;

/** The NPS category, CSAT level and plain scores of the scored questions the visitor answered. */
export function scoreResponse(questions: readonly SurveyQuestion[], answers: Answers): ScoredAnswer[] {
  const scored: ScoredAnswer[] = [];
  for (const question of questions) {
    const score = answers[question.id];
    if (typeof score !== 'number') continue;
    const questionId = question.id;
    if (question.type === 'nps') scored.push({ questionId, type: 'nps', score, category: npsCategory(score) });
    else if (question.type === 'csat') scored.push({ questionId, type: 'csat', score, level: satisfactionLevel(score, CSAT_EXPECTATION) });
    else if (question.type === 'ces') scored.push({ questionId, type: 'ces', score });
    else if (question.type === 'rating') scored.push({ questionId, type: 'rating', score, max: question.max });
  }
  return scored;
}
