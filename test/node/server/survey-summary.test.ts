import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SurveyPeriodQuery } from '@rapport/core/domain';
import { aggregateSurveyPeriod } from '@rapport/core/survey-counting';
import type { Survey, SurveyResponse } from '@rapport/core';
import { createApiKey, createRapportApp, ensureTenant, openDatabase, type Database, type RapportApp } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// The summary a dashboard reads over a server: PostgreSQL counts the period, and the answer must
// be the one `aggregateSurveyPeriod` (which the memory and IndexedDB adapters run) gives.

let dataDir: string;
let db: Database;
let rapport: RapportApp;
let adminKey: string;
let tenants = 0;

async function api<T = Record<string, any>>(method: string, path: string, body?: unknown, key = adminKey): Promise<{ status: number; body: T }> {
  const response = await rapport.app.request(`/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

beforeAll(async () => {
  dataDir = await migratedDataDir();
  db = await openDatabase({ dataDir });
  rapport = await createRapportApp({ database: db });
});

beforeEach(async () => {
  const tenant = `survey-${++tenants}`;
  await ensureTenant(db, { id: tenant, name: 'Shop' });
  adminKey = (await createApiKey(db, { tenantId: tenant, role: 'admin' })).key;
});

afterAll(async () => {
  await rapport.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const surveyInput = {
  title: 'How did we do?',
  questions: [
    { type: 'nps', id: 'nps', label: 'Recommend?' },
    { type: 'csat', id: 'csat', label: 'Satisfied?' },
    { type: 'single', id: 'channel', label: 'Where did you buy?', options: [{ value: 'web', label: 'Web' }, { value: 'store', label: '门店' }] },
    { type: 'text', id: 'comment', label: 'Anything else?' },
  ],
};

async function surveyWithResponses(): Promise<{ survey: Survey; responses: SurveyResponse[] }> {
  const survey = (await api<Survey>('POST', '/surveys', surveyInput)).body;
  const responses: SurveyResponse[] = [];
  // Across a DST change in New York and a month boundary, with offsets written both ways.
  const times = ['2026-02-27T04:30:00Z', '2026-02-28T23:30:00-05:00', '2026-03-01T01:00:00Z', '2026-03-08T06:59:00Z', '2026-03-08T07:01:00Z', '2026-03-15T12:00:00+08:00', '2026-03-31T23:00:00Z', '2026-04-01T03:59:00Z'];
  for (const [index, submittedAt] of times.entries()) {
    const answers: Record<string, unknown> = { nps: (index * 3) % 11, comment: index % 2 ? '送货太慢' : 'Great' };
    if (index % 3) answers['csat'] = 1 + (index % 5);
    if (index !== 4) answers['channel'] = index % 2 ? 'web' : 'store';
    if (index === 5) answers['nps'] = 12;
    const { status, body } = await api<SurveyResponse>('POST', '/surveyResponses', { surveyId: survey.id, answers, submittedAt, ...(index === 2 ? { locale: 'zh-Hans' } : {}) });
    expect(status, JSON.stringify(body)).toBe(201);
    responses.push(body);
  }
  return { survey, responses };
}

const search = (query: Partial<SurveyPeriodQuery>) => new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();

describe('GET /v1/surveys/{id}/summary', () => {
  it('counts the period in the database exactly as the local adapters count it, by day, week and month, per segment', async () => {
    const { survey, responses } = await surveyWithResponses();
    const queries: SurveyPeriodQuery[] = [
      { from: '2026-02-28', to: '2026-03-31', timeZone: 'America/New_York', bucket: 'week', weekStart: 0, segmentBy: 'answers.channel' },
      { from: '2026-02-01', to: '2026-04-30', timeZone: 'Asia/Shanghai', bucket: 'month', weekStart: 1, segmentBy: 'locale' },
      { from: '2026-03-01', to: '2026-03-31', timeZone: 'UTC', bucket: 'day', weekStart: 1, segmentBy: 'source' },
    ];
    for (const query of queries) {
      const { status, body } = await api('GET', `/surveys/${survey.id}/summary?${search(query)}`);
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toEqual(JSON.parse(JSON.stringify(aggregateSurveyPeriod(survey, responses, query))));
      expect(body['responses']).toBeGreaterThan(0);
    }
  });

  it('answers a bad query with 400 naming the fields, an unknown survey with 404', async () => {
    const { survey } = await surveyWithResponses();
    const bad = await api('GET', `/surveys/${survey.id}/summary?from=2026-02-30&to=2026-03-01&timeZone=Nowhere&segmentBy=answers.comment`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('timeZone');
    expect(JSON.stringify(bad.body)).toContain('segmentBy');
    expect((await api('GET', `/surveys/missing/summary?from=2026-03-01&to=2026-03-31`)).status).toBe(404);
  });

  it('is refused to a public key, which may only submit answers', async () => {
    const { survey } = await surveyWithResponses();
    const publicKey = (await createApiKey(db, { tenantId: `survey-${tenants}`, role: 'public' })).key;
    expect((await api('GET', `/surveys/${survey.id}/summary?from=2026-03-01&to=2026-03-31`, undefined, publicKey)).status).toBe(403);
  });

  it('lists a period’s comments searched in the text answers and filtered by score band', async () => {
    const { survey } = await surveyWithResponses();
    const where = { surveyId: survey.id, submittedAt: { gte: '2026-02-27T00:00:00.000Z', lt: '2026-04-01T00:00:00.000Z' }, 'answers.nps': { in: [0, 1, 2, 3, 4, 5, 6] } };
    const query = new URLSearchParams({ where: JSON.stringify(where), sort: '-submittedAt', q: '送货' });
    const { status, body } = await api<{ items: SurveyResponse[] }>('GET', `/surveyResponses?${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.items.map((item) => [item.submittedAt, item.answers['nps'], item.answers['comment']])).toEqual([['2026-02-28T23:30:00-05:00', 3, '送货太慢']]);
    // A score is a number, not text: searching for it finds nothing.
    const byDigit = await api<{ items: SurveyResponse[] }>('GET', `/surveyResponses?${new URLSearchParams({ where: JSON.stringify({ surveyId: survey.id }), q: '9' })}`);
    expect(byDigit.body.items).toEqual([]);
  });
});
