import type { MessagePack } from '../base/locale/message-pack.js';

/** What the popup, slider and side tab say, per locale; they travel with the embed shell, not the form. */
export interface EmbedMessages {
  /** The dialog's name while no survey title is shown (loading). */
  readonly label: string;
  readonly close: string;
  /** The side tab's text. */
  readonly tab: string;
}

const en: EmbedMessages = {
  label: 'Feedback survey',
  close: 'Close',
  tab: 'Feedback',
};

export const embedMessages: MessagePack<EmbedMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./embed.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./embed.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
