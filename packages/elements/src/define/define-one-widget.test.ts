import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CrmTicketWidget } from '../ticket-widget/ticket-widget.js';
import { openDesk, part, parts, textOf } from '../ticket-widget/ticket-widget.test-data.js';
import './ticket-widget.js';

// This page imports one widget's entry only: what a host that shows just the agent desk gets.
describe('@rapport/elements/define/ticket-widget', () => {
  it('registers the provider and the ticket widget, and no other widget', () => {
    expect(customElements.get('crm-provider')).to.be.a('function');
    expect(customElements.get('crm-ticket-widget')).to.be.a('function');
    for (const tag of ['crm-contact-card', 'crm-pipeline-board', 'crm-feedback-form', 'crm-feedback-summary']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('names the requester beside an open ticket on the agent desk, without fetching the contact card', async () => {
    const desk = openDesk();
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" .client=${desk.client}></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded');
    parts(widget, 'queue-item')
      .find((row) => textOf(row).includes('Parcel arrived damaged'))
      ?.click();
    await waitUntil(() => textOf(parts(widget, 'requester-name')[0]) === 'Wang Fang', 'the requester was never named');
    expect(customElements.get('crm-contact-card')).to.equal(undefined);
    await expect(widget).to.be.accessible();
  });
});
