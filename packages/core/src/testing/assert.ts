/**
 * The few assertions the conformance kit needs, so it runs under any test runner without
 * importing one: each throws a `ConformanceFailure` the runner reports as a failed test.
 */
export class ConformanceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConformanceFailure';
  }
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

export function checkEqual(actual: unknown, expected: unknown, message: string): void {
  if (!deepEqual(actual, expected)) {
    throw new ConformanceFailure(`${message}\n  expected: ${JSON.stringify(expected)}\n  received: ${JSON.stringify(actual)}`);
  }
}

/** Awaits `action`, which must throw an error of the given `kind`; returns that error. */
export async function checkRejects(action: () => Promise<unknown>, kind: string, message: string): Promise<Error & Record<string, unknown>> {
  let outcome: unknown;
  try {
    outcome = await action();
  } catch (error) {
    const actualKind = (error as { kind?: unknown } | null)?.kind;
    check(actualKind === kind, `${message}: expected a ${kind} error, got ${String(actualKind ?? error)}`);
    return error as Error & Record<string, unknown>;
  }
  throw new ConformanceFailure(`${message}: expected a ${kind} error, but it succeeded with ${JSON.stringify(outcome)}`);
}

/** Waits until `condition` holds, for adapters whose change events arrive over a network. */
export async function eventually(condition: () => boolean, message: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new ConformanceFailure(`${message} (waited ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
