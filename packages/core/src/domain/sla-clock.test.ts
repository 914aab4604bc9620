import { describe, expect, it } from 'vitest';
import { slaStatus, type SlaPolicyInput, type SlaTicket } from './sla-clock.js';

const weekdays = [1, 2, 3, 4, 5];

/** Shanghai, Monday–Friday 09:00–12:00 and 13:00–18:00; normal tickets: reply in 1 hour, resolve in 1 business day. */
const policy: SlaPolicyInput = {
  targets: [
    { priority: 'normal', firstResponseMinutes: 60, resolutionMinutes: 480, nextReplyMinutes: 120 },
    { priority: 'urgent', firstResponseMinutes: 15, resolutionMinutes: 120 },
  ],
  calendar: {
    timeZone: 'Asia/Shanghai',
    weeklyHours: weekdays.flatMap((day) => [
      { day, start: '09:00', end: '12:00' },
      { day, start: '13:00', end: '18:00' },
    ]),
    holidays: [],
  },
  escalation: [
    { level: 1, atPercent: 75 },
    { level: 2, atPercent: 100 },
    { level: 3, atPercent: 200 },
  ],
};

// 2025-09-15 is a Monday.
const local = (dateTime: string) => `${dateTime}:00+08:00`;
const at = (dateTime: string) => new Date(local(dateTime));
const ticket = (overrides: Partial<SlaTicket> = {}): SlaTicket => ({ priority: 'normal', createdAt: local('2025-09-15T09:00'), ...overrides });

