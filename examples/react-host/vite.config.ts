// Builds and serves the example from this repository's TypeScript sources. An application that
// installs @rapport/react from the registry needs none of this: its built packages are plain ES
// modules, so any React toolchain takes them as they are.
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

// The sources use standard decorators, which Vite does not lower: esbuild does, at es2022.
const standardDecorators: Plugin = {
  name: 'rapport-standard-decorators',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id)) return undefined;
    const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
    return { code: result.code, map: result.map };
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [standardDecorators],
  // `@rapport/source` points the workspace packages at their sources, so no build is needed first.
  resolve: { conditions: ['@rapport/source', 'browser', 'module', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
