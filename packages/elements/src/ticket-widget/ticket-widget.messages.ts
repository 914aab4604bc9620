import type { TicketPriority, TicketStatus } from '@rapport/core';
import type { LocaleCode } from '../base/locale/locale.js';
import type { CannedReply } from './canned-reply.js';
import type { SlaState } from './ticket-sla.js';

/** The categories a customer picks from when no `categories` are given. */
export const defaultCategories = ['order', 'billing', 'product', 'technical', 'account', 'other'] as const;
export type DefaultCategory = (typeof defaultCategories)[number];

/** Every string of `<crm-ticket-widget>`; shared words (save, retry, errors) come from the base messages. */
export interface TicketWidgetMessages {
  readonly noClient: string;
  readonly noContact: string;
  readonly label: string;
  readonly newRequest: string;
  readonly myTickets: string;
  readonly status: Readonly<Record<TicketStatus, string>>;
  readonly priority: Readonly<Record<TicketPriority, string>>;
  readonly categories: Readonly<Record<DefaultCategory, string>>;
  readonly form: {
    readonly subject: string;
    readonly description: string;
    readonly category: string;
    readonly chooseCategory: string;
    readonly attachments: string;
    readonly attachmentHint: (types: string, size: string) => string;
    readonly wrongType: (name: string) => string;
    readonly tooLarge: (name: string, size: string) => string;
    readonly unreadable: (name: string) => string;
    readonly send: string;
    readonly sent: string;
  };
  readonly kb: {
    readonly heading: string;
    readonly found: (count: number) => string;
    readonly solved: string;
    readonly deflected: string;
  };
  readonly tickets: {
    readonly empty: string;
    readonly back: string;
    readonly updated: (date: string) => string;
  };
  readonly thread: {
    readonly label: string;
    readonly you: string;
    readonly customer: string;
    readonly agent: string;
    readonly system: string;
    readonly internal: string;
    readonly reply: string;
    readonly note: string;
    readonly send: string;
    readonly addNote: string;
    readonly canned: string;
    readonly reopen: string;
  };
  readonly csat: {
    readonly question: string;
    readonly scale: readonly [string, string, string, string, string];
    readonly comment: string;
    readonly send: string;
    readonly thanks: string;
  };
  readonly queue: {
    readonly label: string;
    readonly filters: string;
    readonly status: string;
    readonly priority: string;
    readonly assignee: string;
    readonly sla: string;
    readonly any: string;
    readonly unresolved: string;
    readonly me: string;
    readonly unassigned: string;
    /** The number of tickets shown, and the same number formatted for the locale. */
    readonly count: (count: number, formatted: string) => string;
    readonly empty: string;
    readonly pick: string;
    readonly requester: string;
  };
  readonly sla: {
    readonly states: Readonly<Record<SlaState, string>>;
    readonly firstResponse: string;
    readonly resolution: string;
    readonly left: (time: string) => string;
    readonly overdue: (time: string) => string;
    readonly met: string;
    readonly missed: string;
    readonly escalated: (level: number) => string;
  };
  readonly cannedReplies: readonly CannedReply[];
}

