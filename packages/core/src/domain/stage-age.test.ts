import { describe, expect, it } from 'vitest';
import { stageAges, type StageAgeDeal } from './stage-age.js';

const now = new Date('2025-03-11T00:00:00Z');

function deal(stageId: string, enteredAt: string, overrides: Partial<StageAgeDeal> = {}): StageAgeDeal {
  return {
    stageId,
    status: 'open',
    createdAt: '2025-01-01T00:00:00Z',
    stageHistory: [
      { stageId: 'qualify', enteredAt: '2025-01-01T00:00:00Z', exitedAt: enteredAt },
      { stageId, enteredAt },
    ],
    ...overrides,
  };
}

describe('stageAges', () => {
  it('averages the days open deals have spent in their current stage', () => {
    const ages = stageAges([deal('propose', '2025-03-01T00:00:00Z'), deal('propose', '2025-03-07T00:00:00Z'), deal('negotiate', '2025-03-10T12:00:00Z')], now);
    expect(ages).toEqual([
      { stageId: 'negotiate', count: 1, averageDays: 0.5, maxDays: 0.5 },
      { stageId: 'propose', count: 2, averageDays: 7, maxDays: 10 },
    ]);
  });

  it('measures a deal without stage history from its creation, and skips closed deals', () => {
    const ages = stageAges(
      [
        { stageId: 'qualify', status: 'open', createdAt: '2025-03-01T00:00:00Z', stageHistory: [] },
        deal('propose', '2025-01-01T00:00:00Z', { status: 'won' }),
      ],
      now,
    );
    expect(ages).toEqual([{ stageId: 'qualify', count: 1, averageDays: 10, maxDays: 10 }]);
  });
});
