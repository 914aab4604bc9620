import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue.js';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createSerialQueue', () => {
  it('starts a task only after the earlier one under its key settled, even if that one failed', async () => {
    const enqueue = createSerialQueue();
    const log: string[] = [];
    const gate = deferred();

    const first = enqueue('c1', async () => {
      log.push('first starts');
      await gate.promise;
      throw new Error('first failed');
    });
    const second = enqueue('c1', async () => {
      log.push('second starts');
      return 'second done';
    });
    await Promise.resolve();
    expect(log).toEqual(['first starts']);

    gate.resolve();
    await expect(first).rejects.toThrow('first failed');
    await expect(second).resolves.toBe('second done');
    expect(log).toEqual(['first starts', 'second starts']);
  });

  it('runs tasks under different keys side by side', async () => {
    const enqueue = createSerialQueue();
    const gate = deferred();
    const blocked = enqueue('c1', () => gate.promise);
    await expect(enqueue('c2', async () => 'free')).resolves.toBe('free');
    gate.resolve();
    await blocked;
  });
});
