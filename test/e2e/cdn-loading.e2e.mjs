// What a page with the one-tag CDN embed downloads, in Chromium over the built server: only the
// widget it shows (never another widget's files), the demo data only with `demo`, and at most
// 36 KB of compressed script before the widget first shows its data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { loadPage } from '../../scripts/page-load.mjs';
import { startWidgetPages, widgetTags } from '../../scripts/widget-pages.mjs';

const SCRIPT_BUDGET_KB = 36;
const widgets = Object.keys(widgetTags);

/** The chunk files the entry preloads for each widget and storage, as the build lists them. */
const chunkTable = () => JSON.parse(readFileSync('dist/cdn/chunks.json', 'utf8'));

describe('a page with the CDN embed', () => {
  let pages;
  let browser;
  let table;

  before(async () => {
    table = chunkTable();
    pages = await startWidgetPages();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await pages?.close();
  });

  const fileName = (url) => new URL(url).pathname.replace(/^\/cdn\//, './');
  /** The chunk holding a widget's own code (or the demo data): the first of its list, the rest being what it imports. */
  const ownChunk = (name) => table[name][0];

  for (const widget of widgets) {
    test(`with ${widget} alone over a server fetches none of the other widgets' files, no demo data, and ≤ ${SCRIPT_BUDGET_KB} KB of script before first content`, async () => {
      const result = await loadPage(browser, pages.pages[widget], { timeoutMs: 20_000 });
      const fetched = result.urls.filter((url) => url.includes('/cdn/')).map(fileName);
      const others = widgets.filter((name) => name !== widget).map(ownChunk);
      assert.deepEqual(fetched.filter((file) => others.includes(file)), [], 'files of other widgets');
      assert.ok(!fetched.includes(ownChunk('demo')), 'the demo data was fetched');
      assert.ok(result.scriptBytes / 1024 <= SCRIPT_BUDGET_KB, `${(result.scriptBytes / 1024).toFixed(1)} KB of script before first content`);
      assert.deepEqual(result.problems, []);
    });
  }

  test('with demo fetches the demo data', async () => {
    const result = await loadPage(browser, pages.pages['contact-card-demo'], { timeoutMs: 20_000 });
    const fetched = new Set(result.urls.map(fileName));
    assert.ok(fetched.has(ownChunk('demo')), 'the demo data was never fetched');
  });
});
