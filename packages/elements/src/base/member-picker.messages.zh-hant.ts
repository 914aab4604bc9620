import type { MemberPickerMessages } from './member-picker.messages.js';

/** The member picker in traditional Chinese. */
export const zhHant: MemberPickerMessages = {
  label: '團隊成員',
  placeholder: '輸入姓名或電子郵件',
  showMembers: '顯示團隊成員',
  nobody: '無',
  searching: '正在搜尋…',
  noMatch: (query) => `沒有與「${query}」相符的在職成員`,
  noMembers: '尚無在職團隊成員',
  results: (count) => `${count} 位團隊成員`,
  failed: '無法載入團隊成員。',
};
