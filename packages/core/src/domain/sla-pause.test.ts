import { describe, expect, it } from 'vitest';
import type { SlaPolicyInput } from './sla-clock.js';
import { slaPausePatch } from './sla-pause.js';

/** Shanghai, Monday–Friday 09:00–18:00; normal tickets are resolved within two business days. */
const policy: SlaPolicyInput = {
  targets: [{ priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 2 * 540 }],
  calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })), holidays: [] },
  escalation: [],
};
// Created Monday 2025-09-15 09:00 Shanghai time: due Tuesday 18:00 without pauses.
const ticket = { priority: 'normal', createdAt: '2025-09-15T09:00:00+08:00' } as const;

describe('slaPausePatch', () => {
  it('starts a pause when the ticket starts waiting on the customer', () => {
    expect(slaPausePatch(ticket, 'pending', new Date('2025-09-15T03:00:00Z'), policy)).toEqual({ pausedAt: '2025-09-15T03:00:00.000Z' });
  });

  it('adds the paused business minutes when the wait ends', () => {
    // Paused Friday 17:00 → Monday 10:00 Shanghai time: 60 + 60 business minutes.
    const waiting = { ...ticket, createdAt: '2025-09-19T09:00:00+08:00', pausedAt: '2025-09-19T17:00:00+08:00', pausedMinutes: 30 };
    expect(slaPausePatch(waiting, 'open', new Date('2025-09-22T10:00:00+08:00'), policy)).toEqual({ pausedAt: undefined, pausedMinutes: 150 });
  });

  it('adds nothing for a wait that started once the target had run out: the breach stands', () => {
    const late = { ...ticket, pausedAt: '2025-09-16T18:00:00+08:00', pausedMinutes: 0 };
    expect(slaPausePatch(late, 'open', new Date('2025-09-17T12:00:00+08:00'), policy)).toEqual({ pausedAt: undefined });
    const earlier = { ...late, pausedAt: '2025-09-16T17:59:00+08:00' };
    expect(slaPausePatch(earlier, 'open', new Date('2025-09-17T12:00:00+08:00'), policy)).toEqual({ pausedAt: undefined, pausedMinutes: 181 });
  });

  it('leaves the pause alone when the change does not start or end a wait', () => {
    expect(slaPausePatch({ ...ticket, pausedAt: '2025-09-19T17:00:00+08:00' }, 'pending', new Date('2025-09-22T10:00:00+08:00'), policy)).toBeNull();
    expect(slaPausePatch(ticket, 'resolved', new Date('2025-09-22T10:00:00+08:00'), policy)).toBeNull();
  });
});
