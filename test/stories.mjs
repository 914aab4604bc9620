// Loads every built Storybook story, and every MDX docs page, in Chromium and fails on any page
// error, console error, Storybook error display, or axe violation: a Storybook build can succeed
// while stories throw. (Autodocs pages only show the stories again, so they are left out.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const isMdxPage = (entry) => entry.type === 'docs' && entry.importPath.endsWith('.mdx');
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' || isMdxPage(entry));
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

const site = await serveStatic({ '/': 'storybook-static' });
const browser = await launchChromium();
const failures = [];

for (const story of stories) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are reported below with their URL; the browser's own line about them has none.
    if (message.type() !== 'error' || /ResizeObserver loop|Failed to load resource/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    // Chromium asks every new page for /favicon.ico, which Storybook does not ship.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const viewMode = story.type === 'docs' ? 'docs' : 'story';
  await page.goto(`${site.url}iframe.html?id=${story.id}&viewMode=${viewMode}`);
  await page.waitForFunction(
    () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
    undefined,
    { timeout: 15000 },
  );
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    problems.push(`story error: ${await page.locator('#error-message').innerText().catch(() => '')}`);
  }
  // Let widgets settle (data loads from the in-memory adapter) before checking accessibility.
  await page.waitForTimeout(150);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (root) => {
    const result = await window.axe.run(root, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, viewMode === 'docs' ? '#storybook-docs' : '#storybook-root');
  problems.push(...violations.map((v) => `axe ${v}`));
  if (problems.length) failures.push({ id: story.id, problems });
  console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name}`);
  for (const problem of problems) console.log(`    ${problem}`);
  await page.close();
}

await browser.close();
await site.close();
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/stories.json', JSON.stringify({ passed: stories.length - failures.length, failed: failures.length }));
console.log(`stories: ${stories.length - failures.length} of ${stories.length} render without errors`);
if (stories.length === 0) {
  console.log('no stories found');
  process.exit(1);
}
process.exit(failures.length ? 1 : 0);
