// One example as a visitor meets it: its server started in a fresh data folder, a Chromium page on
// it watched for problems, and reads of the server's records with the demo admin key, so a test
// can check that what the page sent arrived.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { watchForProblems } from './watch-for-problems.mjs';

/** `start({ dataDir })` → `{ url, demo, close }`, as every example's `serve.mjs` exports it. */
export async function openExample(start, pageOptions = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-example-'));
  const example = await start({ dataDir });
  const browser = await launchChromium();
  const page = await browser.newPage(pageOptions);
  const problems = [];
  watchForProblems(page, problems);
  /** Every URL the page requested, in order. */
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(example.url);

  /** One page of a collection's records matching `where` (and the search `q`), as the admin sees them. */
  const listAsAdmin = async (collection, { where, q, limit } = {}) => {
    const query = new URLSearchParams({ ...(where ? { where: JSON.stringify(where) } : {}), ...(q ? { q } : {}), ...(limit ? { limit: String(limit) } : {}) });
    const response = await fetch(`${example.url}v1/${collection}?${query}`, { headers: { authorization: `Bearer ${example.demo.adminKey}` } });
    assert.equal(response.status, 200);
    return response.json();
  };

  const close = async () => {
    await browser.close();
    await example.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { example, browser, page, problems, requests, listAsAdmin, close };
}
