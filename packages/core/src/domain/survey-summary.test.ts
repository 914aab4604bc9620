import { describe, expect, it } from 'vitest';
import { summarizeSurvey, type SummaryResponse, type SummarySurvey } from './survey-summary.js';

const base = { label: 'Question', required: false };
const survey: SummarySurvey = {
  id: 's1',
  questions: [
    { id: 'nps', type: 'nps', ...base },
    { id: 'csat', type: 'csat', ...base },
    { id: 'effort', type: 'ces', ...base },
    { id: 'stars', type: 'rating', max: 3, ...base },
    { id: 'why', type: 'text', ...base },
  ],
};

describe('summarizeSurvey', () => {
  it('scores each scored question over the survey’s own responses', () => {
    const responses: SummaryResponse[] = [
      { surveyId: 's1', answers: { nps: 10, csat: 5, effort: 2, stars: 3, why: 'fast' } },
      { surveyId: 's1', answers: { nps: 3, csat: 2, effort: 6, stars: 1 } },
      { surveyId: 's1', answers: { nps: null, csat: 4 } },
      { surveyId: 'other', answers: { nps: 0, csat: 1 } },
    ];
    const [nps, csat, ces, rating, ...rest] = summarizeSurvey(survey, responses);
    expect(nps).toMatchObject({ type: 'nps', responses: 2, promoters: 1, detractors: 1, score: 0 });
    expect(csat).toMatchObject({ type: 'csat', responses: 3, satisfied: 2, distribution: [0, 1, 0, 1, 1] });
    expect(csat?.type === 'csat' && csat.score).toBeCloseTo(66.667, 2);
    expect(ces).toMatchObject({ type: 'ces', mean: 4 });
    expect(rating).toMatchObject({ type: 'rating', max: 3, mean: 2, distribution: [1, 0, 1] });
    expect(rest).toEqual([]);
  });

  it('leaves answers off the scale out of the score and counts them', () => {
    const [nps] = summarizeSurvey(survey, [
      { surveyId: 's1', answers: { nps: 42 } },
      { surveyId: 's1', answers: { nps: 9 } },
    ]);
    expect(nps).toMatchObject({ responses: 1, ignored: 1, score: 100 });
  });

  it('has null scores for a survey nobody answered', () => {
    expect(summarizeSurvey(survey, []).map((q) => ('score' in q ? q.score : q.mean))).toEqual([null, null, null, null]);
  });
});