describe('slaStatus', () => {
  it('counts a fresh ticket down towards its first-response target', () => {
    const { firstResponse } = slaStatus(ticket(), policy, at('2025-09-15T09:30'))!;
    expect(firstResponse).toEqual({
      target: 'first-response',
      targetMinutes: 60,
      elapsedMinutes: 30,
      remainingMinutes: 30,
      percentUsed: 50,
      dueAt: at('2025-09-15T10:00'),
      state: 'running',
      breached: false,
      escalationLevel: 0,
      phase: 'ok',
      pausedBecause: undefined,
    });
  });

  it('raises the escalation level step by step as the target is used up', () => {
    const levelAt = (time: string) => slaStatus(ticket(), policy, at(time))!.firstResponse.escalationLevel;
    expect([levelAt('2025-09-15T09:44'), levelAt('2025-09-15T09:45'), levelAt('2025-09-15T10:00'), levelAt('2025-09-15T10:59'), levelAt('2025-09-15T11:00')]).toEqual([0, 1, 2, 2, 3]);
  });

  it('reports a breach with negative remaining time once the target is passed', () => {
    const { firstResponse } = slaStatus(ticket(), policy, at('2025-09-15T10:30'))!;
    expect(firstResponse).toMatchObject({ breached: true, remainingMinutes: -30, percentUsed: 150, state: 'running' });
  });

  it('counts only business hours: a ticket from Friday evening is due on Monday morning', () => {
    const friday = ticket({ createdAt: local('2025-09-19T17:30') });
    const { firstResponse } = slaStatus(friday, policy, at('2025-09-22T09:10'))!;
    expect(firstResponse).toMatchObject({ elapsedMinutes: 40, dueAt: at('2025-09-22T09:30'), breached: false });
  });

  it('stops the clock at the first reply; a reply at the due minute is on time', () => {
    const onTime = slaStatus(ticket({ firstRespondedAt: local('2025-09-15T10:00') }), policy, at('2025-09-16T10:00'))!;
    expect(onTime.firstResponse).toMatchObject({ state: 'stopped', elapsedMinutes: 60, breached: false });
    const late = slaStatus(ticket({ firstRespondedAt: local('2025-09-15T10:01') }), policy, at('2025-09-16T10:00'))!;
    expect(late.firstResponse).toMatchObject({ state: 'stopped', elapsedMinutes: 61, breached: true });
  });

  it('treats a resolution before any reply as the reply', () => {
    const status = slaStatus(ticket({ resolvedAt: local('2025-09-15T09:20') }), policy, at('2025-09-16T09:00'))!;
    expect(status.firstResponse).toMatchObject({ state: 'stopped', elapsedMinutes: 20 });
    expect(status.resolution).toMatchObject({ state: 'stopped', elapsedMinutes: 20, breached: false });
  });

  it('freezes the resolution clock while waiting on the customer, with no due time', () => {
    const waiting = ticket({ firstRespondedAt: local('2025-09-15T09:10'), pausedAt: local('2025-09-15T11:00') });
    const { resolution, firstResponse } = slaStatus(waiting, policy, at('2025-09-17T15:00'))!;
    expect(resolution).toMatchObject({ state: 'paused', elapsedMinutes: 120, remainingMinutes: 360, dueAt: null, breached: false });
    expect(firstResponse.state).toBe('stopped');
  });

  it('moves the due time by the business minutes spent paused', () => {
    // Paused Monday 11:00 → Tuesday 11:00 (480 business minutes), resumed since.
    const resumed = ticket({ firstRespondedAt: local('2025-09-15T09:10'), pausedMinutes: 480 });
    const { resolution } = slaStatus(resumed, policy, at('2025-09-16T12:30'))!;
    expect(resolution).toMatchObject({ state: 'running', elapsedMinutes: 180, remainingMinutes: 300, dueAt: at('2025-09-16T18:00') });
  });

  it('picks the target of the ticket’s priority, and gives null when the policy has none', () => {
    const urgent = slaStatus(ticket({ priority: 'urgent' }), policy, at('2025-09-15T09:30'))!;
    expect(urgent.firstResponse).toMatchObject({ targetMinutes: 15, breached: true });
    expect(slaStatus(ticket({ priority: 'low' }), policy, at('2025-09-15T09:30'))).toBeNull();
  });

  it('fires an escalation step at exactly its share of the target, counted in whole minutes', () => {
    const steps = (atPercent: number): SlaPolicyInput => ({ ...policy, targets: [{ priority: 'normal', firstResponseMinutes: 100, resolutionMinutes: 480 }], escalation: [{ level: 1, atPercent }] });
    const levelAfter = (minutes: number, atPercent: number) => slaStatus(ticket(), steps(atPercent), new Date(at('2025-09-15T09:00').getTime() + minutes * 60_000))!.firstResponse;
    for (const minutes of [29, 57, 58]) {
      expect(levelAfter(minutes, minutes)).toMatchObject({ elapsedMinutes: minutes, percentUsed: minutes, escalationLevel: 1 });
      expect(levelAfter(minutes - 1, minutes).escalationLevel).toBe(0);
    }
  });

  describe('a breach, once reached, stands', () => {
    const replied = { firstRespondedAt: local('2025-09-15T09:10') };
    // Resolution due Monday 18:00 (480 business minutes).

    it('stays breached when the clock is paused exactly at its due minute', () => {
      const { resolution } = slaStatus(ticket({ ...replied, pausedAt: local('2025-09-15T18:00') }), policy, at('2025-09-16T10:00'))!;
      expect(resolution).toMatchObject({ state: 'running', breached: true, dueAt: at('2025-09-15T18:00'), elapsedMinutes: 540 });
    });

    it('still pauses a minute before the due minute, without a breach', () => {
      const { resolution } = slaStatus(ticket({ ...replied, pausedAt: local('2025-09-15T17:59') }), policy, at('2025-09-16T10:00'))!;
      expect(resolution).toMatchObject({ state: 'paused', breached: false, dueAt: null, elapsedMinutes: 479 });
    });

    it('keeps the due time at the breach when a wait starts after it', () => {
      const { resolution } = slaStatus(ticket({ ...replied, pausedAt: local('2025-09-16T10:00') }), policy, at('2025-09-16T11:00'))!;
      expect(resolution).toMatchObject({ state: 'running', breached: true, dueAt: at('2025-09-15T18:00'), elapsedMinutes: 600 });
    });
  });

  it('moves a clock from ok to warning to breached, and calls a reply in time met', () => {
    const phaseAt = (time: string, overrides: Partial<SlaTicket> = {}) => slaStatus(ticket(overrides), policy, at(time))!.firstResponse.phase;
    expect([phaseAt('2025-09-15T09:44'), phaseAt('2025-09-15T09:45'), phaseAt('2025-09-15T10:00')]).toEqual(['ok', 'warning', 'breached']);
    expect(phaseAt('2025-09-15T11:00', { firstRespondedAt: local('2025-09-15T09:50') })).toBe('met');
    expect(phaseAt('2025-09-15T11:00', { firstRespondedAt: local('2025-09-15T10:20') })).toBe('breached');
    // The host's warning share moves where warning starts.
    expect(slaStatus(ticket(), policy, at('2025-09-15T09:35'), { warningPercent: 50 })!.firstResponse.phase).toBe('warning');
  });

  it('cancels the first-response clock of a ticket resolved without any reply', () => {
    const status = slaStatus(ticket({ resolvedAt: local('2025-09-15T09:20') }), policy, at('2025-09-15T10:00'))!;
    expect(status.firstResponse).toMatchObject({ state: 'stopped', phase: 'cancelled' });
    expect(status.resolution.phase).toBe('met');
  });

  it('says why a clock is not moving: waiting on the customer, or outside business hours', () => {
    const lunch = slaStatus(ticket(), policy, at('2025-09-15T12:30'))!;
    expect(lunch.firstResponse).toMatchObject({ state: 'running', pausedBecause: 'outside-business-hours', elapsedMinutes: 180 });
    const waiting = slaStatus(ticket({ firstRespondedAt: local('2025-09-15T09:10'), pausedAt: local('2025-09-15T10:00') }), policy, at('2025-09-15T12:30'))!;
    expect(waiting.resolution).toMatchObject({ state: 'paused', pausedBecause: 'waiting-on-customer' });
    expect(slaStatus(ticket(), policy, at('2025-09-15T09:30'))!.firstResponse.pausedBecause).toBeUndefined();
  });

  it('runs a next-reply clock from the customer message that waits for an answer, in business time', () => {
    const answered = { firstRespondedAt: local('2025-09-15T09:10') };
    expect(slaStatus(ticket(answered), policy, at('2025-09-15T10:00'))!.nextReply).toBeNull();
    // Written at 17:30: 30 minutes on Monday, the other 90 on Tuesday morning.
    const waiting = slaStatus(ticket({ ...answered, awaitingReplySince: local('2025-09-15T17:30') }), policy, at('2025-09-16T10:00'))!;
    expect(waiting.nextReply).toMatchObject({ target: 'next-reply', targetMinutes: 120, elapsedMinutes: 90, phase: 'warning', dueAt: at('2025-09-16T10:30') });
    // Without a next-reply target in the policy there is no such clock.
    expect(slaStatus(ticket({ ...answered, priority: 'urgent', awaitingReplySince: local('2025-09-15T17:30') }), policy, at('2025-09-16T10:00'))!.nextReply).toBeNull();
    // A resolution answers everything.
    expect(slaStatus(ticket({ ...answered, awaitingReplySince: local('2025-09-15T17:30'), resolvedAt: local('2025-09-16T09:30') }), policy, at('2025-09-16T10:00'))!.nextReply).toBeNull();
  });
});
