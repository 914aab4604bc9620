import type { SurveyQuestion } from '../schema/survey.js';
import { ValidationError } from '../errors/validation-error.js';

/** How an NPS answer (0–10) classifies the person who gave it. */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export interface NpsScore {
  readonly responses: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** % promoters − % detractors, −100…100; `null` without responses. */
  readonly score: number | null;
}

export interface CsatScore {
  readonly responses: number;
  /** Answers of 4 or 5. */
  readonly satisfied: number;
  /** % of answers that are 4 or 5, 0…100; `null` without responses. */
  readonly score: number | null;
}

export interface MeanScore {
  readonly responses: number;
  /** `null` without responses. */
  readonly mean: number | null;
}

/** The fixed scales of the standard questions. */
export const NPS_SCALE = { min: 0, max: 10 } as const;
export const CSAT_SCALE = { min: 1, max: 5 } as const;
export const CES_SCALE = { min: 1, max: 7 } as const;

export interface Scale {
  readonly min: number;
  readonly max: number;
}

/** A question answered on a numeric scale. */
export type ScaleQuestion = Extract<SurveyQuestion, { type: 'nps' | 'csat' | 'ces' | 'rating' }>;

/** The scale a question is answered on: the standard ones for NPS, CSAT and CES, 1…max for a rating. */
export function scaleOf(question: ScaleQuestion): Scale {
  switch (question.type) {
    case 'nps':
      return NPS_SCALE;
    case 'csat':
      return CSAT_SCALE;
    case 'ces':
      return CES_SCALE;
    case 'rating':
      return { min: 1, max: question.max };
  }
}

/** Whether a value is a whole point on the scale. */
export function isOnScale(value: number, { min, max }: Scale): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function assertOnScale(values: readonly number[], scale: Scale): void {
  const index = values.findIndex((value) => !isOnScale(value, scale));
  if (index >= 0) {
    throw new ValidationError([{ path: [index], code: 'invalid_value', message: `Scores must be whole numbers from ${scale.min} to ${scale.max}` }]);
  }
}

/** `100·k/n`: multiplying first keeps a whole result exact (7 of 100 is 7, not 7.000000000000001). */
const percentOf = (count: number, total: number): number => (100 * count) / total;

/** Promoters answer 9–10, passives 7–8, detractors 0–6. */
export function npsCategory(answer: number): NpsCategory {
  return answer >= 9 ? 'promoter' : answer >= 7 ? 'passive' : 'detractor';
}

/** Net Promoter Score of 0–10 answers. Throws a `ValidationError` (path: the index) for a value off the scale. */
export function npsScore(answers: readonly number[]): NpsScore {
  assertOnScale(answers, NPS_SCALE);
  let promoters = 0;
  let detractors = 0;
  for (const answer of answers) {
    const category = npsCategory(answer);
    if (category === 'promoter') promoters += 1;
    else if (category === 'detractor') detractors += 1;
  }
  const responses = answers.length;
  return {
    responses,
    promoters,
    passives: responses - promoters - detractors,
    detractors,
    score: responses === 0 ? null : percentOf(promoters - detractors, responses),
  };
}

/** Customer satisfaction: the share of 1–5 answers that are 4 or 5, in %. */
export function csatScore(answers: readonly number[]): CsatScore {
  assertOnScale(answers, CSAT_SCALE);
  const satisfied = answers.filter((answer) => answer >= 4).length;
  return { responses: answers.length, satisfied, score: answers.length === 0 ? null : percentOf(satisfied, answers.length) };
}

/** Mean of answers on a scale; for CES (1–7, lower effort is better) and ratings. */
export function meanScore(answers: readonly number[], scale: Scale = CES_SCALE): MeanScore {
  assertOnScale(answers, scale);
  const total = answers.reduce((sum, answer) => sum + answer, 0);
  return { responses: answers.length, mean: answers.length === 0 ? null : total / answers.length };
}

/** How many answers gave each point of the scale: index 0 is `scale.min`. */
export function scoreDistribution(answers: readonly number[], scale: Scale): number[] {
  assertOnScale(answers, scale);
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  for (const answer of answers) counts[answer - scale.min] = (counts[answer - scale.min] ?? 0) + 1;
  return counts;
}
