import type { FeedbackSummaryMessages } from './feedback-summary.messages.js';

export const zhHans: FeedbackSummaryMessages = {
  noClient: '此汇总未配置数据源。',
  noSurvey: '未选择调查。',
  noScores: '此调查没有 NPS、CSAT、CES 或评分题。',
  noAnswers: '暂无回答。',
  responses: (_count, formatted) => `${formatted} 份回答`,
  answers: (_count, formatted) => `${formatted} 个回答`,
  scoreNames: { nps: '净推荐值（NPS）', csat: '客户满意度（CSAT）', ces: '客户费力度（CES）', rating: '平均评分' },
  npsBreakdown: (promoters, passives, detractors) => `推荐者 ${promoters} · 被动者 ${passives} · 贬损者 ${detractors}`,
  csatDetail: (satisfied, answers) => `${answers} 个回答中有 ${satisfied} 个为 4 或 5 分`,
  cesDetail: '平均费力程度，1（非常容易）到 7（非常费力），越低越好',
  ratingDetail: (max) => `平均分，满分 ${max}`,
  ignored: (count) => `${count} 个超出量表的回答未计入`,
  chartLabel: (question, points) => `“${question}”各分值的回答数：${points}`,
  point: (value, count, share) => `${value} 分：${count}（${share}）`,
  showTable: '以表格显示',
  hideTable: '隐藏表格',
  columns: { score: '分值', answers: '回答数', share: '占比' },
};
