/**
 * Every part of `<crm-pipeline-board>` fetched on first use rather than with the board. Import
 * these modules only through here (a static import anywhere puts them back into the first load);
 * one table, so a test can stand in for a fetch that fails.
 */
export const pipelineBoardChunks = {
  /**
   * The quick-add, the deal drawer (full form, activities, quick log) and the close dialog: one
   * chunk, so that what it shares with the board is one shared file too.
   */
  editing: () => import('./board-editing-part.js'),
};
