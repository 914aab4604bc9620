// `npm run build`: the custom-elements manifest, every package's ESM, its types, and the CDN bundle.
import { rmSync } from 'node:fs';
import { heading, npx } from './run.mjs';

for (const dir of ['packages/core/dist', 'packages/elements/dist', 'dist']) rmSync(dir, { recursive: true, force: true });

heading('custom-elements.json');
npx('cem', ['analyze', '--quiet']);
heading('rollup');
npx('rollup', ['-c', '--silent']);
heading('type declarations');
npx('tsc', ['-p', 'packages/core/tsconfig.build.json']);
npx('tsc', ['-p', 'packages/elements/tsconfig.build.json']);
console.log('build: done');
