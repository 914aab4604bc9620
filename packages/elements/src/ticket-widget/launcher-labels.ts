import type { LocaleCode } from '../base/locale/locale.js';

/**
 * The launcher button's words in every locale. Unlike the widget's other strings they are not a
 * message pack: the button shows before the widget loads (`launcher-shell.ts`), and fetching a
 * translation for one word would cost a round trip more than the three of them weigh.
 */
export const launcherLabels: Readonly<Record<LocaleCode, { readonly open: string; readonly close: string }>> = {
  en: { open: 'Help', close: 'Close' },
  'zh-Hans': { open: '帮助', close: '关闭' },
  'zh-Hant': { open: '幫助', close: '關閉' },
};
