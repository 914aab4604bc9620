import { expect, fixture, html } from '@open-wc/testing';
import { renderMessageText, textRuns } from './message-text.js';

describe('message text', () => {
  it('turns https and mailto URLs into links and leaves the sentence around them as text', () => {
    expect(textRuns('See https://help.example.cn/a?b=1. Or write to mailto:help@example.cn, thanks')).to.deep.equal([
      { text: 'See ' },
      { text: 'https://help.example.cn/a?b=1', href: 'https://help.example.cn/a?b=1' },
      { text: '. Or write to ' },
      { text: 'mailto:help@example.cn', href: 'mailto:help@example.cn' },
      { text: ', thanks' },
    ]);
  });

  it('keeps Chinese punctuation after a link out of it', () => {
    expect(textRuns('请看（https://help.example.cn/退货）。')).to.deep.equal([
      { text: '请看（' },
      { text: 'https://help.example.cn/退货', href: 'https://help.example.cn/%E9%80%80%E8%B4%A7' },
      { text: '）。' },
    ]);
  });

  it('never links http, javascript, data or tel URLs', () => {
    for (const text of ['http://example.com', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'tel:+8613800138000']) {
      expect(textRuns(text), text).to.deep.equal([{ text }]);
    }
  });

  it('renders markup in a message as the characters the customer typed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>${renderMessageText('<img src=x onerror=alert(1)> https://example.cn')}</div>`);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(host.querySelector('a')?.getAttribute('href')).to.equal('https://example.cn/');
    expect(host.querySelector('a')?.rel).to.equal('noopener noreferrer');
  });
});
