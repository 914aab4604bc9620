// Builds every package as unbundled ESM (one module per source file, dependencies external; types
// come from `tsc`), the CDN entry with its chunks, and the one-file CDN bundle (an IIFE exposing `Rapport`).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';

// es2022 makes esbuild lower standard decorators; with `esnext` it leaves them for Chromium to reject.
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

/** `define/contact-card` and the like: the one-widget registration entries `@rapport/elements` exports. */
const oneWidgetDefines = Object.keys(JSON.parse(readFileSync('packages/elements/package.json', 'utf8')).exports)
  .filter((key) => key.startsWith('./define/'))
  .map((key) => key.slice(2));

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

/**
 * What every widget runs on (Lit, the query cache, the client, the widget base, the provider), the
 * REST adapter every page over a server uses, and the small domain helpers several widgets share
 * (dates, money, scores) are one chunk. Each file a page fetches costs more than its bytes (its
 * request, its headers, one of the browser's six connections): about 40 ms on a slow phone, more
 * than a helper of a few hundred bytes costs a page that does not use it (decision 38). What the
 * entry itself runs (the registry, the page locale) stays in it, and translations, schemas, domain
 * rules and the demo data stay chunks of their own, loaded on use.
 */
const runtimeModules = [
  /node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs|@tanstack)\//,
  /packages\/core\/src\/(client|errors|events)\//,
  /packages\/core\/src\/random-id\.ts$/,
  /packages\/core\/src\/domain\/(dates|zoned-time|stage-age|money|survey-scores)\.ts$/,
  /packages\/elements\/src\/(base|provider)\//,
  /packages\/adapter-rest\/src\/(index|rest-adapter|http-client|live-changes|sse-parser|backoff|abortable|error-from-response)\.ts$/,
];
const entryModules = /packages\/elements\/src\/(cdn\.ts|cdn\/|base\/registry\.ts|base\/locale\/locale\.ts)/;
/**
 * What the entry asks the server for before the widgets arrive (`cdn/first-reads.ts`), which the
 * widgets and the REST adapter share with it. Named after the entry, the build keeps them in it;
 * left to the build, they became a file of their own, one more request before anything shows.
 */
const earlyReadModules = /packages\/(elements\/src\/(base\/largest-page|[^/]+\/first-reads)|adapter-rest\/src\/(early-reads|protocol-paths|list-query-search))\.ts$/;
const translations = /\.zh-han[st]\.ts$|\/zh-han[st]\.ts$/;
/**
 * Code fetched on use (a member's names after first content, the member picker, custom fields, a
 * write's mutation and optimistic changes): kept out of the runtime, which would otherwise carry
 * it into every page's first load, and left to the build to make chunks of.
 */