const en: TicketWidgetMessages = {
  noClient: 'No data source is configured for this widget.',
  noContact: 'Sign in to ask for help and see your requests.',
  label: 'Customer service',
  newRequest: 'New request',
  myTickets: 'My requests',
  status: { new: 'New', open: 'Open', pending: 'Waiting on customer', resolved: 'Resolved', closed: 'Closed' },
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  categories: {
    order: 'Orders and delivery',
    billing: 'Billing and payment',
    product: 'Product question',
    technical: 'Technical problem',
    account: 'Account and sign-in',
    other: 'Something else',
  },
  form: {
    subject: 'Subject',
    description: 'What happened?',
    category: 'Category',
    chooseCategory: 'Choose a category',
    attachments: 'Attachments',
    attachmentHint: (types, size) => `${types}; up to ${size} each.`,
    wrongType: (name) => `${name}: this type of file is not accepted.`,
    tooLarge: (name, size) => `${name} is larger than ${size}.`,
    unreadable: (name) => `${name} could not be read.`,
    send: 'Send request',
    sent: 'Thank you. Your request was received and we will reply here.',
  },
  kb: {
    heading: 'These articles might answer your question',
    found: (count) => (count === 1 ? '1 suggested article' : `${count} suggested articles`),
    solved: 'This solved it',
    deflected: 'Glad that helped. No request was needed.',
  },
  tickets: {
    empty: 'You have not asked for help yet.',
    back: 'All my requests',
    updated: (date) => `Updated ${date}`,
  },
  thread: {
    label: 'Conversation',
    you: 'You',
    customer: 'Customer',
    agent: 'Support',
    system: 'System',
    internal: 'Internal note',
    reply: 'Reply',
    note: 'Internal note (agents only)',
    send: 'Send reply',
    addNote: 'Add note',
    canned: 'Insert a canned reply',
    reopen: 'Reopen request',
  },
  csat: {
    question: 'How satisfied are you with how we handled this?',
    scale: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    comment: 'Anything else you would like to tell us? (optional)',
    send: 'Send feedback',
    thanks: 'Thank you for your feedback.',
  },
  queue: {
    label: 'Ticket queue',
    filters: 'Filter tickets',
    status: 'Status',
    priority: 'Priority',
    assignee: 'Assignee',
    sla: 'SLA',
    any: 'Any',
    unresolved: 'Unresolved',
    me: 'Me',
    unassigned: 'Unassigned',
    count: (count, formatted) => (count === 1 ? '1 ticket' : `${formatted} tickets`),
    empty: 'No tickets match these filters.',
    pick: 'Choose a ticket from the queue.',
    requester: 'Requester',
  },
  sla: {
    states: { breached: 'Breached', 'at-risk': 'Due soon', 'on-track': 'On track', paused: 'Paused', none: 'No running SLA' },
    firstResponse: 'First response',
    resolution: 'Resolution',
    left: (time) => `${time} left`,
    overdue: (time) => `${time} overdue`,
    met: 'Met',
    missed: 'Missed',
    escalated: (level) => `Escalated, level ${level}`,
  },
  cannedReplies: [
    { title: 'Looking into it', body: 'Thank you for getting in touch. We are looking into this and will update you here shortly.' },
    { title: 'Need more details', body: 'Could you tell us a little more, for example the order number and what you saw on screen?' },
    { title: 'Resolved', body: 'This should now be resolved. If anything is still not right, reply here and we will pick it up again.' },
  ],
};

const zhHans: TicketWidgetMessages = {
  noClient: '此组件尚未配置数据源。',
  noContact: '请登录后提交服务请求并查看您的请求。',
  label: '客户服务',
  newRequest: '提交服务请求',
  myTickets: '我的服务请求',
  status: { new: '新建', open: '处理中', pending: '等待客户回复', resolved: '已解决', closed: '已关闭' },
  priority: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
  categories: {
    order: '订单与配送',
    billing: '账单与付款',
    product: '产品咨询',
    technical: '技术问题',
    account: '账户与登录',
    other: '其他',
  },
  form: {
    subject: '主题',
    description: '发生了什么？',
    category: '类别',
    chooseCategory: '请选择类别',
    attachments: '附件',
    attachmentHint: (types, size) => `${types}；每个不超过 ${size}。`,
    wrongType: (name) => `${name}：不接受此类型的文件。`,
    tooLarge: (name, size) => `${name} 超过了 ${size}。`,
    unreadable: (name) => `无法读取 ${name}。`,
    send: '提交请求',
    sent: '谢谢！我们已收到您的服务请求，将在此处回复您。',
  },
  kb: {
    heading: '以下知识库文章或许能解答您的问题',
    found: (count) => `找到 ${count} 篇相关文章`,
    solved: '问题已解决',
    deflected: '很高兴问题已解决，无需提交服务请求。',
  },
  tickets: {
    empty: '您还没有提交过服务请求。',
    back: '全部服务请求',
    updated: (date) => `更新于 ${date}`,
  },
  thread: {
    label: '对话',
    you: '您',
    customer: '客户',
    agent: '客服',
    system: '系统',
    internal: '内部备注',
    reply: '回复',
    note: '内部备注（仅客服可见）',
    send: '发送回复',
    addNote: '添加备注',
    canned: '插入常用回复',
    reopen: '重新打开请求',
  },
  csat: {
    question: '您对本次服务的处理结果满意吗？',
    scale: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
    comment: '还有什么想告诉我们的吗？（选填）',
    send: '提交评价',
    thanks: '感谢您的反馈。',
  },
  queue: {
    label: '服务请求队列',
    filters: '筛选服务请求',
    status: '状态',
    priority: '优先级',
    assignee: '处理人',
    sla: '服务等级',
    any: '全部',
    unresolved: '未解决',
    me: '我',
    unassigned: '未分配',
    count: (_, formatted) => `共 ${formatted} 个服务请求`,
    empty: '没有符合筛选条件的服务请求。',
    pick: '请从队列中选择一个服务请求。',
    requester: '请求人',
  },
  sla: {
    states: { breached: '已超时', 'at-risk': '即将超时', 'on-track': '正常', paused: '已暂停', none: '无计时' },
    firstResponse: '首次响应',
    resolution: '解决',
    left: (time) => `剩余 ${time}`,
    overdue: (time) => `已超时 ${time}`,
    met: '已达标',
    missed: '未达标',
    escalated: (level) => `已升级（第 ${level} 级）`,
  },
  cannedReplies: [
    { title: '正在处理', body: '感谢您的联系。我们正在处理此问题，稍后会在这里向您更新进展。' },
    { title: '需要更多信息', body: '能否再提供一些信息，例如订单号以及您在屏幕上看到的内容？' },
    { title: '已解决', body: '此问题现在应已解决。如果仍有问题，请在此回复，我们会继续跟进。' },
  ],
};

