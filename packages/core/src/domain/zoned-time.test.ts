import { describe, expect, it } from 'vitest';
import { DAY_MS } from './dates.js';
import { instantOf, localDayOf, offsetAt, weekdayOf } from './zoned-time.js';

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned time', () => {
  it('reads the offset of a zone at an instant, with and without daylight saving', () => {
    expect(offsetAt(Date.parse('2025-01-15T12:00:00Z'), 'Asia/Shanghai')).toBe(8 * 3_600_000);
    expect(offsetAt(Date.parse('2025-01-15T12:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(offsetAt(Date.parse('2025-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(offsetAt(Date.parse('2025-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('switches offset at the exact minute of the change, even inside a cached hour', () => {
    // Lord Howe Island moves by 30 minutes at 02:00 local, which is half past a UTC hour.
    const change = Date.parse('2025-04-05T15:00:00Z');
    expect(offsetAt(change - 60_000, 'Australia/Lord_Howe')).toBe(11 * 3_600_000);
    expect(offsetAt(change, 'Australia/Lord_Howe')).toBe(10.5 * 3_600_000);
  });

  it('finds the local day of an instant in the zone, not in UTC', () => {
    const instant = Date.parse('2025-01-15T20:00:00Z');
    expect(localDayOf(instant, 'Asia/Shanghai')).toBe(dayOf('2025-01-16'));
    expect(localDayOf(instant, 'America/Los_Angeles')).toBe(dayOf('2025-01-15'));
  });

  it('numbers weekdays from Sunday, before and after 1970', () => {
    expect(weekdayOf(dayOf('2025-03-09'))).toBe(0);
    expect(weekdayOf(dayOf('2025-03-15'))).toBe(6);
    expect(weekdayOf(dayOf('1969-12-31'))).toBe(3);
  });

  it('turns wall-clock times into instants on both sides of a DST change', () => {
    expect(iso(instantOf(dayOf('2025-03-08'), 9 * 60, 'America/New_York'))).toBe('2025-03-08T14:00:00.000Z');
    expect(iso(instantOf(dayOf('2025-03-10'), 9 * 60, 'America/New_York'))).toBe('2025-03-10T13:00:00.000Z');
  });

  it('reads a skipped time with the offset before the jump, and a repeated time as its first occurrence', () => {
    expect(iso(instantOf(dayOf('2025-03-09'), 2 * 60 + 30, 'America/New_York'))).toBe('2025-03-09T07:30:00.000Z');
    expect(iso(instantOf(dayOf('2025-11-02'), 60 + 30, 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
  });
});
