// Runs the CDN embed as a site would: the Rapport server (PGlite, demo tenant) beside the built
// CDN bundle at /cdn/, and the page as the site's backend sends it to the signed-in demo customer,
// with their customer token written in. `node examples/cdn-embed/serve.mjs` after `npm run build`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const page = fileURLToPath(new URL('./index.html', import.meta.url));
const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

/** Starts the server; `dataDir` holds its database and the page as sent. */
export async function startCdnEmbed({ port = 0, dataDir }) {
  if (!existsSync(join(cdn, 'rapport.js'))) throw new Error('dist/cdn/rapport.js is missing: run `npm run build` first.');
  const { startServer } = await import('@rapport/server');
  const siteDir = join(dataDir, 'site');
  mkdirSync(siteDir, { recursive: true });
  const server = await startServer({ port, dataDir: join(dataDir, 'db'), seedDemo: true, staticRoot: { '/': siteDir, '/cdn/': cdn } });
  const { demo } = server;
  writeFileSync(join(siteDir, 'index.html'), render(readFileSync(page, 'utf8'), { customerToken: demo.customerToken, contactId: demo.customerContactId }));
  return { url: `${server.url}/`, demo, close: () => server.close() };
}

/** The page with each `{{name}}` replaced by its value, escaped for an attribute. */
function render(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for ${placeholder} in ${page}`);
    return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const example = await startCdnEmbed({ port: Number(process.env.PORT ?? 4181), dataDir: process.env.DATA_DIR ?? '.rapport-data/cdn-embed' });
  console.log(`CDN embed example: ${example.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => example.close().then(() => process.exit(0)));
}
