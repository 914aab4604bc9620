// The demo portal as a visitor meets it: served like `npm start` serves it (built CDN bundle, no
// dev server), in Chromium, used with the keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

describe('demo portal', () => {
  let site;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    site = await serveStatic({ '/': 'examples/portal', '/cdn/': 'dist/cdn' });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(site.url);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('shows the demo customer in the contact card', async () => {
    const card = page.locator('crm-contact-card[contact-id="c-001"]');
    await card.getByRole('heading', { name: '王芳' }).waitFor();
    await card.getByRole('link', { name: /fang\.wang@/ }).waitFor();
  });

  test('switches every widget to traditional Chinese from the language menu', async () => {
    await page.selectOption('#language', 'zh-Hant');
    const card = page.locator('crm-contact-card[contact-id="c-001"]');
    await card.getByRole('button', { name: '記錄通話' }).waitFor();
    await page.selectOption('#language', 'en');
    await card.getByRole('button', { name: 'Log a call' }).waitFor();
  });

  test('loads without errors', () => {
    assert.deepEqual(problems, []);
  });
});
