// A first embed from another site: the page's origin is not among the server's allowed ones. The
// widget must say so (and the console too) instead of sending the visitor to check a connection
// that works; once the server is gone, it says the service cannot be reached.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startPortal } from '../../scripts/portal-server.mjs';

describe('an embed from an origin the server does not allow', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-cors-'));
  const siteDir = mkdtempSync(join(tmpdir(), 'rapport-cors-site-'));
  let api;
  let site;
  let browser;
  let page;
  const consoleErrors = [];

  before(async () => {
    api = await startPortal({ dataDir });
    const { startServer } = await import('@rapport/server');
    const apiUrl = api.url.replace(/\/$/, '');
    // The shop's own page on its own origin, with its copy of the bundle, calling the CRM server.
    writeFileSync(
      join(siteDir, 'index.html'),
      `<!doctype html><html lang="en"><body>
        <script type="module" src="/cdn/rapport.js"></script>
        <crm-provider endpoint="${apiUrl}" token="${api.demo.publicKey}"><crm-feedback-form survey-id="s-nps"></crm-feedback-form></crm-provider>
      </body></html>`,
    );
    site = await startServer({ port: 0, dataDir: join(dataDir, 'site-db'), staticRoot: { '/': siteDir, '/cdn/': 'dist/cdn' } });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`${site.url}/index.html`);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(siteDir, { recursive: true, force: true });
  });

  test('says the origin is not allowed, in the widget and the console', async () => {
    await page.locator('crm-feedback-form').getByText(/origin not allowed/).waitFor({ timeout: 20_000 });
    assert.ok(consoleErrors.some((text) => text.includes('Origin not allowed')), consoleErrors.join('\n'));
    assert.ok(!(await page.locator('crm-feedback-form').getByText(/Check your connection/).count()));
  });

  test('says the service cannot be reached once it is gone', async () => {
    await api.close();
    await page.reload();
    await page.locator('crm-feedback-form').getByText(/could not be reached/).waitFor({ timeout: 30_000 });
  });
});
