import { en } from './en.js';
import type { MessagePack } from './message-pack.js';
import type { Messages } from './messages.js';

/** The words every widget shares; each translation is its own chunk. */
export const baseMessages: MessagePack<Messages> = {
  en,
  translations: {
    'zh-Hans': () => import('./zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./zh-hant.js').then((m) => m.zhHant),
  },
};
