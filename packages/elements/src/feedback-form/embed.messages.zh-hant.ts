import type { EmbedMessages } from './embed.messages.js';

export const zhHant: EmbedMessages = {
  label: '意見調查',
  close: '關閉',
  tab: '意見回饋',
};
