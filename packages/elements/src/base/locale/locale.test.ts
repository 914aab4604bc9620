import { expect, fixture, html } from '@open-wc/testing';
import { CrmElement } from '../crm-element.js';
import { baseMessages } from './catalog.js';
import { loadMessages, type MessagePack } from './message-pack.js';
import { errorText, issueText } from './error-text.js';
import { formatterFor } from './formatter.js';
import { getLocale, resolveLocale, setLocale } from './locale.js';
import { ConflictError, NetworkError, ValidationError } from '@rapport/core';

class LocaleProbe extends CrmElement {
  override render() {
    return html`${this.i18n.messages.common.save}`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const text = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';

describe('locale', () => {
  afterEach(() => setLocale('en'));

  it('maps language tags to simplified or traditional Chinese by script, everything else to English', () => {
    expect(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK'].map(resolveLocale)).to.deep.equal(Array(5).fill('zh-Hans'));
    expect(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN'].map(resolveLocale)).to.deep.equal(Array(5).fill('zh-Hant'));
    expect(['en', 'en-GB', 'fr', 'ja'].map(resolveLocale)).to.deep.equal(Array(4).fill('en'));
    expect(resolveLocale('')).to.equal(undefined);
    expect(resolveLocale('not a tag!')).to.equal(undefined);
  });

  it('follows the nearest lang, and switches when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><section><locale-probe></locale-probe></section></div>`);
    const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
    await probe.updateComplete;
    expect(text(probe)).to.equal('保存');
    wrapper.setAttribute('lang', 'zh-TW');
    await Promise.resolve(); // the lang observer reports in a microtask
    await probe.updateComplete;
    expect(text(probe)).to.equal('儲存');
    probe.setAttribute('lang', 'en');
    await Promise.resolve(); // the lang observer reports in a microtask
    await probe.updateComplete;
    expect(text(probe)).to.equal('Save');
  });

  it('uses the page locale where no element sets lang, and switches at runtime', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(text(probe)).to.equal('Save');
    setLocale('zh-Hant');
    expect(getLocale()).to.equal('zh-Hant');
    await probe.updateComplete;
    expect(text(probe)).to.equal('儲存');
    expect(() => setLocale('!!')).to.throw(RangeError);
  });

  it('renders a Chinese page in Chinese from its first render, loading the translation once for every widget', async () => {
    let loads = 0;
    const slowly = async (hello: string) => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { hello };
    };
    const pack: MessagePack<{ hello: string }> = {
      en: { hello: 'Hello' },
      translations: { 'zh-Hans': () => slowly('你好'), 'zh-Hant': () => slowly('妳好') },
    };
    const painted: string[] = [];
    class PackProbe extends CrmElement {
      readonly #m = this.i18n.use(pack);
      override render() {
        painted.push(this.i18n.pick(this.#m).hello);
        return html`${this.i18n.pick(this.#m).hello}`;
      }
    }
    customElements.define('pack-probe', PackProbe);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><pack-probe></pack-probe><pack-probe></pack-probe></div>`);
    const probes = [...wrapper.querySelectorAll('pack-probe')] as PackProbe[];
    await Promise.all(probes.map((probe) => probe.updateComplete));
    expect(probes.map(text)).to.deep.equal(['你好', '你好']);
    expect(painted).to.deep.equal(['你好', '你好']);
    expect(loads).to.equal(1);
  });

  it('stays in English when a translation cannot be loaded, and tries again on the next switch', async () => {
    let online = false;
    const fetchTranslation = async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return { hello: '妳好' };
    };
    const pack: MessagePack<{ hello: string }> = {
      en: { hello: 'Hello' },
      translations: { 'zh-Hans': fetchTranslation, 'zh-Hant': fetchTranslation },
    };
    class OfflineProbe extends CrmElement {
      readonly #m = this.i18n.use(pack);
      override render() {
        return html`${this.i18n.pick(this.#m).hello}`;
      }
    }
    customElements.define('offline-probe', OfflineProbe);
    const probe = await fixture<OfflineProbe>(html`<offline-probe lang="zh-TW"></offline-probe>`);
    expect(text(probe)).to.equal('Hello');
    online = true;
    probe.setAttribute('lang', 'en');
    await Promise.resolve();
    probe.setAttribute('lang', 'zh-TW');
    await Promise.resolve();
    await probe.updateComplete;
    expect(text(probe)).to.equal('妳好');
  });

  it('formats numbers, money and dates for the locale', () => {
    expect(formatterFor('en').money(1234.5, 'CNY')).to.equal('CN¥1,234.50');
    expect(formatterFor('zh-Hans').money(1234.5, 'CNY')).to.equal('¥1,234.50');
    expect(formatterFor('zh-Hans').date('2024-03-05T08:00:00Z')).to.equal('2024年3月5日');
    expect(formatterFor('zh-Hant').list(['甲', '乙', '丙'])).to.equal('甲、乙和丙');
  });

  it('turns typed errors into localized, user-safe text', async () => {
    const [en, zhHans, zhHant] = await Promise.all((['en', 'zh-Hans', 'zh-Hant'] as const).map((locale) => loadMessages(baseMessages, locale)));
    const messagesFor = (locale: string) => ({ en, 'zh-Hans': zhHans, 'zh-Hant': zhHant })[locale]!;
    const issue = { path: ['name'], code: 'required', message: 'Required' };
    expect(issueText(issue, messagesFor('zh-Hans'))).to.equal('此项为必填项。');
    expect(issueText({ ...issue, code: 'something_new' }, messagesFor('en'))).to.equal('This value is not valid.');
    expect(errorText(new ConflictError('contacts', 'c1', 1, undefined), messagesFor('zh-Hant'))).to.contain('其他人修改');
    expect(errorText(new NetworkError(), messagesFor('en'))).to.contain('could not be reached');
    expect(errorText(new ValidationError([issue]), messagesFor('en'))).to.equal('Some fields need your attention.');
    expect(errorText(new TypeError('x is undefined at line 3'), messagesFor('en'))).to.equal('Something went wrong. Please try again.');
  });
});
