import type { MessagePack } from '../base/locale/message-pack.js';
import type { RangePreset } from './summary-period.js';

/** The scored question types a summary shows. */
export type ScoreKind = 'nps' | 'csat' | 'ces' | 'rating';

/**
 * The strings of `<crm-feedback-summary>`'s first render (the period, the figures and scores), per
 * locale; those of the parts fetched after it are `FeedbackSummaryPartMessages`. Numbers arrive
 * formatted for the locale.
 */
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
  readonly commentsTitle: string;
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
  commentsTitle: 'Responses and comments',
};

/** English in the bundle; each translation is its own chunk, fetched the first time a page shows it. */
export const feedbackSummaryMessages: MessagePack<FeedbackSummaryMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./feedback-summary.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./feedback-summary.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
