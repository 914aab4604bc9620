import { crudSuite } from './crud-suite.js';
import { pagingSuite } from './paging-suite.js';
import { querySuite } from './query-suite.js';
import { createSuiteContext, type ConformanceOptions, type CreateAdapter, type TestRunner } from './suite-context.js';
import { watchSuite } from './watch-suite.js';

/**
 * Registers the storage adapter conformance suite with your test runner. Pass its `describe` and
 * `it` (vitest, mocha and similar all fit); `createAdapter` is called once per test. Records go to
 * the `contacts` and `accounts` collections as valid entity data, each test's tagged with its own
 * `customFields.conformanceRun`, so a shared database works too.
 *
 * ```ts
 * import { describe, it } from 'vitest';
 * import { runAdapterConformance } from '@rapport/core/testing';
 * runAdapterConformance('my adapter', () => createMyAdapter(), { describe, it });
 * ```
 */
export function runAdapterConformance(name: string, createAdapter: CreateAdapter, runner: TestRunner, options: ConformanceOptions = {}): void {
  const context = createSuiteContext(createAdapter, runner, options);
  runner.describe(`storage adapter conformance: ${name}`, () => {
    crudSuite(context);
    querySuite(context);
    pagingSuite(context);
    if (options.watch !== false) watchSuite(context);
  });
}
