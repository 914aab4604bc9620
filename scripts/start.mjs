// `npm start`: installs what is missing, builds, and serves the demo portal on localhost over the
// embedded demo storage. PORT picks the port (default 4173; a free one if that is taken).
import { ensureNodeModules } from './ensure-deps.mjs';
import { heading, run } from './run.mjs';

ensureNodeModules();
run('node', ['scripts/build.mjs']);

const { serveStatic } = await import('./static-server.mjs');
const mounts = { '/': 'examples/portal', '/cdn/': 'dist/cdn' };
const wanted = Number(process.env.PORT ?? 4173);
let site;
try {
  site = await serveStatic(mounts, { port: wanted });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  site = await serveStatic(mounts, { port: 0 });
}
heading(`Rapport demo portal: ${site.url}`);
console.log('Press Ctrl+C to stop.');
