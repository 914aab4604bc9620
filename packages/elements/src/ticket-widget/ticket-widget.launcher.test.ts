import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { CrmTicketWidget } from './ticket-widget.js';
import { byId, openDesk, part, parts, textOf, typeInto, type Desk } from './ticket-widget.test-data.js';

async function launcher(desk: Desk, attributes: { lang?: string; position?: string; label?: string; followUrl?: string } = {}): Promise<CrmTicketWidget> {
  const widget = await fixture<CrmTicketWidget>(
    html`<crm-ticket-widget
      mode="customer"
      launcher
      .client=${desk.client}
      contact-id="c1"
      lang=${attributes.lang ?? 'en'}
      launcher-position=${attributes.position ?? 'bottom-right'}
      launcher-label=${attributes.label ?? ''}
      follow-url=${attributes.followUrl ?? ''}
    ></crm-ticket-widget>`,
  );
  await widget.updateComplete;
  return widget;
}

const dialogOf = (widget: CrmTicketWidget) => widget.shadowRoot?.querySelector('dialog') ?? null;
const active = (widget: CrmTicketWidget) => widget.shadowRoot?.activeElement as HTMLElement | null | undefined;

/** Opens the panel from the keyboard, as a shopper who tabs to the button and presses Enter. */
async function openByKeyboard(widget: CrmTicketWidget): Promise<void> {
  part(widget, 'launcher').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialogOf(widget)?.open && widget.shadowRoot?.getElementById('subject'), 'the panel never opened with its form', { timeout: 4000 });
  await widget.updateComplete;
}

