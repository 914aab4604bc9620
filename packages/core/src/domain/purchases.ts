import type { Order } from '../schema/order.js';
import { parseInstant } from './iso-instant.js';

export type PurchaseOrder = Pick<Order, 'orderedAt' | 'status'>;

/**
 * Times of the orders that are purchases (not cancelled or refunded) placed up to `nowMs`,
 * ascending: the purchase history the lifecycle, loyalty and churn rules read.
 */
export function purchaseTimes(orders: readonly PurchaseOrder[], nowMs: number): number[] {
  const times: number[] = [];
  for (const order of orders) {
    if (order.status === 'cancelled' || order.status === 'refunded') continue;
    const at = parseInstant(order.orderedAt);
    if (at <= nowMs) times.push(at);
  }
  return times.sort((a, b) => a - b);
}

/** How many of the ascending `times` fall in [fromMs, toMs). */
export function countBetween(times: readonly number[], fromMs: number, toMs: number): number {
  let count = 0;
  for (const time of times) if (time >= fromMs && time < toMs) count += 1;
  return count;
}
