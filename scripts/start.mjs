// `npm start`: installs what is missing, builds, and runs the Rapport server on embedded PostgreSQL
// (PGlite, data kept in .rapport-data/) with the demo tenant, serving the demo portal against it.
// PORT picks the port (default 4173; a free one if that is taken). Other pages may call the API from
// the origins in RAPPORT_CORS_ORIGINS or `--cors` (comma-separated, or *).
import { ensureNodeModules } from './ensure-deps.mjs';
import { heading, run } from './run.mjs';

ensureNodeModules();
run('node', ['scripts/build.mjs']);

const { startPortal } = await import('./portal-server.mjs');
const wanted = Number(process.env.PORT ?? 4173);
const dataDir = process.env.DATA_DIR ?? '.rapport-data';
const corsFlag = process.argv.indexOf('--cors');
const corsOrigins = (corsFlag >= 0 ? process.argv[corsFlag + 1] : process.env.RAPPORT_CORS_ORIGINS)?.split(',').map((origin) => origin.trim()).filter(Boolean);
let portal;
try {
  portal = await startPortal({ port: wanted, dataDir, corsOrigins });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  portal = await startPortal({ port: 0, dataDir, corsOrigins });
}
heading(`Rapport demo portal: ${portal.url}`);
console.log(`Server API: ${portal.url}v1/ (OpenAPI at ${portal.url}v1/openapi.json), data in ${dataDir}/`);
console.log(`Demo tenant keys (valid until the next start): admin ${portal.demo.adminKey} (for scripts and servers, never in a page), agent ${portal.demo.agentKey}, sales ${portal.demo.salesKey}`);
console.log(corsOrigins?.length ? `Pages at ${corsOrigins.join(', ')} may call the API.` : 'Only this origin may call the API: RAPPORT_CORS_ORIGINS=https://your.page npm start (or npm start -- --cors …) allows others.');
console.log('Press Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => portal.close().then(() => process.exit(0)));
