import type { ResponseSource, TrendBucket } from '@rapport/core/domain';
import type { MessagePack } from '../base/locale/message-pack.js';
import type { FeedbackSummaryMessages } from './feedback-summary.messages.js';

/** NPS answers as the comments filter groups them; `all` for no filter. */
export type ScoreBand = 'all' | 'detractor' | 'passive' | 'promoter';

/**
 * The strings of the summary's parts fetched after its first render (the charts and their tables,
 * the segments, the comments and the export): a pack of their own, fetched with the first of them,
 * so the first load carries only the strings of the figures.
 */
export interface FeedbackSummaryPartMessages {
  /** The chart's text alternative: the question and every point's count. */
  readonly chartLabel: (question: string, points: string) => string;
  readonly point: (value: string, count: string, share: string) => string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly columns: { readonly score: string; readonly answers: string; readonly share: string; readonly period: string; readonly segment: string; readonly responses: string };
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

/** What a part reads: the summary's strings and its own. */
export type SummaryPartMessages = FeedbackSummaryMessages & FeedbackSummaryPartMessages;

const en: FeedbackSummaryPartMessages = {
  chartLabel: (question, points) => `Answers per score for “${question}”: ${points}`,
  point: (value, count, share) => `${value}: ${count} (${share})`,
  showTable: 'Show as table',
  hideTable: 'Hide table',
  columns: { score: 'Score', answers: 'Answers', share: 'Share', period: 'Period', segment: 'Segment', responses: 'Responses' },
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

export const feedbackSummaryPartMessages: MessagePack<FeedbackSummaryPartMessages> = {
  en,
  translations: {
    'zh-Hans': () => import('./feedback-summary-parts.messages.zh-hans.js').then((m) => m.zhHans),
    'zh-Hant': () => import('./feedback-summary-parts.messages.zh-hant.js').then((m) => m.zhHant),
  },
};
