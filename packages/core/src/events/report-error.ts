/** Hands an error nobody awaited to the platform: `reportError` where it exists (browsers), else `console.error`. */
export function reportUnhandled(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (report) report(error);
  else console.error(error);
}
