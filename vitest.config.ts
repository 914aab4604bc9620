import { defineConfig } from 'vitest/config';

// Node-side tests (SDK, domain, server) read package sources through the private
// `@rapport/source` export condition, so no build is needed first.
export default defineConfig({
  // Without 'import'/'module': `pg` resolves to an ESM wrapper whose default export breaks `extends`.
  resolve: { conditions: ['@rapport/source', 'node', 'default'] },
  ssr: { resolve: { conditions: ['@rapport/source', 'node', 'default'] } },
  test: {
    environment: 'node',
    // Elements' tests run in Chromium through @web/test-runner, but for `*.node.test.ts` (pure
    // models with no DOM); so do `*.browser.test.ts` files.
    include: ['packages/{core,adapter-indexeddb,adapter-rest,server,react}/src/**/*.test.ts', 'packages/elements/src/**/*.node.test.ts', 'test/node/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
  },
});
