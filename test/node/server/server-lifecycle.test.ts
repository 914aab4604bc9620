import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import { DEMO_IDS } from '@rapport/core/demo';
import { migrate, startServer, type RunningServer } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';
import { call } from './http.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// What a host relies on across restarts: data on disk survives, migrations run once, the demo
// tenant is seeded once and gets a fresh admin key, and static files are served beside the API.

const dirs: string[] = [];
const running: RunningServer[] = [];

async function dataDir(): Promise<string> {
  const dir = await migratedDataDir();
  dirs.push(dir);
  return dir;
}

function siteDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-site-'));
  dirs.push(dir);
  return dir;
}

async function start(options: Parameters<typeof startServer>[0]): Promise<RunningServer> {
  const server = await startServer({ port: 0, ...options });
  running.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a server restarted on the same data directory', () => {
  it('keeps a survey response submitted from a page, and the demo tenant it was seeded with', async () => {
    const directory = await dataDir();
    const first = await start({ dataDir: directory, seedDemo: true });
    expect(first.demo?.recordsAdded).toBeGreaterThan(100);
    const page = createRestAdapter({ baseUrl: first.url, token: first.demo?.publicKey });
    const submitted = await page.create('surveyResponses', { surveyId: DEMO_IDS.survey, answers: { nps: 10 }, submittedAt: '2025-03-01T09:30:00.000Z' });
    const firstAdminKey = first.demo?.adminKey ?? '';
    await first.close();

    const second = await start({ dataDir: directory, seedDemo: true });
    expect(second.demo?.recordsAdded).toBe(0);
    const admin = createRestAdapter({ baseUrl: second.url, token: second.demo?.adminKey });
    expect(await admin.get('surveyResponses', submitted.id)).toEqual(submitted);
    // Only the newest demo admin key works: a restart hands out a fresh one.
    expect((await call(second.url, 'GET', '/v1/contacts', { token: firstAdminKey })).status).toBe(401);
    expect(await migrate(second.database)).toEqual([]);
    expect(await second.database.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([{ version: '0001_records' }, { version: '0002_automation' }]);
  });

  it('hands a customer token to the demo contact that shows only that contact’s tickets', async () => {
    const server = await start({ dataDir: await dataDir(), seedDemo: true });
    const customer = createRestAdapter({ baseUrl: server.url, token: server.demo?.customerToken });
    const tickets = await customer.list('tickets', { limit: 1000 });
    expect(tickets.total).toBeGreaterThan(0);
    expect(new Set(tickets.items.map((ticket) => ticket.requesterId))).toEqual(new Set([DEMO_IDS.contact]));
  });
});

describe('a server with static folders', () => {
  it('serves them next to the API, and the protocol description to anyone', async () => {
    const portal = siteDir();
    const cdn = siteDir();
    writeFileSync(join(portal, 'index.html'), '<!doctype html><title>Portal</title>');
    mkdirSync(join(cdn, 'fonts'));
    writeFileSync(join(cdn, 'rapport.js'), 'export {};');
    writeFileSync(join(cdn, 'fonts', 'read-me.txt'), 'fonts');
    const server = await start({ dataDir: await dataDir(), staticRoot: { '/': portal, '/cdn/': cdn } });
    const home = await fetch(`${server.url}/`);
    expect([home.status, await home.text()]).toEqual([200, '<!doctype html><title>Portal</title>']);
    expect((await fetch(`${server.url}/cdn/rapport.js`)).headers.get('Content-Type')).toMatch(/javascript/);
    expect(await (await fetch(`${server.url}/cdn/fonts/read-me.txt`)).text()).toBe('fonts');
    expect((await fetch(`${server.url}/rapport.js`)).status).toBe(404);
    expect((await call(server.url, 'GET', '/v1/contacts')).status).toBe(401);
    const openApi = await call(server.url, 'GET', '/v1/openapi.json');
    expect(openApi.status).toBe(200);
    expect(openApi.body.components.schemas.ContactCreate.required).toEqual(['name']);
  });
});
