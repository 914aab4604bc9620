import type { OutboxNoticeMessages } from './outbox-notice.messages.js';

export const zhHans: OutboxNoticeMessages = {
  thanksOffline: '答案已保存在本设备上，恢复联网后自动发送。',
  thanksUnreachable: '暂时无法连接服务。答案已保存在本设备上，将自动发送。',
  waitingOffline: '您之前的答案已保存在本设备上，恢复联网后自动发送。',
  waitingUnreachable: '暂时无法连接服务。您之前的答案已保存在本设备上，将自动发送。',
  waiting: '您之前的答案已保存在本设备上，即将发送。',
  sending: '正在发送您之前的答案…',
  sent: '您之前的答案已发送。',
  unsent: (_count, formatted) => `有 ${formatted} 份答卷未能发送。`,
  discard: '放弃',
  correct: '修改答案',
  correcting: '服务未接受您的部分答案。请在下方修改后重新提交。',
  unstorable: '此文本包含无法保存的字符，请删除后重试。',
  pageOnly: '此浏览器不允许在页面关闭后保留这些答案：请在发送完成前保持此页面打开。',
};
