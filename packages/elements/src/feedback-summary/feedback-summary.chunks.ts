/**
 * Every part of `<crm-feedback-summary>` fetched after its first render rather than with it.
 * Import these modules only through here (a static import anywhere puts them back into the first
 * load); one table, so a test can stand in for a fetch that fails.
 */
export const feedbackSummaryChunks = {
  /** The comments below the figures: search, score filter, paging and the CSV export. */
  comments: () => import('./comments-view.js'),
};
