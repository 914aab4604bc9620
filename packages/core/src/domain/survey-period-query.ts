import { ValidationError, type FieldIssue } from '../errors/validation-error.js';
import type { Survey } from '../schema/survey.js';
import { bucketStarts, dayNumberOf, segmentFieldsOf, TREND_BUCKETS, type SegmentField, type SurveyPeriodQuery, type TrendBucket } from './survey-period.js';

/** A period longer than this many days is refused: ten years of days is already more than a chart can show. */
export const MAX_PERIOD_DAYS = 3660;
/** Trend points one aggregate may hold (a year of days, five years of weeks). */
export const MAX_TREND_POINTS = 400;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A period query as a caller sent it (URL parameters, an adapter call), checked: every problem is
 * reported with its field, and the segment must be one the survey's responses carry.
 */
export function parseSurveyPeriodQuery(input: Readonly<Record<string, unknown>>, survey: Pick<Survey, 'questions'>): SurveyPeriodQuery {
  const issues: FieldIssue[] = [];
  const day = (field: 'from' | 'to'): number | undefined => {
    const value = input[field];
    const parsed = typeof value === 'string' ? dayNumberOf(value) : undefined;
    if (parsed === undefined) issues.push({ path: [field], code: value === undefined ? 'required' : 'invalid_format', message: 'Expected a calendar date YYYY-MM-DD' });
    return parsed;
  };
  const fromDay = day('from');
  const toDay = day('to');
  if (fromDay !== undefined && toDay !== undefined) {
    if (toDay < fromDay) issues.push({ path: ['to'], code: 'too_small', message: 'The last day must not come before the first' });
    else if (toDay - fromDay + 1 > MAX_PERIOD_DAYS) issues.push({ path: ['to'], code: 'too_big', message: `A period may span at most ${MAX_PERIOD_DAYS} days` });
  }
  const timeZone = input['timeZone'] ?? 'UTC';
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) issues.push({ path: ['timeZone'], code: 'invalid_value', message: 'Expected an IANA time zone, e.g. Asia/Shanghai' });
  const bucket = input['bucket'] ?? 'month';
  if (!TREND_BUCKETS.includes(bucket as TrendBucket)) issues.push({ path: ['bucket'], code: 'invalid_value', message: 'Expected day, week or month' });
  const weekStart = Number(input['weekStart'] ?? 1);
  if (!Number.isInteger(weekStart) || weekStart < 0 || weekStart > 6) issues.push({ path: ['weekStart'], code: 'invalid_value', message: 'Expected a weekday from 0 (Sunday) to 6 (Saturday)' });
  const segmentBy = input['segmentBy'];
  if (segmentBy !== undefined && !segmentFieldsOf(survey).includes(segmentBy as SegmentField)) {
    issues.push({ path: ['segmentBy'], code: 'invalid_value', message: 'Expected source, locale or answers.<id of a single-choice question>' });
  }
  if (issues.length === 0 && fromDay !== undefined && toDay !== undefined && bucketStarts(fromDay, toDay, bucket as TrendBucket, weekStart).length > MAX_TREND_POINTS) {
    issues.push({ path: ['bucket'], code: 'too_big', message: `At most ${MAX_TREND_POINTS} trend points: choose a longer bucket` });
  }
  if (issues.length) throw new ValidationError(issues);
  return {
    from: input['from'] as string,
    to: input['to'] as string,
    timeZone: timeZone as string,
    bucket: bucket as TrendBucket,
    weekStart,
    ...(segmentBy === undefined ? {} : { segmentBy: segmentBy as SegmentField }),
  };
}
