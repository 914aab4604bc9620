import type { MessagePack } from '../base/locale/message-pack.js';

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

/** English in the bundle; each translation is its own chunk, fetched the first time a page shows it. */
export const feedbackSummaryMessages: MessagePack<FeedbackSummaryMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./feedback-summary.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./feedback-summary.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
