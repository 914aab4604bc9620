import type { MessagePack } from './locale/message-pack.js';

/** What the custom-field editors say when a value is missing or not what its field expects. */
export interface CustomFieldEditorMessages {
  readonly required: (label: string) => string;
  readonly chooseRequired: (label: string) => string;
  readonly number: string;
  readonly date: string;
  readonly url: string;
  readonly email: string;
  readonly option: string;
  readonly noChoice: string;
}

export const en: CustomFieldEditorMessages = {
  required: (label) => `Enter ${label}: it is required`,
  chooseRequired: (label) => `Choose ${label}: it is required`,
  number: 'Enter a number, such as 42 or 3.5',
  date: 'Enter a date like 2025-03-31',
  url: 'Enter a web address like https://example.com',
  email: 'Enter an email like name@example.com',
  option: 'Choose one of the listed options',
  noChoice: '—',
};

/** Loaded with the editors, never with a widget's first load. */
export const customFieldEditorMessages: MessagePack<CustomFieldEditorMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./custom-field-editor.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./custom-field-editor.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
