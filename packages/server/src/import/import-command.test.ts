import { describe, expect, it } from 'vitest';
import { progressLine } from './import-command.js';

describe('progressLine', () => {
  it('shows the share done, rows, rate and the time left from the bytes this run has read', () => {
    const line = progressLine({
      rows: 120_000,
      created: 119_988,
      updated: 0,
      unchanged: 0,
      refused: 12,
      bytesTotal: 10_000_000,
      bytesDone: 4_200_000,
      // Resumed at 2 MB: 2.2 MB in 10 s leaves 5.8 MB for about 26 s.
      bytesAtStart: 2_000_000,
      rowsThisRun: 60_000,
      elapsedMs: 10_000,
    });
    expect(line).toBe('42% · 120,000 rows · 6,000 rows/s · ETA 0:26 · 12 refused');
  });
});
