import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { CHROMIUM } from './scripts/ensure-deps.mjs';
import { countReporter } from './test/count-reporter.mjs';
import { rapportServerPlugin } from './test/rapport-server-plugin.mjs';

// Browser tests (the elements', and `*.browser.test.ts` of other packages) run on their TypeScript
// sources in Debian's Chromium.
export default {
  files: ['packages/elements/src/**/*.test.ts', '!packages/elements/src/**/*.node.test.ts', 'packages/*/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['@rapport/source', 'browser', 'production'] },
  // Standard decorators need an explicit es2022 target, or esbuild leaves them in place.
  // Tests of the feedback outbox run against a real server they can stop and restart.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), rapportServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: Chromium gives a page in a background tab no animation frames, and the
  // fixtures wait for one (modernweb-dev/web#2588).
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 5000 } },
  // A file that starts a server (the feedback outbox's) opens PostgreSQL (PGlite) first.
  testsFinishTimeout: 300_000,
  // query-core reads process.env.NODE_ENV, which bundlers replace and the test page must define.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head>
    <script>window.process = { env: { NODE_ENV: 'production' } };</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
