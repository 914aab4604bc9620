import { afterAll, beforeAll, describe, it } from 'vitest';
import { createRestAdapter } from '@rapport/adapter-rest';
import { runAdapterConformance } from '@rapport/core/testing';
import { startTestServer, type TestServer } from './test-server.js';

let testServer: TestServer;
let adminKey: string;

beforeAll(async () => {
  testServer = await startTestServer();
  adminKey = await testServer.keyFor('conformance', 'admin');
}, 60_000);
afterAll(() => testServer?.stop());

runAdapterConformance('REST adapter → server on PGlite', () => createRestAdapter({ baseUrl: testServer.url, token: adminKey }), { describe, it });
