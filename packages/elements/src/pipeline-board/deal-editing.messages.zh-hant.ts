import type { DealEditingMessages } from './deal-editing.messages.js';
import type { Place } from './pipeline-board.messages.js';

const hantPlace = (p: Place) => `${p.stage}，第 ${p.position} 個，共 ${p.size} 個`;

export const zhHant: DealEditingMessages = {
  fields: {
    name: '銷售機會名稱',
    amount: '金額',
    currency: '幣別',
    expectedCloseDate: '可能結束時間',
    probability: '成功的可能性（%）',
    stageId: '階段',
    ownerId: '負責人',
    tags: '標籤',
    customFields: '自訂欄位',
  },
  problems: {
    required: '請輸入銷售機會名稱。',
    amount: '請輸入 0 或以上的金額，例如 12000 或 12,000.50。',
    currency: '請輸入三個字母的幣別代碼，例如 CNY 或 USD。',
    date: '請輸入日期，例如 2025-03-31。',
    probability: '請輸入 0 到 100 的整數百分比，留空則使用階段預設值。',
  },
  quickAdd: {
    label: (stage) => `在「${stage}」中新增銷售機會`,
    save: '新增',
    hint: '按 Enter 新增，按 Esc 關閉。',
    added: (deal, stage) => `已將 ${deal} 新增到 ${stage}。`,
    failed: (deal, reason) => `無法新增 ${deal}，已將您輸入的內容放回表單。${reason}`,
  },
  drawer: {
    newTitle: '新增銷售機會',
    editTitle: (deal) => `銷售機會：${deal}`,
    close: '關閉',
    save: '儲存',
    create: '建立銷售機會',
    saved: (deal) => `已儲存 ${deal}。`,
    failed: (deal, reason) => `無法儲存 ${deal}，您的修改仍保留在此。${reason}`,
    conflict: '此銷售機會已被他人修改。現在顯示的是對方的版本，請重新修改。',
    tagsHint: '多個標籤請用逗號分隔。',
    noOwner: '無負責人',
    activities: '活動',
    noActivities: '此銷售機會尚無活動紀錄。',
    logLabel: '記錄活動',
    logKind: '類型',
    log: '記錄',
    logged: '已記錄。',
    logFailed: (reason) => `無法記錄活動。${reason}`,
    loggingNeedsOwner: '請先為銷售機會指定負責人（或為看板設定 user-id），才能記錄活動。',
  },
  moving: {
    lifted: (deal, p) => `已拿起 ${deal}，位於 ${hantPlace(p)}。`,
    over: (deal, p) => `${deal}：${hantPlace(p)}。`,
    overOutcome: (deal, outcome) => `${deal}：位於${outcome}上方。放下即結束此銷售機會。`,
    dropped: (deal, p) => `已將 ${deal} 移到 ${hantPlace(p)}。`,
    cancelled: (deal, p) => `已取消移動。${deal} 回到 ${hantPlace(p)}。`,
    sortedColumn: (sort) => `看板按${sort}排序：銷售機會在階段內的位置由排序決定。`,
    wipRefused: (stage, limit) => `${stage} 已達到 ${limit} 個的在製上限，銷售機會留在原處。`,
    busy: (deal) => `${deal} 仍在儲存中。`,
  },
  activityKinds: { note: '備註', call: '電話', email: '郵件', meeting: '會議', task: '任務', letter: '信函' },
};
