import type { Deal } from '../schema/deal.js';
import { daysBetween } from './dates.js';

export type StageAgeDeal = Pick<Deal, 'stageId' | 'status' | 'stageHistory' | 'createdAt'>;

export interface StageAge {
  readonly stageId: string;
  /** Open deals now in the stage. */
  readonly count: number;
  /** Mean and longest time those deals have been in it, in days. */
  readonly averageDays: number;
  readonly maxDays: number;
}

/**
 * When a deal entered the stage it is in now: its open stage visit, else (no history kept) its
 * creation time.
 */
export function enteredCurrentStageAt(deal: Pick<Deal, 'stageId' | 'stageHistory' | 'createdAt'>): number {
  for (let i = deal.stageHistory.length - 1; i >= 0; i--) {
    const visit = deal.stageHistory[i];
    if (visit && visit.stageId === deal.stageId && !visit.exitedAt) return Date.parse(visit.enteredAt);
  }
  return Date.parse(deal.createdAt);
}

/** How long the open deals have sat in their current stage, per stage (stages with open deals only, by stage id). */
export function stageAges(deals: readonly StageAgeDeal[], now: Date): StageAge[] {
  const nowMs = now.getTime();
  const byStage = new Map<string, { count: number; totalDays: number; maxDays: number }>();
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const days = Math.max(0, daysBetween(enteredCurrentStageAt(deal), nowMs));
    const stage = byStage.get(deal.stageId) ?? { count: 0, totalDays: 0, maxDays: 0 };
    stage.count += 1;
    stage.totalDays += days;
    stage.maxDays = Math.max(stage.maxDays, days);
    byStage.set(deal.stageId, stage);
  }
  return [...byStage]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([stageId, { count, totalDays, maxDays }]) => ({ stageId, count, averageDays: totalDays / count, maxDays }));
}