const zhHant: TicketWidgetMessages = {
  noClient: '此元件尚未設定資料來源。',
  noContact: '請登入後提交服務請求並查看您的請求。',
  label: '客戶服務',
  newRequest: '提交服務請求',
  myTickets: '我的服務請求',
  status: { new: '新建', open: '處理中', pending: '等待客戶回覆', resolved: '已解決', closed: '已關閉' },
  priority: { low: '低', normal: '普通', high: '高', urgent: '緊急' },
  categories: {
    order: '訂單與配送',
    billing: '帳單與付款',
    product: '產品諮詢',
    technical: '技術問題',
    account: '帳戶與登入',
    other: '其他',
  },
  form: {
    subject: '主旨',
    description: '發生了什麼事？',
    category: '類別',
    chooseCategory: '請選擇類別',
    attachments: '附件',
    attachmentHint: (types, size) => `${types}；每個不超過 ${size}。`,
    wrongType: (name) => `${name}：不接受此類型的檔案。`,
    tooLarge: (name, size) => `${name} 超過了 ${size}。`,
    unreadable: (name) => `無法讀取 ${name}。`,
    send: '提交請求',
    sent: '謝謝！我們已收到您的服務請求，將在此處回覆您。',
  },
  kb: {
    heading: '以下知識庫文章或許能解答您的問題',
    found: (count) => `找到 ${count} 篇相關文章`,
    solved: '問題已解決',
    deflected: '很高興問題已解決，無需提交服務請求。',
  },
  tickets: {
    empty: '您還沒有提交過服務請求。',
    back: '全部服務請求',
    updated: (date) => `更新於 ${date}`,
  },
  thread: {
    label: '對話',
    you: '您',
    customer: '客戶',
    agent: '客服',
    system: '系統',
    internal: '內部備註',
    reply: '回覆',
    note: '內部備註（僅客服可見）',
    send: '傳送回覆',
    addNote: '新增備註',
    canned: '插入常用回覆',
    reopen: '重新開啟請求',
  },
  csat: {
    question: '您對本次服務的處理結果滿意嗎？',
    scale: ['非常不滿意', '不滿意', '普通', '滿意', '非常滿意'],
    comment: '還有什麼想告訴我們的嗎？（選填）',
    send: '提交評價',
    thanks: '感謝您的回饋。',
  },
  queue: {
    label: '服務請求佇列',
    filters: '篩選服務請求',
    status: '狀態',
    priority: '優先順序',
    assignee: '處理人',
    sla: '服務等級',
    any: '全部',
    unresolved: '未解決',
    me: '我',
    unassigned: '未指派',
    count: (_, formatted) => `共 ${formatted} 個服務請求`,
    empty: '沒有符合篩選條件的服務請求。',
    pick: '請從佇列中選擇一個服務請求。',
    requester: '請求人',
  },
  sla: {
    states: { breached: '已逾時', 'at-risk': '即將逾時', 'on-track': '正常', paused: '已暫停', none: '無計時' },
    firstResponse: '首次回應',
    resolution: '解決',
    left: (time) => `剩餘 ${time}`,
    overdue: (time) => `已逾時 ${time}`,
    met: '已達標',
    missed: '未達標',
    escalated: (level) => `已升級（第 ${level} 級）`,
  },
  cannedReplies: [
    { title: '正在處理', body: '感謝您的聯絡。我們正在處理此問題，稍後會在這裡向您更新進度。' },
    { title: '需要更多資訊', body: '能否再提供一些資訊，例如訂單編號以及您在螢幕上看到的內容？' },
    { title: '已解決', body: '此問題現在應已解決。如果仍有問題，請在此回覆，我們會繼續跟進。' },
  ],
};

export const ticketWidgetMessages: Readonly<Record<LocaleCode, TicketWidgetMessages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