describe('<crm-ticket-widget mode="customer" launcher>', function () {
  // The first test of a run waits for the test server to compile the panel's chunks.
  this.timeout(15_000);

  it('shows only a floating button, labelled and collapsed, that reads nothing before it is used', async () => {
    let reads = 0;
    const desk = openDesk((adapter) => ({
      list: (...args) => {
        reads += 1;
        return adapter.list(...args);
      },
    }));
    const widget = await launcher(desk);
    const button = part(widget, 'launcher');
    expect(textOf(button)).to.equal('Help');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(dialogOf(widget)).to.equal(null);
    expect(parts(widget, 'tabs')).to.have.length(0);
    const style = getComputedStyle(widget);
    expect([style.position, style.right, style.bottom]).to.deep.equal(['fixed', '20px', '20px']);
    expect(reads).to.equal(0);
    await expect(widget).to.be.accessible();
  });

  it('opens a labelled modal panel from the keyboard, keeps focus inside, and Escape closes it back onto the button', async () => {
    const widget = await launcher(openDesk());
    await openByKeyboard(widget);
    const dialog = dialogOf(widget)!;
    expect(widget.open).to.equal(true);
    expect(part(widget, 'launcher').getAttribute('aria-expanded')).to.equal('true');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(textOf(byId(widget, dialog.getAttribute('aria-labelledby')!))).to.equal('Customer service');
    expect(dialog.contains(active(widget)!)).to.equal(true);
    await expect(widget).to.be.accessible();

    // Shift+Tab from the first control wraps to the last, Tab from the last back to the first.
    const first = part(widget, 'launcher-close');
    first.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(widget)).to.equal(part(widget, 'submit-button'));
    await sendKeys({ press: 'Tab' });
    expect(active(widget)).to.equal(first);

    await sendKeys({ press: 'Escape' });
    await widget.updateComplete;
    expect(widget.open).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(active(widget)).to.equal(part(widget, 'launcher'));
    expect(part(widget, 'launcher').getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps what was typed when the panel is closed and opened again', async () => {
    const widget = await launcher(openDesk());
    await openByKeyboard(widget);
    typeInto(byId(widget, 'subject'), 'Wrong size');
    part(widget, 'launcher-close').click();
    await widget.updateComplete;
    expect(dialogOf(widget)?.open).to.equal(false);
    part(widget, 'launcher').click();
    await waitUntil(() => widget.shadowRoot?.getElementById('subject'), 'the form never came back');
    expect(byId<HTMLInputElement>(widget, 'subject').value).to.equal('Wrong size');
  });

  it('sends a request from the panel and shows its number and where to follow it', async () => {
    // The store numbers tickets per tenant, after the desk's #1001–#1004.
    const desk = openDesk();
    const widget = await launcher(desk, { followUrl: 'https://shop.example/help/requests/{number}' });
    await openByKeyboard(widget);
    typeInto(byId(widget, 'subject'), 'Wrong size delivered');
    typeInto(byId(widget, 'category'), 'order');
    typeInto(byId(widget, 'description'), 'I ordered M and got XL.');
    const sent = oneEvent(widget, 'crm-ticket-submitted');
    part(widget, 'submit-button').click();
    expect((await sent).detail.ticket.number).to.equal(1005);
    await waitUntil(() => parts(widget, 'ticket-number').length > 0, 'the number was never shown');
    expect(textOf(part(widget, 'ticket-number'))).to.equal('Your request number is #1005.');
    expect(part(widget, 'follow-link').getAttribute('href')).to.equal('https://shop.example/help/requests/1005');
    expect(active(widget)).to.equal(part(widget, 'notice'));
    await expect(widget).to.be.accessible();
  });

  it('gives no follow link for an address that is not https, and no number while the ticket has none', async () => {
    // A store that numbers nothing (an older server): the notice leaves the number out.
    const desk = openDesk((adapter) => ({
      create: async (collection, input, options) => {
        const { number: _number, ...record } = await adapter.create(collection, input, options);
        return collection === 'tickets' ? record : { ...record, ...(_number === undefined ? {} : { number: _number }) };
      },
    }));
    const widget = await launcher(desk, { followUrl: 'javascript:alert(1)//{id}' });
    await openByKeyboard(widget);
    typeInto(byId(widget, 'subject'), 'Refund');
    typeInto(byId(widget, 'category'), 'billing');
    typeInto(byId(widget, 'description'), 'Charged twice.');
    part(widget, 'submit-button').click();
    await waitUntil(() => parts(widget, 'notice').length > 0, 'the request was never sent');
    expect(parts(widget, 'follow-link')).to.have.length(0);
    expect(parts(widget, 'ticket-number')).to.have.length(0);
    expect(textOf(part(widget, 'notice'))).to.contain('You can follow it under “My requests”.');
  });

  it('floats bottom-left when asked, with the host’s label', async () => {
    const widget = await launcher(openDesk(), { position: 'bottom-left', label: 'Chat with us' });
    const style = getComputedStyle(widget);
    expect([style.left, style.bottom]).to.deep.equal(['20px', '20px']);
    expect(textOf(part(widget, 'launcher'))).to.equal('Chat with us');
  });

  for (const [lang, label, close, title] of [
    ['zh-Hans', '帮助', '关闭', '客户服务'],
    ['zh-Hant', '幫助', '關閉', '客戶服務'],
  ] as const) {
    it(`speaks ${lang}, closed and open`, async () => {
      const widget = await launcher(openDesk(), { lang });
      expect(textOf(part(widget, 'launcher'))).to.equal(label);
      await expect(widget).to.be.accessible();
      await openByKeyboard(widget);
      expect(part(widget, 'launcher-close').getAttribute('aria-label')).to.equal(close);
      expect(textOf(part(widget, 'launcher-title'))).to.equal(title);
      await expect(widget).to.be.accessible();
    });
  }

  it('stays inline without the attribute', async () => {
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="customer" .client=${openDesk().client} contact-id="c1" lang="en"></crm-ticket-widget>`);
    await widget.updateComplete;
    expect(parts(widget, 'launcher')).to.have.length(0);
    expect(getComputedStyle(widget).position).to.equal('static');
    await waitUntil(() => parts(widget, 'tabs').length > 0, 'the inline view never showed');
  });
});
