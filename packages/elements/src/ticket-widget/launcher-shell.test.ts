import { setDefaultClient } from '@rapport/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineScoped } from '../base/registry.js';
import { localeOf, resolveLocale } from '../base/locale/locale.js';
import { mountLauncherShell, shellLocale } from './launcher-shell.js';
import { CrmTicketWidget } from './ticket-widget.js';
import { openDesk, part, parts, textOf } from './ticket-widget.test-data.js';

/**
 * The launcher as a CDN page first shows it: the button drawn by the shell on a widget element that
 * is not defined yet, then the widget, defined when the visitor reached for it, in its place. Each
 * test defines its own tag, as the CDN entry would define the widget once.
 */
let tags = 0;

async function shellOn(lang = 'en'): Promise<{ element: HTMLElement; wakes: number[]; define: () => void }> {
  const baseName = `ticket-widget-${++tags}`;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const element = document.createElement(`shell-${baseName}`);
  element.setAttribute('mode', 'customer');
  element.setAttribute('launcher', '');
  element.setAttribute('contact-id', 'c1');
  wrapper.append(element);
  const wakes: number[] = [];
  mountLauncherShell(element, () => wakes.push(wakes.length));
  return { element, wakes, define: () => defineScoped('shell-', baseName, CrmTicketWidget) };
}

describe('the launcher before its widget is loaded', function () {
  this.timeout(15_000);
  before(() => setDefaultClient(openDesk().client));
  after(() => setDefaultClient(undefined));

  it('draws the button, in the page’s language, and wakes the widget on the first pointer or focus', async () => {
    const { element, wakes } = await shellOn('zh-Hant');
    const button = part(element, 'launcher');
    expect(textOf(button)).to.equal('幫助');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(element).position).to.equal('fixed');
    await expect(element).to.be.accessible();
    expect(wakes).to.have.length(0);
    button.dispatchEvent(new PointerEvent('pointerenter'));
    button.focus();
    expect(wakes).to.have.length(2);
  });

  it('picks the language as the widgets do, for every kind of tag, before the locale code is there', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><span></span></div>`);
    const inner = wrapper.firstElementChild!;
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant-CN', 'zh', 'zh-CN', 'zh-SG', 'en-GB', 'fr', 'not a tag', '']) {
      wrapper.setAttribute('lang', tag);
      expect(shellLocale(inner, undefined), tag).to.equal(localeOf(inner));
    }
    wrapper.removeAttribute('lang');
    expect(shellLocale(inner, 'zh-HK')).to.equal(resolveLocale('zh-HK'));
  });

  it('hands over to the widget when defined: one button, still focused, and no panel until asked', async () => {
    const { element, define } = await shellOn();
    part(element, 'launcher').focus();
    define();
    await (element as CrmTicketWidget).updateComplete;
    expect(parts(element, 'launcher')).to.have.length(1);
    expect(element.shadowRoot?.querySelector('style')).to.equal(null);
    expect(element.shadowRoot?.activeElement).to.equal(part(element, 'launcher'));
    expect(element.shadowRoot?.querySelector('dialog')).to.equal(null);
  });

  it('opens the panel the visitor asked for while the widget loaded, and Escape closes it onto the button', async () => {
    const { element, define } = await shellOn();
    part(element, 'launcher').focus();
    await sendKeys({ press: 'Enter' });
    expect(element.hasAttribute('open')).to.equal(true);
    expect(part(element, 'launcher').getAttribute('aria-busy')).to.equal('true');
    define();
    const dialog = () => element.shadowRoot?.querySelector('dialog');
    await waitUntil(() => dialog()?.open && element.shadowRoot?.getElementById('subject'), 'the panel never opened', { timeout: 4000 });
    await sendKeys({ press: 'Escape' });
    await (element as CrmTicketWidget).updateComplete;
    expect(dialog()?.open).to.equal(false);
    expect(element.shadowRoot?.activeElement).to.equal(part(element, 'launcher'));
  });
});
