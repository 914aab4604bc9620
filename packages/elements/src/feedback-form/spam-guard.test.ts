import { expect } from '@open-wc/testing';
import { judgeSubmission, type SubmissionFacts } from './spam-guard.js';

const facts: SubmissionFacts = { honeypot: '', shownAt: 10_000, now: 20_000, minFillMs: 3_000, lastSubmittedAt: undefined, throttleMs: 60_000 };

describe('spam guard', () => {
  it('accepts a person who took their time and has not answered lately', () => {
    expect(judgeSubmission(facts)).to.deep.equal({ kind: 'accept' });
    expect(judgeSubmission({ ...facts, lastSubmittedAt: 20_000 - 60_000 })).to.deep.equal({ kind: 'accept' });
  });

  it('takes a filled honeypot for a bot, whatever else is true', () => {
    expect(judgeSubmission({ ...facts, honeypot: 'https://spam.example', now: 10_001 })).to.deep.equal({ kind: 'bot' });
  });

  it('holds back a submission faster than the minimum time to fill, saying how long is left', () => {
    expect(judgeSubmission({ ...facts, now: 12_000 })).to.deep.equal({ kind: 'too-fast', waitMs: 1_000 });
  });

  it('throttles a second response from the same visitor, saying how long is left', () => {
    expect(judgeSubmission({ ...facts, lastSubmittedAt: 5_000 })).to.deep.equal({ kind: 'throttled', waitMs: 45_000 });
  });
});
