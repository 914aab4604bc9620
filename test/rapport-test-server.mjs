// A Rapport server for browser tests, in a process of its own (opening PGlite would stall the test
// runner's event loop): one tenant with a public and an admin key, one survey, any origin allowed.
// Driven over IPC by `rapport-server-plugin.mjs`: `listen` (on the port it had, if any) answers
// `{ url, publicKey, adminKey }`; `stop` closes the listener and every connection, keeping the
// database open, so a restart is quick and keeps what was stored.

/** A satisfaction survey as shops ask it: NPS and CSAT on the first page, a comment on the second. */
const SURVEY = {
  id: 's-outbox',
  title: 'How did we do?',
  questions: [
    { type: 'nps', id: 'nps', label: 'How likely are you to recommend us?', required: true, page: 1 },
    { type: 'csat', id: 'csat', label: 'How satisfied are you with your order?', required: true, page: 1 },
    { type: 'text', id: 'comment', label: 'Anything else you would like to tell us?', page: 2, maxLength: 2000 },
  ],
};

async function openSite(dataDir) {
  const { createApiKey, createRapportApp, ensureTenant, openDatabase } = await import('@rapport/server');
  const database = await openDatabase({ dataDir });
  const tenant = await ensureTenant(database, { id: 'shop', name: 'A shop' });
  const publicKey = (await createApiKey(database, { tenantId: tenant.id, role: 'public', label: 'shop pages' })).key;
  const adminKey = (await createApiKey(database, { tenantId: tenant.id, role: 'admin', label: 'shop admin' })).key;
  const rapport = await createRapportApp({ database, corsOrigins: ['*'] });
  const created = await rapport.app.request(`/v1/surveys/${SURVEY.id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', 'if-none-match': '*' },
    body: JSON.stringify(SURVEY),
  });
  if (!created.ok) throw new Error(`the survey was not stored: ${created.status} ${await created.text()}`);
  return { database, keys: { publicKey, adminKey }, rapport };
}

async function listen(site, port) {
  const { serve } = await import('@hono/node-server');
  const server = serve({ fetch: site.rapport.app.fetch, port, hostname: '127.0.0.1', overrideGlobalObjects: false });
  await new Promise((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return server;
}

const site = await openSite(process.argv[2]);
let http;
let port = 0;

async function stop() {
  const closing = http;
  http = undefined;
  if (!closing) return;
  await new Promise((resolve) => {
    closing.close(() => resolve());
    closing.closeAllConnections?.();
  });
}

process.on('message', async ({ action }) => {
  if (action === 'listen') {
    http ??= await listen(site, port);
    port = http.address().port;
    process.send({ url: `http://127.0.0.1:${port}`, ...site.keys });
  } else if (action === 'stop') {
    await stop();
    process.send({ stopped: true });
  } else if (action === 'exit') {
    await stop();
    await site.rapport.close();
    await site.database.close();
    process.exit(0);
  }
});
process.send({ ready: true });
