import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, isBusinessTime, type CalendarInput } from './business-calendar.js';
import { DAY_MS } from './dates.js';
import { slaStatus, type SlaPolicyInput } from './sla-clock.js';
import { slaPausePatch } from './sla-pause.js';
import { csatScore, npsScore } from './survey-scores.js';
import { instantOf } from './zoned-time.js';

/*
 * Differential tests: the calendar, the SLA clock and the scores against a brute-force reference
 * that shares none of their code. The reference turns each open range into instants with
 * `Temporal` ("compatible" disambiguation, the rule docs/domain/sla.md documents), marks every
 * open minute in a bitmap and walks it minute by minute.
 */

const MINUTE_MS = 60_000;
const runs = (numRuns: number) => ({ seed: 22, numRuns });
/** A few seconds alone; room for a machine busy with other suites. */
const SLOW = { timeout: 30_000 };

/** DST in both hemispheres, UTC+13/+14, around UTC−12, and half- and quarter-hour offsets. */
const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Santiago',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Tongatapu',
  'Pacific/Pago_Pago',
  'Etc/GMT+12',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Eucla',
  'Asia/Shanghai',
] as const;

/** Instants the zone's offset changes at in 2024–2026 (none for zones without DST). */
const transitionsOf = (timeZone: string): number[] => {
  const found: number[] = [];
  let at: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({ year: 2024, month: 1, day: 1, timeZone });
  while ((at = at.getTimeZoneTransition('next')) && at.year < 2027) found.push(at.epochMilliseconds);
  return found;
};
const TRANSITIONS = new Map(ZONES.map((zone) => [zone, transitionsOf(zone)]));

/** A minute-aligned instant, most of the time within two days of one of the zone's offset changes. */
const instantNear = (timeZone: string) => {
  const changes = TRANSITIONS.get(timeZone as (typeof ZONES)[number]) ?? [];
  const anyTime = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z') / MINUTE_MS, max: Date.parse('2026-12-01T00:00:00Z') / MINUTE_MS }).map((minute) => minute * MINUTE_MS);
  if (changes.length === 0) return anyTime;
  const nearChange = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -2 * 1440, max: 2 * 1440 })).map(([change, minutes]) => change + minutes * MINUTE_MS);
  return fc.oneof({ arbitrary: nearChange, weight: 4 }, { arbitrary: anyTime, weight: 1 });
};

/** Times of day, biased towards midnight and the small hours, where clocks change. */
const minuteOfDay = fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(0, 1, 45, 60, 90, 120, 121, 135, 150, 165, 180, 181, 240, 1380, 1410, 1439));
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Several ranges, overlapping or adjacent ones included; often every day, so a change day is open. */
const weeklyHours = fc
  .array(
    fc.tuple(fc.option(fc.integer({ min: 0, max: 6 }), { freq: 2 }), minuteOfDay, minuteOfDay).filter(([, a, b]) => a !== b),
    { minLength: 1, maxLength: 4 },
  )
  .chain((ranges) =>
    // Half the time make one range end where the next starts (adjacent ranges).
    fc.boolean().map((adjacent) => {
      const hours = ranges.flatMap(([day, a, b]) => {
        const [start, end] = a < b ? [a, b] : [b, a];
        return (day === null ? [0, 1, 2, 3, 4, 5, 6] : [day]).map((d) => ({ day: d, start: hhmm(start), end: hhmm(end) }));
      });
      const first = hours[0]!;
      if (adjacent && first.end < '23:59') hours.push({ day: first.day, start: first.end, end: '23:59' });
      return hours;
    }),
  );

interface Case {
  readonly calendar: CalendarInput;
  readonly from: number;
}

const isoDate = (ms: number, timeZone: string) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate().toString();

/** A calendar in one of the zones and a start near one of its clock changes; holidays fall near the start. */
const calendarCase: fc.Arbitrary<Case> = fc.constantFrom(...ZONES).chain((timeZone) =>
  fc.tuple(weeklyHours, instantNear(timeZone), fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 2 })).map(([hours, from, holidayDays]) => ({
    calendar: { timeZone, weeklyHours: hours, holidays: holidayDays.map((days) => isoDate(from + days * DAY_MS, timeZone)) },
    from,
  })),
);

const WINDOW_DAYS = 4;

