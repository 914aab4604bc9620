// Builds every package as unbundled ESM (one module per source file, dependencies external; types
// come from `tsc`), and the one-file CDN bundle (ESM and an IIFE exposing the global `Rapport`).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// es2022 makes esbuild lower standard decorators; with `esnext` it leaves them for Chromium to reject.
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

const packageBuild = (dir, entries) => ({
  input: Object.fromEntries(entries.map((entry) => [entry, `packages/${dir}/src/${entry}.ts`])),
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [typescript()],
  output: {
    dir: `packages/${dir}/dist`,
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: `packages/${dir}/src`,
    sourcemap: true,
  },
});

const cdnPlugins = () => [
  nodeResolve({ exportConditions: ['@rapport/source', 'browser', 'production', 'import', 'default'], extensions: ['.ts', '.js'] }),
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  typescript(),
];

export default [
  packageBuild('core', ['index', 'schema/index', 'adapter/index', 'domain/index', 'rules/index', 'demo/index', 'testing/index']),
  packageBuild('elements', ['index', 'define']),
  packageBuild('adapter-indexeddb', ['index']),
  packageBuild('adapter-rest', ['index']),
  packageBuild('react', ['index']),
  packageBuild('server', ['index', 'cli']),
  {
    input: 'packages/elements/src/cdn.ts',
    plugins: cdnPlugins(),
    // One file per format: the demo data the provider imports on demand goes inside it.
    output: [
      { file: 'dist/cdn/rapport.js', format: 'esm', inlineDynamicImports: true, plugins: [terser({ module: true })] },
      // terser would drop the top-level `var Rapport =` of an IIFE as unused unless told it is a script.
      { file: 'dist/cdn/rapport.iife.js', format: 'iife', name: 'Rapport', inlineDynamicImports: true, plugins: [terser({ module: false })] },
    ],
  },
];
