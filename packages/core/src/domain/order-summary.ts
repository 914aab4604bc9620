import { ValidationError } from '../errors/validation-error.js';
import type { Order } from '../schema/order.js';
import { DAY_MS } from './dates.js';
import { parseInstant } from './iso-instant.js';
import { rateFor, type CurrencyConversion } from './money.js';

export type SummaryOrder = Pick<Order, 'contactId' | 'accountId' | 'orderedAt' | 'amount' | 'currency' | 'margin' | 'status'>;

export interface OrderSummaryOptions {
  /** The instant of the analysis; orders after it are not counted. */
  readonly now: Date;
  /** Whose orders they are: the account (an organisation, default) or the contact (a person). */
  readonly by?: 'account' | 'contact';
  /** Count only orders at or after this instant (default: all history). */
  readonly since?: Date;
  /** Margins are summed over this many days up to `now` (default 365), the base of customer value. */
  readonly marginWindowDays?: number;
  /** Margin rate for orders that carry no `margin` of their own (e.g. 0.3 for 30 % of the amount). */
  readonly defaultMarginRate?: number;
  /** Needed when the orders are in more than one currency. */
  readonly conversion?: CurrencyConversion;
}

/**
 * Per-customer order figures, one slot per customer in parallel typed arrays (compact and fast
 * for a million orders). Cancelled and refunded orders are not purchases and are left out.
 */
export interface OrderSummary {
  readonly now: Date;
  /** The currency of every amount below. `undefined` when no order was counted. */
  readonly currency: string | undefined;
  readonly marginWindowDays: number;
  readonly customerIds: readonly string[];
  readonly firstOrderAt: Float64Array;
  readonly lastOrderAt: Float64Array;
  readonly orderCount: Uint32Array;
  /** Sum of order amounts. */
  readonly revenue: Float64Array;
  /** Sum of order margins inside the margin window. */
  readonly windowMargin: Float64Array;
  /** Counted orders with no customer of the chosen kind. */
  readonly unattributed: number;
  /** Index (in the input) of the first counted order with no margin and no default rate to stand in; -1 if none. */
  readonly firstOrderWithoutMargin: number;
}

const NOT_A_PURCHASE: ReadonlySet<Order['status']> = new Set(['cancelled', 'refunded']);

function grow<T extends Float64Array | Uint32Array>(array: T, make: (size: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * One pass over the orders, grouping them by customer. Throws a `ValidationError` when orders in
 * different currencies would be added up without a `conversion`, or a currency lacks a rate.
 */
export function summarizeOrders(orders: readonly SummaryOrder[], options: OrderSummaryOptions): OrderSummary {
  const { now, by = 'account', since, marginWindowDays = 365, defaultMarginRate, conversion } = options;
  const nowMs = now.getTime();
  const sinceMs = since?.getTime() ?? -Infinity;
  const marginFromMs = nowMs - marginWindowDays * DAY_MS;
  const slotOf = new Map<string, number>();
  const customerIds: string[] = [];
  // Small typed arrays live on the JavaScript heap and cost next to nothing to make, where larger
  // ones each allocate a buffer: the kept measures make a summary per customer. Many customers grow them.
  let capacity = 8;
  let firstOrderAt = new Float64Array(capacity);
  let lastOrderAt = new Float64Array(capacity);
  let orderCount = new Uint32Array(capacity);
  let revenue = new Float64Array(capacity);
  let windowMargin = new Float64Array(capacity);
  let unattributed = 0;
  let firstOrderWithoutMargin = -1;
  let currency: string | undefined = conversion?.to;
  const rates = new Map<string, number>();

  const rateOf = (code: string, index: number): number => {
    let rate = rates.get(code);
    if (rate !== undefined) return rate;
    if (!conversion) {
      currency ??= code;
      if (code !== currency) {
        throw new ValidationError(
          [{ path: ['orders', index, 'currency'], code: 'invalid_value', message: `Orders in ${code} and ${currency} need a rate table to be added up` }],
          `Orders in ${code} and ${currency} cannot be added up without a rate table`,
        );
      }
      rate = 1;
    } else rate = rateFor(code, conversion);
    rates.set(code, rate);
    return rate;
  };

  for (let index = 0; index < orders.length; index++) {
    const order = orders[index]!;
    if (NOT_A_PURCHASE.has(order.status)) continue;
    const at = parseInstant(order.orderedAt);
    if (!(at >= sinceMs && at <= nowMs)) continue;
    const customerId = by === 'account' ? order.accountId : order.contactId;
    if (customerId === undefined) {
      unattributed += 1;
      continue;
    }
    const rate = rateOf(order.currency, index);
    let slot = slotOf.get(customerId);
    if (slot === undefined) {
      slot = customerIds.length;
      slotOf.set(customerId, slot);
      customerIds.push(customerId);
      if (slot === capacity) {
        capacity *= 2;
        firstOrderAt = grow(firstOrderAt, (n) => new Float64Array(n));
        lastOrderAt = grow(lastOrderAt, (n) => new Float64Array(n));
        orderCount = grow(orderCount, (n) => new Uint32Array(n));
        revenue = grow(revenue, (n) => new Float64Array(n));
        windowMargin = grow(windowMargin, (n) => new Float64Array(n));
      }
      firstOrderAt[slot] = at;
      lastOrderAt[slot] = at;
    } else {
      if (at < firstOrderAt[slot]!) firstOrderAt[slot] = at;
      if (at > lastOrderAt[slot]!) lastOrderAt[slot] = at;
    }
    orderCount[slot]! += 1;
    revenue[slot]! += order.amount * rate;
    if (at >= marginFromMs) {
      const margin = order.margin ?? (defaultMarginRate === undefined ? undefined : order.amount * defaultMarginRate);
      if (margin === undefined) {
        if (firstOrderWithoutMargin < 0) firstOrderWithoutMargin = index;
      } else windowMargin[slot]! += margin * rate;
    }
  }

  const size = customerIds.length;
  return {
    now,
    currency: size === 0 ? undefined : currency,
    marginWindowDays,
    customerIds,
    firstOrderAt: firstOrderAt.slice(0, size),
    lastOrderAt: lastOrderAt.slice(0, size),
    orderCount: orderCount.slice(0, size),
    revenue: revenue.slice(0, size),
    windowMargin: windowMargin.slice(0, size),
    unattributed,
    firstOrderWithoutMargin,
  };
}
