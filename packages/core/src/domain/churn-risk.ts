import { DAY_MS } from './dates.js';

export type ChurnFactor = 'recency' | 'complaints' | 'detractors' | 'sla-breaches';

/** What the caller knows about a customer over the period it judges (e.g. the last 180 days). */
export interface ChurnEvidence {
  /** The last purchase; absent for a customer who never bought (no recency factor then). */
  readonly lastOrderAt?: Date;
  /** The customer's usual days between orders: recency counts only the time beyond it. */
  readonly usualGapDays?: number;
  readonly complaints?: number;
  /** Survey answers of 0–6 on NPS. */
  readonly detractorResponses?: number;
  readonly slaBreaches?: number;
}

export interface ChurnWeights {
  /** Days overdue after which recency alone means a 50 % risk. Default 90. */
  readonly recencyHalfLifeDays?: number;
  /** Risk each complaint, detractor answer and SLA breach adds on its own. Defaults 0.15, 0.25, 0.1. */
  readonly perComplaint?: number;
  readonly perDetractor?: number;
  readonly perSlaBreach?: number;
}

export interface ChurnReason {
  readonly factor: ChurnFactor;
  /** Days overdue for recency, a count for the others. */
  readonly value: number;
  /** The risk this factor alone stands for, 0…1. */
  readonly risk: number;
}

export interface ChurnRisk {
  /** 0 (no sign of leaving) … 1. */
  readonly risk: number;
  /** The factors that raised it, the strongest first. */
  readonly reasons: readonly ChurnReason[];
}

/**
 * Churn risk (客户流失) as independent signals combined: risk = 1 − Π (1 − rᵢ). Recency decays
 * towards 1 as r = 1 − 0.5^(overdue / half-life), where overdue is the days since the last order
 * beyond the usual gap; each complaint, detractor answer or SLA breach adds its weight as
 * r = 1 − (1 − weight)^count.
 */
export function churnRisk(evidence: ChurnEvidence, now: Date, weights: ChurnWeights = {}): ChurnRisk {
  const { recencyHalfLifeDays = 90, perComplaint = 0.15, perDetractor = 0.25, perSlaBreach = 0.1 } = weights;
  const reasons: ChurnReason[] = [];
  if (evidence.lastOrderAt) {
    const overdue = (now.getTime() - evidence.lastOrderAt.getTime()) / DAY_MS - (evidence.usualGapDays ?? 0);
    if (overdue > 0) reasons.push({ factor: 'recency', value: overdue, risk: 1 - 0.5 ** (overdue / recencyHalfLifeDays) });
  }
  const counted: Array<[ChurnFactor, number | undefined, number]> = [
    ['complaints', evidence.complaints, perComplaint],
    ['detractors', evidence.detractorResponses, perDetractor],
    ['sla-breaches', evidence.slaBreaches, perSlaBreach],
  ];
  for (const [factor, count = 0, weight] of counted) {
    if (count > 0) reasons.push({ factor, value: count, risk: 1 - (1 - weight) ** count });
  }
  const risk = 1 - reasons.reduce((keep, reason) => keep * (1 - reason.risk), 1);
  return { risk, reasons: reasons.sort((a, b) => b.risk - a.risk) };
}

/** The median days between consecutive purchases (ascending times in ms); `null` with fewer than two. */
export function usualGapDays(purchaseTimes: readonly number[]): number | null {
  if (purchaseTimes.length < 2) return null;
  const gaps = purchaseTimes.slice(1).map((time, i) => (time - purchaseTimes[i]!) / DAY_MS).sort((a, b) => a - b);
  const middle = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[middle]! : (gaps[middle - 1]! + gaps[middle]!) / 2;
}