const onUse = /packages\/(elements\/src\/base\/(member-reads|member-picker[^/]*|member-avatar|custom-field-[^/]*|mutation-controller)|core\/src\/client\/(write-support|optimistic|announce-write))\.ts$/;
const cdnChunk = (id) => {
  if (earlyReadModules.test(id) || /packages\/elements\/src\/cdn\.ts$/.test(id)) return 'rapport';
  if (entryModules.test(id) || translations.test(id) || onUse.test(id)) return undefined;
  // The offline outbox (the feedback form's) would otherwise join the runtime through the core's index.
  if (/packages\/core\/src\/outbox\//.test(id)) return 'outbox';
  if (runtimeModules.some((pattern) => pattern.test(id))) return 'runtime';
  return undefined;
};

/** The chunks the CDN entry preloads, by the name `widget-loaders.ts` gives them. */
const preloadNames = {
  'packages/elements/src/provider/provider.ts': 'provider',
  'packages/elements/src/contact-card/contact-card.ts': 'contact-card',
  'packages/elements/src/feedback-form/feedback-form.ts': 'feedback-form',
  'packages/elements/src/feedback-summary/feedback-summary.ts': 'feedback-summary',
  'packages/elements/src/pipeline-board/pipeline-board.ts': 'pipeline-board',
  'packages/elements/src/ticket-widget/ticket-widget.ts': 'ticket-widget',
  'packages/elements/src/ticket-widget/launcher-shell.ts': 'launcher-shell',
  // A widget's view for the mode its tag names (`<tag>:<mode>`), fetched with the widget rather than after it.
  'packages/elements/src/ticket-widget/agent-view.ts': 'ticket-widget:agent',
  'packages/elements/src/ticket-widget/customer-view.ts': 'ticket-widget:customer',
  'packages/adapter-rest/src/index.ts': 'rest',
  'packages/core/src/demo/index.ts': 'demo',
};

/**
 * Writes into the entry, for each widget and storage chunk, every file it imports statically (its
 * own included), so the entry can ask for them all at once (see `chunk-preloads.ts`); and the same
 * table as `chunks.json` beside it.
 */
const chunkPreloads = () => ({
  name: 'rapport-chunk-preloads',
  generateBundle(_options, bundle) {
    const closure = (fileName, files = new Set()) => {
      if (files.has(fileName) || bundle[fileName].isEntry) return files;
      files.add(fileName);
      for (const imported of bundle[fileName].imports) closure(imported, files);
      return files;
    };
    const table = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.isEntry) continue;
      for (const id of chunk.moduleIds) {
        const name = preloadNames[relative(process.cwd(), id)];
        if (name) table[name] = [...closure(chunk.fileName)].map((file) => `./${file}`);
      }
    }
    const missing = Object.values(preloadNames).filter((name) => !table[name]);
    if (missing.length) this.error(`no chunk found for ${missing.join(', ')}: update preloadNames`);
    const entry = bundle['rapport.js'];
    const placeholder = /(["'`])__RAPPORT_CHUNK_PRELOADS__\1/;
    if (!placeholder.test(entry.code)) this.error(`the preload table placeholder is missing from rapport.js: ${entry.code.slice(0, 3000)}`);
    // In the entry, every page's first file, the names go without the `./chunks/` all of them share,
    // and a mode's view (`<tag>:<mode>`) with every file it needs that its widget does not list.
    // Listed alone, the view's own file left its imports to come one and two round trips later: 4
    // round trips of script before the agent desk's first data request instead of 2, for 65 bytes
    // of names on every page.
    const compact = Object.fromEntries(
      Object.entries(table).map(([name, files]) => {
        const widget = table[name.split(':')[0]] ?? [];
        const listed = name.includes(':') ? files.filter((file) => !widget.includes(file)) : files;
        return [name, listed.map((file) => file.replace(/^\.\/chunks\//, ''))];
      }),
    );
    entry.code = entry.code.replace(placeholder, () => JSON.stringify(JSON.stringify(compact)));
    // The same table for hosts (a page may preload a widget's files itself) and for the loading test.
    this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify(table, null, 2)}\n` });
  },
});

export default [
  packageBuild('core', ['index', 'schema/index', 'adapter/index', 'domain/index', 'domain/survey-period-builder', 'rules/index', 'demo/index', 'testing/index']),
  packageBuild('elements', ['index', 'define', ...oneWidgetDefines]),
  packageBuild('adapter-indexeddb', ['index']),
  packageBuild('adapter-rest', ['index', 'early-reads']),
  packageBuild('react', ['index']),
  packageBuild('server', ['index', 'cli']),
  {
    // The one-tag entry and its chunks: `rapport.js` loads each widget when its tag appears.
    input: { rapport: 'packages/elements/src/cdn.ts' },
    plugins: [...cdnPlugins(), chunkPreloads()],
    // The chunks import what they share with the entry from it, rather than from a chunk the entry re-exports.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: cdnChunk,
      plugins: [terser({ module: true })],
    },
  },
  {
    // One file for pages that cannot load modules: everything, the global `Rapport`.
    input: 'packages/elements/src/cdn-global.ts',
    plugins: cdnPlugins(),
    // terser would drop the top-level `var Rapport =` of an IIFE as unused unless told it is a script.
    output: { file: 'dist/cdn/rapport.iife.js', format: 'iife', name: 'Rapport', inlineDynamicImports: true, plugins: [terser({ module: false })] },
  },
];
