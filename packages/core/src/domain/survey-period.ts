import type { Survey, SurveyQuestion } from '../schema/survey.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import { DAY_MS } from './dates.js';
import type { ScaleQuestion } from './survey-scores.js';
import { instantOf, weekdayOf } from './zoned-time.js';

/** How a trend groups the days of a period. */
export type TrendBucket = 'day' | 'week' | 'month';
export const TREND_BUCKETS: readonly TrendBucket[] = ['day', 'week', 'month'];

/** What responses can be grouped by: their language, what they rated (a ticket, an order, neither), or a single-choice answer (`answers.<questionId>`). */
export type SegmentField = 'locale' | 'source' | `answers.${string}`;

/** The response's link that says what it rated: a resolved ticket, an order, or neither (a page or an email). */
export type ResponseSource = 'ticket' | 'order' | 'other';

/**
 * A period of a survey as its reader sees it: calendar days `from`…`to` (both included) in the
 * reader's time zone, grouped into days, weeks starting on `weekStart` (0 = Sunday … 6 =
 * Saturday, as the reader's locale has it) or calendar months.
 */
export interface SurveyPeriodQuery {
  /** First day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, `YYYY-MM-DD`, included. */
  readonly to: string;
  readonly timeZone: string;
  readonly bucket: TrendBucket;
  readonly weekStart: number;
  readonly segmentBy?: SegmentField;
}

/** Responses and, per scored question, answers per point of its scale (index 0 = its lowest point). */
export interface ScoreTally {
  readonly responses: number;
  readonly distributions: Readonly<Record<string, readonly number[]>>;
  /** Numeric answers off the scale, per question: left out of the score. */
  readonly ignored: Readonly<Record<string, number>>;
}

export interface TrendPoint extends ScoreTally {
  /** The bucket's first day, `YYYY-MM-DD` (may fall before the period's `from` for a week or a month begun earlier). */
  readonly start: string;
}

export interface SegmentTally extends ScoreTally {
  /** The segment's value; `null` for responses without one. */
  readonly value: string | null;
}

/**
 * A survey over a period, small whatever the number of responses: totals, a trend point per
 * bucket (empty buckets included, so a chart has no gaps) and a tally per segment. A server
 * computes it in the database; local storage with the same builder.
 */
export interface SurveyPeriodAggregate extends ScoreTally {
  readonly query: SurveyPeriodQuery;
  readonly trend: readonly TrendPoint[];
  readonly segments: readonly SegmentTally[];
}

const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)$/;

/** `YYYY-MM-DD` as days since 1970-01-01, or `undefined` for anything else (31 February included). */
export function dayNumberOf(date: string): number | undefined {
  const match = ISO_DAY.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

/** Days since 1970-01-01 as `YYYY-MM-DD`. */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the bucket that holds `day`. */
export function bucketStartOf(day: number, bucket: TrendBucket, weekStart: number): number {
  if (bucket === 'day') return day;
  if (bucket === 'week') return day - ((weekdayOf(day) - weekStart + 7) % 7);
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

function nextBucketStart(start: number, bucket: TrendBucket): number {
  if (bucket === 'day') return start + 1;
  if (bucket === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

/** The first day of every bucket that meets the period, in order. */
export function bucketStarts(fromDay: number, toDay: number, bucket: TrendBucket, weekStart: number): number[] {
  const starts: number[] = [];
  for (let start = bucketStartOf(fromDay, bucket, weekStart); start <= toDay; start = nextBucketStart(start, bucket)) starts.push(start);
  return starts;
}

/** The period's days as instants: from its first midnight (included) to the midnight after its last day (excluded). */
export function periodInstants(query: Pick<SurveyPeriodQuery, 'from' | 'to' | 'timeZone'>): { readonly fromMs: number; readonly toMs: number } {
  const fromDay = requireDay(query.from);
  const toDay = requireDay(query.to);
  return { fromMs: instantOf(fromDay, 0, query.timeZone), toMs: instantOf(toDay + 1, 0, query.timeZone) };
}

export function requireDay(date: string): number {
  const day = dayNumberOf(date);
  if (day === undefined) throw new RangeError(`Not a calendar date: ${date}`);
  return day;
}

export function sourceOf(response: Pick<SurveyResponse, 'ticketId' | 'orderId'>): ResponseSource {
  return response.ticketId !== undefined ? 'ticket' : response.orderId !== undefined ? 'order' : 'other';
}

export type SegmentedResponse = Pick<SurveyResponse, 'answers' | 'locale' | 'ticketId' | 'orderId'>;

/** A response's value of a segment field, `null` when it has none. */
export function segmentValueOf(response: SegmentedResponse, field: SegmentField): string | null {
  if (field === 'locale') return response.locale ?? null;
  if (field === 'source') return sourceOf(response);
  const answer = response.answers[field.slice('answers.'.length)];
  return typeof answer === 'string' ? answer : null;
}

/** The fields a survey's responses can be grouped by: language, source, and each single-choice question. */
export function segmentFieldsOf(survey: Pick<Survey, 'questions'>): SegmentField[] {
  return ['source', 'locale', ...survey.questions.filter((question) => question.type === 'single').map((question): SegmentField => `answers.${question.id}`)];
}

export function isScaleQuestion(question: SurveyQuestion): question is ScaleQuestion {
  return question.type === 'nps' || question.type === 'csat' || question.type === 'ces' || question.type === 'rating';
}
