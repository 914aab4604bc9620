// The contact cards of the demo portal over REST read the customer measures the server keeps:
// one request per card, and nothing about other customers' orders.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startPortal } from '../../scripts/portal-server.mjs';
import { watchForProblems } from './watch-for-problems.mjs';

describe('contact card measures on the Rapport server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-measures-'));
  let portal;
  let browser;
  let page;
  const problems = [];
  const reads = [];

  before(async () => {
    portal = await startPortal({ dataDir });
    browser = await launchChromium();
    page = await browser.newPage();
    watchForProblems(page, problems);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/v1/')) reads.push(`${request.method()} ${url.pathname}${url.search}`);
    });
    await page.goto(portal.url);
  });

  after(async () => {
    await browser?.close();
    await portal?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("shows the server's value tier and churn risk, reading no tenant-wide orders", async () => {
    const card = page.locator('crm-contact-card[contact-id="c-002"]');
    await card.getByText(/^Value tier: |^Churn risk: /).first().waitFor();
    const response = await fetch(`${portal.url}v1/contacts/c-002/measures`, { headers: { authorization: `Bearer ${portal.demo.adminKey}` } });
    const measures = await response.json();
    const churn = await card.getByText(/^Churn risk: /).textContent();
    assert.match(churn, new RegExp(`\\(${Math.round(measures.churn.risk * 100)}\\s?%\\)`));
    // Every card asked for its own contact's measures, and no card listed orders at all.
    // Every card shows its relationship part once its measures arrived.
    for (const id of ['c-001', 'c-003', 'c-004']) await page.locator(`crm-contact-card[contact-id="${id}"] [part~="relationship"]`).first().waitFor();
    for (const id of ['c-001', 'c-002', 'c-003', 'c-004']) assert.ok(reads.includes(`GET /v1/contacts/${id}/measures`), `no measures read for ${id}: ${reads.join(", ")}`);
    assert.deepEqual(
      reads.filter((read) => read.startsWith('GET /v1/orders')),
      [],
    );
    assert.deepEqual(problems, []);
  });
});
