import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import { runAdapterConformance } from '@rapport/core/testing';
import { startTestServer, type TestServer } from './test-server.js';

// Servers start and requests travel over loopback: give them time on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 120_000 });

let testServer: TestServer;
let adminKey: string;

beforeAll(async () => {
  testServer = await startTestServer();
  adminKey = await testServer.keyFor('conformance', 'admin');
});
afterAll(() => testServer?.stop());

runAdapterConformance('REST adapter → server on PGlite', () => createRestAdapter({ baseUrl: testServer.url, token: adminKey }), { describe, it });
