import type { BoardEditing } from './board-editing.js';
import { closeDialogFor } from './close-deal-dialog.js';
import { DealDrawer } from './deal-drawer.js';
import { prepareEditing } from './deal-editing.js';
import { QuickAdd } from './quick-add.js';

/** Everything of the board that changes deals by hand, loaded as one part the first time it is used. */
export interface EditingPart {
  readonly quickAdd: QuickAdd;
  readonly drawer: DealDrawer;
  readonly renderCloseDialog: ReturnType<typeof closeDialogFor>;
}

/** The board's editing part, with its styles and strings in place. */
export async function loadEditingPart(board: BoardEditing): Promise<EditingPart> {
  await prepareEditing(board);
  return { quickAdd: new QuickAdd(board), drawer: new DealDrawer(board), renderCloseDialog: closeDialogFor(board.host) };
}
