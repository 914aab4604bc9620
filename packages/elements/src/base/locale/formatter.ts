import type { LocaleCode } from './locale.js';

/** Numbers, money and dates in one locale, through `Intl` (formatters are costly to build: cached). */
export interface Formatter {
  readonly locale: LocaleCode;
  number(value: number): string;
  /** A ratio in 0…1 as a percentage. */
  percent(ratio: number): string;
  money(amount: number, currency: string): string;
  /** An ISO 8601 timestamp as a date (`2024年3月5日`, `Mar 5, 2024`). */
  date(iso: string): string;
  /** An ISO 8601 timestamp as date and time, short. */
  dateTime(iso: string): string;
  /** Items joined as a list (`a, b and c`, `a、b和c`). */
  list(items: readonly string[]): string;
}

const cache = new Map<LocaleCode, Formatter>();

export function formatterFor(locale: LocaleCode): Formatter {
  const cached = cache.get(locale);
  if (cached) return cached;
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const moneyByCurrency = new Map<string, Intl.NumberFormat>();
  const formatter: Formatter = {
    locale,
    number: (value) => numbers.format(value),
    percent: (ratio) => percents.format(ratio),
    money(amount, currency) {
      let money = moneyByCurrency.get(currency);
      if (!money) {
        money = new Intl.NumberFormat(locale, { style: 'currency', currency });
        moneyByCurrency.set(currency, money);
      }
      return money.format(amount);
    },
    date: (iso) => dates.format(new Date(iso)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
    list: (items) => lists.format(items),
  };
  cache.set(locale, formatter);
  return formatter;
}
