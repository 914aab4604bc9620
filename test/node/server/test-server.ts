import { rmSync } from 'node:fs';
import { createApiKey, ensureTenant, startServer, type ApiKeyRole, type RunningServer, type StartServerOptions } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dataDir: string;
  /** A new key of `role` in `tenantId` (the tenant is created when missing). */
  keyFor(tenantId: string, role: ApiKeyRole): Promise<string>;
  /** Closes the server and deletes its data directory. */
  stop(): Promise<void>;
}

/** A server on a free loopback port over PGlite, by default in a fresh temporary directory. */
export async function startTestServer(options: StartServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await migratedDataDir());
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
