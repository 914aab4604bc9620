import type { Deal, DealUpdate, StageVisit } from '@rapport/core';
import type { DealOutcome } from './deal-move.js';
import { RANK_FIELD } from './deal-order.js';

// The patches that saving a move, a close or a reopen sends: only the board's part writes, so
// they stay out of the first load (a bundler splits chunks by module, not by function).

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

/** The patch that takes back a close just made: the deal as it was before, its close's own fields removed. */
export function undoClosePatch(before: Deal): DealUpdate & { readonly stageId: string } {
  // A patch member set to undefined removes the field.
  return { status: 'open', stageId: before.stageId, stageHistory: before.stageHistory, closedAt: before.closedAt, lostReason: before.lostReason, wonReason: before.wonReason };
}

/**
 * The patch that reopens a deal closed some time ago: back in the stage it was closed from (a won
 * deal moved into the won stage returns to the stage before it) for a new stay starting `at`, its
 * close's own fields removed.
 */
export function reopenPatch(deal: Deal, at: Date, wonStageId?: string): DealUpdate & { readonly stageId: string } {
  const stageId = deal.stageId === wonStageId ? (deal.stageHistory.findLast((visit) => visit.stageId !== wonStageId)?.stageId ?? deal.stageId) : deal.stageId;
  return {
    status: 'open',
    stageId,
    stageHistory: [...closeOpenVisits(deal.stageHistory, at), { stageId, enteredAt: at.toISOString() }],
    closedAt: undefined,
    lostReason: undefined,
    wonReason: undefined,
  };
}

/** The deal as it will be once `patch` is saved: what the board shows while the save is on its way. */
export function withPatch(deal: Deal, patch: DealUpdate): Deal {
  return { ...deal, ...patch } as Deal;
}

function closeOpenVisits(history: readonly StageVisit[], at: Date): StageVisit[] {
  return history.map((visit) => (visit.exitedAt ? visit : { ...visit, exitedAt: at.toISOString() }));
}
