import { describe, expect, it } from 'vitest';
import { loadFastCheck } from './load-fast-check.js';

describe('loadFastCheck', () => {
  it('says what to install when fast-check is missing, keeping the import error as the cause', async () => {
    const missing = Object.assign(new Error("Cannot find package 'fast-check'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const failure = await loadFastCheck(() => Promise.reject(missing)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/@rapport\/core\/testing\) needs fast-check.*npm install --save-dev fast-check/);
    expect((failure as Error).cause).toBe(missing);
  });

  it('loads fast-check once it is installed, after a failed attempt', async () => {
    await loadFastCheck(() => Promise.reject(new Error('not yet'))).catch(() => undefined);
    const fc = await loadFastCheck();
    expect(typeof fc.assert).toBe('function');
  });
});
