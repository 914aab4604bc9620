import type { SurveyQuestion } from '@rapport/core';
import { expect } from '@open-wc/testing';
import { scoreResponse } from './response-scores.js';

const questions: SurveyQuestion[] = [
  { type: 'nps', id: 'nps', label: 'Recommend?', required: true },
  { type: 'csat', id: 'csat', label: 'Satisfied?', required: true },
  { type: 'ces', id: 'ces', label: 'Easy?', required: false },
  { type: 'rating', id: 'stars', label: 'Stars', required: false, max: 10 },
  { type: 'text', id: 'comment', label: 'Comment', required: false },
];

describe('response scores', () => {
  it('classifies NPS answers as detractor, passive or promoter', () => {
    const categories = [0, 6, 7, 8, 9, 10].map((nps) => scoreResponse(questions, { nps })[0]);
    expect(categories.map((scored) => (scored?.type === 'nps' ? scored.category : undefined))).to.deep.equal(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('gives a CSAT answer its satisfaction level against "satisfied" (4)', () => {
    const levels = [1, 3, 4, 5].map((csat) => scoreResponse(questions, { csat })[0]);
    expect(levels.map((scored) => (scored?.type === 'csat' ? scored.level : undefined))).to.deep.equal(['dissatisfied', 'dissatisfied', 'satisfied', 'highly-satisfied']);
  });

  it('keeps CES and ratings as plain scores, and leaves out skipped and unscored questions', () => {
    expect(scoreResponse(questions, { nps: null, ces: 2, stars: 8, comment: 'Fine' })).to.deep.equal([
      { questionId: 'ces', type: 'ces', score: 2 },
      { questionId: 'stars', type: 'rating', score: 8, max: 10 },
    ]);
  });
});
