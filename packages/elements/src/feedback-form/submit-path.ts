/**
 * What the form needs only to send a response: the sender with its durable outbox, the spam
 * checks, the scores and the thank-you state. The form imports this module only dynamically (see
 * `SubmitLoader`), so a page where nobody answers never downloads it.
 */
export { ResponseSender } from './response-sender.js';
export { scoreResponse } from './response-scores.js';
export { judgeSubmission } from './spam-guard.js';
export { renderThankYou } from './thank-you.js';
export { renderOutboxView } from './outbox-view.js';
export { outboxNotices } from './outbox-notices.js';
export { isUnstorableText } from './unstorable-text.js';
export { lastSubmissionAt, rememberSubmission } from './visitor-throttle.js';
export { promptRulesOf, rememberAsked } from './prompt-watch.js';
export { isContactable, responseFrom } from './response-from.js';
