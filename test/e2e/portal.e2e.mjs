// The demo portal as a visitor meets it after `npm start`: the built server on PGlite with the
// demo tenant, the built CDN bundle, in Chromium.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startPortal } from '../../scripts/portal-server.mjs';
import { keysIn, visibleText } from './visible-text.mjs';
import { watchForProblems } from './watch-for-problems.mjs';

describe('demo portal on the Rapport server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-portal-'));
  let portal;
  let browser;
  let page;
  const problems = [];
  /** What identified each request the page sent: its authorization header and its address. */
  const credentials = [];

  before(async () => {
    portal = await startPortal({ dataDir });
    browser = await launchChromium();
    page = await browser.newPage();
    watchForProblems(page, problems);
    page.on('request', (request) => credentials.push(`${request.headers().authorization ?? ''} ${request.url()}`));
    await page.goto(portal.url);
  });

  after(async () => {
    await browser?.close();
    await portal?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('shows the demo customer from the server in the contact card', async () => {
    // The customer section's card: the desk beside it shows the same contact as a ticket's requester.
    const card = page.locator('#customer crm-contact-card[contact-id="c-001"]');
    await card.getByRole('heading', { name: '王芳' }).waitFor();
    await card.getByRole('link', { name: /fang\.wang@/ }).waitFor();
  });

  test('switches every widget to traditional Chinese from the language menu', async () => {
    await page.selectOption('#language', 'zh-Hant');
    const card = page.locator('#customer crm-contact-card[contact-id="c-001"]');
    await card.getByRole('button', { name: '記錄通話' }).waitFor();
    await page.selectOption('#language', 'en');
    await card.getByRole('button', { name: 'Log a call' }).waitFor();
  });

  test('shows every widget with its data, by name, and no error', async () => {
    const board = page.locator('crm-pipeline-board');
    await board.getByRole('heading', { level: 3, name: /线索 Lead/ }).waitFor();
    // A deal card names its account and its owner, not their keys.
    const deal = board.getByRole('listitem').filter({ hasText: '新店开业设备包（云杉科技）' });
    await deal.getByText('上海云杉科技有限公司 · 林静').waitFor();
    // The agent desk opens t-001: its thread shows the customer's first message.
    await page.locator('crm-ticket-widget[mode="agent"]').getByText('门店的 T10 终端今天早上按电源键没有反应', { exact: false }).first().waitFor();
    // The customer's help is a launcher: its button, then the panel it opens.
    const help = page.locator('crm-ticket-widget[mode="customer"]');
    await help.getByRole('button', { name: 'Help' }).click();
    await help.getByRole('dialog', { name: 'Customer service' }).getByRole('tab', { name: 'New request' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('crm-feedback-form').getByRole('radiogroup', { name: /recommend us/ }).waitFor();
    for (const widget of await page.locator('main').locator('crm-contact-card, crm-pipeline-board, crm-ticket-widget, crm-feedback-form').all()) {
      assert.deepEqual(keysIn(await visibleText(widget)), [], `${await widget.evaluate((element) => element.localName)} shows a key where a name belongs`);
    }
    assert.equal(await page.locator('main [role="alert"]').count(), 0);
    assert.deepEqual(problems, []);
  });

  test('hands the page no admin key: staff widgets get the role keys of a salesperson and an agent', async () => {
    await page.locator('crm-ticket-widget[mode="agent"]').getByText('门店的 T10 终端今天早上按电源键没有反应', { exact: false }).first().waitFor();
    const { adminKey, salesKey, agentKey } = portal.demo;
    assert.equal(credentials.filter((sent) => sent.includes(adminKey)).length, 0);
    assert.ok(credentials.some((sent) => sent.includes(salesKey)), 'no request with the sales key');
    assert.ok(credentials.some((sent) => sent.includes(agentKey)), 'no request with the agent key');
  });

  test('keeps a feedback response submitted in the page across a server restart', async () => {
    const form = page.locator('crm-feedback-form');
    const recommend = form.getByRole('radiogroup', { name: /recommend us/ });
    await recommend.waitFor();
    // The form refuses answers given faster than a person could give them.
    await page.waitForTimeout(3200);
    await recommend.getByRole('radio', { name: '10' }).check();
    await form.getByRole('radio', { name: /Very satisfied/ }).check();
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Thank you for your feedback!').waitFor();

    const countResponses = async () => {
      const response = await fetch(`${portal.url}v1/surveyResponses?limit=1`, { headers: { authorization: `Bearer ${portal.demo.adminKey}` } });
      assert.equal(response.status, 200);
      return (await response.json()).total;
    };
    const before = await countResponses();
    await page.close();
    await portal.close();
    portal = await startPortal({ dataDir });
    assert.equal(await countResponses(), before);
    assert.ok(before > 0);
  });
});
