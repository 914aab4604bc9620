import type { Survey } from '../schema/survey.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import { DAY_MS } from './dates.js';
import { isOnScale, scaleOf, type Scale, type ScaleQuestion } from './survey-scores.js';
import {
  bucketStartOf,
  bucketStarts,
  dayNumberOf,
  isoDayOf,
  isScaleQuestion,
  periodInstants,
  requireDay,
  segmentValueOf,
  type SegmentedResponse,
  type SurveyPeriodAggregate,
  type SurveyPeriodQuery,
} from './survey-period.js';
import { localDayOf } from './zoned-time.js';

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
