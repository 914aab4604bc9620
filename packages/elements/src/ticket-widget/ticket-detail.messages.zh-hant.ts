import type { TicketDetailMessages } from './ticket-detail.messages.js';

export const zhHant: TicketDetailMessages = {
  attach: '新增附件',
  sendAndSet: '傳送並設定狀態',
  sendAndMark: (action, status) => `${action}並設為「${status}」`,
  tags: { label: '標籤', add: '新增標籤', remove: (tag) => `移除標籤 ${tag}`, none: '無標籤' },
  fields: { label: '服務請求欄位', save: '儲存欄位' },
  presence: {
    viewing: (names) => `${names} 也開啟了此服務請求。`,
    typing: (names) => `${names} 正在撰寫回覆。`,
  },
  canned: {
    insert: '插入常用回覆',
    manage: '管理常用回覆',
    close: '關閉',
    create: '新增常用回覆',
    edit: (title) => `編輯「${title}」`,
    remove: (title) => `刪除「${title}」`,
    title: '標題',
    body: '內容',
    bodyHint: '預留位置：{{requester.firstName}}、{{requester.name}}、{{ticket.number}}、{{ticket.subject}}、{{agent.name}}',
    save: '儲存',
    cancel: '取消',
    none: '尚無常用回覆。',
    unfilled: (placeholders) => `傳送前請替換：${placeholders}`,
  },
};
