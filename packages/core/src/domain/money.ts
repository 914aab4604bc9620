import { ValidationError } from '../errors/validation-error.js';

/** Amounts kept apart by ISO currency code: `{ CNY: 1200, EUR: 80 }`. Never summed across keys. */
export type MoneyTotals = Readonly<Record<string, number>>;

/**
 * A caller-given rate table to express everything in one currency. `rates[code]` is how many
 * units of `to` one unit of `code` is worth; `to` itself needs no entry.
 */
export interface CurrencyConversion {
  readonly to: string;
  readonly rates: Readonly<Record<string, number>>;
}

/**
 * The factor that turns an amount in `currency` into the reporting currency: 1 without a
 * conversion (the amount keeps its own currency). Throws a `ValidationError` when the table lacks the currency.
 */
export function rateFor(currency: string, conversion: CurrencyConversion | undefined): number {
  if (!conversion || currency === conversion.to) return 1;
  const rate = conversion.rates[currency];
  if (rate === undefined || !(rate > 0)) {
    throw new ValidationError(
      [{ path: ['conversion', 'rates', currency], code: 'required', message: `A rate from ${currency} to ${conversion.to} is needed` }],
      `Amounts in ${currency} cannot be added to ${conversion.to} without a rate`,
    );
  }
  return rate;
}

/** The currency an amount is reported in: the conversion target, or its own. */
export function reportingCurrency(currency: string, conversion: CurrencyConversion | undefined): string {
  return conversion ? conversion.to : currency;
}

/** Adds an amount under its currency key, in place. */
export function addTo(totals: Record<string, number>, currency: string, amount: number): void {
  totals[currency] = (totals[currency] ?? 0) + amount;
}
