// Runs the ERP customer view as an ERP would host it: the Rapport server (PGlite, demo tenant, its
// automation worker escalating SLA breaches and keeping customer measures) with
// the ERP page, the built CDN bundle at /cdn/, the published ES modules of @rapport/core at
// /vendor/@rapport/core/, and the signed-in ERP user's staff key in /session/session.js.
// `node examples/erp-customer-view/serve.mjs` after `npm run build`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('.', import.meta.url));
const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
// The package's `dist/` folder, as an app that installed @rapport/core finds it.
const coreDist = fileURLToPath(new URL('..', import.meta.resolve('@rapport/core/domain')));

/** Starts the server; `dataDir` holds its database and the session file; `automation: false` leaves the rules unrun. */
export async function startErpCustomerView({ port = 0, dataDir, automation = true }) {
  if (!existsSync(join(cdn, 'rapport.js'))) throw new Error('dist/cdn/rapport.js is missing: run `npm run build` first.');
  const { startServer } = await import('@rapport/server');
  const sessionDir = join(dataDir, 'session');
  mkdirSync(sessionDir, { recursive: true });
  const server = await startServer({
    port,
    dataDir: join(dataDir, 'db'),
    seedDemo: true,
    automation,
    staticRoot: { '/': site, '/cdn/': cdn, '/vendor/@rapport/core/': coreDist, '/session/': sessionDir },
  });
  const { demo } = server;
  // The demo's role keys stand in for the ERP user's: sales for the account and its deals, agent for its tickets.
  writeFileSync(join(sessionDir, 'session.js'), `export const session = ${JSON.stringify({ salesKey: demo.salesKey, agentKey: demo.agentKey })};\n`);
  return { url: `${server.url}/`, demo, close: () => server.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const example = await startErpCustomerView({ port: Number(process.env.PORT ?? 4182), dataDir: process.env.DATA_DIR ?? '.rapport-data/erp-customer-view' });
  console.log(`ERP customer view example: ${example.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => example.close().then(() => process.exit(0)));
}
