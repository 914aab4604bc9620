import type { LocaleCode } from '../base/locale/locale.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

type Unit = 'day' | 'hour' | 'minute';

/** A duration as its two largest units, as people say it: `3 d 4 h`, `2 h 5 min`, `45 min` (never below one minute). */
export function durationUnits(ms: number): Array<readonly [Unit, number]> {
  const abs = Math.abs(ms);
  if (abs >= DAY_MS) return withoutZero([['day', Math.floor(abs / DAY_MS)], ['hour', Math.floor((abs % DAY_MS) / HOUR_MS)]]);
  if (abs >= HOUR_MS) return withoutZero([['hour', Math.floor(abs / HOUR_MS)], ['minute', Math.floor((abs % HOUR_MS) / MINUTE_MS)]]);
  return [['minute', Math.max(1, Math.floor(abs / MINUTE_MS))]];
}

const withoutZero = (units: Array<readonly [Unit, number]>) => units.filter(([, value], index) => index === 0 || value > 0);

interface DurationFormat {
  readonly units: Readonly<Record<Unit, Intl.NumberFormat>>;
  readonly list: Intl.ListFormat;
}

const formats = new Map<LocaleCode, DurationFormat>();

/** Days and hours narrow (`3d 4h`, `3天4小时`), minutes short (`45 min`, `45分钟`) so they never read as months. */
function formatIn(locale: LocaleCode): DurationFormat {
  let format = formats.get(locale);
  if (!format) {
    const unit = (name: Unit, unitDisplay: 'narrow' | 'short') => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay });
    format = {
      units: { day: unit('day', 'narrow'), hour: unit('hour', 'narrow'), minute: unit('minute', 'short') },
      list: new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }),
    };
    formats.set(locale, format);
  }
  return format;
}

/** A duration in `locale`, humanized: `3d 4h`, `45 min`, `2小时5分钟`. The sign is the caller's to say ("left", "overdue"). */
export function humanDuration(ms: number, locale: LocaleCode): string {
  const { units, list } = formatIn(locale);
  return list.format(durationUnits(ms).map(([unit, value]) => units[unit].format(value)));
}
