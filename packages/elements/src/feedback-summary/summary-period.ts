import { dayNumberOf, isoDayOf, type TrendBucket } from '@rapport/core/domain';

/** The periods a reader picks from; `custom` takes its days from `from` and `to`. */
export type RangePreset = '7d' | '30d' | '90d' | '12m' | 'custom';
export const RANGE_PRESETS: readonly RangePreset[] = ['7d', '30d', '90d', '12m', 'custom'];

/** Calendar days in the reader's time zone, both included, `YYYY-MM-DD`. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

const DAYS: Partial<Record<RangePreset, number>> = { '7d': 7, '30d': 30, '90d': 90 };

function monthStart(day: number, monthsBack: number): number {
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1) / 86_400_000;
}

/** A preset ending today: the last N days, or the current month and the eleven before it. */
export function presetPeriod(preset: Exclude<RangePreset, 'custom'>, today: number): Period {
  const from = preset === '12m' ? monthStart(today, 11) : today - (DAYS[preset] ?? 30) + 1;
  return { from: isoDayOf(from), to: isoDayOf(today) };
}

/** A custom period from two dates, in order; `undefined` until both are real dates. */
export function customPeriod(from: string, to: string): Period | undefined {
  const start = dayNumberOf(from);
  const end = dayNumberOf(to);
  if (start === undefined || end === undefined) return undefined;
  return start <= end ? { from, to } : { from: to, to: from };
}

/** The period just before, as long: the twelve months before for `12m`, else as many days. */
export function previousPeriod(period: Period, preset: RangePreset): Period {
  const from = dayNumberOf(period.from) as number;
  const to = dayNumberOf(period.to) as number;
  if (preset === '12m') return { from: isoDayOf(monthStart(from, 12)), to: isoDayOf(from - 1) };
  const length = to - from + 1;
  return { from: isoDayOf(from - length), to: isoDayOf(from - 1) };
}

/** Buckets a chart of the period can show legibly: days up to a month, weeks up to half a year, then months. */
export function autoBucket(period: Period): TrendBucket {
  const days = (dayNumberOf(period.to) as number) - (dayNumberOf(period.from) as number) + 1;
  return days <= 31 ? 'day' : days <= 186 ? 'week' : 'month';
}

/** The first day of the week where `tag` is spoken (0 = Sunday … 6 = Saturday): Monday in China, Sunday in Taiwan and the US. */
export function weekStartOf(tag: string): number {
  try {
    const locale = new Intl.Locale(tag).maximize() as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    if (firstDay !== undefined) return firstDay % 7;
  } catch {
    // A malformed tag: the ISO week.
  }
  return 1;
}

/** The reader's own time zone, as the browser knows it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
