import { customerValues, forecast, rfmAnalysis, slaStatus, summarizeOrders, type ForecastDeal, type ForecastPipeline, type SlaPolicyInput, type SlaTicket, type SummaryOrder } from '@rapport/core/domain';
import { SeededRandom } from '@rapport/core/demo';
import { measure, report } from '../lib/measure.js';

console.log('## Domain measures (Node)');

/** Seeded, so every run measures the same data. */
function random(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

const now = new Date('2025-07-01T00:00:00Z');
const DAY = 86_400_000;
const next = random(7);

const ORDERS = 1_000_000;
const CUSTOMERS = 100_000;
const statuses: SummaryOrder['status'][] = ['paid', 'paid', 'paid', 'shipped', 'placed', 'refunded', 'cancelled'];
const orders: SummaryOrder[] = Array.from({ length: ORDERS }, () => {
  const amount = Math.round(next() * 5000 * 100) / 100;
  return {
    accountId: `acc-${Math.floor(next() ** 2 * CUSTOMERS)}`,
    orderedAt: new Date(now.getTime() - Math.floor(next() * 3 * 365 * DAY)).toISOString(),
    amount,
    margin: Math.round(amount * (next() * 0.5 - 0.1) * 100) / 100,
    currency: next() < 0.8 ? 'CNY' : 'USD',
    status: statuses[Math.floor(next() * statuses.length)] ?? 'paid',
  };
});
const conversion = { to: 'CNY', rates: { USD: 7.2, EUR: 7.8 } };
const thresholds = { greenAtLeast: 2000, redBelow: 0 };

const rfmAndValue = await measure('RFM + customer value, 1,000,000 orders (one summary)', () => {
  const summary = summarizeOrders(orders, { now, conversion });
  return [rfmAnalysis(summary), customerValues(summary, { discountRate: 0.1, growthRate: 0.15, thresholds })];
});
report(rfmAndValue, 500);
const summary = summarizeOrders(orders, { now, conversion });
report(await measure('  of which: order summary (one pass)', () => summarizeOrders(orders, { now, conversion })), undefined, `${summary.customerIds.length} customers`);
report(await measure('  of which: RFM quintiles and segments', () => rfmAnalysis(summary)));
report(await measure('  of which: customer value and tiers', () => customerValues(summary, { discountRate: 0.1, growthRate: 0.15, thresholds })));

const DEALS = 100_000;
const pipelines: ForecastPipeline[] = ['new-business', 'renewals', 'partners'].map((id) => ({
  id,
  stages: ['qualify', 'discover', 'propose', 'negotiate', 'commit'].map((stage, index) => ({ id: stage, name: stage, probability: (index + 1) / 6 })),
}));
const deals: ForecastDeal[] = Array.from({ length: DEALS }, (_, index) => ({
  pipelineId: pipelines[index % 3]!.id,
  stageId: pipelines[0]!.stages[Math.floor(next() * 5)]!.id,
  ownerId: next() < 0.05 ? undefined : `owner-${Math.floor(next() * 200)}`,
  amount: Math.round(next() * 200_000),
  currency: next() < 0.7 ? 'CNY' : next() < 0.5 ? 'USD' : 'EUR',
  probability: next() < 0.1 ? next() : undefined,
  expectedCloseDate: next() < 0.1 ? undefined : new Date(now.getTime() + Math.floor(next() * 540) * DAY).toISOString().slice(0, 10),
  status: next() < 0.8 ? 'open' : next() < 0.5 ? 'won' : 'lost',
}));
report(await measure('forecast by stage, owner and quarter, 100,000 deals', () => forecast(deals, pipelines, { period: 'quarter', conversion })));

const TICKETS = 10_000;
const policy: SlaPolicyInput = {
  targets: (['low', 'normal', 'high', 'urgent'] as const).map((priority, index) => ({ priority, firstResponseMinutes: 240 / (index + 1), resolutionMinutes: 2400 / (index + 1) })),
  calendar: {
    timeZone: 'Asia/Shanghai',
    weeklyHours: [1, 2, 3, 4, 5].flatMap((day) => [
      { day, start: '09:00', end: '12:00' },
      { day, start: '13:00', end: '18:00' },
    ]),
    holidays: ['2025-05-01', '2025-05-02', '2025-05-05', '2025-06-02'],
  },
  escalation: [
    { level: 1, atPercent: 75 },
    { level: 2, atPercent: 100 },
  ],
};
const tickets: SlaTicket[] = Array.from({ length: TICKETS }, () => ({
  priority: (['low', 'normal', 'high', 'urgent'] as const)[Math.floor(next() * 4)] ?? 'normal',
  createdAt: new Date(now.getTime() - Math.floor(next() * 30 * DAY)).toISOString(),
  pausedMinutes: next() < 0.2 ? Math.floor(next() * 300) : undefined,
}));
report(await measure('SLA clocks (business hours, Asia/Shanghai), 10,000 tickets', () => tickets.map((ticket) => slaStatus(ticket, policy, now))));
