import type { MessagePack } from '../base/locale/message-pack.js';

/**
 * What the form says about responses kept on this device and about refusals, per locale. Shown only
 * once the submit path is loaded, so these strings travel with it, not with the form's first load.
 */
export interface OutboxNoticeMessages {
  /** The form's own response is queued while the browser is offline. */
  readonly thanksOffline: string;
  /** The form's own response is queued while the browser is online: the service is what cannot be reached. */
  readonly thanksUnreachable: string;
  /** Earlier answers to this survey, queued on this device, while the browser is offline. */
  readonly waitingOffline: string;
  /** Earlier answers to this survey, queued on this device, while the service cannot be reached. */
  readonly waitingUnreachable: string;
  /** Earlier answers queued on this device, not tried yet (the page just opened). */
  readonly waiting: string;
  readonly sending: string;
  readonly sent: string;
  /** Responses queued on this device that the service refused. */
  readonly unsent: (count: number, formatted: string) => string;
  /** Gives up on the refused responses. */
  readonly discard: string;
  /** Puts a refused response's answers back in the form, with what the service said about them. */
  readonly correct: string;
  /** Above the answers of a refused response being corrected. */
  readonly correcting: string;
  /** The service's reason for text it refused: characters PostgreSQL cannot store (NUL, a lone surrogate). */
  readonly unstorable: string;
  /** A queued response kept in page memory only: the browser gave no storage that outlives the page. */
  readonly pageOnly: string;
}

const en: OutboxNoticeMessages = {
  thanksOffline: 'Your answers are saved on this device and will be sent when you are back online.',
  thanksUnreachable: 'The service cannot be reached right now. Your answers are saved on this device and will be sent automatically.',
  waitingOffline: 'Your earlier answers are saved on this device and will be sent when you are back online.',
  waitingUnreachable: 'The service cannot be reached right now. Your earlier answers are saved on this device and will be sent automatically.',
  waiting: 'Your earlier answers are saved on this device and about to be sent.',
  sending: 'Sending your earlier answers…',
  sent: 'Your earlier answers have been sent.',
  unsent: (count, formatted) => (count === 1 ? 'Your response could not be sent.' : `${formatted} of your responses could not be sent.`),
  discard: 'Discard',
  correct: 'Correct the answers',
  correcting: 'The service did not accept some of your answers. Correct them below, then send them again.',
  unstorable: 'This text contains characters that cannot be stored. Remove them and try again.',
  pageOnly: 'This browser does not let us keep them after the page is closed: keep this page open until they are sent.',
};

export const outboxNoticeMessages: MessagePack<OutboxNoticeMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./outbox-notice.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./outbox-notice.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
