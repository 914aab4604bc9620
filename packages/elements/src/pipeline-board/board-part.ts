import { BoardDragController, type BoardDragDelegate } from './board-drag-controller.js';
import type { BoardEditing } from './board-editing.js';
import { closeDialogFor } from './close-deal-dialog.js';
import { DealDrawer } from './deal-drawer.js';
import { adoptViewStyles } from '../base/view-styles.js';
import { boardMovingStyles } from './board-moving.styles.js';
import { editingMessages, prepareEditing } from './deal-editing.js';
import { DealSaving } from './deal-saving.js';
import { QuickAdd } from './quick-add.js';
import { PipelineSwitcher } from './pipeline-switcher.js';
import { DealViews } from './deal-views.js';
import { StageColumns } from './stage-columns.js';
import { LaneLoader } from './lane-loader.js';
import { showBoardDialogs } from './board-dialogs.js';

/**
 * Everything of the board that acts on deals (picking them up and moving them, saving a move or a
 * close, the quick-add, the drawer, the close dialog, the pipeline switcher, the choice of open, won or lost deals): one part, fetched right after the board's first paint, so that what
 * it shares with the board is one shared file and it is there by the time a hand reaches a card.
 */
export interface BoardPart {
  readonly drag: BoardDragController;
  readonly saving: DealSaving;
  readonly quickAdd: QuickAdd;
  readonly drawer: DealDrawer;
  readonly renderCloseDialog: ReturnType<typeof closeDialogFor>;
  /** The pipeline switcher, for a board that the host did not pin to one pipeline. */
  readonly switcher: PipelineSwitcher;
  /** The choice between open deals by stage and the won and lost lists. */
  readonly views: DealViews;
  /** Collapsed columns, and the choice of stage where one column shows at a time. */
  readonly stageColumns: StageColumns;
  /** Swimlanes, and the toolbar's choice of them. */
  readonly lanes: LaneLoader;
  /** Opens the close dialog or the drawer just rendered; `true` while either shows. */
  readonly showDialogs: typeof showBoardDialogs;
}

/** The board's part, with its styles and strings in place. */
export async function loadBoardPart(board: BoardEditing, drag: Omit<BoardDragDelegate, 'moving' | 'move'>): Promise<BoardPart> {
  adoptViewStyles(board.host, [boardMovingStyles]);
  await prepareEditing(board);
  const lanes = new LaneLoader(board, drag);
  const saving = new DealSaving(lanes.editing());
  return {
    drag: lanes.attach(new BoardDragController(board.host, { ...lanes.delegate(drag), moving: () => editingMessages(board).moving, move: (deal, stageId, index) => saving.move(deal, stageId, index) })),
    saving,
    quickAdd: new QuickAdd(board),
    drawer: new DealDrawer(board),
    renderCloseDialog: closeDialogFor(board),
    switcher: new PipelineSwitcher(board),
    views: new DealViews(board, saving),
    stageColumns: new StageColumns(board),
    lanes,
    showDialogs: showBoardDialogs,
  };
}
