// `npm run size`: min+gzip size of the CDN bundle and of each entry a user imports, bundled with
// its dependencies as a user's bundler would. Fails when an entry exceeds its budget.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;

/** Budgets in KB (min+gzip); `null` where none is set yet. An entry is source the user would write. */
const entries = [
  { name: '@rapport/core (SDK entry)', budget: 20, source: `export * from '@rapport/core';` },
  { name: '@rapport/core/domain', budget: null, source: `export * from '@rapport/core/domain';` },
  { name: '@rapport/core/demo', budget: null, source: `export * from '@rapport/core/demo';` },
];

const cdnFiles = [
  { name: 'CDN bundle, ESM (dist/cdn/rapport.js)', file: 'dist/cdn/rapport.js', budget: 80 },
  { name: 'CDN bundle, IIFE (dist/cdn/rapport.iife.js)', file: 'dist/cdn/rapport.iife.js', budget: 80 },
];

async function bundledSize(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['@rapport/source', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
for (const entry of entries) rows.push({ ...entry, ...(await bundledSize(entry.source)) });
for (const cdn of cdnFiles) {
  if (!existsSync(cdn.file)) throw new Error(`${cdn.file} is missing: run npm run build first`);
  const code = readFileSync(cdn.file);
  rows.push({ ...cdn, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
}

let over = 0;
console.log(`${'entry'.padEnd(52)} ${'min'.padStart(9)} ${'min+gzip'.padStart(9)}   budget`);
for (const row of rows) {
  const ok = row.budget === null || row.gzip <= row.budget * KB;
  if (!ok) over += 1;
  const verdict = row.budget === null ? '—' : `≤ ${row.budget} KB ${ok ? '✓' : '✗ over budget'}`;
  console.log(`${row.name.padEnd(52)} ${(row.min / KB).toFixed(1).padStart(7)} KB ${(row.gzip / KB).toFixed(1).padStart(6)} KB   ${verdict}`);
}
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y exceeds its' : 'ies exceed their'} size budget`);
  process.exit(1);
}
