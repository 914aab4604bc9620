import type { LocaleCode } from '../base/locale/locale.js';

/** The scored question types a summary shows. */
export type ScoreKind = 'nps' | 'csat' | 'ces' | 'rating';

/** Every string of `<crm-feedback-summary>`, per locale. Numbers arrive formatted for the locale. */
export interface FeedbackSummaryMessages {
  readonly noClient: string;
  readonly noSurvey: string;
  readonly noScores: string;
  readonly noAnswers: string;
  readonly responses: (count: number, formatted: string) => string;
  /** How many responses answered one question. */
  readonly answers: (count: number, formatted: string) => string;
  /** The name of each score (NPS 净推荐值, CSAT 客户满意度, CES 客户费力度). */
  readonly scoreNames: Readonly<Record<ScoreKind, string>>;
  readonly npsBreakdown: (promoters: string, passives: string, detractors: string) => string;
  readonly csatDetail: (satisfied: string, answers: string) => string;
  readonly cesDetail: string;
  readonly ratingDetail: (max: string) => string;
  /** Numeric answers off the scale (e.g. from an older version of the question), left out of the score. */
  readonly ignored: (count: string) => string;
  /** The chart's text alternative: the question and every point's count. */
  readonly chartLabel: (question: string, points: string) => string;
  readonly point: (value: string, count: string, share: string) => string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly columns: { readonly score: string; readonly answers: string; readonly share: string };
}

const en: FeedbackSummaryMessages = {
  noClient: 'No data source is configured for this summary.',
  noSurvey: 'No survey selected.',
  noScores: 'This survey has no NPS, CSAT, CES or rating questions.',
  noAnswers: 'No answers yet.',
  responses: (count, formatted) => (count === 1 ? '1 response' : `${formatted} responses`),
  answers: (count, formatted) => (count === 1 ? '1 answer' : `${formatted} answers`),
  scoreNames: { nps: 'NPS', csat: 'CSAT', ces: 'CES', rating: 'Average rating' },
  npsBreakdown: (promoters, passives, detractors) => `Promoters ${promoters} · Passives ${passives} · Detractors ${detractors}`,
  csatDetail: (satisfied, answers) => `${satisfied} of ${answers} answers are 4 or 5`,
  cesDetail: 'Average effort from 1 (very easy) to 7 (very hard): lower is better',
  ratingDetail: (max) => `Average out of ${max}`,
  ignored: (count) => `${count} answers off the scale were left out`,
  chartLabel: (question, points) => `Answers per score for “${question}”: ${points}`,
  point: (value, count, share) => `${value}: ${count} (${share})`,
  showTable: 'Show as table',
  hideTable: 'Hide table',
  columns: { score: 'Score', answers: 'Answers', share: 'Share' },
};

const zhHans: FeedbackSummaryMessages = {
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

const zhHant: FeedbackSummaryMessages = {
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

export const feedbackSummaryMessages: Readonly<Record<LocaleCode, FeedbackSummaryMessages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
