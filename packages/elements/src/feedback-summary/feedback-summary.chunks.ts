/**
 * Every part of `<crm-feedback-summary>` fetched after its first render rather than with it.
 * Import these modules only through here (a static import anywhere puts them back into the first
 * load); one table, so a test can stand in for a fetch that fails.
 */
export const feedbackSummaryChunks = {
  /** Each question's trend and distribution charts with their tables: fetched while the figures load, so they arrive with them. */
  charts: () => import('./question-charts.js'),
  /** Below the scores: the segment table, and the comments with search, score filter, paging and the CSV export. */
  below: () => Promise.all([import('./comments-view.js'), import('./segment-table.js')]),
  /** Counting a period in the page, over a storage that cannot count it. */
  /** The strings of the parts above, in every locale: fetched with the first of them. */
  partMessages: () => import('./feedback-summary-parts.messages.js'),
  localCount: () => import('./period-local-count.js'),
};
