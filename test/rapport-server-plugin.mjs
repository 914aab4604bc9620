// A web-test-runner plugin: browser tests start, stop and restart a real Rapport server (PGlite,
// demo tenant, any origin allowed) through `executeServerCommand('rapport-server', { action })`.
// It answers `{ url, publicKey, adminKey }`. A restart keeps the port and the data, so a page
// that lost the server finds it again where it was. Needs the built server (`npm run build`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function rapportServerPlugin() {
  /** One server per test file (session), so files never see each other's records. */
  const sessions = new Map();

  async function start(session) {
    const { startServer } = await import('@rapport/server');
    session.running = await startServer({ port: session.port ?? 0, dataDir: session.dataDir, seedDemo: true, corsOrigins: ['*'] });
    session.port = Number(new URL(session.running.url).port);
    const { url, demo } = session.running;
    session.info = { url, publicKey: demo.publicKey, adminKey: demo.adminKey };
    return session.info;
  }

  async function stop(session) {
    const running = session.running;
    session.running = undefined;
    await running?.close();
  }

  return {
    name: 'rapport-server',
    async executeCommand({ command, payload, session: { id } }) {
      if (command !== 'rapport-server') return undefined;
      let session = sessions.get(id);
      if (!session) sessions.set(id, (session = { dataDir: mkdtempSync(join(tmpdir(), 'rapport-browser-test-')) }));
      switch (payload?.action) {
        case 'start':
          return session.running ? session.info : start(session);
        case 'stop':
          await stop(session);
          return true;
        case 'restart':
          await stop(session);
          return start(session);
        case 'dispose':
          await stop(session);
          rmSync(session.dataDir, { recursive: true, force: true });
          sessions.delete(id);
          return true;
        default:
          throw new Error(`rapport-server: unknown action ${payload?.action}`);
      }
    },
  };
}
