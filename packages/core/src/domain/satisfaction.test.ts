import { describe, expect, it } from 'vitest';
import { satisfactionLevel } from './satisfaction.js';

describe('satisfactionLevel', () => {
  it('compares perceived experience with expectation', () => {
    expect(satisfactionLevel(3, 4)).toBe('dissatisfied');
    expect(satisfactionLevel(4, 4)).toBe('satisfied');
    expect(satisfactionLevel(5, 4)).toBe('highly-satisfied');
  });

  it('counts a difference within the tolerance as meeting the expectation', () => {
    expect(satisfactionLevel(7.5, 8, 0.5)).toBe('satisfied');
    expect(satisfactionLevel(8.6, 8, 0.5)).toBe('highly-satisfied');
    expect(satisfactionLevel(7.4, 8, 0.5)).toBe('dissatisfied');
  });
});
