import { expect } from '@open-wc/testing';
import { safeHref } from './safe-href.js';

describe('safeHref', () => {
  it('keeps mail, phone and secure web links', () => {
    expect(safeHref('mailto:li.wei@example.cn')).to.equal('mailto:li.wei@example.cn');
    expect(safeHref('tel:+8613800138000')).to.equal('tel:+8613800138000');
    expect(safeHref(' https://example.com/a?b=1 ')).to.equal('https://example.com/a?b=1');
  });

  it('refuses script, data, plain http and relative targets', () => {
    for (const value of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'http://example.com', '/relative', 'example.com', '']) {
      expect(safeHref(value), value).to.equal(undefined);
    }
  });
});
