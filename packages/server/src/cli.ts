import { parseArgs } from 'node:util';
import { runImport } from './import/import-command.js';
import { startServer, type StartServerOptions } from './start-server.js';

const USAGE = `Usage: rapport-server [options]
       rapport-server import <collection> <file.csv|file.jsonl> [options]   (see import --help)

Runs the Rapport server: the HTTP API under /v1, over embedded PostgreSQL (PGlite) by default.

Options (environment variable in brackets):
  --port <n>            port to listen on, 0 for any free one [PORT] (default 8787)
  --host <address>      address to listen on [HOST] (default 127.0.0.1)
  --data-dir <dir>      where PGlite keeps its files [DATA_DIR] (default .rapport-data)
  --database-url <url>  use this PostgreSQL server instead of PGlite [DATABASE_URL]
  --seed-demo           prepare the "demo" tenant and print its keys [RAPPORT_SEED_DEMO=1]
  --automation          run the automation worker: SLA deadlines, escalations, follow-up
                        tasks, stage history, webhook deliveries [RAPPORT_AUTOMATION=1]
  --webhooks-allow-loopback
                        development only: webhooks may go to http://localhost and other
                        loopback addresses [RAPPORT_WEBHOOKS_ALLOW_LOOPBACK=1]
  --webhooks-allow-ranges <cidrs>
                        comma-separated private ranges webhooks may reach, e.g.
                        10.20.0.0/16 [RAPPORT_WEBHOOKS_ALLOW_RANGES]
  --static [<prefix>=]<dir>
                        also serve the files of <dir> at / (or at <prefix>); repeatable
                        [RAPPORT_STATIC_ROOT, one folder]
  --cors <origins>      comma-separated browser origins allowed to call, or * [RAPPORT_CORS_ORIGINS]
  --help                show this text`;

/** `npx rapport-server`: reads flags and environment, starts the server, prints where it is, stops on a signal. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (argv[0] === 'import') {
    process.exitCode = await runImport(argv.slice(1), env);
    return;
  }
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      'seed-demo': { type: 'boolean' },
      automation: { type: 'boolean' },
      'webhooks-allow-loopback': { type: 'boolean' },
      'webhooks-allow-ranges': { type: 'string' },
      static: { type: 'string', multiple: true },
      cors: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(USAGE);

  const port = Number(values.port ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Not a port number: ${values.port ?? env.PORT}`);
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL;
  const dataDir = values['data-dir'] ?? env.DATA_DIR ?? '.rapport-data';
  const corsOrigins = (values.cors ?? env.RAPPORT_CORS_ORIGINS)?.split(',').map((origin) => origin.trim()).filter(Boolean);
  const allowedPrivateRanges = (values['webhooks-allow-ranges'] ?? env.RAPPORT_WEBHOOKS_ALLOW_RANGES)?.split(',').map((range) => range.trim()).filter(Boolean);
  const allowLoopback = values['webhooks-allow-loopback'] ?? ['1', 'true', 'yes'].includes((env.RAPPORT_WEBHOOKS_ALLOW_LOOPBACK ?? '').toLowerCase());
  const staticRoot = staticFolders(values.static ?? (env.RAPPORT_STATIC_ROOT ? [env.RAPPORT_STATIC_ROOT] : []));
  const options: StartServerOptions = {
    port,
    hostname: values.host ?? env.HOST ?? '127.0.0.1',
    dataDir,
    seedDemo: values['seed-demo'] ?? ['1', 'true', 'yes'].includes((env.RAPPORT_SEED_DEMO ?? '').toLowerCase()),
    automation: values.automation ?? ['1', 'true', 'yes'].includes((env.RAPPORT_AUTOMATION ?? '').toLowerCase()),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(corsOrigins?.length ? { corsOrigins } : {}),
    ...(allowLoopback || allowedPrivateRanges?.length ? { webhooks: { allowLoopback, ...(allowedPrivateRanges?.length ? { allowedPrivateRanges } : {}) } } : {}),
    ...(staticRoot ? { staticRoot } : {}),
  };

  const server = await startServer(options);
  console.log(`Rapport server listening on ${server.url} (API under ${server.url}/v1)`);
  const serving = Object.entries(staticRoot ?? {}).map(([prefix, dir]) => `${dir} at ${prefix}`);
  console.log(`Storage: ${databaseUrl ? 'PostgreSQL' : `PGlite in ${dataDir}`}${serving.length ? `; serving ${serving.join(', ')}` : ''}`);
  if (server.demo) {
    const { demo } = server;
    console.log(`Demo tenant "${demo.tenantId}"${demo.recordsAdded ? ` (${demo.recordsAdded} demo records added)` : ''}:`);
    console.log(`  public key      ${demo.publicKey}`);
    console.log(`  admin key       ${demo.adminKey}  (scripts and servers only: never in a page)`);
    console.log(`  agent key       ${demo.agentKey}`);
    console.log(`  sales key       ${demo.salesKey}`);
    console.log(`  customer token  ${demo.customerToken}  (contact ${demo.customerContactId})`);
  }

  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `--static` values, `dir` or `/prefix/=dir`, as the prefix → folder map `startServer` takes. */
function staticFolders(values: readonly string[]): Record<string, string> | undefined {
  if (!values.length) return undefined;
  return Object.fromEntries(
    values.map((value) => {
      const split = value.indexOf('=');
      return split > 0 && value.startsWith('/') ? [value.slice(0, split), value.slice(split + 1)] : ['/', value];
    }),
  );
}
