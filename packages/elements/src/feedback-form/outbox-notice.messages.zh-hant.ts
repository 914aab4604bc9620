import type { OutboxNoticeMessages } from './outbox-notice.messages.js';

export const zhHant: OutboxNoticeMessages = {
  thanksOffline: '答案已儲存在本裝置上，恢復連線後自動傳送。',
  thanksUnreachable: '暫時無法連線至服務。答案已儲存在本裝置上，將自動傳送。',
  waitingOffline: '您先前的答案已儲存在本裝置上，恢復連線後自動傳送。',
  waitingUnreachable: '暫時無法連線至服務。您先前的答案已儲存在本裝置上，將自動傳送。',
  waiting: '您先前的答案已儲存在本裝置上，即將傳送。',
  sending: '正在傳送您先前的答案…',
  sent: '您先前的答案已傳送。',
  unsent: (_count, formatted) => `有 ${formatted} 份答卷未能傳送。`,
  discard: '捨棄',
  correct: '修改答案',
  correcting: '服務未接受您的部分答案。請在下方修改後重新提交。',
  unstorable: '此文字包含無法儲存的字元，請刪除後重試。',
  pageOnly: '此瀏覽器不允許在頁面關閉後保留這些答案：請在傳送完成前保持此頁面開啟。',
};
