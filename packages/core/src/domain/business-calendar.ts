import { ValidationError } from '../errors/validation-error.js';
import type { BusinessCalendar } from '../schema/sla-policy.js';
import { DAY_MS } from './dates.js';
import { instantOf, localDayOf, weekdayOf } from './zoned-time.js';

const MINUTE_MS = 60_000;

export type CalendarInput = Pick<BusinessCalendar, 'timeZone' | 'weeklyHours'> & { readonly holidays?: readonly string[] };

interface CompiledCalendar {
  readonly timeZone: string;
  /** Per weekday, [start, end) minute-of-day ranges as written (they may overlap). */
  readonly hours: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Local day numbers that are holidays. */
  readonly holidays: ReadonlySet<number>;
  /** Open ranges of the local days walked so far, as instants: clocks of many tickets walk the same days. */
  readonly days: Map<number, ReadonlyArray<readonly [number, number]>>;
}

const MAX_CACHED_DAYS = 10_000;

const compiled = new WeakMap<CalendarInput, CompiledCalendar>();

const minuteOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Parses a calendar once (and remembers it). Ranges are merged later, as instants. */
function compile(calendar: CalendarInput): CompiledCalendar {
  const known = compiled.get(calendar);
  if (known) return known;
  const byWeekday: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
  for (const { day, start, end } of calendar.weeklyHours) {
    const from = minuteOf(start);
    const to = minuteOf(end);
    if (to > from) byWeekday[day]?.push([from, to]);
  }
  if (byWeekday.every((ranges) => ranges.length === 0)) {
    throw new ValidationError([{ path: ['calendar', 'weeklyHours'], code: 'too_small', message: 'A business calendar needs open hours on at least one day' }]);
  }
  const holidays = new Set((calendar.holidays ?? []).map((date) => Date.parse(`${date}T00:00:00Z`) / DAY_MS));
  const result = { timeZone: calendar.timeZone, hours: byWeekday, holidays, days: new Map() };
  compiled.set(calendar, result);
  return result;
}

/** The open ranges of one local day as instants, sorted and merged; none on holidays. Remembered per calendar. */
function openRangesOf(calendar: CompiledCalendar, day: number): ReadonlyArray<readonly [number, number]> {
  let known = calendar.days.get(day);
  if (!known) {
    known = calendar.holidays.has(day) ? [] : mergedRangesOf(calendar, day);
    if (calendar.days.size >= MAX_CACHED_DAYS) calendar.days.clear();
    calendar.days.set(day, known);
  }
  return known;
}

/**
 * Merging happens after the conversion to instants: across a clock change two ranges can overlap
 * (or stop overlapping) as instants where they did not as wall-clock times, and a skipped end time
 * can put a later wall-clock range before an earlier one.
 */
function mergedRangesOf(calendar: CompiledCalendar, day: number): Array<readonly [number, number]> {
  const ranges = (calendar.hours[weekdayOf(day)] ?? [])
    .map(([from, to]): [number, number] => [instantOf(day, from, calendar.timeZone), instantOf(day, to, calendar.timeZone)])
    .filter(([open, close]) => close > open)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [open, close] of ranges) {
    const last = merged.at(-1);
    if (last && open <= last[1]) last[1] = Math.max(last[1], close);
    else merged.push([open, close]);
  }
  return merged;
}

/**
 * The open ranges from the local day of `fromMs` on, in order and never overlapping. It starts a
 * day early and trims each range to what the previous ones left, because a skipped wall-clock
 * time late in one day can reach into the next.
 */
function* openRangesFrom(calendar: CompiledCalendar, fromMs: number): Generator<readonly [number, number]> {
  let countedUntil = -Infinity;
  for (let day = localDayOf(fromMs, calendar.timeZone) - 1; ; day++) {
    for (const [open, close] of openRangesOf(calendar, day)) {
      const from = Math.max(open, countedUntil);
      if (close <= from) continue;
      countedUntil = close;
      yield [from, close];
    }
  }
}

/**
 * The instant `minutes` business minutes after `start`: the clock runs only inside the weekly
 * hours, in the calendar's time zone, and not on holidays. Walks day by day, so a long target costs
 * one step per calendar day. With `minutes` 0 it is the first open instant at or after `start`.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: CalendarInput): Date {
  const cal = compile(calendar);
  let remainingMs = Math.max(0, minutes) * MINUTE_MS;
  const startMs = start.getTime();
  for (const [open, close] of openRangesFrom(cal, startMs)) {
    const from = Math.max(open, startMs);
    if (close <= from) continue;
    if (remainingMs <= close - from) return new Date(from + remainingMs);
    remainingMs -= close - from;
  }
  throw new Error('unreachable: a compiled calendar opens every week');
}

/** Business minutes between two instants (0 when `end` is not after `start`). */
export function businessMinutesBetween(start: Date, end: Date, calendar: CalendarInput): number {
  const cal = compile(calendar);
  const startMs = start.getTime();
  const endMs = end.getTime();
  if (endMs <= startMs) return 0;
  let totalMs = 0;
  for (const [open, close] of openRangesFrom(cal, startMs)) {
    if (open >= endMs) break;
    const from = Math.max(open, startMs);
    const to = Math.min(close, endMs);
    if (to > from) totalMs += to - from;
  }
  return totalMs / MINUTE_MS;
}

/** Whether the business clock runs at `at`. */
export function isBusinessTime(at: Date, calendar: CalendarInput): boolean {
  const ms = at.getTime();
  for (const [open, close] of openRangesFrom(compile(calendar), ms)) {
    if (open > ms) return false;
    if (ms < close) return true;
  }
  return false;
}
