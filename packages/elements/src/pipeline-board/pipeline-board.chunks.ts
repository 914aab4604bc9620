/**
 * Every part of `<crm-pipeline-board>` fetched on first use rather than with the board. Import
 * these modules only through here (a static import anywhere puts them back into the first load);
 * one table, so a test can stand in for a fetch that fails.
 */
export const pipelineBoardChunks = {
  /** The quick-add form at the top of a column, with the strings of editing deals. */
  quickAdd: () => import('./quick-add.js'),
  /** The deal drawer: the full form to edit or create a deal, its activities and the quick log. */
  drawer: () => import('./deal-drawer.js'),
};
