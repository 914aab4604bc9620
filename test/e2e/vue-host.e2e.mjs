// The Vue example as its developer meets it: built with Vite and Vue's plugin, served as static files
// and used in Chromium. The app's `@crm-…` listeners must receive the widgets' events (and its veto
// must hold). Its template is type-checked with vue-tsc in published-packages.e2e.mjs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { watchForProblems } from './watch-for-problems.mjs';

describe('Vue host example', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'rapport-vue-host-'));
  let site;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    await build({ configFile: 'examples/vue-host/vite.config.ts', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    site = await serveStatic({ '/': outDir });
    browser = await launchChromium();
    page = await browser.newPage();
    watchForProblems(page, problems);
    await page.goto(site.url);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('renders the contact card and the service desk', async () => {
    await page.locator('crm-contact-card').getByRole('heading', { name: '王芳' }).waitFor();
    await page.locator('crm-ticket-widget').getByRole('listbox', { name: 'Ticket queue' }).waitFor();
  });

  test("passes the card's events to the app's listener, which can veto them", async () => {
    const card = page.locator('crm-contact-card');
    const tagInput = card.getByRole('textbox', { name: 'New tag' });
    await tagInput.fill('key account');
    await tagInput.press('Enter');
    await page.locator('#log').getByText('Refused the tag “key account”').waitFor();

    await tagInput.fill('renewal-2025');
    await tagInput.press('Enter');
    await page.locator('#log').getByText('王芳 is now tagged “renewal-2025”.').waitFor();
    await card.getByRole('listitem').filter({ hasText: 'renewal-2025' }).waitFor();
    // Saved after the refused one was asked for: had the veto not held, it would show by now.
    assert.equal(await card.getByRole('listitem').filter({ hasText: 'key account' }).count(), 0);
  });

  test('switches the widgets to traditional Chinese from a Vue ref', async () => {
    await page.getByLabel('Language').selectOption('zh-Hant');
    await page.locator('crm-contact-card').getByRole('button', { name: '記錄通話' }).waitFor();
  });

  test('loads without errors', () => {
    assert.deepEqual(problems, []);
  });
});
