// Bundles what Angular's compiler emitted (`ngc -p tsconfig.json` writes out-tsc/): the lightest
// honest Angular build, without the Angular CLI. See README.md.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
