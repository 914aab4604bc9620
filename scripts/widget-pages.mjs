// Pages as a new user writes them from the README: one `<script>` tag for the CDN entry and the
// widget tags in a `<crm-provider>`, served with the built CDN files by the Rapport server (demo
// tenant). One page per widget alone, one with all four, each again over the built-in demo
// data, and a page with only the ticket widget's launcher. Used by `npm run bench` and by the loading test of the CDN build.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));

/** Each widget's tag with the attributes that make it show the demo tenant's records. */
export const widgetTags = {
  'contact-card': '<crm-contact-card contact-id="c-001"></crm-contact-card>',
  'pipeline-board': '<crm-pipeline-board pipeline-id="p-sales"></crm-pipeline-board>',
  'ticket-widget': '<crm-ticket-widget mode="agent"></crm-ticket-widget>',
  'feedback-form': '<crm-feedback-form survey-id="s-nps"></crm-feedback-form>',
};

const page = (title, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/cdn/rapport.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

/**
 * Starts the server with the pages; `pages` maps a name (`contact-card`, `all-four`,
 * `contact-card-demo`, …) to its URL. The staff pages use the demo admin key, the feedback form
 * the public key, as a host's page would.
 */
export async function startWidgetPages({ port = 0 } = {}) {
  if (!existsSync(join(cdn, 'rapport.js'))) throw new Error('dist/cdn/rapport.js is missing: run `npm run build` first.');
  const { startServer } = await import('@rapport/server');
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-pages-'));
  const site = join(dataDir, 'site');
  mkdirSync(site);
  const server = await startServer({ port, dataDir: join(dataDir, 'db'), seedDemo: true, staticRoot: { '/': site, '/cdn/': cdn } });
  const { adminKey, publicKey } = server.demo;
  const overServer = (name, tag) => `<crm-provider endpoint="/" token="${name === 'feedback-form' ? publicKey : adminKey}">${tag}</crm-provider>`;
  const files = {};
  for (const [name, tag] of Object.entries(widgetTags)) {
    files[name] = page(name, overServer(name, tag));
    files[`${name}-demo`] = page(`${name} on demo data`, `<crm-provider demo>${tag}</crm-provider>`);
  }
  // Staff widgets share one provider (one client, one live-changes stream); the public form has its own key.
  const staff = Object.entries(widgetTags).filter(([name]) => name !== 'feedback-form').map(([, tag]) => tag).join('');
  files['all-four'] = page('all four widgets', `${overServer('contact-card', staff)}\n    ${overServer('feedback-form', widgetTags['feedback-form'])}`);
  files['all-four-demo'] = page('all four widgets on demo data', `<crm-provider demo>${Object.values(widgetTags).join('')}</crm-provider>`);
  // A page that gives the provider its token by script, after the entry has run (as a host that fetches it does).
  files['token-by-script'] = page(
    'token given by script',
    `<crm-provider endpoint="/">${widgetTags['contact-card']}</crm-provider>\n    <script type="module">document.querySelector('crm-provider').setAttribute('token', '${adminKey}');</script>`,
  );
  // A shop page with only the help launcher, for the signed-in customer.
  files['ticket-launcher'] = page(
    'ticket launcher',
    `<crm-provider endpoint="/" token="${server.demo.customerToken}"><crm-ticket-widget mode="customer" launcher contact-id="${server.demo.customerContactId}"></crm-ticket-widget></crm-provider>`,
  );
  const pages = {};
  for (const [name, html] of Object.entries(files)) {
    writeFileSync(join(site, `${name}.html`), html);
    pages[name] = `${server.url}/${name}.html`;
  }
  return {
    pages,
    url: server.url,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
