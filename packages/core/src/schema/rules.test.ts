import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  type FieldIssue,
} from '@rapport/core';
import {
  contactCreateSchema,
  parseOrThrow,
  pipelineCreateSchema,
  slaPolicyCreateSchema,
  surveyCreateSchema,
} from '@rapport/core/schema';

function issuesOf(schema: Parameters<typeof parseOrThrow>[0], value: unknown): Array<Pick<FieldIssue, 'path' | 'code'>> {
  try {
    parseOrThrow(schema, value);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map(({ path, code }) => ({ path, code }));
  }
}

describe('contact channels', () => {
  it('accept phone numbers, addresses and Chinese labels as free text', () => {
    const channels = [
      { kind: 'mobile', value: '+86 138 0013 8000', label: '手机', primary: true },
      { kind: 'address', value: '北京市海淀区中关村大街1号' },
      { kind: 'web', value: 'https://example.cn' },
    ];
    expect(issuesOf(contactCreateSchema, { name: '林志明', channels })).toEqual([]);
  });

  it('reject a web channel that is not a URL', () => {
    expect(issuesOf(contactCreateSchema, { name: 'x', channels: [{ kind: 'phone', value: '1' }, { kind: 'web', value: 'not a url' }] })).toEqual([
      { path: ['channels', 1, 'value'], code: 'invalid_format' },
    ]);
  });
});

describe('pipeline stages', () => {
  const stage = (id: string, probability = 0.5) => ({ id, name: id, probability });

  it('need at least one stage', () => {
    expect(issuesOf(pipelineCreateSchema, { name: 'Sales', currency: 'CNY', stages: [] })).toEqual([{ path: ['stages'], code: 'too_small' }]);
  });

  it('need unique ids, reported at the repeat', () => {
    expect(issuesOf(pipelineCreateSchema, { name: 'Sales', currency: 'CNY', stages: [stage('a'), stage('b'), stage('a')] })).toEqual([
      { path: ['stages', 2, 'id'], code: 'custom' },
    ]);
  });

  it('may list lost reasons, each a label, reported at the blank one', () => {
    expect(issuesOf(pipelineCreateSchema, { name: 'Sales', currency: 'CNY', stages: [stage('a')], lostReasons: ['Price', '  '] })).toEqual([
      { path: ['lostReasons', 1], code: 'too_small' },
    ]);
    expect(issuesOf(pipelineCreateSchema, { name: 'Sales', currency: 'CNY', stages: [stage('a')], lostReasons: ['Price', 'Timing'] })).toEqual([]);
  });

  it('keep probabilities within 0…1', () => {
    expect(issuesOf(pipelineCreateSchema, { name: 'Sales', currency: 'CNY', stages: [stage('a', 1.5)] })).toEqual([
      { path: ['stages', 0, 'probability'], code: 'too_big' },
    ]);
  });
});

describe('SLA policy', () => {
  const policy = {
    name: 'Gold',
    tier: 'gold',
    targets: [{ priority: 'high', firstResponseMinutes: 60, resolutionMinutes: 480 }],
    calendar: { timeZone: 'Asia/Shanghai', weeklyHours: [{ day: 1, start: '09:00', end: '18:00' }], holidays: ['2025-10-01'] },
    escalation: [{ level: 1, atPercent: 75 }, { level: 2, atPercent: 100 }],
  };

  it('accepts business hours, holidays and escalation steps', () => {
    expect(issuesOf(slaPolicyCreateSchema, policy)).toEqual([]);
  });

  it('rejects an unknown time zone and hours that end before they start', () => {
    const calendar = { ...policy.calendar, timeZone: 'Mars/Olympus', weeklyHours: [{ day: 2, start: '18:00', end: '09:00' }] };
    expect(issuesOf(slaPolicyCreateSchema, { ...policy, calendar })).toEqual([
      { path: ['calendar', 'timeZone'], code: 'custom' },
      { path: ['calendar', 'weeklyHours', 0, 'end'], code: 'custom' },
    ]);
  });

  it('ends hours at 24:00 for a desk open around the clock, which only an end may say', () => {
    const always = { ...policy.calendar, weeklyHours: [{ day: 2, start: '00:00', end: '24:00' }] };
    expect(issuesOf(slaPolicyCreateSchema, { ...policy, calendar: always })).toEqual([]);
    const fromMidnight = { ...policy.calendar, weeklyHours: [{ day: 2, start: '24:00', end: '24:00' }, { day: 3, start: '09:00', end: '24:01' }] };
    expect(issuesOf(slaPolicyCreateSchema, { ...policy, calendar: fromMidnight })).toEqual([
      { path: ['calendar', 'weeklyHours', 0, 'start'], code: 'invalid_format' },
      { path: ['calendar', 'weeklyHours', 0, 'end'], code: 'custom' },
      { path: ['calendar', 'weeklyHours', 1, 'end'], code: 'invalid_format' },
    ]);
  });

  it('rejects two targets for one priority', () => {
    expect(issuesOf(slaPolicyCreateSchema, { ...policy, targets: [...policy.targets, ...policy.targets] })).toEqual([
      { path: ['targets', 1, 'priority'], code: 'custom' },
    ]);
  });
});

describe('survey questions', () => {
  const nps = { type: 'nps', id: 'nps', label: 'How likely are you to recommend us?', required: true };
  const better = { type: 'text', id: 'better', label: 'What could we do better?', showIf: { questionId: 'nps', op: 'lte', value: 6 } };

  it('allow a condition on an earlier question', () => {
    const survey = parseOrThrow(surveyCreateSchema, { title: 'NPS', questions: [nps, better] });
    expect(survey.questions[1]?.showIf).toEqual({ questionId: 'nps', op: 'lte', value: 6 });
  });

  it('reject a condition on a later or unknown question', () => {
    expect(issuesOf(surveyCreateSchema, { title: 'NPS', questions: [better, nps] })).toEqual([
      { path: ['questions', 0, 'showIf', 'questionId'], code: 'custom' },
    ]);
  });

  it('give rating questions a 3…10 scale, 5 by default', () => {
    const survey = parseOrThrow(surveyCreateSchema, { title: 'R', questions: [{ type: 'rating', id: 'r', label: 'Rate us' }] });
    expect(survey.questions[0]).toMatchObject({ type: 'rating', max: 5 });
    expect(issuesOf(surveyCreateSchema, { title: 'R', questions: [{ type: 'rating', id: 'r', label: 'Rate us', max: 11 }] })).toEqual([
      { path: ['questions', 0, 'max'], code: 'too_big' },
    ]);
  });

  it('need options on choice questions', () => {
    expect(issuesOf(surveyCreateSchema, { title: 'C', questions: [{ type: 'single', id: 'c', label: 'Pick one' }] })).toEqual([
      { path: ['questions', 0, 'options'], code: 'required' },
    ]);
  });
});
