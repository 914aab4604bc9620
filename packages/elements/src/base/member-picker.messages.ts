import type { MessagePack } from './locale/message-pack.js';

/** Every string of `<crm-member-picker>`, per locale. */
export interface MemberPickerMessages {
  /** The field's name when the host gives none. */
  readonly label: string;
  readonly placeholder: string;
  readonly showMembers: string;
  /** The choice of nobody, offered when the picker is `clearable`. */
  readonly nobody: string;
  readonly searching: string;
  readonly noMatch: (query: string) => string;
  readonly noMembers: string;
  /** How many members the list shows, announced as it changes. */
  readonly results: (count: number) => string;
  readonly failed: string;
}

export const en: MemberPickerMessages = {
  label: 'Team member',
  placeholder: 'Type a name or email',
  showMembers: 'Show team members',
  nobody: 'No one',
  searching: 'Searching…',
  noMatch: (query) => `No active team member matches “${query}”`,
  noMembers: 'No active team members yet',
  results: (count) => (count === 1 ? '1 team member' : `${count} team members`),
  failed: 'Team members could not be loaded.',
};

/** The picker's strings: English in the bundle, each translation its own chunk loaded on first use. */
export const memberPickerMessages: MessagePack<MemberPickerMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./member-picker.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./member-picker.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
