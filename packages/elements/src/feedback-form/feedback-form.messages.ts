import type { MessagePack } from '../base/locale/message-pack.js';

/** Every string of `<crm-feedback-form>`, per locale. Numbers arrive formatted for the locale. */
export interface FeedbackFormMessages {
  readonly noClient: string;
  readonly noSurvey: string;
  /** Explains the `*` on required questions. */
  readonly requiredNote: string;
  /** Spoken after a question's label where the control cannot say "required" itself. */
  readonly required: string;
  readonly progress: (page: string, pages: string) => string;
  readonly back: string;
  readonly next: string;
  readonly send: string;
  readonly sending: string;
  /** The words at the two ends of the NPS scale (0 and 10). */
  readonly npsEnds: readonly [low: string, high: string];
  /** CSAT 1–5, lowest first. */
  readonly csatPoints: readonly [string, string, string, string, string];
  /** CES 1–7, least effort first. */
  readonly cesPoints: readonly [string, string, string, string, string, string, string];
  /** A rating's accessible name ("3 of 5 stars"). */
  readonly stars: (value: string, max: string) => string;
  /** An email answer that cannot be an address. */
  readonly emailFormat: string;
  /** Announced when questions need attention before going on. */
  readonly needsAttention: (count: number, formatted: string) => string;
  /** The label of the honeypot field that only bots fill in. */
  readonly honeypot: string;
  readonly offline: string;
  readonly tooFast: string;
  readonly throttled: (seconds: string) => string;
  readonly thanks: {
    readonly title: string;
    readonly delivered: string;
  };
  readonly followUp: {
    readonly question: string;
    readonly yes: string;
    readonly no: string;
    readonly accepted: string;
    readonly declined: string;
  };
}

const en: FeedbackFormMessages = {
  noClient: 'No data source is configured for this form.',
  noSurvey: 'No survey selected.',
  requiredNote: 'Questions marked * need an answer.',
  required: 'required',
  progress: (page, pages) => `Page ${page} of ${pages}`,
  back: 'Back',
  next: 'Next',
  send: 'Send',
  sending: 'Sending…',
  npsEnds: ['Not at all likely', 'Extremely likely'],
  csatPoints: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  cesPoints: ['Very easy', 'Easy', 'Fairly easy', 'Neither easy nor hard', 'Fairly hard', 'Hard', 'Very hard'],
  stars: (value, max) => `${value} of ${max} stars`,
  emailFormat: 'Enter an email address such as name@example.com.',
  needsAttention: (count, formatted) => (count === 1 ? '1 question needs your attention.' : `${formatted} questions need your attention.`),
  honeypot: 'Leave this field empty',
  offline: 'You are offline. You can still send your answers: they go out when you are back online.',
  tooFast: 'That was quick! Please check your answers, then send them again.',
  throttled: (seconds) => `You sent feedback on this survey a moment ago. You can send more in ${seconds} seconds.`,
  thanks: {
    title: 'Thank you for your feedback!',
    delivered: 'Your answers have been sent.',
  },
  followUp: {
    question: 'May we contact you about your answers?',
    yes: 'Yes, contact me',
    no: 'No, thanks',
    accepted: 'Thank you. We will be in touch.',
    declined: 'Understood. We will not contact you about this.',
  },
};

/** English in the bundle; each translation is its own chunk, fetched the first time a page shows it. */
export const feedbackFormMessages: MessagePack<FeedbackFormMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./feedback-form.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./feedback-form.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
