import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import type { Survey } from '../schema/survey.js';
import { parseSurveyPeriodQuery } from './survey-period-query.js';
import { aggregateSurveyPeriod } from './survey-period-builder.js';
import { bucketStarts, dayNumberOf, isoDayOf, type SurveyPeriodQuery } from './survey-period.js';
import { summarizeSurvey, summarizeTally } from './survey-summary.js';

const survey: Pick<Survey, 'id' | 'questions'> = {
  id: 's1',
  questions: [
    { type: 'nps', id: 'nps', label: 'Recommend?', required: true },
    { type: 'csat', id: 'csat', label: 'Satisfied?', required: false },
    { type: 'single', id: 'channel', label: 'Where?', required: false, options: [{ value: 'web', label: 'Web' }, { value: 'store', label: 'Store' }] },
    { type: 'text', id: 'comment', label: 'Anything else?', required: false },
  ],
};

const response = (submittedAt: string, answers: Record<string, number | string>, extra: { locale?: string; ticketId?: string } = {}) => ({ surveyId: 's1', submittedAt, answers, ...extra });

const query = (overrides: Partial<SurveyPeriodQuery> = {}): SurveyPeriodQuery => ({ from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC', bucket: 'week', weekStart: 1, ...overrides });

describe('survey periods', () => {
  it('puts a response on the day its reader lived it: 23:30 UTC on 1 March is 2 March in Shanghai', () => {
    const responses = [response('2026-03-01T23:30:00Z', { nps: 10 })];
    const utc = aggregateSurveyPeriod(survey, responses, query({ bucket: 'day' }));
    const shanghai = aggregateSurveyPeriod(survey, responses, query({ bucket: 'day', timeZone: 'Asia/Shanghai' }));
    expect(utc.trend.find((point) => point.responses === 1)?.start).toBe('2026-03-01');
    expect(shanghai.trend.find((point) => point.responses === 1)?.start).toBe('2026-03-02');
  });

  it('leaves out responses before the first and after the last day of the period, in its time zone', () => {
    const responses = [response('2026-02-28T23:59:59Z', { nps: 1 }), response('2026-03-31T23:59:59Z', { nps: 9 }), response('2026-04-01T00:00:00Z', { nps: 0 })];
    expect(aggregateSurveyPeriod(survey, responses, query()).responses).toBe(1);
    // In Los Angeles 1 April 00:00 UTC is still 31 March.
    expect(aggregateSurveyPeriod(survey, responses, query({ timeZone: 'America/Los_Angeles' })).responses).toBe(2);
  });

  it('starts weeks on the reader’s first weekday, and keeps empty buckets so a trend has no gaps', () => {
    // 1 March 2026 is a Sunday.
    expect(bucketStarts(dayNumberOf('2026-03-01')!, dayNumberOf('2026-03-14')!, 'week', 1).map(isoDayOf)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(bucketStarts(dayNumberOf('2026-03-01')!, dayNumberOf('2026-03-14')!, 'week', 0).map(isoDayOf)).toEqual(['2026-03-01', '2026-03-08']);
    const months = aggregateSurveyPeriod(survey, [response('2026-05-10T10:00:00Z', { nps: 9 })], query({ from: '2026-01-15', to: '2026-06-30', bucket: 'month' }));
    expect(months.trend.map((point) => [point.start, point.responses])).toEqual([
      ['2026-01-01', 0],
      ['2026-02-01', 0],
      ['2026-03-01', 0],
      ['2026-04-01', 0],
      ['2026-05-01', 1],
      ['2026-06-01', 0],
    ]);
  });

  it('scores a period from its counts exactly as from its answers', () => {
    const responses = [
      response('2026-03-02T10:00:00Z', { nps: 10, csat: 5 }),
      response('2026-03-03T10:00:00Z', { nps: 3, csat: 2, comment: 'Slow' }),
      response('2026-03-04T10:00:00Z', { nps: 8 }),
      response('2026-03-05T10:00:00Z', { nps: 11 }),
    ];
    const aggregate = aggregateSurveyPeriod(survey, responses, query());
    expect(summarizeTally(survey, aggregate)).toEqual(summarizeSurvey(survey, responses));
    expect(aggregate.ignored['nps']).toBe(1);
  });

  it('segments by a single-choice answer, by language and by what was rated, with the unanswered last', () => {
    const responses = [
      response('2026-03-02T10:00:00Z', { nps: 10, channel: 'web' }, { locale: 'zh-Hans', ticketId: 't1' }),
      response('2026-03-03T10:00:00Z', { nps: 2, channel: 'store' }, { locale: 'en' }),
      response('2026-03-04T10:00:00Z', { nps: 9, channel: 'web' }, { locale: 'en' }),
      response('2026-03-05T10:00:00Z', { nps: 6 }),
    ];
    const byChannel = aggregateSurveyPeriod(survey, responses, query({ segmentBy: 'answers.channel' }));
    expect(byChannel.segments.map((segment) => [segment.value, segment.responses])).toEqual([['web', 2], ['store', 1], [null, 1]]);
    expect(byChannel.segments[0]?.distributions['nps']?.[10]).toBe(1);
    const bySource = aggregateSurveyPeriod(survey, responses, query({ segmentBy: 'source' }));
    expect(bySource.segments.map((segment) => [segment.value, segment.responses])).toEqual([['other', 3], ['ticket', 1]]);
  });

  it('refuses a bad query naming each field', () => {
    const issues = (input: Record<string, unknown>) => {
      try {
        parseSurveyPeriodQuery(input, survey);
      } catch (error) {
        return (error as ValidationError).issues.map((issue) => issue.path.join('.'));
      }
      return [];
    };
    expect(issues({ from: '2026-02-30', to: '2026-03-01' })).toEqual(['from']);
    expect(issues({ from: '2026-03-02', to: '2026-03-01', timeZone: 'Mars/Olympus', bucket: 'year', weekStart: '8' })).toEqual(['to', 'timeZone', 'bucket', 'weekStart']);
    expect(issues({ from: '2026-01-01', to: '2026-03-01', segmentBy: 'answers.comment' })).toEqual(['segmentBy']);
    expect(issues({ from: '2020-01-01', to: '2026-01-01', bucket: 'day' })).toEqual(['bucket']);
    expect(parseSurveyPeriodQuery({ from: '2026-01-01', to: '2026-03-01', bucket: 'week', weekStart: '0', segmentBy: 'answers.channel' }, survey)).toEqual({
      from: '2026-01-01',
      to: '2026-03-01',
      timeZone: 'UTC',
      bucket: 'week',
      weekStart: 0,
      segmentBy: 'answers.channel',
    });
  });
});
