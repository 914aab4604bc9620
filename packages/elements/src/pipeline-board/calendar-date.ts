import type { LocaleCode } from '../base/locale/locale.js';

const formats = new Map<LocaleCode, Intl.DateTimeFormat>();

/**
 * A calendar date (`2025-03-01`, no time zone) in the reader's language. It is formatted in UTC,
 * where it was parsed: in local time a reader west of Greenwich would see the day before.
 */
export function formatCalendarDate(date: string, locale: LocaleCode): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(Date.parse(date));
}
