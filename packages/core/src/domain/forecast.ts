import { ValidationError } from '../errors/validation-error.js';
import type { Deal } from '../schema/deal.js';
import type { Pipeline } from '../schema/pipeline.js';
import { addTo, rateFor, reportingCurrency, type CurrencyConversion, type MoneyTotals } from './money.js';

export type ForecastDeal = Pick<Deal, 'pipelineId' | 'stageId' | 'ownerId' | 'amount' | 'currency' | 'probability' | 'expectedCloseDate' | 'status'>;
export type ForecastPipeline = Pick<Pipeline, 'id' | 'stages'>;

/** How expected close dates are bucketed: `2025-03`, `2025-Q1` or `2025`. */
export type ClosePeriod = 'month' | 'quarter' | 'year';

export interface ForecastOptions {
  readonly period?: ClosePeriod;
  /** Without it, every total is kept per currency; with it, everything is in `conversion.to`. */
  readonly conversion?: CurrencyConversion;
}

/** Open deals of one group: their face value and their value weighted by win probability. */
export interface ForecastGroup {
  readonly count: number;
  readonly amount: MoneyTotals;
  readonly weighted: MoneyTotals;
}

export interface StageForecast extends ForecastGroup {
  readonly pipelineId: string;
  readonly stageId: string;
}

export interface OwnerForecast extends ForecastGroup {
  /** `null` for deals nobody owns. */
  readonly ownerId: string | null;
}

export interface PeriodForecast extends ForecastGroup {
  /** `null` for deals without an expected close date. */
  readonly period: string | null;
}

export interface Forecast {
  readonly total: ForecastGroup;
  /** In pipeline order, every stage listed even when empty. */
  readonly byStage: readonly StageForecast[];
  /** By owner id; unowned deals last. */
  readonly byOwner: readonly OwnerForecast[];
  /** Chronological; deals without a close date last. */
  readonly byPeriod: readonly PeriodForecast[];
}

interface Accumulator {
  count: number;
  amount: Record<string, number>;
  weighted: Record<string, number>;
}

const emptyAccumulator = (): Accumulator => ({ count: 0, amount: {}, weighted: {} });

function accumulate(into: Accumulator, currency: string, amount: number, probability: number): void {
  into.count += 1;
  addTo(into.amount, currency, amount);
  addTo(into.weighted, currency, amount * probability);
}

function groupOf(map: Map<string | null, Accumulator>, key: string | null): Accumulator {
  let group = map.get(key);
  if (!group) map.set(key, (group = emptyAccumulator()));
  return group;
}

/** The bucket label of a `YYYY-MM-DD` date. */
export function closePeriodOf(date: string, period: ClosePeriod): string {
  if (period === 'year') return date.slice(0, 4);
  if (period === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

const nullsLast = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The weighted pipeline (Σ amount × probability) of the open deals, by stage, owner and close
 * period. A deal's probability is its own override, else its stage's default. Won and lost deals
 * are not part of a forecast. Throws a `ValidationError` for a deal whose stage is not in
 * `pipelines`, or whose currency has no rate in `conversion`.
 */
export function forecast(deals: readonly ForecastDeal[], pipelines: readonly ForecastPipeline[], options: ForecastOptions = {}): Forecast {
  const { period = 'month', conversion } = options;
  const stageKey = (pipelineId: string, stageId: string) => `${pipelineId}\u0000${stageId}`;
  const stageProbability = new Map<string, number>();
  const byStage = new Map<string, Accumulator>();
  for (const pipeline of pipelines) {
    for (const stage of pipeline.stages) {
      stageProbability.set(stageKey(pipeline.id, stage.id), stage.probability);
      byStage.set(stageKey(pipeline.id, stage.id), emptyAccumulator());
    }
  }
  const total = emptyAccumulator();
  const byOwner = new Map<string | null, Accumulator>();
  const byPeriod = new Map<string | null, Accumulator>();

  deals.forEach((deal, index) => {
    if (deal.status !== 'open') return;
    const key = stageKey(deal.pipelineId, deal.stageId);
    const stage = byStage.get(key);
    if (!stage) {
      throw new ValidationError([{ path: ['deals', index, 'stageId'], code: 'invalid_value', message: 'The deal is in a stage of no given pipeline' }]);
    }
    const probability = deal.probability ?? stageProbability.get(key) ?? 0;
    const currency = reportingCurrency(deal.currency, conversion);
    const amount = deal.amount * rateFor(deal.currency, conversion);
    accumulate(total, currency, amount, probability);
    accumulate(stage, currency, amount, probability);
    accumulate(groupOf(byOwner, deal.ownerId ?? null), currency, amount, probability);
    const closePeriod = deal.expectedCloseDate ? closePeriodOf(deal.expectedCloseDate, period) : null;
    accumulate(groupOf(byPeriod, closePeriod), currency, amount, probability);
  });

  return {
    total,
    byStage: pipelines.flatMap((pipeline) =>
      pipeline.stages.map((stage) => ({ pipelineId: pipeline.id, stageId: stage.id, ...(byStage.get(stageKey(pipeline.id, stage.id)) ?? emptyAccumulator()) })),
    ),
    byOwner: [...byOwner].sort(([a], [b]) => nullsLast(a, b)).map(([ownerId, group]) => ({ ownerId, ...group })),
    byPeriod: [...byPeriod].sort(([a], [b]) => nullsLast(a, b)).map(([closePeriod, group]) => ({ period: closePeriod, ...group })),
  };
}
