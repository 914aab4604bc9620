import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Database } from './database/database.js';
import { openDatabase } from './database/open-database.js';
import { seedDemo, type DemoCredentials } from './demo/seed-demo.js';
import { compression } from './http/compression.js';
import { createRapportApp, type RapportAppOptions } from './http/create-rapport-app.js';
import { notFoundResponse } from './http/problem.js';
import { staticCache } from './http/static-cache.js';

export interface StartServerOptions extends Omit<RapportAppOptions, 'database'> {
  /** Default 8787; 0 picks a free port. */
  readonly port?: number;
  /** The address to listen on. Default `127.0.0.1`: reachable from this machine only. */
  readonly hostname?: string;
  /** Where embedded PGlite keeps its files. Default `.rapport-data` in the working directory. */
  readonly dataDir?: string;
  /** A PostgreSQL connection string; when given, it is used instead of PGlite. */
  readonly databaseUrl?: string;
  /** Prepare the `demo` tenant (keys and, the first time, demo data). Default false. */
  readonly seedDemo?: boolean;
  /**
   * Files served next to the API: a folder served at `/`, or URL prefixes mapped to folders,
   * e.g. `{ '/': 'examples/portal', '/cdn/': 'dist/cdn' }`.
   */
  readonly staticRoot?: string | Readonly<Record<string, string>>;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8787`; the API is under `${url}/v1`. */
  readonly url: string;
  readonly database: Database;
  /** The demo tenant's keys, when started with `seedDemo`. */
  readonly demo?: DemoCredentials;
  /** Stops accepting requests, ends live streams and closes the database. */
  close(): Promise<void>;
}

/** Runs the Rapport server on Node's HTTP server: the API, and optionally static files and demo data. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const { port = 8787, hostname = '127.0.0.1', dataDir = '.rapport-data', databaseUrl, seedDemo: withDemo = false, staticRoot, ...appOptions } = options;
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  const demo = withDemo ? await seedDemo(database, appOptions.now) : undefined;
  const rapport = await createRapportApp({ ...appOptions, database });
  const site = new Hono();
  site.use('*', compression());
  site.route('/', rapport.app);
  for (const [prefix, root] of staticMounts(staticRoot)) {
    site.use(`${prefix}*`, compression({ staticFiles: true }), staticCache(), serveStatic({ root, rewriteRequestPath: (path) => path.slice(prefix.length - 1) }));
  }
  site.notFound(notFoundResponse);

  // The host's own Request/Response stay in place: callers in this process (tests) keep theirs.
  const server = serve({ fetch: site.fetch, port, hostname, overrideGlobalObjects: false });
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('listening', () => resolve(server.address() as AddressInfo));
    server.once('error', reject);
  }).catch(async (error: unknown) => {
    await rapport.close();
    await database.close();
    throw error;
  });
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    database,
    ...(demo ? { demo } : {}),
    close() {
      closing ??= (async () => {
        await rapport.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await database.close();
      })();
      return closing;
    },
  };
}

/** Static folders by URL prefix (each ending in `/`), longest prefix first so it wins. */
function staticMounts(staticRoot: StartServerOptions['staticRoot']): Array<[prefix: string, root: string]> {
  if (staticRoot === undefined) return [];
  const mounts = typeof staticRoot === 'string' ? { '/': staticRoot } : staticRoot;
  return Object.entries(mounts)
    .map(([prefix, root]): [string, string] => [prefix.endsWith('/') ? prefix : `${prefix}/`, root])
    .sort(([a], [b]) => b.length - a.length);
}
