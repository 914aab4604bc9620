// The demo portal on a real Rapport server: the built @rapport/server over PGlite with the demo
// tenant and its automation worker (SLA escalations, follow-ups and customer measures are the
// server's), the portal page and the CDN bundle as static files, and the demo's credentials handed
// to the page in /demo/config.js. Used by `npm start` and the portal's end-to-end test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function startPortal({ port = 0, dataDir, corsOrigins }) {
  const { startServer } = await import('@rapport/server');
  const configDir = join(dataDir, 'portal-config');
  mkdirSync(configDir, { recursive: true });
  const server = await startServer({
    port,
    dataDir: join(dataDir, 'db'),
    seedDemo: true,
    automation: true,
    ...(corsOrigins?.length ? { corsOrigins } : {}),
    staticRoot: { '/': 'examples/portal', '/cdn/': 'dist/cdn', '/demo/': configDir },
  });
  const { demo } = server;
  // Each widget gets the least key it needs, as a host application would hand them out after its
  // own sign-in: the salesperson's and the agent's role keys for staff views (never the admin
  // key), the customer's token and the public key for self-service.
  const config = {
    salesToken: demo.salesKey,
    agentToken: demo.agentKey,
    customerToken: demo.customerToken,
    customerContactId: demo.customerContactId,
    publicKey: demo.publicKey,
  };
  writeFileSync(join(configDir, 'config.js'), `export const demo = ${JSON.stringify(config, null, 2)};\n`);
  const url = server.url.endsWith('/') ? server.url : `${server.url}/`;
  return { url, demo, close: () => server.close() };
}
