import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isBusinessTime, type CalendarInput } from './business-calendar.js';

const weekdays = [1, 2, 3, 4, 5];

/** Shanghai office: Monday to Friday, 09:00–12:00 and 13:00–18:00 (lunch closed), 8 hours a day. */
const shanghai: CalendarInput = {
  timeZone: 'Asia/Shanghai',
  weeklyHours: weekdays.flatMap((day) => [
    { day, start: '09:00', end: '12:00' },
    { day, start: '13:00', end: '18:00' },
  ]),
  holidays: ['2025-10-01', '2025-10-02', '2025-10-03'],
};

const at = (iso: string) => new Date(iso);
const add = (start: string, minutes: number, calendar = shanghai) => addBusinessMinutes(at(start), minutes, calendar).toISOString();

describe('addBusinessMinutes', () => {
  it('stays within the same open range', () => {
    expect(add('2025-09-15T09:30:00+08:00', 60)).toBe('2025-09-15T02:30:00.000Z');
  });

  it('skips the lunch break', () => {
    expect(add('2025-09-15T11:30:00+08:00', 60)).toBe(at('2025-09-15T13:30:00+08:00').toISOString());
  });

  it('ends exactly at closing time rather than the next morning', () => {
    expect(add('2025-09-15T09:00:00+08:00', 8 * 60)).toBe(at('2025-09-15T18:00:00+08:00').toISOString());
  });

  it('runs through midnight on a calendar open around the clock (24:00 ends the day)', () => {
    const always: CalendarInput = { timeZone: 'UTC', weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })) };
    expect(add('2025-09-15T23:35:00Z', 45, always)).toBe('2025-09-16T00:20:00.000Z');
    expect(businessMinutesBetween(at('2025-09-15T23:30:00Z'), at('2025-09-16T00:30:00Z'), always)).toBe(60);
  });

  it('carries over the night and over a weekend', () => {
    expect(add('2025-09-15T17:00:00+08:00', 120)).toBe(at('2025-09-16T10:00:00+08:00').toISOString());
    expect(add('2025-09-19T17:30:00+08:00', 60)).toBe(at('2025-09-22T09:30:00+08:00').toISOString());
  });

  it('starts counting at the next opening when created outside business hours', () => {
    expect(add('2025-09-20T10:00:00+08:00', 30)).toBe(at('2025-09-22T09:30:00+08:00').toISOString());
    expect(add('2025-09-15T06:00:00+08:00', 0)).toBe(at('2025-09-15T09:00:00+08:00').toISOString());
  });

  it('skips holidays that run into a weekend', () => {
    // 2025-10-01 (Wed) to 10-03 (Fri) are holidays, then Saturday and Sunday: next open day is Monday 10-06.
    expect(add('2025-09-30T17:00:00+08:00', 120)).toBe(at('2025-10-06T10:00:00+08:00').toISOString());
  });

  it('follows the local clock across a daylight-saving change', () => {
    // Berlin, every day 09:00–17:00. Clocks go forward in the night to Sunday 2025-03-30,
    // so Sunday opens at 07:00 UTC instead of 08:00 UTC.
    const berlin: CalendarInput = { timeZone: 'Europe/Berlin', weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '09:00', end: '17:00' })) };
    expect(add('2025-03-29T08:00:00Z', 8 * 60 + 60, berlin)).toBe('2025-03-30T08:00:00.000Z');
  });

  it('refuses a calendar that is never open', () => {
    expect(() => addBusinessMinutes(at('2025-09-15T09:00:00Z'), 10, { timeZone: 'UTC', weeklyHours: [{ day: 1, start: '10:00', end: '10:00' }] })).toThrowError(
      expect.objectContaining({ kind: 'validation', issues: [expect.objectContaining({ path: ['calendar', 'weeklyHours'] })] }),
    );
  });
});

