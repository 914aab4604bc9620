import type { TicketDetailMessages } from './ticket-detail.messages.js';

export const zhHans: TicketDetailMessages = {
  attach: '添加附件',
  sendAndSet: '发送并设置状态',
  sendAndMark: (action, status) => `${action}并设为“${status}”`,
  tags: { label: '标签', add: '添加标签', remove: (tag) => `移除标签 ${tag}`, none: '无标签' },
  fields: { label: '服务请求字段', save: '保存字段' },
  presence: {
    viewing: (names) => `${names} 也打开了此服务请求。`,
    typing: (names) => `${names} 正在撰写回复。`,
  },
  canned: {
    insert: '插入常用回复',
    manage: '管理常用回复',
    close: '关闭',
    create: '新建常用回复',
    edit: (title) => `编辑“${title}”`,
    remove: (title) => `删除“${title}”`,
    title: '标题',
    body: '内容',
    bodyHint: '占位符：{{requester.firstName}}、{{requester.name}}、{{ticket.number}}、{{ticket.subject}}、{{agent.name}}',
    save: '保存',
    cancel: '取消',
    none: '还没有常用回复。',
    unfilled: (placeholders) => `发送前请替换：${placeholders}`,
  },
};
