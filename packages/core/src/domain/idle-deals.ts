import type { Activity } from '../schema/activity.js';
import type { Deal } from '../schema/deal.js';
import { DAY_MS } from './dates.js';
import { enteredCurrentStageAt } from './stage-age.js';

export type IdleDealInput = Pick<Deal, 'id' | 'stageId' | 'status' | 'stageHistory' | 'createdAt'>;
export type DealActivity = Pick<Activity, 'dealId' | 'at'>;

export interface IdleDealsOptions {
  readonly now: Date;
  /** A deal is idle when nothing happened on it for more than this many days. */
  readonly idleDays: number;
  /** Rotting days of particular stages, by stage id, instead of `idleDays` for deals in them. */
  readonly idleDaysByStage?: Readonly<Record<string, number>>;
  /** Activities logged on deals; one on a deal ends its idleness. */
  readonly activities?: readonly DealActivity[];
}

export interface IdleDeal<D extends IdleDealInput = IdleDealInput> {
  readonly deal: D;
  /** The last sign of life: entering the current stage, or the latest activity on the deal after that. */
  readonly idleSince: Date;
  readonly idleDays: number;
}

/**
 * Open deals with no stage move and no logged activity for longer than their stage's rotting days
 * (`idleDaysByStage`, else `idleDays`), the longest
 * idle first. Activities dated in the future (planned meetings) do not count as life.
 */
export function idleDeals<D extends IdleDealInput>(deals: readonly D[], { now, idleDays, idleDaysByStage = {}, activities = [] }: IdleDealsOptions): IdleDeal<D>[] {
  const nowMs = now.getTime();
  const lastActivity = new Map<string, number>();
  for (const activity of activities) {
    if (!activity.dealId) continue;
    const at = Date.parse(activity.at);
    if (at <= nowMs && at > (lastActivity.get(activity.dealId) ?? -Infinity)) lastActivity.set(activity.dealId, at);
  }
  const idle: IdleDeal<D>[] = [];
  for (const deal of deals) {
    if (deal.status !== 'open') continue;
    const since = Math.max(enteredCurrentStageAt(deal), lastActivity.get(deal.id) ?? -Infinity);
    const days = (nowMs - since) / DAY_MS;
    if (days > (Object.hasOwn(idleDaysByStage, deal.stageId) ? idleDaysByStage[deal.stageId]! : idleDays)) idle.push({ deal, idleSince: new Date(since), idleDays: days });
  }
  return idle.sort((a, b) => b.idleDays - a.idleDays);
}
