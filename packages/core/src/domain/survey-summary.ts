import type { Survey, SurveyQuestion } from '../schema/survey.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import {
  csatScore,
  isOnScale,
  meanScore,
  npsCategory,
  npsScore,
  scaleOf,
  scoreDistribution,
  type CsatScore,
  type MeanScore,
  type NpsScore,
} from './survey-scores.js';

export type SummarySurvey = Pick<Survey, 'id' | 'questions'>;
export type SummaryResponse = Pick<SurveyResponse, 'surveyId' | 'answers'>;

interface QuestionTally {
  readonly questionId: string;
  /** Answers per point of the scale, index 0 = its lowest point. */
  readonly distribution: number[];
  /** Numeric answers off the scale (e.g. from an older version of the question), left out of the score. */
  readonly ignored: number;
}

export type QuestionSummary =
  | (QuestionTally & NpsScore & { readonly type: 'nps' })
  | (QuestionTally & CsatScore & { readonly type: 'csat' })
  | (QuestionTally & MeanScore & { readonly type: 'ces' })
  | (QuestionTally & MeanScore & { readonly type: 'rating'; readonly max: number });

type ScoredQuestion = Extract<SurveyQuestion, { type: QuestionSummary['type'] }>;

function isScored(question: SurveyQuestion): question is ScoredQuestion {
  return question.type === 'nps' || question.type === 'csat' || question.type === 'ces' || question.type === 'rating';
}


/** The numeric answers to one question, in response order; skipped and non-numeric answers are left out. */
export function numericAnswers(responses: readonly SummaryResponse[], questionId: string): number[] {
  const values: number[] = [];
  for (const response of responses) {
    const answer = response.answers[questionId];
    if (typeof answer === 'number') values.push(answer);
  }
  return values;
}

/**
 * Scores every NPS, CSAT, CES and rating question of a survey over its responses (responses to
 * other surveys are ignored); choice and text questions have no score and are not listed.
 */
export function summarizeSurvey(survey: SummarySurvey, responses: readonly SummaryResponse[]): QuestionSummary[] {
  const own = responses.filter((response) => response.surveyId === survey.id);
  return survey.questions.filter(isScored).map((question): QuestionSummary => {
    const scale = scaleOf(question);
    const all = numericAnswers(own, question.id);
    const answers = all.filter((answer) => isOnScale(answer, scale));
    const tally = { questionId: question.id, distribution: scoreDistribution(answers, scale), ignored: all.length - answers.length };
    switch (question.type) {
      case 'nps':
        return { type: 'nps', ...tally, ...npsScore(answers) };
      case 'csat':
        return { type: 'csat', ...tally, ...csatScore(answers) };
      case 'ces':
        return { type: 'ces', ...tally, ...meanScore(answers, scale) };
      case 'rating':
        return { type: 'rating', max: question.max, ...tally, ...meanScore(answers, scale) };
    }
  });
}

/** Scores from answers already counted per point of the scale (a period's tally): the same figures `summarizeSurvey` gives. */
export function summarizeTally(survey: SummarySurvey, tally: { readonly distributions: Readonly<Record<string, readonly number[]>>; readonly ignored: Readonly<Record<string, number>> }): QuestionSummary[] {
  return survey.questions.filter(isScored).flatMap((question): QuestionSummary[] => {
    const counts = tally.distributions[question.id];
    if (!counts) return [];
    const scale = scaleOf(question);
    const distribution = [...counts];
    const responses = distribution.reduce((sum, count) => sum + count, 0);
    const base = { questionId: question.id, distribution, ignored: tally.ignored[question.id] ?? 0 };
    const share = (count: number) => (responses === 0 ? null : (100 * count) / responses);
    const countOf = (test: (point: number) => boolean) => distribution.reduce((sum, count, index) => (test(scale.min + index) ? sum + count : sum), 0);
    const mean = responses === 0 ? null : distribution.reduce((sum, count, index) => sum + count * (scale.min + index), 0) / responses;
    switch (question.type) {
      case 'nps': {
        const promoters = countOf((point) => npsCategory(point) === 'promoter');
        const detractors = countOf((point) => npsCategory(point) === 'detractor');
        return [{ type: 'nps', ...base, responses, promoters, detractors, passives: responses - promoters - detractors, score: share(promoters - detractors) }];
      }
      case 'csat': {
        const satisfied = countOf((point) => point >= 4);
        return [{ type: 'csat', ...base, responses, satisfied, score: share(satisfied) }];
      }
      case 'ces':
        return [{ type: 'ces', ...base, responses, mean }];
      case 'rating':
        return [{ type: 'rating', max: question.max, ...base, responses, mean }];
    }
  });
}

/** The one figure a trend or a segment shows for a question: NPS −100…100, CSAT %, CES and ratings their mean. */
export function headlineScore(summary: QuestionSummary): number | null {
  return summary.type === 'nps' || summary.type === 'csat' ? summary.score : summary.mean;
}
