import { DAY_MS } from './dates.js';
import type { OrderSummary } from './order-summary.js';
import { quintileCuts, quintileScores, type QuintileCuts } from './quintiles.js';

export type RfmSegment = 'champions' | 'loyal' | 'new' | 'potential' | 'at-risk' | 'hibernating' | 'lost';

export interface RfmScores {
  /** Recency score 1–5: 5 for the customers who bought most recently. */
  readonly r: number;
  /** Frequency score 1–5: 5 for the most orders. */
  readonly f: number;
  /** Monetary score 1–5: 5 for the most spent. */
  readonly m: number;
}

export interface RfmRow extends RfmScores {
  readonly customerId: string;
  /** Whole days since the last order (orders on the same day tie). */
  readonly recencyDays: number;
  readonly frequency: number;
  /** Total spent, in the summary's currency. */
  readonly monetary: number;
  readonly segment: RfmSegment;
}

/**
 * The named segment of a customer's RFM scores; the first matching rule wins:
 * champions R≥4 F≥4 M≥4 · loyal R≥3 F≥4 · new R≥4 with a single order · potential R≥3 ·
 * at-risk R≤2 F≥3 · hibernating R=2 · lost R=1.
 */
export function rfmSegment({ r, f, m }: RfmScores, orderCount: number): RfmSegment {
  if (r >= 4 && f >= 4 && m >= 4) return 'champions';
  if (r >= 3 && f >= 4) return 'loyal';
  if (r >= 4 && orderCount === 1) return 'new';
  if (r >= 3) return 'potential';
  if (f >= 3) return 'at-risk';
  return r === 2 ? 'hibernating' : 'lost';
}

/**
 * Recency, frequency and monetary quintile scores of every customer in an order summary, and
 * their segments, in the summary's customer order. Scores rank customers against each other
 * (see `quintileScores` for ties); customers without counted orders are not in the summary.
 */
export function rfmAnalysis(summary: OrderSummary): RfmRow[] {
  const size = summary.customerIds.length;
  const { recencyDays, frequency } = rankedValues(summary);
  // Fewer days since the last order is better: rank the negated recency.
  const r = quintileScores(recencyDays.map((days) => -days));
  const f = quintileScores(frequency);
  const m = quintileScores(summary.revenue);
  const rows = new Array<RfmRow>(size);
  for (let i = 0; i < size; i++) {
    const scores = { r: r[i]!, f: f[i]!, m: m[i]! };
    rows[i] = {
      customerId: summary.customerIds[i]!,
      recencyDays: recencyDays[i]!,
      frequency: frequency[i]!,
      monetary: summary.revenue[i]!,
      r: scores.r,
      f: scores.f,
      m: scores.m,
      segment: rfmSegment(scores, frequency[i]!),
    };
  }
  return rows;
}

/** What RFM ranks: whole days since each customer's last order, and their order counts (revenue is the summary's). */
function rankedValues(summary: OrderSummary): { recencyDays: Float64Array; frequency: Float64Array } {
  const size = summary.customerIds.length;
  const nowMs = summary.now.getTime();
  const recencyDays = new Float64Array(size);
  const frequency = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    recencyDays[i] = Math.floor((nowMs - summary.lastOrderAt[i]!) / DAY_MS);
    frequency[i] = summary.orderCount[i]!;
  }
  return { recencyDays, frequency };
}

/**
 * Where the scores of a full ranking step up (`quintileCuts`), per dimension: a store keeps these
 * to score one customer whose orders changed without reading everyone's (`rfmFromCuts`).
 */
export interface RfmCuts {
  /** The instant of the ranking (ms since the epoch): recency counts whole days up to it. */
  readonly rankedAt: number;
  /** Over the negated days since the last order, as `rfmAnalysis` ranks recency. */
  readonly recency: QuintileCuts;
  readonly frequency: QuintileCuts;
  readonly monetary: QuintileCuts;
}

/** The cuts of the ranking `rfmAnalysis` makes of the same summary. */
export function rfmCuts(summary: OrderSummary): RfmCuts {
  const { recencyDays, frequency } = rankedValues(summary);
  return {
    rankedAt: summary.now.getTime(),
    recency: quintileCuts(recencyDays.map((days) => -days)),
    frequency: quintileCuts(frequency),
    monetary: quintileCuts(summary.revenue),
  };
}
