import { describe, expect, it, vi } from 'vitest';
import { askableFrom, readAsked, recordAsked } from './ask-record.js';
import { parseTriggers } from './prompt-triggers.js';
import { inSample, sampleShare } from './visitor-sample.js';

const DAY = 86_400_000;

describe('sampling', () => {
  it('asks about the share of visitors it is set to, the same ones every time', () => {
    const visitors = Array.from({ length: 10_000 }, (_, i) => `visitor-${i}`);
    const asked = visitors.filter((visitor) => inSample('s-nps', visitor, 0.3));
    expect(asked.length / visitors.length).toBeGreaterThan(0.28);
    expect(asked.length / visitors.length).toBeLessThan(0.32);
    expect(visitors.filter((visitor) => inSample('s-nps', visitor, 0.3))).toEqual(asked);
    // A larger sample keeps everyone the smaller one asked.
    expect(asked.every((visitor) => inSample('s-nps', visitor, 0.5))).toBe(true);
  });

  it('samples each survey on its own', () => {
    const visitors = Array.from({ length: 2_000 }, (_, i) => `v${i}`);
    const same = visitors.filter((visitor) => inSample('s-a', visitor, 0.5) === inSample('s-b', visitor, 0.5)).length;
    expect(same / visitors.length).toBeGreaterThan(0.4);
    expect(same / visitors.length).toBeLessThan(0.6);
    expect(visitors.every((visitor) => sampleShare('s-a', visitor) >= 0 && sampleShare('s-a', visitor) < 1)).toBe(true);
  });
});

describe('asking again', () => {
  const waits = { askAgainDays: 90, dismissDays: 7 };

  it('waits dismiss-days after a dismissal and ask-again-days after an answer', () => {
    expect(askableFrom(undefined, waits)).toBe(0);
    expect(askableFrom({ at: 1_000, outcome: 'dismissed' }, waits)).toBe(1_000 + 7 * DAY);
    expect(askableFrom({ at: 1_000, outcome: 'answered' }, waits)).toBe(1_000 + 90 * DAY);
  });

  it('never lets a later dismissal shorten an answer’s wait', () => {
    recordAsked('k', 'answered', waits, 1_000);
    recordAsked('k', 'dismissed', waits, 2_000);
    expect(readAsked('k')).toEqual({ at: 1_000, outcome: 'answered' });
    recordAsked('k', 'answered', waits, 3_000);
    expect(readAsked('k')).toEqual({ at: 3_000, outcome: 'answered' });
  });
});

describe('triggers', () => {
  it('reads several triggers and names the one it cannot read', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseTriggers('seconds:30  scroll:50 exit-intent event:order-completed scroll:150 soon')).toEqual([
      { kind: 'seconds', seconds: 30 },
      { kind: 'scroll', percent: 50 },
      { kind: 'exit-intent' },
      { kind: 'event', name: 'order-completed' },
    ]);
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('"scroll:150"'),
      expect.stringContaining('"soon"'),
    ]);
    expect(parseTriggers(null)).toEqual([]);
    warn.mockRestore();
  });
});
