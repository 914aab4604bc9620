import type * as FastCheck from 'fast-check';

let loading: Promise<typeof FastCheck> | undefined;

/**
 * fast-check, for the kit's property tests. It is an optional peer dependency of `@rapport/core`:
 * only adapter authors running the kit need it, so it is loaded when a property test runs, and
 * its absence fails that test saying what to install.
 */
export function loadFastCheck(importModule: () => Promise<typeof FastCheck> = () => import('fast-check')): Promise<typeof FastCheck> {
  loading ??= importModule().catch((cause: unknown) => {
    loading = undefined;
    throw new Error('The storage adapter conformance kit (@rapport/core/testing) needs fast-check for its property tests. Install it beside the kit: npm install --save-dev fast-check', { cause });
  });
  return loading;
}
