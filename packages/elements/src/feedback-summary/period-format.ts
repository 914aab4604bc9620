import type { TrendBucket } from '@rapport/core/domain';
import type { Period } from './summary-period.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day's formatter; days are read as UTC midnights, so no time zone moves them. */
function formatOf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** A period as one range, e.g. "Mar 1 – 31, 2026" or "2026年3月1日至31日". */
export function formatPeriod(locale: string, { from, to }: Period): string {
  return formatOf(locale, { dateStyle: 'medium' }).formatRange(utc(from), utc(to));
}

/** A bucket by its first day: a day or a week as its date, a month as month and year. */
export function formatBucket(locale: string, start: string, bucket: TrendBucket, short = false): string {
  if (bucket === 'month') return formatOf(locale, { year: 'numeric', month: 'short' }).format(utc(start));
  return formatOf(locale, short ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' }).format(utc(start));
}
