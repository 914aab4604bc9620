import type { FeedbackSummaryMessages } from './feedback-summary.messages.js';

export const zhHant: FeedbackSummaryMessages = {
  noClient: '此彙總未設定資料來源。',
  noSurvey: '未選擇調查。',
  noScores: '此調查沒有 NPS、CSAT、CES 或評分題。',
  noAnswers: '暫無回答。',
  responses: (_count, formatted) => `${formatted} 份回答`,
  answers: (_count, formatted) => `${formatted} 個回答`,
  scoreNames: { nps: '淨推薦值（NPS）', csat: '客戶滿意度（CSAT）', ces: '客戶費力度（CES）', rating: '平均評分' },
  npsBreakdown: (promoters, passives, detractors) => `推薦者 ${promoters} · 被動者 ${passives} · 貶損者 ${detractors}`,
  csatDetail: (satisfied, answers) => `${answers} 個回答中有 ${satisfied} 個為 4 或 5 分`,
  cesDetail: '平均費力程度，1（非常容易）到 7（非常費力），越低越好',
  ratingDetail: (max) => `平均分，滿分 ${max}`,
  ignored: (count) => `${count} 個超出量表的回答未計入`,
  chartLabel: (question, points) => `「${question}」各分值的回答數：${points}`,
  point: (value, count, share) => `${value} 分：${count}（${share}）`,
  showTable: '以表格顯示',
  hideTable: '隱藏表格',
  columns: { score: '分值', answers: '回答數', share: '佔比' },
};
