import * as z from 'zod/mini';

// zod's own `z.iso.*`, `z.email()` and `z.url()` bring their format machinery into every browser
// bundle. These checks accept and reject exactly what those do and report the same issue
// (`invalid_format` with the format's name), so `toFieldIssues` turns it into the same code and message.

/** `YYYY-MM-DD` on the proleptic Gregorian calendar: 29 February only in leap years. */
const calendarDate = String.raw`(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:[2468][048]|[13579][26]|0[48])|(?:[02468][048]|[13579][26])00)-02-29)`;
/** `HH:MM:SS`, optional fraction, then `Z` or an offset `±HH:MM` (RFC 3339 needs the seconds). */
const timeWithZone = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;
const isoDate = new RegExp(`^${calendarDate}$`);
const isoDateTime = new RegExp(`^${calendarDate}T${timeWithZone}$`);
/** zod's "practical" email pattern; read through `z.regexes` it would pull in every other pattern too. */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

function formatCheck(format: 'date' | 'datetime' | 'email' | 'url', isValid: (value: string) => boolean) {
  return z.superRefine<string>((value, ctx) => {
    if (!isValid(value)) ctx.addIssue({ code: 'invalid_format', format, input: value });
  });
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
export const isoDateTimeSchema = z.string().check(formatCheck('datetime', (value) => isoDateTime.test(value)));

/** A calendar date `YYYY-MM-DD`, with no time zone (close dates, holidays). */
export const isoDateSchema = z.string().check(formatCheck('date', (value) => isoDate.test(value)));

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
