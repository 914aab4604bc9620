import { expect } from '@open-wc/testing';
import { durationUnits, humanDuration } from './human-duration.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('SLA durations', () => {
  it('say the two largest units, as people do, never less than a minute', () => {
    expect(durationUnits(3 * DAY + 4 * HOUR + 59 * MINUTE)).to.deep.equal([['day', 3], ['hour', 4]]);
    expect(durationUnits(2 * DAY)).to.deep.equal([['day', 2]]);
    expect(durationUnits(-(2 * HOUR + 5 * MINUTE + 30_000))).to.deep.equal([['hour', 2], ['minute', 5]]);
    expect(durationUnits(45 * MINUTE + 59_000)).to.deep.equal([['minute', 45]]);
    expect(durationUnits(10_000)).to.deep.equal([['minute', 1]]);
  });

  it('read in each locale, with no clock-style hours past 24', () => {
    // The overdue time the issue reported as "1570:43:41".
    const overdue = 1570 * HOUR + 43 * MINUTE + 41_000;
    expect(humanDuration(overdue, 'en')).to.equal('65d 10h');
    expect(humanDuration(45 * MINUTE, 'en')).to.equal('45 min');
    expect(humanDuration(overdue, 'zh-Hans')).to.equal('65天10小时');
    expect(humanDuration(2 * HOUR + 5 * MINUTE, 'zh-Hant')).to.match(/^2\s?小時\s?5\s?分鐘$/);
  });
});
