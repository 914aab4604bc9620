import type { MemberPickerMessages } from './member-picker.messages.js';

/** The member picker in simplified Chinese. */
export const zhHans: MemberPickerMessages = {
  label: '团队成员',
  placeholder: '输入姓名或邮箱',
  showMembers: '显示团队成员',
  nobody: '无',
  searching: '正在搜索…',
  noMatch: (query) => `没有与“${query}”匹配的在职成员`,
  noMembers: '暂无在职团队成员',
  results: (count) => `${count} 位团队成员`,
  failed: '无法加载团队成员。',
};
