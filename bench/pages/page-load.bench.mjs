// First content of pages as a new user writes them (README: one script tag, the widget tags in a
// provider), over the Rapport server, in Chromium on a slow phone (Slow 4G: 400 ms round trip,
// 400 kbit/s; CPU ×4) and unthrottled: each widget alone, all four, and the cdn-embed example.
// Prints time to first content, requests, bytes as they travelled (compressed) and the sequential
// round trips of script before the first data request, with the goals of issue 20 and the peers'
// published figures. Medians of RUNS loads, each in a fresh context (empty cache).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCdnEmbed } from '../../examples/cdn-embed/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { loadPage, SLOW_PHONE } from '../../scripts/page-load.mjs';
import { startWidgetPages } from '../../scripts/widget-pages.mjs';

const RUNS = 3;
const KB = 1024;

/** Goals: first content on a slow phone, bytes before first content (KB, compressed). */
const goals = {
  one: { slowMs: 2200, fastMs: 150, kb: 36 },
  all: { slowMs: 3000, fastMs: 150, kb: 75 },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measurePage(browser, url) {
  const slow = [];
  const fast = [];
  // One load first so the server has compressed and cached its files, as a live server has.
  await loadPage(browser, url);
  for (let run = 0; run < RUNS; run += 1) {
    slow.push(await loadPage(browser, url, { throttle: SLOW_PHONE }));
    fast.push(await loadPage(browser, url));
  }
  const problems = [...new Set([...slow, ...fast].flatMap((result) => result.problems))];
  return {
    slowMs: median(slow.map((result) => result.firstContentMs)),
    fastMs: median(fast.map((result) => result.firstContentMs)),
    requests: median(slow.map((result) => result.requests)),
    kb: median(slow.map((result) => result.bytes)) / KB,
    scriptKb: median(slow.map((result) => result.scriptBytes)) / KB,
    depth: median(slow.map((result) => result.scriptDepth ?? NaN)),
    problems,
  };
}

/** Measures and prints one page; a page that never shows its content is printed as such, and the others still run. */
async function measureAndPrint(browser, name, url, goal) {
  try {
    print(name, await measurePage(browser, url), goal);
  } catch (error) {
    console.log(`  ${name.padEnd(34)} ✗ ${error.message}`);
  }
}

const mark = (value, goal) => (goal === undefined ? '' : value <= goal ? ' ✓' : ' ✗');

function print(name, result, goal) {
  console.log(
    `  ${name.padEnd(34)} ${`${(result.slowMs / 1000).toFixed(2)} s${mark(result.slowMs, goal?.slowMs)}`.padStart(10)} ${`${Math.round(result.fastMs)} ms${mark(result.fastMs, goal?.fastMs)}`.padStart(10)} ${String(result.requests).padStart(5)} ${`${result.kb.toFixed(1)}${mark(result.kb, goal?.kb)}`.padStart(9)} ${result.scriptKb.toFixed(1).padStart(8)} ${String(result.depth).padStart(6)}`,
  );
  if (result.problems.length) console.log(`    page problems: ${result.problems.join(' | ')}`);
}

console.log('\n## Page load: first content on a slow phone (Slow 4G + CPU ×4) and unthrottled');
console.log(`  medians of ${RUNS}; KB = compressed bytes the browser received before first content; depth = sequential round trips of script before the first data request`);
console.log(`  ${'page'.padEnd(34)} ${'slow'.padStart(10)} ${'fast'.padStart(10)} ${'req'.padStart(5)} ${'KB'.padStart(9)} ${'JS KB'.padStart(8)} ${'depth'.padStart(6)}`);

const browser = await launchChromium();
try {
  const widgetPages = await startWidgetPages();
  try {
    for (const name of ['contact-card', 'pipeline-board', 'ticket-widget', 'feedback-form']) await measureAndPrint(browser, `CDN, ${name} alone`, widgetPages.pages[name], goals.one);
    await measureAndPrint(browser, 'CDN, all four widgets', widgetPages.pages['all-four'], goals.all);
    for (const name of ['contact-card', 'feedback-form']) await measureAndPrint(browser, `CDN, ${name} alone, demo data`, widgetPages.pages[`${name}-demo`]);
  } finally {
    await widgetPages.close();
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-embed-'));
  const embed = await startCdnEmbed({ dataDir });
  try {
    await measureAndPrint(browser, 'cdn-embed example over the server', embed.url, goals.all);
  } finally {
    await embed.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}

console.log('  goals: one widget ≤ 2.2 s and ≤ 36 KB, all four ≤ 3.0 s and ≤ 75 KB, unthrottled ≤ 150 ms, script depth ≤ 2');
console.log('  before (issue 20): CDN one widget 3.9–4.2 s, 126.9 KB; all four 4.6 s, 127.0 KB; cdn-embed over the server 9.4 s, 388.8 KB');
console.log('  peers (published): Crisp ≈130–155 KB; Chatwoot loader ≤ 40 KB + widget ≤ 300 KB; Intercom ≈301 KB; Zendesk ≈533–628 KB, 9.3 s to its widget');
