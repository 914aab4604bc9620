import { describe, expect, it } from 'vitest';
import { closePeriodOf, forecast, type ForecastDeal, type ForecastPipeline } from './forecast.js';

const pipelines: ForecastPipeline[] = [
  {
    id: 'sales',
    stages: [
      { id: 'qualify', name: 'Qualify', probability: 0.1 },
      { id: 'propose', name: 'Propose', probability: 0.5 },
      { id: 'negotiate', name: 'Negotiate', probability: 0.8 },
    ],
  },
];

function deal(overrides: Partial<ForecastDeal>): ForecastDeal {
  return { pipelineId: 'sales', stageId: 'qualify', amount: 1000, currency: 'CNY', status: 'open', ...overrides };
}

describe('forecast', () => {
  it('weights each open deal by its stage probability, or by its own override', () => {
    const result = forecast(
      [
        deal({ stageId: 'qualify', amount: 1000 }),
        deal({ stageId: 'propose', amount: 2000 }),
        deal({ stageId: 'propose', amount: 4000, probability: 0.25 }),
      ],
      pipelines,
    );
    expect(result.total).toEqual({ count: 3, amount: { CNY: 7000 }, weighted: { CNY: 100 + 1000 + 1000 } });
    expect(result.byStage.map((s) => [s.stageId, s.count, s.weighted])).toEqual([
      ['qualify', 1, { CNY: 100 }],
      ['propose', 2, { CNY: 2000 }],
      ['negotiate', 0, {}],
    ]);
  });

  it('leaves won and lost deals out', () => {
    const result = forecast([deal({ status: 'won', amount: 9000 }), deal({ status: 'lost' }), deal({ amount: 500 })], pipelines);
    expect(result.total.amount).toEqual({ CNY: 500 });
  });

  it('keeps currencies apart when no rate table is given', () => {
    const result = forecast([deal({ amount: 1000, currency: 'CNY' }), deal({ amount: 100, currency: 'EUR' })], pipelines);
    expect(result.total.weighted).toEqual({ CNY: 100, EUR: 10 });
  });

  it('converts into one currency with the caller’s rate table', () => {
    const conversion = { to: 'CNY', rates: { EUR: 7.5 } };
    const result = forecast([deal({ amount: 1000, currency: 'CNY' }), deal({ amount: 100, currency: 'EUR' })], pipelines, { conversion });
    expect(result.total.weighted).toEqual({ CNY: 100 + 75 });
  });

  it('refuses a currency missing from the rate table, naming it', () => {
    const conversion = { to: 'CNY', rates: { EUR: 7.5 } };
    expect(() => forecast([deal({ currency: 'USD' })], pipelines, { conversion })).toThrowError(
      expect.objectContaining({ kind: 'validation', issues: [expect.objectContaining({ path: ['conversion', 'rates', 'USD'] })] }),
    );
  });

  it('refuses a deal in a stage of no given pipeline', () => {
    expect(() => forecast([deal({}), deal({ stageId: 'gone' })], pipelines)).toThrowError(
      expect.objectContaining({ kind: 'validation', issues: [expect.objectContaining({ path: ['deals', 1, 'stageId'] })] }),
    );
  });

  it('groups by owner, unowned deals last', () => {
    const result = forecast([deal({ ownerId: 'wang' }), deal({}), deal({ ownerId: 'li' }), deal({ ownerId: 'wang' })], pipelines);
    expect(result.byOwner.map((o) => [o.ownerId, o.count])).toEqual([
      ['li', 1],
      ['wang', 2],
      [null, 1],
    ]);
  });

  it('groups by close month, quarter or year, deals without a date last', () => {
    const deals = [deal({ expectedCloseDate: '2025-05-20' }), deal({ expectedCloseDate: '2025-01-31' }), deal({}), deal({ expectedCloseDate: '2025-02-01' })];
    expect(forecast(deals, pipelines).byPeriod.map((p) => [p.period, p.count])).toEqual([
      ['2025-01', 1],
      ['2025-02', 1],
      ['2025-05', 1],
      [null, 1],
    ]);
    expect(forecast(deals, pipelines, { period: 'quarter' }).byPeriod.map((p) => [p.period, p.count])).toEqual([
      ['2025-Q1', 2],
      ['2025-Q2', 1],
      [null, 1],
    ]);
    expect(forecast(deals, pipelines, { period: 'year' }).byPeriod.map((p) => p.period)).toEqual(['2025', null]);
  });

  it('reports an empty pipeline as zero deals and no money', () => {
    const result = forecast([], pipelines);
    expect(result.total).toEqual({ count: 0, amount: {}, weighted: {} });
    expect(result.byOwner).toEqual([]);
  });
});

describe('closePeriodOf', () => {
  it('puts quarter boundaries at March/April, June/July, September/October', () => {
    expect(['2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01', '2025-09-30', '2025-10-01', '2025-12-31'].map((d) => closePeriodOf(d, 'quarter'))).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q2',
      '2025-Q3',
      '2025-Q3',
      '2025-Q4',
      '2025-Q4',
    ]);
  });
});
