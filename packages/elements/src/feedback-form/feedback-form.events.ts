import type { SurveyResponseCreate } from '@rapport/core';
import { CrmEvent } from '../base/crm-event.js';
import type { ScoredAnswer } from './response-scores.js';
import type { Delivery } from './send-or-queue.js';

/** A response as the form sends it, with its scores: NPS category, CSAT level, CES and ratings. */
export interface ScoredResponse {
  /** The id the response is stored under, chosen by the form so a queued copy is stored once. */
  readonly responseId: string;
  readonly response: SurveyResponseCreate;
  readonly scores: readonly ScoredAnswer[];
}

/** Before a response is sent; cancel it to keep the form as it is (the host then takes over). */
export class CrmFeedbackSubmitEvent extends CrmEvent<ScoredResponse> {
  static readonly eventName = 'crm-feedback-submit';
  constructor(detail: ScoredResponse) {
    super(CrmFeedbackSubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** After a response was stored (`sent`) or, without a connection, kept to be sent later (`queued`). */
export class CrmFeedbackSubmittedEvent extends CrmEvent<ScoredResponse & { readonly delivery: Delivery }> {
  static readonly eventName = 'crm-feedback-submitted';
  constructor(detail: CrmFeedbackSubmittedEvent['detail']) {
    super(CrmFeedbackSubmittedEvent.eventName, detail);
  }
}

/** The visitor answered the thank-you follow-up ("may we contact you?"); the answer is stored with the response. */
export class CrmFeedbackFollowUpEvent extends CrmEvent<{ readonly responseId: string; readonly accepted: boolean }> {
  static readonly eventName = 'crm-feedback-follow-up';
  constructor(detail: CrmFeedbackFollowUpEvent['detail']) {
    super(CrmFeedbackFollowUpEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-feedback-submit': CrmFeedbackSubmitEvent;
    'crm-feedback-submitted': CrmFeedbackSubmittedEvent;
    'crm-feedback-follow-up': CrmFeedbackFollowUpEvent;
  }
}
