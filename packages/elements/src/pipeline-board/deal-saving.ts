import { ConflictError, isCrmError, type Deal, type DealUpdate } from '@rapport/core';
import { errorText } from '../base/locale/error-text.js';
import type { BoardEditing } from './board-editing.js';
import { wonStageOf } from './board-columns.js';
import { neighbourOf, rankAt } from './board-navigation.js';
import { closeReason, type CloseDraft } from './close-deal-dialog.js';
import { closePatch, movePatch, reopenPatch, undoClosePatch, withPatch } from './deal-patches.js';
import { CrmDealCloseEvent, CrmDealClosedEvent, CrmDealMovedEvent, CrmDealMoveEvent, CrmDealMoveFailedEvent } from './pipeline-board.events.js';
import { addLoaded, editingMessages } from './deal-editing.js';
import { CloseUndo } from './close-undo.js';
import type { DealEditingMessages } from './deal-editing.messages.js';

/**
 * Saving a dropped or closed deal: the host may veto it, the deal shows where it goes while the
 * save is on its way, and a failed save puts it back and says why. Only a drag or the close dialog
 * saves, so this arrives with them in the board's part rather than with the board.
 */
export class DealSaving {
  readonly #board: BoardEditing;
  /** The Undo offered after a close. */
  readonly undo: CloseUndo;

  constructor(board: BoardEditing) {
    this.#board = board;
    this.undo = new CloseUndo(board, (closed, before) => this.#reopen(closed, undoClosePatch(before), true));
  }

  /** Saves a dropped deal at a place of a stage, unless the host vetoes it; `false` when vetoed. */
  move(deal: Deal, stageId: string, index: number): boolean {
    const board = this.#board;
    const shown = board.shown();
    const patch = movePatch(deal, stageId, shown && rankAt(shown, stageId, index, deal), this.#now());
    if (Object.keys(patch).length === 0) return true;
    if (!board.host.dispatchEvent(new CrmDealMoveEvent({ deal, fromStageId: deal.stageId, toStageId: stageId, toIndex: index, patch }))) return false;
    board.tabStop(stageId, deal.id);
    void this.#save(deal, patch, (saved) => board.host.dispatchEvent(new CrmDealMovedEvent({ deal: saved, previous: deal })), editingMessages(board).failure.move);
    return true;
  }

  /**
   * Closes the deal of a confirmed close dialog, unless the host vetoes it. A lost deal needs its
   * reason: without one the draft comes back marked, and the dialog stays.
   */
  close(draft: CloseDraft): CloseDraft | undefined {
    const board = this.#board;
    const shown = board.shown();
    if (!shown) return draft;
    const reason = closeReason(draft);
    if (draft.outcome === 'lost' && !reason) return { ...draft, missingReason: true };
    const { deal, outcome } = draft;
    const m = editingMessages(board);
    if (!board.host.dispatchEvent(new CrmDealCloseEvent({ deal, outcome, reason }))) {
      board.announce(m.moving.vetoed(deal.name));
      return undefined;
    }
    // Focus goes to the next card of its stage, else the one before.
    board.focusCard(neighbourOf(shown, deal.id));
    const patch = closePatch(deal, outcome, reason, this.#now(), wonStageOf(shown.pipeline)?.id);
    void this.#save(
      deal,
      patch,
      (saved) => {
        board.announce(`${m.close.closed(deal.name, board.messages().outcomes[outcome])} ${m.undo.offered}`);
        this.undo.offer(deal, saved, outcome);
        board.host.dispatchEvent(new CrmDealClosedEvent({ deal: saved, outcome }));
      },
      m.failure.close,
    );
    return undefined;
  }

  /** Reopens a deal closed some time ago (the won and lost views), in the stage it was closed from; focus stays where it is. */
  reopen(closed: Deal): void {
    const pipeline = this.#board.pipeline();
    this.#reopen(closed, reopenPatch(closed, this.#now(), pipeline && wonStageOf(pipeline)?.id), false);
  }

  /**
   * Opens `closed` again as `patch` says, shown there at once, and closed again with the reason
   * when the save fails. `focus` moves the keyboard to its card (the Undo, on the board).
   */
  #reopen(closed: Deal, patch: DealUpdate & { readonly stageId: string }, focus: boolean): void {
    const board = this.#board;
    const m = editingMessages(board);
    board.tabStop(patch.stageId, closed.id);
    void this.#save(
      closed,
      patch,
      (saved) => {
        const client = board.client();
        if (client) addLoaded(client, saved.pipelineId, saved);
        if (focus) board.focusCard({ stageId: saved.stageId, deal: saved });
        const stage = board.pipeline()?.stages.find((candidate) => candidate.id === saved.stageId)?.name ?? saved.stageId;
        board.announce(m.undo.reopened(saved.name, stage));
      },
      m.failure.reopen,
    );
  }

  /**
   * Shows `deal` as `patch` makes it while the save is on its way. A failed save is undone by the
   * client; the board then shows the deal where it was, and says why.
   */
  async #save(deal: Deal, patch: DealUpdate, onSaved: (saved: Deal) => void, failureText: DealEditingMessages['failure']['move']): Promise<void> {
    const board = this.#board;
    const client = board.client();
    if (!client) return;
    board.pending(deal.id, withPatch(deal, patch));
    try {
      const saved = await client.deals.update(deal.id, patch, { expectedVersion: deal.version });
      onSaved(saved);
    } catch (error) {
      const notice = failureText(deal.name, errorText(error, board.i18n.messages));
      board.notice(notice);
      board.announce(notice);
      if (isCrmError(error)) board.host.dispatchEvent(new CrmDealMoveFailedEvent({ deal, error }));
      // Someone else's change won: load it, so the board shows the deal as it now is.
      if (error instanceof ConflictError) board.refetch();
    } finally {
      board.pending(deal.id, undefined);
    }
  }

  #now(): Date {
    return this.#board.client()?.now() ?? new Date();
  }
}
