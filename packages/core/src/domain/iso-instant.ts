import { DAY_MS } from './dates.js';

const ZERO = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12), without `Date`. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Milliseconds since the epoch of an ISO 8601 date-time as records store it
 * (`2025-03-01T09:30:00Z`, `…:00.123Z`, `…:00+08:00`). Reads the common shapes by hand, which is
 * several times faster than `Date.parse` when scanning a million orders, and falls back to
 * `Date.parse` for anything else.
 */
export function parseInstant(text: string): number {
  if (text.length < 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return Date.parse(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  let index = 19;
  let millis = 0;
  if (text.charCodeAt(index) === 46) {
    let scale = 100;
    for (index++; index < text.length; index++) {
      const digit = text.charCodeAt(index) - ZERO;
      if (digit < 0 || digit > 9) break;
      millis += digit * scale;
      scale /= 10;
    }
    millis = Math.floor(millis);
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(index);
  if (zone === 90 && index === text.length - 1) offsetMinutes = 0;
  else if ((zone === 43 || zone === 45) && index + 6 === text.length && text.charCodeAt(index + 3) === 58) {
    offsetMinutes = (zone === 45 ? -1 : 1) * (digits(text, index + 1, 2) * 60 + digits(text, index + 4, 2));
  } else return Date.parse(text);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59)) return Date.parse(text);
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}
