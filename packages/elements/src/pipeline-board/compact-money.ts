import type { MoneyTotals } from '@rapport/core/domain';
import type { LocaleCode } from '../base/locale/locale.js';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Totals in the short form a column header has room for (`CN¥1.2M`, `¥120万`), one amount per
 * currency; `currency` names the zero shown when there is nothing to add up.
 */
export function formatCompactTotals(totals: MoneyTotals, currency: string, locale: LocaleCode): string {
  const entries = Object.entries(totals);
  if (entries.length === 0) return compactFormat(locale, currency).format(0);
  return entries.map(([code, amount]) => compactFormat(locale, code).format(amount)).join(' + ');
}

function compactFormat(locale: LocaleCode, currency: string): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    formats.set(key, format);
  }
  return format;
}
