import type { SurveyQuestion } from '@rapport/core';
import { expect } from '@open-wc/testing';
import { answerIssues } from './answer-issues.js';

const codes = (question: SurveyQuestion, answer: Parameters<typeof answerIssues>[1]) => answerIssues(question, answer).map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('answer issues', () => {
  const nps: SurveyQuestion = { type: 'nps', id: 'nps', label: 'Recommend?', required: true };
  const comment: SurveyQuestion = { type: 'text', id: 'comment', label: 'Comment', required: false, maxLength: 10 };
  const email: SurveyQuestion = { type: 'email', id: 'email', label: 'Email', required: false };
  const channels: SurveyQuestion = { type: 'multi', id: 'channels', label: 'Channels', required: true, options: [{ value: 'web', label: 'Web' }] };

  it('requires an answer only where the question is required; blanks and empty choices count as none', () => {
    expect(codes(nps, undefined)).to.deep.equal(['nps:required']);
    expect(codes(nps, 0)).to.deep.equal([]);
    expect(codes(channels, [])).to.deep.equal(['channels:required']);
    expect(codes(comment, '   ')).to.deep.equal([]);
    expect(codes({ ...comment, required: true }, '   ')).to.deep.equal(['comment:required']);
  });

  it('refuses text beyond its limit and an email address that cannot be one', () => {
    expect(codes(comment, '0123456789')).to.deep.equal([]);
    expect(codes(comment, '0123456789!')).to.deep.equal(['comment:too_big']);
    expect(codes(email, 'li.na@example.cn')).to.deep.equal([]);
    expect(codes(email, ' li.na@example.cn ')).to.deep.equal([]);
    expect(codes(email, 'li.na@example')).to.deep.equal(['email:invalid_format']);
    expect(codes(email, 'li na@example.cn')).to.deep.equal(['email:invalid_format']);
  });
});
