import type { MessagePack } from '../base/locale/message-pack.js';

/**
 * The thank-you words for each score band, per locale. Shown only once a response is sent, so they
 * travel with the submit path, not with the form's first load.
 */
export interface ThankYouMessages {
  readonly promoter: string;
  /** Above the host's review link. */
  readonly reviewPrompt: string;
  readonly reviewLink: string;
  readonly passive: string;
  readonly detractor: string;
  /** Said to a detractor whose response says how to reach them (a known customer, an email address). */
  readonly detractorContact: string;
  /** Said to a detractor the shop cannot reach. */
  readonly detractorAnonymous: string;
}

const en: ThankYouMessages = {
  promoter: 'We are glad you are happy with us!',
  reviewPrompt: 'Would you tell others too? A short review helps a lot.',
  reviewLink: 'Write a review',
  passive: 'Thank you. Your answers help us do better.',
  detractor: 'We are sorry we let you down.',
  detractorContact: 'Someone from our team will contact you to put this right.',
  detractorAnonymous: 'We read every response, and yours will help us put this right.',
};

export const thankYouMessages: MessagePack<ThankYouMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./thank-you.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./thank-you.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
