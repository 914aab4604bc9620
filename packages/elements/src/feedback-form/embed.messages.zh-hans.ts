import type { EmbedMessages } from './embed.messages.js';

export const zhHans: EmbedMessages = {
  label: '反馈调查',
  close: '关闭',
  tab: '意见反馈',
};