describe('businessMinutesBetween', () => {
  it('counts only open hours of working days', () => {
    expect(businessMinutesBetween(at('2025-09-15T08:00:00+08:00'), at('2025-09-15T14:00:00+08:00'), shanghai)).toBe(4 * 60);
    expect(businessMinutesBetween(at('2025-09-19T17:00:00+08:00'), at('2025-09-22T10:00:00+08:00'), shanghai)).toBe(120);
  });

  it('is zero over a holiday week-end and when the end is not after the start', () => {
    expect(businessMinutesBetween(at('2025-10-01T00:00:00+08:00'), at('2025-10-06T00:00:00+08:00'), shanghai)).toBe(0);
    expect(businessMinutesBetween(at('2025-09-16T10:00:00+08:00'), at('2025-09-15T10:00:00+08:00'), shanghai)).toBe(0);
  });

  it('gives a 23-hour and a 25-hour day where New York clocks change, for round-the-clock hours', () => {
    // 00:00–24:00 local: a normal day has 1440 open minutes.
    const allDay: CalendarInput = { timeZone: 'America/New_York', weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })) };
    expect(businessMinutesBetween(at('2025-03-09T05:00:00Z'), at('2025-03-10T04:00:00Z'), allDay)).toBe(23 * 60);
    expect(businessMinutesBetween(at('2025-11-02T04:00:00Z'), at('2025-11-03T05:00:00Z'), allDay)).toBe(25 * 60);
  });

  it('is the inverse of addBusinessMinutes for any start and duration', () => {
    const start = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 20_000 }), fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London'), (from, minutes, timeZone) => {
        const calendar = { ...shanghai, timeZone };
        const due = addBusinessMinutes(from, minutes, calendar);
        expect(businessMinutesBetween(from, due, calendar)).toBeCloseTo(minutes, 6);
        expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
      }),
    );
  });
});

describe('isBusinessTime', () => {
  it('is true inside open hours only', () => {
    expect(isBusinessTime(at('2025-09-15T10:00:00+08:00'), shanghai)).toBe(true);
    expect(isBusinessTime(at('2025-09-15T12:30:00+08:00'), shanghai)).toBe(false);
    expect(isBusinessTime(at('2025-10-01T10:00:00+08:00'), shanghai)).toBe(false);
  });
});

describe('regressions found by the differential test', () => {
  it('merges open ranges as instants, so a spring-forward night counts each real minute once', () => {
    // 02:45 does not exist on 2025-03-09 in New York: it is 03:45 EDT and overlaps the 03:00 range.
    const sunday: CalendarInput = {
      timeZone: 'America/New_York',
      weeklyHours: [
        { day: 0, start: '00:00', end: '02:45' },
        { day: 0, start: '03:00', end: '06:00' },
      ],
    };
    expect(businessMinutesBetween(at('2025-03-09T05:00:00Z'), at('2025-03-09T10:00:00Z'), sunday)).toBe(300);
    expect(add('2025-03-09T05:00:00Z', 300, sunday)).toBe('2025-03-09T10:00:00.000Z');
  });

  it('keeps the minute a skipped end time adds beyond an overlapping range', () => {
    // 02:01 on 2024-03-10 is 03:01 EDT, one minute past the other range's 03:00.
    const sunday: CalendarInput = {
      timeZone: 'America/New_York',
      weeklyHours: [
        { day: 0, start: '00:00', end: '02:01' },
        { day: 0, start: '00:00', end: '03:00' },
      ],
    };
    expect(businessMinutesBetween(at('2024-03-10T05:00:00Z'), at('2024-03-11T05:00:00Z'), sunday)).toBe(121);
    expect(add('2024-03-10T05:00:00Z', 121, sunday)).toBe('2024-03-10T07:01:00.000Z');
  });

  it('applies the changeover rule in zones twelve or more hours ahead of UTC', () => {
    const auckland: CalendarInput = { timeZone: 'Pacific/Auckland', weeklyHours: [{ day: 0, start: '02:30', end: '04:00' }] };
    // Clocks go back at 03:00 NZDT on 2024-04-07: 02:30 is first 13:30Z, then 14:30Z; 04:00 NZST is 16:00Z.
    expect(add('2024-04-06T00:00:00Z', 0, auckland)).toBe('2024-04-06T13:30:00.000Z');
    expect(businessMinutesBetween(at('2024-04-06T00:00:00Z'), at('2024-04-08T00:00:00Z'), auckland)).toBe(150);
    // Clocks go forward at 02:00 NZST on 2024-09-29: 02:30 is read as NZST (14:30Z), 04:00 NZDT is 15:00Z.
    expect(add('2024-09-28T00:00:00Z', 0, auckland)).toBe('2024-09-28T14:30:00.000Z');
    expect(businessMinutesBetween(at('2024-09-28T00:00:00Z'), at('2024-09-30T00:00:00Z'), auckland)).toBe(30);
  });
});
