import type { Deal, DealUpdate, StageVisit } from '@rapport/core';
import { RANK_FIELD } from './deal-order.js';

export type DealOutcome = 'won' | 'lost';

/** The outcomes in the order the keyboard reaches them, after the last stage (in the first load: the drop zones show them). */
export const outcomes: readonly DealOutcome[] = ['won', 'lost'];

/**
 * The patch that moves `deal` to `toStageId` and, when given, to `rank` within it. A change of
 * stage closes the open stay in the old stage and opens one in the new; a move within the stage
 * touches only the rank.
 */
export function movePatch(deal: Deal, toStageId: string, rank: number | undefined, at: Date): DealUpdate {
  const patch: { -readonly [K in keyof DealUpdate]: DealUpdate[K] } = {};
  if (toStageId !== deal.stageId) {
    patch.stageId = toStageId;
    patch.stageHistory = [...closeOpenVisits(deal.stageHistory, at), { stageId: toStageId, enteredAt: at.toISOString() }];
  }
  if (rank !== undefined && rank !== deal.customFields[RANK_FIELD]) patch.customFields = { ...deal.customFields, [RANK_FIELD]: rank };
  return patch;
}

/**
 * The patch that closes `deal` as won or lost with the reason given (丢单分析 reads the lost
 * ones). A won deal moves into the pipeline's won stage when it has one; a lost deal stays in the
 * stage it was lost from, which is what the analysis needs.
 */
export function closePatch(deal: Deal, outcome: DealOutcome, reason: string, at: Date, wonStageId?: string): DealUpdate {
  const closedAt = at.toISOString();
  const trimmed = reason.trim();
  const moves = outcome === 'won' && wonStageId !== undefined && wonStageId !== deal.stageId;
  return {
    status: outcome,
    closedAt,
    ...(trimmed ? (outcome === 'won' ? { wonReason: trimmed } : { lostReason: trimmed }) : {}),
    ...(moves ? { stageId: wonStageId } : {}),
    stageHistory: [...closeOpenVisits(deal.stageHistory, at), ...(moves ? [{ stageId: wonStageId, enteredAt: closedAt, exitedAt: closedAt }] : [])],
  };
}

/** The deal as it will be once `patch` is saved: what the board shows while the save is on its way. */
export function withPatch(deal: Deal, patch: DealUpdate): Deal {
  return { ...deal, ...patch } as Deal;
}

/**
 * Whether moving one more deal into a stage would break its WIP limit: the stage has a limit and
 * already holds that many open deals.
 */
export function breaksWipLimit(wipLimit: number | undefined, openCount: number): boolean {
  return wipLimit !== undefined && openCount >= wipLimit;
}

function closeOpenVisits(history: readonly StageVisit[], at: Date): StageVisit[] {
  return history.map((visit) => (visit.exitedAt ? visit : { ...visit, exitedAt: at.toISOString() }));
}
