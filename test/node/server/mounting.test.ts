import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Hono } from 'hono';
import { createApiKey, createRapportApp, ensureTenant, openDatabase, type Database, type RapportApp } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

// A host mounts the API in its own Hono app, next to its own routes, with a CORS allow-list.

let database: Database;
let rapport: RapportApp;
let host: Hono;
let key: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = await migratedDataDir();
  database = await openDatabase({ dataDir });
  await ensureTenant(database, { id: 'shop', name: 'Shop' });
  key = (await createApiKey(database, { tenantId: 'shop', role: 'admin' })).key;
  rapport = await createRapportApp({ database, corsOrigins: ['https://shop.example'] });
  host = new Hono();
  host.get('/health', (c) => c.text('ok'));
  host.route('/crm', rapport.app);
});

afterAll(async () => {
  await rapport?.close();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the API mounted in a host app', () => {
  it('serves under the mount path and leaves the host’s routes alone', async () => {
    const created = await host.request('/crm/v1/contacts', {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '王芳' }),
    });
    const contact = (await created.json()) as { id: string };
    expect([created.status, created.headers.get('Location')]).toEqual([201, `/crm/v1/contacts/${contact.id}`]);
    expect(await (await host.request('/health')).text()).toBe('ok');
    const refused = await host.request('/crm/v1/contacts');
    expect([refused.status, refused.headers.get('Content-Type'), ((await refused.json()) as { kind: string }).kind]).toEqual([401, 'application/problem+json', 'permission']);
  });

  it('answers browsers from allowed origins only', async () => {
    const preflight = await host.request('/crm/v1/contacts', {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization, if-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('if-match');
    const allowed = await host.request('/crm/v1/contacts', { headers: { Origin: 'https://shop.example', Authorization: `Bearer ${key}` } });
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
    const foreign = await host.request('/crm/v1/contacts', { headers: { Origin: 'https://evil.example', Authorization: `Bearer ${key}` } });
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
