// A page rendered on the server, as a staff application's backend sends it: the customer's name and
// account facts are in the HTML, the widgets are tags in it, and the CDN bundle upgrades them on
// the client. `reserve.css` keeps their place meanwhile, so nothing below them moves.
// `node examples/server-rendered/serve.mjs` after `npm run build`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const page = fileURLToPath(new URL('./index.html', import.meta.url));
const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const reserve = fileURLToPath(new URL('../../packages/elements/reserve.css', import.meta.url));

/** Starts the server; `dataDir` holds its database and the page as rendered. */
export async function startServerRendered({ port = 0, dataDir }) {
  if (!existsSync(join(cdn, 'rapport.js'))) throw new Error('dist/cdn/rapport.js is missing: run `npm run build` first.');
  const { startServer } = await import('@rapport/server');
  const siteDir = join(dataDir, 'site');
  mkdirSync(siteDir, { recursive: true });
  copyFileSync(reserve, join(siteDir, 'reserve.css'));
  const server = await startServer({ port, dataDir: join(dataDir, 'db'), seedDemo: true, staticRoot: { '/': siteDir, '/cdn/': cdn } });
  const { demo } = server;
  // What the backend knows and renders itself; the widgets read the rest from the Rapport API.
  const contact = await (await fetch(`${server.url}/v1/contacts/c-001`, { headers: { authorization: `Bearer ${demo.adminKey}` } })).json();
  writeFileSync(join(siteDir, 'index.html'), render(readFileSync(page, 'utf8'), { token: demo.salesKey, contactId: contact.id, contactName: contact.name }));
  return { url: `${server.url}/`, demo, close: () => server.close() };
}

/** The page with each `{{name}}` replaced by its value, escaped for text and attributes. */
function render(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for ${placeholder} in ${page}`);
    return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const example = await startServerRendered({ port: Number(process.env.PORT ?? 4183), dataDir: process.env.DATA_DIR ?? '.rapport-data/server-rendered' });
  console.log(`Server-rendered example: ${example.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => example.close().then(() => process.exit(0)));
}
