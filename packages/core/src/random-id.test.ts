import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomId } from './random-id.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A `crypto` without `randomUUID`, as on a page served over plain HTTP. */
function insecureCrypto(fill: (bytes: Uint8Array) => void = (bytes) => webcrypto.getRandomValues(bytes)): Pick<Crypto, 'getRandomValues'> {
  return {
    getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) fill(array);
      return array;
    },
  };
}

describe('randomId', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads as a version 4 UUID', () => {
    for (let draw = 0; draw < 1_000; draw += 1) expect(randomId()).toMatch(UUID_V4);
  });

  it('sets the version and variant whatever the random bytes are', () => {
    for (const value of [0x00, 0xff]) {
      vi.stubGlobal('crypto', insecureCrypto((bytes) => bytes.fill(value)));
      expect(randomId()).toMatch(UUID_V4);
    }
  });

  it('never repeats over many draws', () => {
    // Enough to catch a generator with little entropy; more belongs in a benchmark, not the suite.
    const draws = 10_000;
    const ids = new Set(Array.from({ length: draws }, randomId));
    expect(ids.size).toBe(draws);
  });

  it('works where crypto.randomUUID does not exist', () => {
    vi.stubGlobal('crypto', insecureCrypto());
    expect('randomUUID' in crypto).toBe(false);
    const first = randomId();
    expect(first).toMatch(UUID_V4);
    expect(randomId()).not.toBe(first);
  });
});
