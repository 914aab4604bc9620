// A web-test-runner plugin: browser tests start, stop and restart a real Rapport server
// (`rapport-test-server.mjs`, in a child process) through
// `executeServerCommand('rapport-server', { action })`, which answers `{ url, publicKey, adminKey }`.
// A restart keeps the port and the data, so a page that lost the server finds it again where it
// was. Needs the built server (`npm run build`).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHILD = new URL('./rapport-test-server.mjs', import.meta.url);

/** One server process, and the replies it owes. */
function openChild(dataDir) {
  const child = fork(CHILD, [join(dataDir, 'db')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies = [];
  const ready = new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the test server exited (${code})`)));
    child.on('message', (message) => {
      if (message?.ready) resolve();
      else replies.shift()?.(message);
    });
  });
  return {
    child,
    ready,
    ask(action) {
      return new Promise((resolve) => {
        replies.push(resolve);
        child.send({ action });
      });
    },
  };
}

export function rapportServerPlugin() {
  /** One server per test file (session), so files never see each other's records. */
  const sessions = new Map();

  /**
   * Listens, once the database is open. Opening PGlite can outlast the 20 s a command may take on a
   * busy machine: then this answers `{ starting: true }` and the test asks again.
   */
  async function start(session) {
    session.server ??= openChild(session.dataDir);
    const ready = await Promise.race([session.server.ready.then(() => true), new Promise((resolve) => setTimeout(resolve, 15_000, false))]);
    return ready ? session.server.ask('listen') : { starting: true };
  }

  return {
    name: 'rapport-server',
    async executeCommand({ command, payload, session: { id } }) {
      if (command !== 'rapport-server') return undefined;
      let session = sessions.get(id);
      if (!session) sessions.set(id, (session = { dataDir: mkdtempSync(join(tmpdir(), 'rapport-browser-test-')) }));
      switch (payload?.action) {
        case 'start':
          return start(session);
        case 'stop':
          await session.server?.ready;
          await session.server?.ask('stop');
          return true;
        case 'restart':
          await session.server?.ready;
          await session.server?.ask('stop');
          return start(session);
        case 'dispose':
          if (session.server && session.server.child.exitCode === null) {
            const exited = new Promise((resolve) => session.server.child.once('exit', resolve));
            session.server.child.send({ action: 'exit' });
            await exited;
          }
          rmSync(session.dataDir, { recursive: true, force: true });
          sessions.delete(id);
          return true;
        default:
          throw new Error(`rapport-server: unknown action ${payload?.action}`);
      }
    },
  };
}
