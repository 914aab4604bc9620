import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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
    expect(await second.database.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual([
      { version: '0001_records' },
      { version: '0002_declared-indexes' },
      { version: '0003_search' },
      { version: '0004_automation' },
      { version: '0005_customer-measures' },
      { version: '0006_webhooks' },
      { version: '0007_external-ids' },
      { version: '0008_ticket-numbers' },
      { version: '0009_statement-change-triggers' },
      { version: '0010_search-bigrams' },
      { version: '0011_rfm-cuts' },
    ]);
    // Two starts and a seed, each creating the declared indexes: allow for a busy machine.
  }, 90_000);

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

/** A GET as a browser sends it, with the raw bytes and headers as they travel (fetch would decode them). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('a server sending files and JSON over a slow network', () => {
  const script = `export const widgets = ${JSON.stringify(Array.from({ length: 200 }, (_, index) => ({ tag: `crm-widget-${index}` })))};\n`;

  async function cdnServer() {
    const cdn = siteDir();
    mkdirSync(join(cdn, 'chunks'));
    writeFileSync(join(cdn, 'rapport.js'), script);
    writeFileSync(join(cdn, 'chunks', 'runtime-Db3TC4-H.js'), script);
    return start({ dataDir: await dataDir(), seedDemo: true, staticRoot: { '/cdn/': cdn } });
  }

  it('compresses a script with brotli, or gzip when that is all the browser takes, and never for one that takes neither', async () => {
    const server = await cdnServer();
    const br = await rawGet(`${server.url}/cdn/rapport.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect([br.headers['content-encoding'], br.headers.vary]).toEqual(['br', 'Accept-Encoding']);
    expect(br.body.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const gzip = await rawGet(`${server.url}/cdn/rapport.js`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await rawGet(`${server.url}/cdn/rapport.js`, { 'Accept-Encoding': 'br;q=0, identity' });
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, script]);
  });

  it('lets the browser keep a hashed chunk for good, without validators, and has it ask again for the entry, answered 304 while unchanged', async () => {
    const server = await cdnServer();
    const chunk = await rawGet(`${server.url}/cdn/chunks/runtime-Db3TC4-H.js`, { 'Accept-Encoding': 'br' });
    expect([chunk.status, chunk.headers['cache-control'], chunk.headers.etag, chunk.headers['last-modified']]).toEqual([200, 'public, max-age=31536000, immutable', undefined, undefined]);
    const entry = await rawGet(`${server.url}/cdn/rapport.js`, { 'Accept-Encoding': 'br' });
    expect(entry.headers['cache-control']).toBe('no-cache');
    // The same script, compressed as hard in either file, validators or not.
    expect(chunk.body.length).toBe(entry.body.length);
    const etag = entry.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await rawGet(`${server.url}/cdn/rapport.js`, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect([again.status, again.body.length]).toEqual([304, 0]);
    const plainAgain = await rawGet(`${server.url}/cdn/rapport.js`, { 'If-None-Match': etag });
    expect(plainAgain.status).toBe(304);
  });

  it("compresses the API's JSON and leaves a record's ETag, its version, as it is", async () => {
    const server = await cdnServer();
    const auth = { Authorization: `Bearer ${server.demo!.adminKey}` };
    const list = await rawGet(`${server.url}/v1/contacts?limit=50`, { ...auth, 'Accept-Encoding': 'br' });
    expect([list.status, list.headers['content-encoding']]).toEqual([200, 'br']);
    expect(JSON.parse(brotliDecompressSync(list.body).toString()).items.length).toBeGreaterThan(0);
    const plain = await rawGet(`${server.url}/v1/contacts/${DEMO_IDS.contact}`, auth);
    const compressed = await rawGet(`${server.url}/v1/contacts/${DEMO_IDS.contact}`, { ...auth, 'Accept-Encoding': 'gzip' });
    expect(compressed.headers.etag).toBe(plain.headers.etag);
  });
});
