import type { FeedbackFormMessages } from './feedback-form.messages.js';

export const zhHans: FeedbackFormMessages = {
  noClient: '此表单未配置数据源。',
  noSurvey: '未选择调查。',
  requiredNote: '标有 * 的问题为必答题。',
  required: '必答',
  progress: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  back: '上一页',
  next: '下一页',
  send: '提交',
  sending: '正在提交…',
  npsEnds: ['完全不可能', '极有可能'],
  csatPoints: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
  cesPoints: ['非常容易', '容易', '比较容易', '一般', '比较费力', '费力', '非常费力'],
  stars: (value, max) => `${value} 星，满分 ${max} 星`,
  emailFormat: '请输入有效的电子邮件地址，例如 name@example.com。',
  needsAttention: (_count, formatted) => `有 ${formatted} 个问题需要您处理。`,
  honeypot: '请勿填写此栏',
  offline: '您目前处于离线状态，仍可提交答案，恢复联网后自动发送。',
  tooFast: '您填写得太快了！请检查您的答案，然后再次提交。',
  throttled: (seconds) => `您刚刚已提交过此调查的反馈，请在 ${seconds} 秒后再提交。`,
  thanks: {
    title: '感谢您的反馈！',
    delivered: '您的答案已发送。',
  },
  followUp: {
    question: '我们可以就您的答案与您联系吗？',
    yes: '可以，请联系我',
    no: '不用了，谢谢',
    accepted: '谢谢，我们会与您联系。',
    declined: '好的，我们不会就此事联系您。',
  },
};
