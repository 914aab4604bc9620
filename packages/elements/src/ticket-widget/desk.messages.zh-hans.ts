import type { DeskMessages } from './desk.messages.js';

export const zhHans: DeskMessages = {
  search: {
    label: '搜索服务请求',
    placeholder: '编号、主题、消息或请求人',
    found: (_, formatted, query) => `“${query}”共找到 ${formatted} 个服务请求`,
  },
  columns: { number: '编号', subject: '主题', requester: '请求人', status: '状态', priority: '优先级', assignee: '处理人', age: '已创建', sla: '服务等级' },
  sortBy: '队列排序',
  age: (duration) => `已创建 ${duration}`,
  unknownRequester: '未知请求人',
  paused: { waitingOnCustomer: '已暂停：等待客户回复', outsideBusinessHours: '暂不计时：非工作时间' },
  due: (dateTime) => `截止 ${dateTime}`,
  selection: {
    label: '选择',
    count: (count, formatted) => (count === 0 ? '未选择服务请求' : `已选择 ${formatted} 个服务请求`),
    selectAll: '全选',
    clear: '取消选择',
    hint: '空格键选择服务请求，Shift 加方向键扩展选择，Ctrl+A 全选，Esc 取消。',
  },
  bulk: {
    label: '批量修改所选服务请求',
    assign: '分配给',
    status: '状态',
    priority: '优先级',
    tag: '标签',
    addTag: '要添加的标签',
    unchanged: '保持不变',
    apply: '应用',
    working: (_, formatted) => `正在更新 ${formatted} 个服务请求…`,
    done: (_, formatted) => `已更新 ${formatted} 个服务请求。`,
    failed: (_, formatted, tickets) => `${formatted} 个服务请求未能更新：${tickets}。`,
  },
};
