import type { Survey, SurveyQuestion } from '../schema/survey.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import { DAY_MS } from './dates.js';
import { isOnScale, scaleOf, type Scale, type ScaleQuestion } from './survey-scores.js';
import { instantOf, localDayOf, weekdayOf } from './zoned-time.js';

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

function requireDay(date: string): number {
  const day = dayNumberOf(date);
  if (day === undefined) throw new RangeError(`Not a calendar date: ${date}`);
  return day;
}

export function sourceOf(response: Pick<SurveyResponse, 'ticketId' | 'orderId'>): ResponseSource {
  return response.ticketId !== undefined ? 'ticket' : response.orderId !== undefined ? 'order' : 'other';
}

type SegmentedResponse = Pick<SurveyResponse, 'answers' | 'locale' | 'ticketId' | 'orderId'>;

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

interface MutableTally {
  responses: number;
  readonly distributions: Record<string, number[]>;
  readonly ignored: Record<string, number>;
}

/**
 * Builds a `SurveyPeriodAggregate` from whatever can count: responses one by one (local storage),
 * or counts already grouped by bucket, segment, question and point (a database's GROUP BY).
 */
export class SurveyPeriodBuilder {
  readonly #questions: ReadonlyMap<string, ScaleQuestion>;
  readonly #scales: ReadonlyMap<string, Scale>;
  readonly #bucketOfDayCache = new Map<number, string>();
  readonly #total: MutableTally;
  readonly #buckets = new Map<string, MutableTally>();
  readonly #segments = new Map<string | null, MutableTally>();
  readonly #fromDay: number;
  readonly #toDay: number;

  constructor(
    survey: Pick<Survey, 'questions'>,
    readonly query: SurveyPeriodQuery,
  ) {
    this.#questions = new Map(survey.questions.filter(isScaleQuestion).map((question) => [question.id, question]));
    this.#scales = new Map([...this.#questions].map(([id, question]) => [id, scaleOf(question)]));
    this.#total = this.#emptyTally();
    this.#fromDay = requireDay(query.from);
    this.#toDay = requireDay(query.to);
    for (const start of bucketStarts(this.#fromDay, this.#toDay, query.bucket, query.weekStart)) this.#buckets.set(isoDayOf(start), this.#emptyTally());
  }

  #emptyTally(): MutableTally {
    const distributions: Record<string, number[]> = {};
    const ignored: Record<string, number> = {};
    for (const [id, question] of this.#questions) {
      const { min, max } = scaleOf(question);
      distributions[id] = new Array<number>(max - min + 1).fill(0);
      ignored[id] = 0;
    }
    return { responses: 0, distributions, ignored };
  }

  #tallies(bucketStart: string, segment: string | null): MutableTally[] {
    const bucket = this.#buckets.get(bucketStart);
    if (!bucket) return [];
    const tallies = [this.#total, bucket];
    if (this.query.segmentBy !== undefined) {
      let tally = this.#segments.get(segment);
      if (!tally) this.#segments.set(segment, (tally = this.#emptyTally()));
      tallies.push(tally);
    }
    return tallies;
  }

  /** Counts `count` responses of a bucket and segment (whether or not they answered a scored question). */
  addResponses(bucketStart: string, segment: string | null, count: number): void {
    for (const tally of this.#tallies(bucketStart, segment)) tally.responses += count;
  }

  /** Counts `count` answers `value` to one question; questions without a scale are not counted. */
  addAnswers(bucketStart: string, segment: string | null, questionId: string, value: number, count: number): void {
    const scale = this.#scales.get(questionId);
    if (scale) this.#count(this.#tallies(bucketStart, segment), questionId, scale, value, count);
  }

  #count(tallies: readonly MutableTally[], questionId: string, scale: Scale, value: number, count: number): void {
    const onScale = isOnScale(value, scale);
    for (const tally of tallies) {
      if (onScale) {
        const distribution = tally.distributions[questionId] as number[];
        distribution[value - scale.min] = (distribution[value - scale.min] ?? 0) + count;
      }
      else tally.ignored[questionId] = (tally.ignored[questionId] ?? 0) + count;
    }
  }

  /** The bucket (its first day) of a local calendar day, `undefined` outside the period. */
  bucketOfDay(day: number): string | undefined {
    if (day < this.#fromDay || day > this.#toDay) return undefined;
    let bucket = this.#bucketOfDayCache.get(day);
    if (bucket === undefined) this.#bucketOfDayCache.set(day, (bucket = isoDayOf(bucketStartOf(day, this.query.bucket, this.query.weekStart))));
    return bucket;
  }

  /** Counts one response submitted within the period; one outside it is ignored. */
  addResponse(response: SegmentedResponse & Pick<SurveyResponse, 'submittedAt'>): void {
    const bucket = this.bucketOfDay(localDayOf(Date.parse(response.submittedAt), this.query.timeZone));
    if (bucket === undefined) return;
    const segment = this.query.segmentBy === undefined ? null : segmentValueOf(response, this.query.segmentBy);
    // One lookup of the response's tallies, then every answer counted into them.
    const tallies = this.#tallies(bucket, segment);
    for (const tally of tallies) tally.responses += 1;
    for (const [questionId, scale] of this.#scales) {
      const answer = response.answers[questionId];
      if (typeof answer === 'number') this.#count(tallies, questionId, scale, answer, 1);
    }
  }

  result(): SurveyPeriodAggregate {
    return {
      query: this.query,
      ...this.#total,
      trend: [...this.#buckets].map(([start, tally]) => ({ start, ...tally })),
      // Largest segments first; responses without a value last.
      segments: [...this.#segments]
        .map(([value, tally]) => ({ value, ...tally }))
        .sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || b.responses - a.responses || String(a.value).localeCompare(String(b.value))),
    };
  }
}

/** The aggregate of a survey's responses (any order, any period: those outside it are skipped) worked out in one pass. */
export function aggregateSurveyPeriod(
  survey: Pick<Survey, 'id' | 'questions'>,
  responses: Iterable<SegmentedResponse & Pick<SurveyResponse, 'submittedAt' | 'surveyId'>>,
  query: SurveyPeriodQuery,
): SurveyPeriodAggregate {
  const builder = new SurveyPeriodBuilder(survey, query);
  // A first cut on the text: any offset is less than a day, so a response more than a day outside
  // the period's instants is skipped without reading its time.
  const { fromMs, toMs } = periodInstants(query);
  const low = new Date(fromMs - DAY_MS).toISOString();
  const high = new Date(toMs + DAY_MS).toISOString();
  for (const response of responses) {
    if (response.surveyId === survey.id && response.submittedAt >= low && response.submittedAt < high) builder.addResponse(response);
  }
  return builder.result();
}
