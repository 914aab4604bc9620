import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, ensureTenant, startServer, type ApiKeyRole, type RunningServer, type StartServerOptions } from '@rapport/server';

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dataDir: string;
  /** A new key of `role` in `tenantId` (the tenant is created when missing). */
  keyFor(tenantId: string, role: ApiKeyRole): Promise<string>;
  /** Closes the server and deletes its data directory. */
  stop(): Promise<void>;
}

/** A server on a free loopback port over PGlite in a fresh temporary directory. */
export async function startTestServer(options: StartServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rapport-server-'));
  const server = await startServer({ port: 0, ...options, dataDir });
  return {
    server,
    url: server.url,
    dataDir,
    async keyFor(tenantId, role) {
      await ensureTenant(server.database, { id: tenantId, name: tenantId });
      return (await createApiKey(server.database, { tenantId, role })).key;
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
