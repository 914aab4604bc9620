// What a page with the one-tag CDN embed downloads, in Chromium over the built server: only the
// widget it shows (never another widget's files), the demo data only with `demo`, and at most
// 36 KB of compressed script before the widget first shows its data (or, for a widget over that
// today, no more than the debt `npm run size` recorded for it), that script in two sequential round
// trips (the entry, then everything it preloads), and the widget's first reads asked for by the
// entry, with the second wave, each once.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startCdnEmbed } from '../../examples/cdn-embed/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { DISTINCT_ROUND_TRIPS, loadPage } from '../../scripts/page-load.mjs';
import { startWidgetPages, widgetTags } from '../../scripts/widget-pages.mjs';

const SCRIPT_BUDGET_KB = 36;
/** A page over budget today is a known debt (`npm run size` records it): it may shrink, never grow. */
const debts = JSON.parse(readFileSync('scripts/size-baseline.json', 'utf8'));
const scriptLimitKb = (widget) => {
  const held = debts[`CDN page <crm-${widget}>, script before content`];
  return held === undefined ? SCRIPT_BUDGET_KB : held + 1.5;
};
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
    test(`with ${widget} alone over a server fetches none of the other widgets' files, no demo data, and no more script before first content than ${SCRIPT_BUDGET_KB} KB (or its recorded debt), in two round trips, and asks for its data once, with its code`, async () => {
      const result = await loadPage(browser, pages.pages[widget], { timeoutMs: 20_000, throttle: DISTINCT_ROUND_TRIPS });
      const fetched = result.urls.filter((url) => url.includes('/cdn/')).map(fileName);
      const others = widgets.filter((name) => name !== widget).map(ownChunk);
      assert.deepEqual(fetched.filter((file) => others.includes(file)), [], 'files of other widgets');
      assert.ok(!fetched.includes(ownChunk('demo')), 'the demo data was fetched');
      const limit = scriptLimitKb(widget);
      assert.ok(result.scriptBytes / 1024 <= limit, `${(result.scriptBytes / 1024).toFixed(1)} KB of script before first content, more than ${limit.toFixed(1)} KB`);
      // Each further link costs a round trip (400 ms on a slow phone) before the widget can show.
      assert.ok(result.scriptWaves <= 2, `${result.scriptWaves} sequential round trips of script before first content: ${JSON.stringify(result.timeline)}`);
      // The entry asks for what the widget reads first as it asks for the widget's code, not once that code has run.
      assert.equal(result.scriptDepth, 1, `${result.scriptDepth} sequential round trips of script before the first data request: ${JSON.stringify(result.timeline)}`);
      const reads = result.timeline.filter((request) => request.type === 'Fetch' && !request.url.includes('/v1/stream')).map((request) => request.url);
      assert.deepEqual(reads.filter((url, index) => reads.indexOf(url) !== index), [], 'data asked for twice');
      assert.deepEqual(result.problems, []);
    });
  }

  test('with only the ticket launcher fetches its button alone (no SDK, no widget) until a visitor reaches for it, then opens the panel', async () => {
    const untouched = await loadPage(browser, pages.pages['ticket-launcher'], { timeoutMs: 20_000, settle: true });
    const fetched = untouched.urls.filter((url) => url.includes('/cdn/')).map(fileName);
    const runtime = table.provider[0];
    assert.deepEqual(fetched.filter((file) => file === runtime || file === ownChunk('ticket-widget') || file === ownChunk('rest')), [], 'the SDK or the widget before use');
    assert.ok(untouched.scriptBytes / 1024 <= 10, `${(untouched.scriptBytes / 1024).toFixed(1)} KB of script before the launcher was used, more than 10 KB`);
    assert.deepEqual(untouched.problems, []);

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const requested = [];
      page.on('request', (request) => requested.push(fileName(request.url())));
      await page.goto(pages.pages['ticket-launcher']);
      const widget = page.locator('crm-ticket-widget');
      const button = widget.getByRole('button', { name: 'Help' });
      await button.hover();
      await page.waitForFunction(() => customElements.get('crm-ticket-widget'));
      assert.ok(requested.includes(ownChunk('ticket-widget')) && requested.includes(runtime), 'hovering did not fetch the widget and the SDK');
      await button.click();
      await widget.getByRole('dialog', { name: 'Customer service' }).getByRole('tab', { name: 'New request' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test("with a customer's ticket page and a feedback form (the cdn-embed example) asks for both widgets' data with their code, each once, and shows them after two round trips of script", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapport-cdn-embed-'));
    const embed = await startCdnEmbed({ dataDir });
    try {
      const result = await loadPage(browser, embed.url, { timeoutMs: 20_000, throttle: DISTINCT_ROUND_TRIPS });
      assert.equal(result.scriptDepth, 1, `${result.scriptDepth} sequential round trips of script before the first data request: ${JSON.stringify(result.timeline)}`);
      // Without the customer's view asked for with the widget, its files came three and four round trips in.
      assert.ok(result.scriptWaves <= 2, `${result.scriptWaves} sequential round trips of script before first content: ${JSON.stringify(result.timeline)}`);
      const reads = result.timeline.filter((request) => request.type === 'Fetch' && !request.url.includes('/v1/stream')).map((request) => new URL(request.url).pathname);
      for (const read of ['/v1/surveys/s-nps', '/v1/tickets', '/v1/ticketCategories']) assert.equal(reads.filter((path) => path === read).length, 1, `${read} read ${reads.filter((path) => path === read).length} times: ${reads.join(', ')}`);
      assert.deepEqual(result.problems, []);
    } finally {
      await embed.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('with a token the page gives by script, after the entry ran, reads nothing before it has the token', async () => {
    const result = await loadPage(browser, pages.pages['token-by-script'], { timeoutMs: 20_000, throttle: DISTINCT_ROUND_TRIPS });
    assert.deepEqual(result.timeline.filter((request) => request.type === 'Fetch' && request.status >= 400), [], 'reads refused');
    assert.deepEqual(result.problems, []);
  });

  test('with demo fetches the demo data', async () => {
    const result = await loadPage(browser, pages.pages['contact-card-demo'], { timeoutMs: 20_000 });
    const fetched = new Set(result.urls.map(fileName));
    assert.ok(fetched.has(ownChunk('demo')), 'the demo data was never fetched');
  });
});
