import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './test/count-reporter.mjs';

// Browser tests (the elements', and `*.browser.test.ts` of other packages) run on their TypeScript
// sources in Debian's Chromium.
export default {
  files: ['packages/elements/src/**/*.test.ts', 'packages/adapter-indexeddb/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['@rapport/source', 'browser', 'production'] },
  // Standard decorators need an explicit es2022 target, or esbuild leaves them in place.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  // One page at a time: Chromium gives a page in a background tab no animation frames, and the
  // fixtures wait for one (modernweb-dev/web#2588).
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
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
