import { DAY_MS } from './dates.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset of the zone from UTC at instant `ms`, in milliseconds (east positive), read from `Intl`. */
function exactOffset(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  // The formatter shows whole seconds, so compare with the instant truncated to its second.
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

// Offsets change at most a few times a year and never twice within a day: when the offsets at both
// ends of a UTC hour agree, they hold for the whole hour, so one lookup serves every instant in it.
const hourOffsets = new Map<string, Map<number, number>>();
const MAX_CACHED_HOURS = 100_000;

/** Offset of the zone from UTC at instant `ms`, in milliseconds (east positive). */
export function offsetAt(ms: number, timeZone: string): number {
  let cache = hourOffsets.get(timeZone);
  if (!cache) hourOffsets.set(timeZone, (cache = new Map()));
  const hour = Math.floor(ms / HOUR_MS);
  let offset = cache.get(hour);
  if (offset === undefined) {
    const start = exactOffset(hour * HOUR_MS, timeZone);
    offset = start === exactOffset((hour + 1) * HOUR_MS, timeZone) ? start : NaN;
    if (cache.size >= MAX_CACHED_HOURS) cache.clear();
    cache.set(hour, offset);
  }
  return Number.isNaN(offset) ? exactOffset(ms, timeZone) : offset;
}

/** The local calendar day of an instant, as days since 1970-01-01 in that zone. */
export function localDayOf(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / DAY_MS);
}

/** Weekday of a local day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The instant a wall-clock time occurs in a zone. Across a DST change it resolves like
 * `Temporal`'s "compatible" mode: a time that occurs twice (clocks go back) is the earlier one;
 * a time that is skipped (clocks go forward) is read with the offset before the jump, so
 * 02:30 on a spring-forward night is 03:30 new time. Offsets run from UTC−12 to UTC+14, so the
 * instant lies within a day of the wall-clock time read as UTC: the offsets a day either side are
 * the only candidates.
 */
export function instantOf(day: number, minuteOfDay: number, timeZone: string): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const withBefore = wall - before;
  if (before === after) return withBefore;
  const withAfter = wall - after;
  const beforeValid = offsetAt(withBefore, timeZone) === before;
  const afterValid = offsetAt(withAfter, timeZone) === after;
  if (beforeValid && afterValid) return Math.min(withBefore, withAfter);
  if (afterValid) return withAfter;
  return withBefore;
}
