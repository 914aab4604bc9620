import * as z from 'zod/mini';

// zod's own `z.iso.*`, `z.email()` and `z.url()` bring their format machinery into every browser
// bundle. These checks accept and reject exactly what those do and report the same issue
// (`invalid_format` with the format's name), so `toFieldIssues` turns it into the same code and message.

const isoDate = /^(\d{4})-(\d\d)-(\d\d)$/;
/** Seconds are required and the zone is `Z` or an offset `±HH:MM`, as RFC 3339 has it. */
const isoDateTime = /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** zod's "practical" email pattern; read through `z.regexes` it would pull in every other pattern too. */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

function formatCheck(format: 'date' | 'datetime' | 'email' | 'url', isValid: (value: string) => boolean) {
  return z.superRefine<string>((value, ctx) => {
    if (!isValid(value)) ctx.addIssue({ code: 'invalid_format', format, input: value });
  });
}

/** Whether `value` matches `pattern` with a year, month and day (its first three groups) that exist on the Gregorian calendar. */
function matchesCalendarDay(pattern: RegExp, value: string): boolean {
  const [, year = NaN, month = NaN, day = NaN] = pattern.exec(value)?.map(Number) ?? [];
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leapYear ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** An ISO 8601 date-time with a UTC `Z` or an offset, e.g. `2025-03-01T09:30:00.000Z`. */
export const isoDateTimeSchema = z.string().check(formatCheck('datetime', (value) => matchesCalendarDay(isoDateTime, value)));

/** A calendar date `YYYY-MM-DD`, with no time zone (close dates, holidays). */
export const isoDateSchema = z.string().check(formatCheck('date', (value) => matchesCalendarDay(isoDate, value)));

/** An email address, by the pattern `z.email()` uses. */
export const emailSchema = z.string().check(formatCheck('email', (value) => email.test(value)));

/**
 * An absolute URL of any scheme (attachments are often `data:` URLs). Surrounding whitespace and
 * inner tabs and line breaks are removed first, as the URL parser itself ignores them.
 */
export const urlSchema = z.string().check(
  z.overwrite((value) => value.trim().replace(/[\t\n\r]/g, '')),
  formatCheck('url', isAbsoluteUrl),
);
