import { describe, expect, it } from 'vitest';
import { winRate } from './win-rate.js';

describe('winRate', () => {
  it('is won over closed, ignoring open deals', () => {
    const deals = [{ status: 'won' as const }, { status: 'won' as const }, { status: 'lost' as const }, { status: 'open' as const }];
    expect(winRate(deals)).toEqual({ won: 2, lost: 1, rate: 2 / 3 });
  });

  it('is null, not zero, when nothing was closed', () => {
    expect(winRate([{ status: 'open' }])).toEqual({ won: 0, lost: 0, rate: null });
  });

  it('counts only deals closed inside the window, from inclusive and to exclusive', () => {
    const deals = [
      { status: 'won' as const, closedAt: '2025-01-01T00:00:00Z' },
      { status: 'lost' as const, closedAt: '2025-01-31T23:59:59Z' },
      { status: 'won' as const, closedAt: '2025-02-01T00:00:00Z' },
      { status: 'won' as const },
    ];
    expect(winRate(deals, { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-02-01T00:00:00Z') })).toEqual({ won: 1, lost: 1, rate: 0.5 });
  });
});