/** A wall-clock time on a date in a zone, as Temporal resolves it; remembered, since cases share change days. */
const resolved = new Map<string, number>();
function referenceInstant(date: Temporal.PlainDate, time: string, timeZone: string): number {
  const key = `${timeZone} ${date.toString()} ${time}`;
  let ms = resolved.get(key);
  if (ms === undefined) {
    ms = date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) }).epochMilliseconds;
    resolved.set(key, ms);
  }
  return ms;
}

/** The reference: every open minute from `from` (minute-aligned) for WINDOW_DAYS days. */
class ReferenceCalendar {
  private readonly open: Uint8Array;

  constructor(
    calendar: CalendarInput,
    private readonly from: number,
  ) {
    this.open = new Uint8Array(WINDOW_DAYS * 1440);
    const holidays = new Set(calendar.holidays ?? []);
    const firstDate = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(calendar.timeZone).toPlainDate().subtract({ days: 2 });
    for (let offset = 0; offset <= WINDOW_DAYS + 2; offset++) {
      const date = firstDate.add({ days: offset });
      if (holidays.has(date.toString())) continue;
      for (const { day, start, end } of calendar.weeklyHours) {
        if (day !== date.dayOfWeek % 7) continue;
        const open = referenceInstant(date, start, calendar.timeZone);
        const close = referenceInstant(date, end, calendar.timeZone);
        for (let ms = open; ms < close; ms += MINUTE_MS) this.mark(ms);
      }
    }
  }

  private mark(ms: number): void {
    const index = (ms - this.from) / MINUTE_MS;
    if (index >= 0 && index < this.open.length) this.open[index] = 1;
  }

  /** The last instant the bitmap covers. */
  get end(): number {
    return this.from + this.open.length * MINUTE_MS;
  }

  isOpen(ms: number): boolean {
    return this.open[(ms - this.from) / MINUTE_MS] === 1;
  }

  /** Open minutes in [start, end), both minute-aligned inside the window, leaving out [skipFrom, skipTo). */
  count(start: number, end: number, skipFrom = 0, skipTo = 0): number {
    let total = 0;
    for (let ms = start; ms < end; ms += MINUTE_MS) if (this.isOpen(ms) && !(ms >= skipFrom && ms < skipTo)) total++;
    return total;
  }

  /** Walks to the end of the `minutes`-th open minute from `start` (or the first open minute for 0), outside [skipFrom, skipTo). */
  add(start: number, minutes: number, skipFrom = 0, skipTo = 0): number | null {
    let left = minutes;
    for (let ms = start; ms < this.end; ms += MINUTE_MS) {
      if (!this.isOpen(ms) || (ms >= skipFrom && ms < skipTo)) continue;
      if (left === 0) return ms;
      if (--left === 0) return ms + MINUTE_MS;
    }
    return null;
  }
}

/** Offsets within the first WINDOW_DAYS − 1 days, so the reference window covers every walk. */
const minutesIn = (days: number) => fc.integer({ min: 0, max: days * 1440 });

describe('the business calendar against a minute-by-minute Temporal reference', () => {
  it('turns wall-clock times into the instants Temporal gives in "compatible" mode', SLOW, () => {
    const dayAndMinute = fc.constantFrom(...ZONES).chain((timeZone) => fc.tuple(fc.constant(timeZone), instantNear(timeZone), minuteOfDay));
    fc.assert(
      fc.property(dayAndMinute, ([timeZone, near, minute]) => {
        const date = Temporal.Instant.fromEpochMilliseconds(near).toZonedDateTimeISO(timeZone).toPlainDate();
        const expected = date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(hhmm(minute)) }).epochMilliseconds;
        const day = Date.parse(`${date.toString()}T00:00:00Z`) / DAY_MS;
        expect(new Date(instantOf(day, minute, timeZone)).toISOString()).toBe(new Date(expected).toISOString());
      }),
      runs(3000),
    );
  });

  it('counts the open minutes between two instants', SLOW, () => {
    fc.assert(
      fc.property(calendarCase, minutesIn(WINDOW_DAYS - 1), minutesIn(WINDOW_DAYS - 1), ({ calendar, from }, a, b) => {
        const reference = new ReferenceCalendar(calendar, from);
        const [start, end] = [from + Math.min(a, b) * MINUTE_MS, from + Math.max(a, b) * MINUTE_MS];
        expect(businessMinutesBetween(new Date(start), new Date(end), calendar)).toBe(reference.count(start, end));
      }),
      runs(2000),
    );
  });

  it('adds business minutes to the end of the last one, and knows which instants are open', SLOW, () => {
    fc.assert(
      fc.property(calendarCase, minutesIn(1), fc.double({ min: 0, max: 1, noNaN: true }), ({ calendar, from }, offset, share) => {
        const reference = new ReferenceCalendar(calendar, from);
        const start = from + offset * MINUTE_MS;
        // A share of what the window holds, so the reference walk always arrives.
        const minutes = Math.floor(share * reference.count(start, reference.end - DAY_MS));
        const expected = reference.add(start, minutes);
        if (expected === null) return;
        expect(addBusinessMinutes(new Date(start), minutes, calendar).toISOString()).toBe(new Date(expected).toISOString());
        expect(isBusinessTime(new Date(start), calendar)).toBe(reference.isOpen(start));
      }),
      runs(2000),
    );
  });
});

