// Runs the shop's help page as the shop would host it: the Rapport server (PGlite, demo tenant)
// with the page and the built CDN bundle at /cdn/, and /session/session.js as the shop's backend
// writes it for the signed-in customer (the demo contact): their customer token, their name and
// their latest order. `node examples/ecommerce-self-service/serve.mjs` after `npm run build`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('.', import.meta.url));
const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

/** Starts the server; `dataDir` holds its database and the session file. */
export async function startShopHelpPage({ port = 0, dataDir }) {
  if (!existsSync(join(cdn, 'rapport.js'))) throw new Error('dist/cdn/rapport.js is missing: run `npm run build` first.');
  const { startServer } = await import('@rapport/server');
  const sessionDir = join(dataDir, 'session');
  mkdirSync(sessionDir, { recursive: true });
  const server = await startServer({ port, dataDir: join(dataDir, 'db'), seedDemo: true, staticRoot: { '/': site, '/cdn/': cdn, '/session/': sessionDir } });
  const { demo } = server;
  try {
    // The shop knows its customer and their orders; here both live in the demo tenant.
    const read = async (path) => {
      const response = await fetch(`${server.url}/v1/${path}`, { headers: { authorization: `Bearer ${demo.adminKey}` } });
      if (!response.ok) throw new Error(`GET /v1/${path}: ${response.status}`);
      return response.json();
    };
    const contactId = demo.customerContactId;
    const customer = await read(`contacts/${contactId}`);
    const orders = await read(`orders?${new URLSearchParams({ where: JSON.stringify({ contactId }), sort: '-orderedAt', limit: '1' })}`);
    const lastOrder = orders.items[0];
    const session = {
      customerToken: demo.customerToken,
      contactId,
      customerName: customer.name,
      // What the customer may see of it: not the margin, nor the record's bookkeeping.
      lastOrder: lastOrder ? pick(lastOrder, ['id', 'orderedAt', 'amount', 'currency', 'status', 'items']) : null,
    };
    writeFileSync(join(sessionDir, 'session.js'), `export const session = ${JSON.stringify(session, null, 2)};\n`);
  } catch (error) {
    await server.close();
    throw error;
  }
  return { url: `${server.url}/`, demo, close: () => server.close() };
}

function pick(record, fields) {
  return Object.fromEntries(fields.map((field) => [field, record[field]]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const example = await startShopHelpPage({ port: Number(process.env.PORT ?? 4183), dataDir: process.env.DATA_DIR ?? '.rapport-data/ecommerce-self-service' });
  console.log(`Shop help page example: ${example.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => example.close().then(() => process.exit(0)));
}
