/**
 * Every part of `<crm-ticket-widget>` fetched on first use rather than with the widget: each mode's
 * view when the widget shows it, and within a view the forms and the rules engine when first
 * needed. Import these modules only through here (a static import anywhere puts them back into
 * the first load); one table, so a test can stand in for a fetch that fails. The desk's own parts
 * are in `agent-desk.chunks.ts`.
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
  /** The launcher's button and panel (dialog, focus kept inside, Escape), when the widget is a launcher. */
  launcher: () => import('./launcher-view.js'),
};
