/**
 * The parts of the agent's desk fetched on first use. Only the desk's own code imports this table,
 * so the build knows the desk's view is already there when one of these loads, and keeps what they
 * share with it (the queue, its SLA clocks) in the view's file rather than in small files of their
 * own fetched before the queue's first rows. Import these modules only through here; one table, so a
 * test can stand in for a fetch that fails.
 */
export const agentDeskChunks = {
  /** The open ticket: its controls, clocks, thread and reply box. */
  agentDetail: () => Promise.all([import('./ticket-actions.js'), import('./agent-detail.js')]),
  /** Sorting the queue by a column, the first time the agent sorts. */
  queueSort: () => import('./queue-sort.js'),
  /** The agent's saved views of the queue, the first time they are opened. */
  queueViews: () => import('./queue-views.js'),
  /** The bulk change bar, the first time the agent selects tickets. */
  bulkBar: () => import('./bulk-bar.js'),
  /** Naming the queue's current state as a saved view, the first time the agent saves one. */
  savedViewEditor: () => import('./saved-view-editor.js'),
  /** The dialog that creates, edits and deletes canned replies, opened from the reply box. */
  cannedReplyManager: () => import('./canned-reply-manager.js'),
  /** The rules engine the agent view escalates SLA breaches with, unless the host gives its own. */
  rules: () => import('@rapport/core/rules'),
};