describe('the SLA clock against the reference', () => {
  it('gives the due time, breach and escalation of a resolution clock paused once', SLOW, () => {
    const pauseCase = fc.tuple(calendarCase, minutesIn(1), minutesIn(1), minutesIn(WINDOW_DAYS - 1), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 200 }));
    fc.assert(
      fc.property(pauseCase, ([{ calendar, from }, toPause, pauseLength, toNow, target, atPercent]) => {
        const reference = new ReferenceCalendar(calendar, from);
        const pausedAt = from + toPause * MINUTE_MS;
        const resumedAt = pausedAt + pauseLength * MINUTE_MS;
        const now = from + toNow * MINUTE_MS;
        const policy: SlaPolicyInput = {
          targets: [{ priority: 'normal', firstResponseMinutes: 10_000, resolutionMinutes: target }],
          calendar: { ...calendar, holidays: [...(calendar.holidays ?? [])] },
          escalation: [{ level: 1, atPercent }],
        };
        const created = { priority: 'normal', createdAt: new Date(from).toISOString(), firstRespondedAt: new Date(from).toISOString() } as const;
        const waiting = { ...created, pausedAt: new Date(pausedAt).toISOString() };
        const stillWaiting = now < resumedAt;
        const ticket = stillWaiting ? waiting : { ...created, ...slaPausePatch(waiting, 'open', new Date(resumedAt), policy) };
        const clock = slaStatus(ticket, policy, new Date(now))!.resolution;

        // A pause counts only if it starts before the target is used up; a breach reached stands.
        const pauseCounts = reference.count(from, pausedAt) < target;
        const skipTo = stillWaiting ? Infinity : resumedAt;
        const [skipFrom, skipUntil] = pauseCounts ? [pausedAt, skipTo] : [0, 0];
        const elapsed = reference.count(from, now, skipFrom, skipUntil);
        expect(clock.elapsedMinutes).toBe(elapsed);
        expect(clock.breached).toBe(elapsed >= target);
        expect(clock.escalationLevel).toBe(100 * elapsed >= atPercent * target ? 1 : 0);
        if (pauseCounts && stillWaiting && now >= pausedAt) {
          expect(clock).toMatchObject({ state: 'paused', dueAt: null });
          return;
        }
        const due = reference.add(from, target, skipFrom, skipUntil);
        if (due !== null) expect(clock.dueAt?.toISOString()).toBe(new Date(due).toISOString());
      }),
      runs(2000),
    );
  });
});

describe('scores against exact fractions', () => {
  const answersOf = (counts: ReadonlyArray<readonly [number, number]>) => counts.flatMap(([answer, count]) => Array<number>(count).fill(answer));

  it('gives whole NPS scores exactly and the others to within rounding', () => {
    const counts = fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100)).filter(([p, q, d]) => p + q + d > 0 && p + q + d <= 100);
    fc.assert(
      fc.property(counts, ([promoters, passives, detractors]) => {
        const n = promoters + passives + detractors;
        const { score } = npsScore(answersOf([[10, promoters], [8, passives], [3, detractors]]));
        const numerator = 100 * (promoters - detractors);
        if (numerator % n === 0) expect(score).toBe(numerator / n);
        else expect(Math.abs(score! * n - numerator)).toBeLessThan(1e-9 * 100 * n);
      }),
      runs(3000),
    );
  });

  it('gives whole CSAT scores exactly, for every count up to 100 answers', () => {
    for (let n = 1; n <= 100; n++) {
      for (let satisfied = 0; satisfied <= n; satisfied++) {
        const { score } = csatScore(answersOf([[5, satisfied], [2, n - satisfied]]));
        if ((100 * satisfied) % n === 0) expect(score).toBe((100 * satisfied) / n);
      }
    }
  });
});
