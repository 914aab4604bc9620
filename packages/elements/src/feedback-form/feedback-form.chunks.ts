/**
 * Every part of `<crm-feedback-form>` fetched on first use rather than with the form. Import these
 * modules only through here (a static import anywhere puts them back into the first load).
 */
export const feedbackFormChunks = {
  /** The sender and its durable outbox, the spam checks, the thank-you state. */
  submitPath: () => import('./submit-path.js'),
  /** The popup, slider and side tab, with their triggers: only for those modes. */
  embedShell: () => import('./embed-path.js'),
};
