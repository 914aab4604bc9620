import type { FieldCondition, ListQuery, Scalar, StorageAdapter } from '../adapter/storage-adapter.js';

/** The two functions every test runner has (vitest, mocha, jasmine, node:test all fit). */
export interface TestRunner {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void>): unknown;
}

export interface ConformanceOptions {
  /** Runs per property test. Default 30. */
  readonly numRuns?: number;
  /** Seed for the property tests, to replay a failure. */
  readonly seed?: number;
  /** Whether the adapter implements `watch`. Default true. */
  readonly watch?: boolean;
}

export type CreateAdapter = () => StorageAdapter | Promise<StorageAdapter>;

/**
 * What one conformance test gets: a fresh adapter, and a run marker stamped into every record it
 * writes and every query it makes, so that tests never see each other's records even when an
 * adapter shares one database between them.
 */
export interface TestKit {
  readonly adapter: StorageAdapter;
  readonly run: string;
  /** A valid contact create input carrying this run's marker. */
  contact(fields: ContactFields): Record<string, unknown>;
  /** `where` limited to this run's records. */
  scoped(where?: Readonly<Record<string, FieldCondition | Scalar>>): NonNullable<ListQuery['where']>;
}

export interface ContactFields {
  readonly name: string;
  readonly region?: string;
  readonly title?: string;
  readonly tags?: readonly string[];
  readonly emailConsent?: boolean;
  readonly score?: number | null;
  readonly since?: string;
}

export interface SuiteContext {
  readonly describe: TestRunner['describe'];
  readonly test: (name: string, body: (kit: TestKit) => Promise<void>) => void;
  readonly numRuns: number;
  readonly seed: number | undefined;
}

const RUN_FIELD = 'customFields.conformanceRun';

/** Run markers: a counter for this process, time and randomness for processes sharing one database. */
let runs = 0;

export function createSuiteContext(createAdapter: CreateAdapter, runner: TestRunner, options: ConformanceOptions): SuiteContext {
  return {
    describe: (name, body) => runner.describe(name, body),
    test: (name, body) =>
      runner.it(name, async () => {
        await body(createKit(await createAdapter()));
      }),
    numRuns: options.numRuns ?? 30,
    seed: options.seed,
  };
}

export function createKit(adapter: StorageAdapter): TestKit {
  const run = `run-${Date.now().toString(36)}-${(runs += 1)}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    adapter,
    run,
    contact: ({ name, region, title, tags = [], emailConsent = false, score, since }) => ({
      name,
      ...(region === undefined ? {} : { region }),
      ...(title === undefined ? {} : { title }),
      tags: [...tags],
      consent: { email: emailConsent, phone: false, marketing: false },
      customFields: { conformanceRun: run, ...(score === undefined ? {} : { score }), ...(since === undefined ? {} : { since }) },
    }),
    scoped: (where = {}) => ({ ...where, [RUN_FIELD]: run }),
  };
}
