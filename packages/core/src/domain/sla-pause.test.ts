import { describe, expect, it } from 'vitest';
import { slaPausePatch } from './sla-pause.js';

const calendar = { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })) };

describe('slaPausePatch', () => {
  it('starts a pause when the ticket starts waiting on the customer', () => {
    expect(slaPausePatch({}, 'pending', new Date('2025-09-15T03:00:00Z'), calendar)).toEqual({ pausedAt: '2025-09-15T03:00:00.000Z' });
  });

  it('adds the paused business minutes when the wait ends', () => {
    // Paused Friday 17:00 → Monday 10:00 Shanghai time: 60 + 60 business minutes.
    const ticket = { pausedAt: '2025-09-19T17:00:00+08:00', pausedMinutes: 30 };
    expect(slaPausePatch(ticket, 'open', new Date('2025-09-22T10:00:00+08:00'), calendar)).toEqual({ pausedAt: undefined, pausedMinutes: 150 });
  });

  it('leaves the pause alone when the change does not start or end a wait', () => {
    expect(slaPausePatch({ pausedAt: '2025-09-19T17:00:00+08:00' }, 'pending', new Date('2025-09-22T10:00:00+08:00'), calendar)).toBeNull();
    expect(slaPausePatch({}, 'resolved', new Date('2025-09-22T10:00:00+08:00'), calendar)).toBeNull();
  });
});
