// `npm run build`: the custom-elements manifest, every package's ESM, its types, and the CDN bundle.
import { rmSync } from 'node:fs';
import { heading, npx, run } from './run.mjs';

const packages = ['core', 'adapter-indexeddb', 'adapter-rest', 'elements', 'react', 'server'];
for (const dir of [...packages.map((name) => `packages/${name}/dist`), 'dist']) rmSync(dir, { recursive: true, force: true });

heading('custom-elements.json');
npx('cem', ['analyze', '--quiet']);
heading('one-widget define entries, React wrappers, Vue component types and events reference');
run('node', ['scripts/generate-define.mjs']);
run('node', ['scripts/generate-react.mjs']);
run('node', ['scripts/generate-vue.mjs']);
run('node', ['scripts/generate-events-doc.mjs']);
heading('rollup');
npx('rollup', ['-c', '--silent']);
heading('type declarations');
// In dependency order: each package's declarations import the built ones of the packages before it.
for (const name of packages) npx('tsc', ['-p', `packages/${name}/tsconfig.build.json`]);
console.log('build: done');
