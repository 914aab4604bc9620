/**
 * Every part of `<crm-pipeline-board>` fetched apart from the board. Import these modules only
 * through here (a static import anywhere puts them back into the first load); one table, so a
 * test can stand in for a fetch that fails.
 */
export const pipelineBoardChunks = {
  /** Moving deals (keyboard and pointer), the quick-add, the deal drawer and the close dialog. */
  part: () => import('./board-part.js'),
};
