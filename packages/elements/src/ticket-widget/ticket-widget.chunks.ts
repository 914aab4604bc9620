/**
 * Every part of `<crm-ticket-widget>` fetched on first use rather than with the widget: each mode's
 * view when the widget shows it, and within a view the forms and the rules engine when first
 * needed. Import these modules only through here (a static import anywhere puts them back into
 * the first load); one table, so a test can stand in for a fetch that fails.
 */
export const ticketWidgetChunks = {
  customerView: () => import('./customer-view.js'),
  agentView: () => import('./agent-view.js'),
  /** The customer's request form with its article suggestions and sending. */
  submitForm: () => Promise.all([import('./submit-flow.js'), import('./submit-form.js'), import('./ticket-categories.js')]),
  /** The reply box under a customer's ticket, with reopening. */
  replyForm: () => Promise.all([import('./ticket-actions.js'), import('./reply-form.js')]),
  /** The satisfaction question under a resolved ticket. */
  csatForm: () => Promise.all([import('./csat-prompt.js'), import('./csat-form.js')]),
  /** The open ticket on the agent's desk: its controls, clocks and reply box. */
  agentDetail: () => Promise.all([import('./ticket-actions.js'), import('./agent-detail.js')]),
  /** The launcher's button and panel (dialog, focus kept inside, Escape), when the widget is a launcher. */
  launcher: () => import('./launcher-view.js'),
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
