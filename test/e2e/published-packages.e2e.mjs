// The packages as an application gets them: `npm pack` of every package, installed from the
// tarballs into a fresh app outside the repository (no workspace links), with TypeScript 5 in
// strict mode and Vite. Also what an integrator's tooling makes of the API the server publishes.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';
import { openWorkspace, showsTheCustomerAndTheDesk, switchesToTraditionalChinese, vetoesATagWithASpace } from './account-workspace.mjs';
import { watchForProblems } from './watch-for-problems.mjs';

// What examples/angular-host needs: the framework and its compiler, without the Angular CLI.
const angularPackages = Object.fromEntries(
  ['core', 'common', 'compiler', 'platform-browser', 'compiler-cli'].map((name) => [`@angular/${name}`, '^20.0.0']).concat([
    ['rxjs', '^7.8.0'],
    ['tslib', '^2.6.0'],
  ]),
);
const viteVersion = JSON.parse(readFileSync('node_modules/vite/package.json', 'utf8')).version;

/** Runs a command in `cwd`; fails the test with its output when it fails. */
function run(cwd, command, args, env = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every file an `exports` entry (any condition) points at. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

/** Public instance fields of each element the manifest lists, with its events. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        tagName: declaration.tagName,
        className: declaration.name,
        fields: (declaration.members ?? [])
          .filter((member) => member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('#'))
          .map((member) => ({ name: member.name, readonly: member.readonly === true })),
        events: [...new Set((declaration.events ?? []).filter((event) => event.name?.startsWith('crm-') && event.type?.text).map((event) => `${event.name}:${event.type.text}`))].map((pair) => pair.split(':')),
      })),
  );
}

describe('the packages as an application installs them', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapport-published-'));
  const app = join(work, 'app');
  let packed;
  let server;
  let browser;

  before(() => {
    packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--silent', '--workspaces', '--pack-destination', work], { encoding: 'utf8' }));
    mkdirSync(join(app, 'src'), { recursive: true });
    const tarballs = Object.fromEntries(packed.map((pkg) => [pkg.name, `file:${join(work, pkg.filename)}`]));
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'an-app',
        private: true,
        type: 'module',
        dependencies: { ...tarballs, react: '^19.0.0', 'react-dom': '^19.0.0' },
        devDependencies: {
          vite: viteVersion,
          typescript: '~5.9.0',
          'openapi-typescript': '^7.0.0',
          vue: '^3.5.0',
          'vue-tsc': '^3.0.0',
          ...angularPackages,
        },
        // The tarballs' own dependencies on each other name a version the registry does not have.
        overrides: tarballs,
      }),
    );
    run(app, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('every export of every package points at a file its tarball contains', () => {
    for (const pkg of packed) {
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', pkg.name, 'package.json'), 'utf8'));
      const files = new Set(pkg.files.map((file) => file.path));
      for (const target of exportTargets(manifest.exports)) assert.ok(files.has(target.replace(/^\.\//, '')), `${pkg.name}: ${target} is not in the tarball`);
      assert.ok(!pkg.files.some((file) => file.path.startsWith('src/')), `${pkg.name} ships its sources`);
    }
  });

  test('importing every published entry in plain Node defines nothing and touches no browser global', () => {
    const entries = packed.flatMap((pkg) => {
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', pkg.name, 'package.json'), 'utf8'));
      // Every entry with code: `./vue` is types only, `custom-elements.json` is data.
      return Object.entries(manifest.exports).filter(([, target]) => target.default).map(([key]) => `${pkg.name}${key.slice(1)}`);
    });
    const tags = elementsOf(JSON.parse(readFileSync(join(app, 'node_modules/@rapport/elements/custom-elements.json'), 'utf8'))).map((element) => element.tagName);
    // What Lit's own Node build installs on import (its stand-in registry and version marks).
    const lits = ['customElements', 'litServerRoot', 'litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];
    const script = `
      const before = new Set(Object.getOwnPropertyNames(globalThis));
      for (const entry of ${JSON.stringify(entries)}) await import(entry);
      const added = Object.getOwnPropertyNames(globalThis).filter((key) => !before.has(key));
      const defined = ${JSON.stringify(tags)}.filter((tag) => globalThis.customElements?.get(tag));
      console.log(JSON.stringify({ added, defined }));`;
    const { added, defined } = JSON.parse(run(app, 'node', ['--input-type=module', '-e', script]).trim().split('\n').at(-1));
    assert.deepEqual(defined, []);
    assert.deepEqual(added.filter((name) => !lits.includes(name) && !name.startsWith('__zod_')), []);
    assert.ok(entries.includes('@rapport/elements/define') && entries.includes('@rapport/elements/define/contact-card') && entries.includes('@rapport/react'));
  });

  test('TypeScript in strict mode sees every element, its properties and its events', () => {
    const elements = elementsOf(JSON.parse(readFileSync(join(app, 'node_modules/@rapport/elements/custom-elements.json'), 'utf8')));
    const classes = [...new Set(elements.flatMap((element) => [element.className, ...element.events.map(([, type]) => type)]))];
    const lines = [`import type { ${classes.join(', ')} } from '@rapport/elements';`, "import '@rapport/elements/define';"];
    elements.forEach((element, index) => {
      // The tag maps to its class, each field is a typed property, each event reaches a listener as its class.
      lines.push(`const e${index}: ${element.className} = document.createElement('${element.tagName}');`);
      // A writable property is assigned its own type; a read-only one (a getter) is read.
      for (const field of element.fields) lines.push(field.readonly ? `void e${index}.${field.name};` : `e${index}.${field.name} = e${index}.${field.name};`);
      for (const [name, type] of element.events) lines.push(`e${index}.addEventListener('${name}', (event) => { const typed: ${type} = event; void typed; });`);
    });
    assert.ok(elements.length >= 5 && elements.some((element) => element.events.length > 0));
    writeFileSync(join(app, 'src/elements-typed.ts'), `${lines.join('\n')}\nexport {};\n`);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], skipLibCheck: false, types: [] },
        include: ['src'],
      }),
    );
    // The page and the generated API client below are compiled too, when present.
    run(app, 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']);
  });

  test('a React page with one contact card carries that widget and the provider, and no other widget', async () => {
    mkdirSync(join(app, 'react-card'), { recursive: true });
    writeFileSync(
      join(app, 'react-card/main.js'),
      `import { CrmContactCard, CrmProvider } from '@rapport/react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('app')).render(createElement(CrmProvider, null, createElement(CrmContactCard, { contactId: 'c-001' })));
`,
    );
    // As a user's bundler would: split at dynamic imports, honour each package's `sideEffects`.
    const result = await build({
      entryPoints: [join(app, 'react-card/main.js')],
      absWorkingDir: app,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir: join(app, 'react-card/dist'),
      write: false,
      metafile: true,
      external: ['react', 'react-dom'],
      conditions: ['browser', 'production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    // What the page can ever load: its entry and every chunk it imports, statically or on use.
    // (esbuild also writes chunks for dynamic imports in code it dropped; nothing imports those.)
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint?.endsWith('react-card/main.js'));
    const reachable = (file, kinds, files = new Set()) => {
      if (files.has(file)) return files;
      files.add(file);
      for (const imported of outputs[file].imports) if (!imported.external && kinds.includes(imported.kind)) reachable(imported.path, kinds, files);
      return files;
    };
    const elementsModules = new Set(
      [...reachable(entry, ['import-statement', 'dynamic-import'])].flatMap((file) =>
        Object.entries(outputs[file].inputs)
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([input]) => input.match(/node_modules\/@rapport\/elements\/dist\/(.+)$/)?.[1])
          .filter(Boolean),
      ),
    );
    assert.ok(elementsModules.has('contact-card/contact-card.js') && elementsModules.has('provider/provider.js'), `the card or the provider is missing: ${[...elementsModules].join(', ')}`);
    // The card fires the board's deal-open and the desk's ticket-open events: their classes live with those widgets.
    const otherWidgets = [...elementsModules].filter((module) => /^(pipeline-board|ticket-widget|feedback-form|feedback-summary)\//.test(module) && !module.endsWith('.events.js'));
    assert.deepEqual(otherWidgets, []);
    assert.ok(!elementsModules.has('define.js') && !elementsModules.has('index.js'), 'the page carries the registration of every widget');

    const initial = reachable(entry, ['import-statement']);
    const gzip = result.outputFiles.filter((file) => initial.has(relative(app, file.path))).reduce((total, file) => total + gzipSync(file.contents, { level: 9 }).length, 0);
    console.log(`A React page with one contact card (React external, no SDK client): ${(gzip / 1024).toFixed(1)} KB min+gzip before it runs`);
  });

  test("Vue's template type-checking knows each widget's properties and events", () => {
    mkdirSync(join(app, 'vue'), { recursive: true });
    copyFileSync('examples/vue-host/src/AccountWorkspace.vue', join(app, 'vue/AccountWorkspace.vue'));
    writeFileSync(
      join(app, 'vue/Mistakes.vue'),
      `<script setup lang="ts">
import type { CrmDealMoveEvent } from '@rapport/elements';
const onMove = (event: CrmDealMoveEvent) => event.detail.toStageId;
</script>
<template>
  <!-- @vue-expect-error contactId is a string -->
  <crm-contact-card :contactId="42" />
  <!-- @vue-expect-error a tag is added, not a deal moved -->
  <crm-contact-card contactId="c-001" @crm-tag-add="onMove" />
  <crm-pipeline-board pipelineId="p-1" @crm-deal-move="onMove" />
</template>
`,
    );
    writeFileSync(
      join(app, 'vue/tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
        include: ['*.vue', 'rapport.ts'],
      }),
    );
    // What an app adds once, as the docs say: Vue's GlobalComponents entries for the widgets.
    writeFileSync(join(app, 'vue/rapport.ts'), "import type {} from '@rapport/elements/vue';\n");
    run(app, 'npx', ['--no-install', 'vue-tsc', '-p', 'vue/tsconfig.json']);
  });

  test('the Angular example compiles ahead of time with typed events and shows the same workspace as the React and Vue ones', async () => {
    const angular = join(app, 'angular');
    cpSync('examples/angular-host', angular, { recursive: true, filter: (path) => !/out-tsc|dist/.test(path) });
    run(app, 'npx', ['--no-install', 'ngc', '-p', 'angular/tsconfig.json']);
    run(app, 'npx', ['--no-install', 'vite', 'build', '--config', 'angular/vite.config.ts', '--logLevel', 'error']);
    const workspace = await openWorkspace({ dir: join(angular, 'dist') });
    try {
      await showsTheCustomerAndTheDesk(workspace.page);
      await vetoesATagWithASpace(workspace.page);
      await switchesToTraditionalChinese(workspace.page);
      assert.deepEqual(workspace.problems, []);
    } finally {
      await workspace.close();
    }
  });

  test('a page built with Vite from a widget entry, the SDK and the REST adapter shows the contact', async () => {
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An app</title></head><body><crm-contact-card contact-id="c-001"></crm-contact-card><script type="module" src="./src/main.ts"></script></body></html>',
    );
    writeFileSync(
      join(app, 'src/main.ts'),
      `import { createCrmClient } from '@rapport/core';
import { createRestAdapter } from '@rapport/adapter-rest';
import { CrmContactCard } from '@rapport/elements/contact-card';
import { CrmProvider } from '@rapport/elements/provider';

customElements.define('crm-provider', CrmProvider);
customElements.define('crm-contact-card', CrmContactCard);
const token = new URLSearchParams(location.search).get('token') ?? '';
const provider = document.createElement('crm-provider');
provider.client = createCrmClient({ adapter: createRestAdapter({ baseUrl: location.origin, token }) });
const card = document.querySelector('crm-contact-card');
if (card) provider.append(card);
document.body.append(provider);
`,
    );
    run(app, 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']);
    run(app, 'npx', ['--no-install', 'vite', 'build', '--logLevel', 'error']);
    const { startServer } = await import(pathToFileURL(join(app, 'node_modules/@rapport/server/dist/index.js')).href);
    server = await startServer({ port: 0, dataDir: join(work, 'data'), seedDemo: true, staticRoot: join(app, 'dist') });
    browser ??= await launchChromium();
    const page = await browser.newPage();
    const problems = [];
    watchForProblems(page, problems);
    await page.goto(`${server.url}/?token=${server.demo.salesKey}`);
    await page.locator('crm-contact-card').getByRole('heading', { name: '王芳' }).waitFor();
    assert.deepEqual(problems, []);
  });

  test("the server's OpenAPI document passes Redocly's recommended rules and a client generated from it compiles", async () => {
    if (!server) {
      const { startServer } = await import(pathToFileURL(join(app, 'node_modules/@rapport/server/dist/index.js')).href);
      server = await startServer({ port: 0, dataDir: join(work, 'data'), seedDemo: true });
    }
    const response = await fetch(`${server.url}/v1/openapi.json`);
    assert.equal(response.status, 200);
    const documentPath = join(work, 'openapi.json');
    writeFileSync(documentPath, await response.text());
    const quiet = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    run(process.cwd(), 'npx', ['--no-install', 'redocly', 'lint', documentPath, '--extends=recommended', '--max-problems=50'], quiet);

    run(app, 'npx', ['--no-install', 'openapi-typescript', documentPath, '--output', 'src/api.d.ts']);
    writeFileSync(
      join(app, 'src/api-client.ts'),
      `import type { components, paths } from './api.js';
type Contact = components['schemas']['Contact'];
type Page = paths['/v1/contacts']['get']['responses'][200]['content']['application/json'];
export async function firstContactName(baseUrl: string, token: string): Promise<Contact['name'] | undefined> {
  const response = await fetch(\`\${baseUrl}/v1/contacts?limit=1\`, { headers: { authorization: \`Bearer \${token}\` } });
  const page = (await response.json()) as Page;
  return page.items[0]?.name;
}
`,
    );
    run(app, 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json']);
  });
});
