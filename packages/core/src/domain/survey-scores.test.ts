import { describe, expect, it } from 'vitest';
import { CSAT_SCALE, NPS_SCALE, csatScore, meanScore, npsCategory, npsScore, scoreDistribution } from './survey-scores.js';

describe('npsScore', () => {
  it('is % promoters minus % detractors', () => {
    // 5 promoters (9, 10), 3 passives (7, 8), 2 detractors (0–6) out of 10: 50 % − 20 % = 30.
    expect(npsScore([10, 9, 9, 10, 9, 7, 8, 8, 6, 0])).toEqual({ responses: 10, promoters: 5, passives: 3, detractors: 2, score: 30 });
  });

  it('is exact when the score is a whole number', () => {
    const answers = [...Array<number>(7).fill(9), ...Array<number>(93).fill(7)];
    expect(npsScore(answers).score).toBe(7);
  });

  it('reaches −100 and 100 at the extremes, and is null without answers', () => {
    expect(npsScore([0, 3, 6]).score).toBe(-100);
    expect(npsScore([9, 10]).score).toBe(100);
    expect(npsScore([]).score).toBeNull();
  });

  it('puts the category boundaries at 6|7 and 8|9', () => {
    expect([6, 7, 8, 9].map(npsCategory)).toEqual(['detractor', 'passive', 'passive', 'promoter']);
  });

  it('refuses an answer off the 0–10 scale, naming its position', () => {
    expect(() => npsScore([5, 11])).toThrowError(expect.objectContaining({ kind: 'validation', issues: [expect.objectContaining({ path: [1] })] }));
    expect(() => npsScore([7.5])).toThrowError(expect.objectContaining({ kind: 'validation' }));
  });
});

describe('csatScore', () => {
  it('is the share of 4 and 5 answers', () => {
    expect(csatScore([5, 4, 3, 2, 5, 1, 4, 4])).toEqual({ responses: 8, satisfied: 5, score: 62.5 });
    expect(csatScore([...Array<number>(7).fill(5), ...Array<number>(93).fill(3)]).score).toBe(7);
    expect(csatScore([]).score).toBeNull();
  });
});

describe('meanScore', () => {
  it('averages CES answers on 1–7', () => {
    expect(meanScore([1, 2, 2, 7])).toEqual({ responses: 4, mean: 3 });
    expect(meanScore([]).mean).toBeNull();
    expect(() => meanScore([8])).toThrowError(expect.objectContaining({ kind: 'validation' }));
  });
});

describe('scoreDistribution', () => {
  it('counts answers per point, lowest point first', () => {
    expect(scoreDistribution([5, 5, 1, 3], CSAT_SCALE)).toEqual([1, 0, 1, 0, 2]);
    expect(scoreDistribution([], NPS_SCALE)).toHaveLength(11);
  });
});
