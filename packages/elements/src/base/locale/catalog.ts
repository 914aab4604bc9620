import { en } from './en.js';
import type { LocaleCode } from './locale.js';
import type { Messages } from './messages.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';

const messagesByLocale: Readonly<Record<LocaleCode, Messages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** The messages of one locale. */
export function messagesFor(locale: LocaleCode): Messages {
  return messagesByLocale[locale];
}
