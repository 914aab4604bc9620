// `npm run bench`: Node benchmarks (bench/node/*.bench.ts), browser benchmarks in headless Chromium
// (bench/browser/*.bench.ts), then bundle sizes against their budgets. Each benchmark prints its own
// figures and, where there is a peer, the ratio measured in the same run.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { ensureChromium, ensureNodeModules } from '../scripts/ensure-deps.mjs';
import { run } from '../scripts/run.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const out = 'bench/results';
const only = process.argv[2];
const pick = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();

ensureNodeModules();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const bundle = (entry, outfile, platform) =>
  build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    conditions: ['@rapport/source', platform === 'browser' ? 'browser' : 'node', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: platform === 'browser',
    // CommonJS drivers stay outside the ESM bundle (they `require` Node's modules).
    external: platform === 'node' ? ['pg', '@electric-sql/pglite'] : [],
    logLevel: 'error',
  });

for (const file of pick('bench/node')) {
  const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
  await bundle(join('bench/node', file), outfile, 'node');
  run('node', [outfile]);
}

const browserBenches = pick('bench/browser');
if (browserBenches.length) {
  ensureChromium();
  const site = await serveStatic({ '/': out });
  const browser = await launchChromium();
  for (const file of browserBenches) {
    const name = file.replace(/\.ts$/, '');
    await bundle(join('bench/browser', file), join(out, `${name}.js`), 'browser');
    writeFileSync(
      join(out, `${name}.html`),
      `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title><body><script type="module" src="./${name}.js"></script></body></html>`,
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const done = new Promise((resolve, reject) => {
      page.on('console', (message) => {
        const text = message.text();
        if (text === 'bench:done') resolve();
        else if (message.type() === 'error' && !/ResizeObserver loop/.test(text)) reject(new Error(`${file}: ${text}`));
        else console.log(text);
      });
      page.on('pageerror', (error) => reject(new Error(`${file}: ${error.message}`)));
    });
    await page.goto(`${site.url}${name}.html`);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${file}: gave up after 120 s waiting for it to print bench:done`)), 120_000);
    });
    await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    await page.close();
  }
  await browser.close();
  await site.close();
}

// Page loads drive Chromium from Node, over the real server and the built CDN files.
const pageBenches = readdirSync('bench/pages').filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only)));
if (pageBenches.length || !only) {
  ensureChromium();
  run('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
for (const file of pageBenches) run('node', [join('bench/pages', file)]);

if (!only) {
  console.log('\n## Bundle sizes (min+gzip) against budgets');
  run('node', ['scripts/size.mjs']);
}
