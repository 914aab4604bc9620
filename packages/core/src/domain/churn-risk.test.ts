import { describe, expect, it } from 'vitest';
import { churnRisk, usualGapDays } from './churn-risk.js';

const now = new Date('2025-07-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('churnRisk', () => {
  it('is zero for a customer who bought recently and never complained', () => {
    expect(churnRisk({ lastOrderAt: daysAgo(10), usualGapDays: 30 }, now)).toEqual({ risk: 0, reasons: [] });
  });

  it('halves the chance of staying per half-life of days overdue', () => {
    expect(churnRisk({ lastOrderAt: daysAgo(120), usualGapDays: 30 }, now).risk).toBeCloseTo(0.5, 10);
    expect(churnRisk({ lastOrderAt: daysAgo(210), usualGapDays: 30 }, now).risk).toBeCloseTo(0.75, 10);
  });

  it('adds complaints, detractor answers and SLA breaches as independent signals', () => {
    const result = churnRisk({ complaints: 2, detractorResponses: 1, slaBreaches: 1 }, now);
    // Stays with 0.85² × 0.75 × 0.9.
    expect(result.risk).toBeCloseTo(1 - 0.85 ** 2 * 0.75 * 0.9, 10);
    expect(result.reasons.map((r) => [r.factor, r.value])).toEqual([
      ['complaints', 2],
      ['detractors', 1],
      ['sla-breaches', 1],
    ]);
  });

  it('lists the strongest reason first and stays below 1', () => {
    const result = churnRisk({ lastOrderAt: daysAgo(400), complaints: 1 }, now);
    expect(result.reasons.map((r) => r.factor)).toEqual(['recency', 'complaints']);
    expect(result.risk).toBeLessThan(1);
    expect(result.risk).toBeGreaterThan(0.95);
  });

  it('takes its weights from the caller', () => {
    expect(churnRisk({ slaBreaches: 1 }, now, { perSlaBreach: 0.4 }).risk).toBeCloseTo(0.4, 10);
  });

  it('has no recency factor for someone who never bought', () => {
    expect(churnRisk({}, now).risk).toBe(0);
  });
});

describe('usualGapDays', () => {
  it('is the median gap between purchases', () => {
    const times = [0, 10, 40, 50].map((d) => d * 86_400_000);
    expect(usualGapDays(times)).toBe(10);
    expect(usualGapDays([0, 86_400_000 * 3, 86_400_000 * 4])).toBe(2);
    expect(usualGapDays([0])).toBeNull();
  });
});
