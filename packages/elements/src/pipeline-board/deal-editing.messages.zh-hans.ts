import type { DealEditingMessages } from './deal-editing.messages.js';
import type { Place } from './pipeline-board.messages.js';

const zhPlace = (p: Place) => `${p.stage}，第 ${p.position} 个，共 ${p.size} 个`;

export const zhHans: DealEditingMessages = {
  fields: {
    name: '销售机会名称',
    amount: '金额',
    currency: '币种',
    expectedCloseDate: '可能结束时间',
    probability: '成功的可能性（%）',
    stageId: '阶段',
    ownerId: '负责人',
    tags: '标签',
    customFields: '自定义字段',
  },
  problems: {
    required: '请输入销售机会名称。',
    amount: '请输入 0 或以上的金额，例如 12000 或 12,000.50。',
    currency: '请输入三个字母的币种代码，例如 CNY 或 USD。',
    date: '请输入日期，例如 2025-03-31。',
    probability: '请输入 0 到 100 的整数百分比，留空则使用阶段默认值。',
  },
  quickAdd: {
    label: (stage) => `在“${stage}”中添加销售机会`,
    save: '添加',
    hint: '按 Enter 添加，按 Esc 关闭。',
    added: (deal, stage) => `已将 ${deal} 添加到 ${stage}。`,
    failed: (deal, reason) => `无法添加 ${deal}，已将您输入的内容放回表单。${reason}`,
  },
  drawer: {
    newTitle: '新建销售机会',
    editTitle: (deal) => `销售机会：${deal}`,
    close: '关闭',
    save: '保存',
    create: '创建销售机会',
    saved: (deal) => `已保存 ${deal}。`,
    failed: (deal, reason) => `无法保存 ${deal}，您的修改仍保留在此。${reason}`,
    conflict: '此销售机会已被他人修改。现在显示的是对方的版本，请重新修改。',
    tagsHint: '多个标签请用逗号分隔。',
    noOwner: '无负责人',
    activities: '活动',
    noActivities: '此销售机会尚无活动记录。',
    logLabel: '记录活动',
    logKind: '类型',
    log: '记录',
    logged: '已记录。',
    logFailed: (reason) => `无法记录活动。${reason}`,
    loggingNeedsOwner: '请先为销售机会指定负责人（或为看板设置 user-id），才能记录活动。',
  },
  moving: {
    lifted: (deal, p) => `已拿起 ${deal}，位于 ${zhPlace(p)}。`,
    over: (deal, p) => `${deal}：${zhPlace(p)}。`,
    overOutcome: (deal, outcome) => `${deal}：位于${outcome}上方。放下即结束此销售机会。`,
    dropped: (deal, p) => `已将 ${deal} 移到 ${zhPlace(p)}。`,
    cancelled: (deal, p) => `已取消移动。${deal} 回到 ${zhPlace(p)}。`,
    sortedColumn: (sort) => `看板按${sort}排序：销售机会在阶段内的位置由排序决定。`,
    wipRefused: (stage, limit) => `${stage} 已达到 ${limit} 个的在制上限，销售机会留在原处。`,
    busy: (deal) => `${deal} 仍在保存中。`,
  },
  activityKinds: { note: '备注', call: '电话', email: '邮件', meeting: '会议', task: '任务', letter: '信函' },
};
