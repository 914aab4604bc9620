import type { SurveyQuestion } from '@rapport/core';
import { expect } from '@open-wc/testing';
import { pagesOf, questionsOf, shownQuestions } from './survey-definition.js';

const questions = questionsOf({
  id: 's',
  title: 'Survey',
  questions: [
    { type: 'nps', id: 'nps', label: 'Recommend?', page: 1 },
    { type: 'text', id: 'better', label: 'Better?', page: 2, showIf: { questionId: 'nps', op: 'lte', value: 6 } },
    { type: 'single', id: 'why', label: 'Why?', page: 2, options: [{ value: 'price', label: 'Price' }, { value: 'speed', label: 'Speed' }], showIf: { questionId: 'better', op: 'eq', value: 'slow' } },
    { type: 'multi', id: 'channels', label: 'Channels', page: 3, options: [{ value: 'web', label: 'Web' }, { value: 'phone', label: 'Phone' }] },
    { type: 'rating', id: 'phone-rating', label: 'Phone?', page: 3, showIf: { questionId: 'channels', op: 'in', value: ['phone', 'fax'] } },
    { type: 'text', id: 'praise', label: 'Praise', showIf: { questionId: 'nps', op: 'gte', value: 9 } },
  ],
});

const ids = (shown: readonly SurveyQuestion[]) => shown.map((question) => question.id);

describe('survey definition', () => {
  it('fills in the defaults a survey may leave out', () => {
    expect(questions.every((question) => question.required === false)).to.equal(true);
    expect(questions.find((question) => question.type === 'rating')).to.include({ max: 5 });
  });

  it('shows conditional questions only when their condition holds', () => {
    expect(ids(shownQuestions(questions, {}))).to.deep.equal(['nps', 'channels']);
    expect(ids(shownQuestions(questions, { nps: 6 }))).to.deep.equal(['nps', 'better', 'channels']);
    expect(ids(shownQuestions(questions, { nps: 7 }))).to.deep.equal(['nps', 'channels']);
    expect(ids(shownQuestions(questions, { nps: 9 }))).to.deep.equal(['nps', 'channels', 'praise']);
    expect(ids(shownQuestions(questions, { nps: 10, channels: ['web', 'phone'] }))).to.deep.equal(['nps', 'channels', 'phone-rating', 'praise']);
    expect(ids(shownQuestions(questions, { nps: 10, channels: ['web'] }))).to.deep.equal(['nps', 'channels', 'praise']);
  });

  it('hides a question whose condition looks at a hidden one, even if the old answer matched', () => {
    expect(ids(shownQuestions(questions, { nps: 3, better: 'slow' }))).to.deep.equal(['nps', 'better', 'why', 'channels']);
    expect(ids(shownQuestions(questions, { nps: 9, better: 'slow' }))).to.deep.equal(['nps', 'channels', 'praise']);
  });

  it('lists the pages that have something to show, a question without a page on the first', () => {
    expect(pagesOf(shownQuestions(questions, {}))).to.deep.equal([1, 3]);
    expect(pagesOf(shownQuestions(questions, { nps: 2 }))).to.deep.equal([1, 2, 3]);
    expect(shownQuestions(questions, { nps: 9 }).find((question) => question.id === 'praise')?.page).to.equal(undefined);
  });
});
