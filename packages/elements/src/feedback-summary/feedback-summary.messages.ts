import type { ResponseSource, TrendBucket } from '@rapport/core/domain';
import type { MessagePack } from '../base/locale/message-pack.js';
import type { RangePreset } from './summary-period.js';

/** NPS answers as the comments filter groups them; `all` for no filter. */
export type ScoreBand = 'all' | 'detractor' | 'passive' | 'promoter';

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
  readonly columns: { readonly score: string; readonly answers: string; readonly share: string; readonly period: string; readonly segment: string; readonly responses: string };
  readonly range: string;
  readonly presets: Readonly<Record<RangePreset, string>>;
  readonly from: string;
  readonly to: string;
  readonly compare: string;
  /** The period shown, e.g. "Mar 1 – Mar 31, 2026", and the one compared with. */
  readonly comparedWith: (previous: string) => string;
  /** A change from the previous period, for screen readers: amount already formatted with its unit. */
  readonly change: (direction: 'up' | 'down' | 'same', amount: string) => string;
  readonly noPrevious: string;
  /** A difference in percentage points (NPS and CSAT). */
  readonly points: (amount: string) => string;
  readonly responseRate: (rate: string, asked: string) => string;
  readonly emptyPeriod: string;
  readonly bucketNames: Readonly<Record<TrendBucket, string>>;
  readonly trendTitle: (score: string, bucket: string) => string;
  /** The trend chart's text alternative: every bucket's score. */
  readonly trendLabel: (score: string, bucket: string, points: string) => string;
  readonly trendPoint: (period: string, value: string) => string;
  readonly noAnswersShort: string;
  readonly segmentsTitle: string;
  readonly segmentBy: string;
  readonly segmentFields: { readonly source: string; readonly locale: string };
  readonly sources: Readonly<Record<ResponseSource, string>>;
  readonly notGiven: string;
  readonly commentsTitle: string;
  readonly search: string;
  readonly band: string;
  readonly bands: Readonly<Record<ScoreBand, string>>;
  readonly noComments: string;
  readonly noComment: string;
  readonly showMore: string;
  readonly shown: (shown: string, total: string) => string;
  readonly exportCsv: string;
  readonly exporting: string;
  readonly csvColumns: { readonly submittedAt: string; readonly locale: string; readonly ticket: string; readonly order: string; readonly contact: string };
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
  columns: { score: 'Score', answers: 'Answers', share: 'Share', period: 'Period', segment: 'Segment', responses: 'Responses' },
  range: 'Period',
  presets: { '7d': 'Last 7 days', '30d': 'Last 30 days', '90d': 'Last 90 days', '12m': 'Last 12 months', custom: 'Custom dates' },
  from: 'From',
  to: 'To',
  compare: 'Compare with the previous period',
  comparedWith: (previous) => `Compared with ${previous}`,
  change: (direction, amount) => (direction === 'same' ? 'unchanged from the previous period' : `${direction} ${amount} from the previous period`),
  noPrevious: 'no answers in the previous period',
  points: (amount) => `${amount} pts`,
  responseRate: (rate, asked) => `Response rate ${rate} of ${asked} asked`,
  emptyPeriod: 'No responses in this period.',
  bucketNames: { day: 'day', week: 'week', month: 'month' },
  trendTitle: (score, bucket) => `${score} by ${bucket}`,
  trendLabel: (score, bucket, points) => `${score} by ${bucket}: ${points}`,
  trendPoint: (period, value) => `${period}: ${value}`,
  noAnswersShort: 'no answers',
  segmentsTitle: 'By segment',
  segmentBy: 'Group by',
  segmentFields: { source: 'What was rated', locale: 'Language' },
  sources: { ticket: 'Support ticket', order: 'Order', other: 'Other' },
  notGiven: 'Not given',
  commentsTitle: 'Responses and comments',
  search: 'Search comments',
  band: 'Score',
  bands: { all: 'All scores', detractor: 'Detractors (0–6)', passive: 'Passives (7–8)', promoter: 'Promoters (9–10)' },
  noComments: 'No responses match.',
  noComment: 'No comment',
  showMore: 'Show more',
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  exportCsv: 'Export CSV',
  exporting: 'Preparing the file…',
  csvColumns: { submittedAt: 'Submitted at', locale: 'Language', ticket: 'Ticket', order: 'Order', contact: 'Contact' },
};

/** English in the bundle; each translation is its own chunk, fetched the first time a page shows it. */
export const feedbackSummaryMessages: MessagePack<FeedbackSummaryMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./feedback-summary.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./feedback-summary.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
