import { expect } from '@open-wc/testing';
import { barsOf, trendLineOf } from './chart-geometry.js';

const box = { width: 100, plotHeight: 50, gapShare: 0.2 };

describe('chart geometry', () => {
  it('lays bars side by side, the largest count at full height, all standing on one baseline', () => {
    const bars = barsOf([2, 4, 0, 1], 1, box);
    expect(bars.map((bar) => bar.point)).to.deep.equal([1, 2, 3, 4]);
    expect(bars.map((bar) => bar.height)).to.deep.equal([25, 50, 0, 12.5]);
    expect(bars.map((bar) => bar.y + bar.height)).to.deep.equal([50, 50, 50, 50]);
    expect(bars.map((bar) => bar.x)).to.deep.equal([2.5, 27.5, 52.5, 77.5]);
    expect(bars.every((bar) => bar.width === 20)).to.equal(true);
  });

  it('draws flat bars when nobody answered', () => {
    expect(barsOf([0, 0, 0], 0, box).map((bar) => bar.height)).to.deep.equal([0, 0, 0]);
  });

  it('draws a trend across the width, the scale top to bottom, and breaks the line where a bucket has no answers', () => {
    const { dots, path } = trendLineOf([-100, 0, null, 100, 50], { min: -100, max: 100 }, { width: 100, top: 10, plotHeight: 40, inset: 10 });
    expect(dots.map((dot) => dot && [dot.x, dot.y])).to.deep.equal([[10, 50], [30, 30], undefined, [70, 10], [90, 20]]);
    expect(path).to.equal('M10 50L30 30M70 10L90 20');
  });
});
