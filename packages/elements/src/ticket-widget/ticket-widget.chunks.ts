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
  submitForm: () => Promise.all([import('./submit-flow.js'), import('./submit-form.js')]),
  /** The reply box under a customer's ticket, with reopening. */
  replyForm: () => Promise.all([import('./ticket-actions.js'), import('./reply-form.js')]),
  /** The satisfaction question under a resolved ticket. */
  csatForm: () => Promise.all([import('./csat-prompt.js'), import('./csat-form.js')]),
  /** The open ticket on the agent's desk: its controls, clocks and reply box. */
  agentDetail: () => Promise.all([import('./ticket-actions.js'), import('./agent-detail.js')]),
  /** The dialog that creates, edits and deletes canned replies, opened from the reply box. */
  cannedReplyManager: () => import('./canned-reply-manager.js'),
  /** The rules engine the agent view escalates SLA breaches with, unless the host gives its own. */
  rules: () => import('@rapport/core/rules'),
};
