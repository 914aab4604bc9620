// `prepack` / `postpack` of every package: the package.json that gets published leaves out the
// `@rapport/source` export condition. It points at TypeScript sources the tarball does not ship
// (this repository's tests and dev servers read them), so an export would point at a missing file.
//   node ../../scripts/published-manifest.mjs prepack    strip it (keeping the original aside)
//   node ../../scripts/published-manifest.mjs postpack   put the original back
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const original = 'package.json.original';
const sourceCondition = '@rapport/source';

function withoutSourceCondition(target) {
  if (typeof target !== 'object' || target === null) return target;
  return Object.fromEntries(Object.entries(target).filter(([key]) => key !== sourceCondition).map(([key, value]) => [key, withoutSourceCondition(value)]));
}

const [step] = process.argv.slice(2);
if (step === 'prepack') {
  // A pack that failed half-way leaves the original aside: keep it rather than the stripped copy.
  if (!existsSync(original)) copyFileSync(manifest, original);
  const pkg = JSON.parse(readFileSync(original, 'utf8'));
  writeFileSync(manifest, `${JSON.stringify({ ...pkg, exports: withoutSourceCondition(pkg.exports) }, null, 2)}\n`);
} else if (step === 'postpack') {
  if (existsSync(original)) renameSync(original, manifest);
} else {
  console.error('usage: published-manifest.mjs prepack|postpack');
  process.exit(1);
}
