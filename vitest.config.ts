import { defineConfig } from 'vitest/config';

// Node-side tests (SDK, domain, server) read package sources through the private
// `@rapport/source` export condition, so no build is needed first.
export default defineConfig({
  // Without 'import'/'module': `pg` resolves to an ESM wrapper whose default export breaks `extends`.
  resolve: { conditions: ['@rapport/source', 'node', 'default'] },
  ssr: { resolve: { conditions: ['@rapport/source', 'node', 'default'] } },
  test: {
    environment: 'node',
    include: ['packages/*/src/**/*.test.ts', 'test/node/**/*.test.ts'],
    // Elements and `*.browser.test.ts` files run in Chromium through @web/test-runner.
    exclude: ['**/node_modules/**', 'packages/elements/**', '**/*.browser.test.ts'],
  },
});
