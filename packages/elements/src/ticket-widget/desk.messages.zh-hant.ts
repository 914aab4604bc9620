import type { DeskMessages } from './desk.messages.js';

export const zhHant: DeskMessages = {
  search: {
    label: '搜尋服務請求',
    placeholder: '編號、主旨、訊息或請求人',
    found: (_, formatted, query) => `「${query}」共找到 ${formatted} 個服務請求`,
  },
  columns: { number: '編號', subject: '主旨', requester: '請求人', status: '狀態', priority: '優先順序', assignee: '處理人', age: '已建立', sla: '服務等級' },
  sortBy: '佇列排序',
  age: (duration) => `已建立 ${duration}`,
  unknownRequester: '未知請求人',
  paused: { waitingOnCustomer: '已暫停：等待客戶回覆', outsideBusinessHours: '暫不計時：非上班時間' },
  due: (dateTime) => `截止 ${dateTime}`,
  selection: {
    label: '選取',
    count: (count, formatted) => (count === 0 ? '未選取服務請求' : `已選取 ${formatted} 個服務請求`),
    selectAll: '全選',
    clear: '取消選取',
    hint: '空白鍵選取服務請求，Shift 加方向鍵擴充選取，Ctrl+A 全選，Esc 取消。',
  },
  bulk: {
    label: '批次修改所選服務請求',
    assign: '指派給',
    status: '狀態',
    priority: '優先順序',
    tag: '標籤',
    addTag: '要新增的標籤',
    unchanged: '保持不變',
    apply: '套用',
    working: (_, formatted) => `正在更新 ${formatted} 個服務請求…`,
    done: (_, formatted) => `已更新 ${formatted} 個服務請求。`,
    failed: (_, formatted, tickets) => `${formatted} 個服務請求未能更新：${tickets}。`,
  },
};
