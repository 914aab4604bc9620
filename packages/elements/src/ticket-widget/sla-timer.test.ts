import { expect } from '@open-wc/testing';
import { formatDuration } from './sla-timer.js';

describe('SLA timer', () => {
  it('shows business time as hours, minutes and seconds, past 24 hours and without a sign', () => {
    expect(formatDuration(0)).to.equal('0:00:00');
    expect(formatDuration(61.5)).to.equal('1:01:30');
    expect(formatDuration(-45.25)).to.equal('0:45:15');
    expect(formatDuration(2 * 24 * 60 + 1)).to.equal('48:01:00');
  });
});
