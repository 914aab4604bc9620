// Builds and serves the example from this repository's TypeScript sources. An application that
// installs @rapport/elements from the registry needs only the `vue()` plugin with `isCustomElement`.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
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
  plugins: [
    standardDecorators,
    // `crm-` tags are custom elements: Vue leaves them to the browser instead of resolving components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('crm-') } } }),
  ],
  // `@rapport/source` points the workspace packages at their sources, so no build is needed first.
  resolve: { conditions: ['@rapport/source', 'browser', 'module', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
});
