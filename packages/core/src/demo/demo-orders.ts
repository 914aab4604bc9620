import type { Contact } from '../schema/contact.js';
import type { Order, OrderItem, OrderStatus } from '../schema/order.js';
import { products } from './catalog.js';
import { DAY_MS, demoId, iso, officeHoursAgo, stored, type DemoContext } from './demo-context.js';

/** How a customer buys: spread so that RFM finds champions, loyal, new, at-risk and lost customers. */
const buyingPatterns: ReadonlyArray<readonly [{ orders: readonly [number, number]; withinDays: number }, number]> = [
  [{ orders: [6, 12], withinDays: 120 }, 2], // frequent and recent
  [{ orders: [3, 6], withinDays: 365 }, 3],
  [{ orders: [1, 1], withinDays: 45 }, 1], // just started
  [{ orders: [2, 5], withinDays: 700 }, 2], // drifting away
  [{ orders: [0, 0], withinDays: 0 }, 2], // never bought
];

const statuses: ReadonlyArray<readonly [OrderStatus, number]> = [['paid', 6], ['shipped', 8], ['refunded', 1], ['cancelled', 1]];

/** ERP orders (CNY) for RFM and customer value; orders of the last week may still be only placed. */
export function demoOrders(context: DemoContext, contacts: readonly Contact[]): Order[] {
  const { random, nowMs } = context;
  const orders: Order[] = [];
  for (const contact of contacts) {
    const pattern = random.weighted(buyingPatterns);
    const count = random.int(...pattern.orders);
    const dates = Array.from({ length: count }, () => officeHoursAgo(context, random.int(0, pattern.withinDays))).sort((a, b) => a - b);
    for (const orderedMs of dates) {
      const items: OrderItem[] = random.sample(products, random.int(1, 3)).map((product) => ({
        sku: product.sku,
        name: product.name,
        quantity: random.int(1, product.unitPrice > 1000 ? 5 : 20),
        unitPrice: product.unitPrice,
      }));
      const amount = items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0);
      const margin = items.reduce((sum, item) => sum + item.quantity * item.unitPrice * (products.find((p) => p.sku === item.sku)?.margin ?? 0), 0);
      const recent = nowMs - orderedMs < 7 * DAY_MS;
      orders.push({
        ...stored(demoId('o', orders.length, 4), orderedMs),
        contactId: contact.id,
        ...(contact.accountId === undefined ? {} : { accountId: contact.accountId }),
        orderedAt: iso(orderedMs),
        amount,
        currency: 'CNY',
        margin: Math.round(margin * 100) / 100,
        status: recent && random.chance(0.5) ? 'placed' : random.weighted(statuses),
        items,
      });
    }
  }
  return orders;
}
