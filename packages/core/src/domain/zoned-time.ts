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
// ends of a twelve-hour UTC span agree, they hold for the whole span; when they differ, the span holds
// one change, found once to the second. Either way every later lookup in the span is arithmetic.
const SPAN_MS = 12 * HOUR_MS;
const SECOND_MS = 1000;

/** The offsets of one span: `before` until `changeAt`, `after` from it (equal when nothing changes). */
interface SpanOffsets {
  readonly before: number;
  readonly changeAt: number;
  readonly after: number;
}

const spanOffsets = new Map<string, Map<number, SpanOffsets>>();
const MAX_CACHED_SPANS = 100_000;

function offsetsOfSpan(span: number, timeZone: string): SpanOffsets {
  let low = span * SPAN_MS;
  let high = low + SPAN_MS;
  const before = exactOffset(low, timeZone);
  const after = exactOffset(high, timeZone);
  if (before === after) return { before, changeAt: high, after };
  // Binary search for the first second with the new offset.
  while (high - low > SECOND_MS) {
    const middle = low + Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS;
    if (exactOffset(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return { before, changeAt: high, after };
}

/** Offset of the zone from UTC at instant `ms`, in milliseconds (east positive). */
export function offsetAt(ms: number, timeZone: string): number {
  let cache = spanOffsets.get(timeZone);
  if (!cache) spanOffsets.set(timeZone, (cache = new Map()));
  const span = Math.floor(ms / SPAN_MS);
  let offsets = cache.get(span);
  if (offsets === undefined) {
    offsets = offsetsOfSpan(span, timeZone);
    if (cache.size >= MAX_CACHED_SPANS) cache.clear();
    cache.set(span, offsets);
  }
  return ms < offsets.changeAt ? offsets.before : offsets.after;
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
