import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCrmClient, setDefaultClient, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { DEMO_IDS } from '@rapport/core/demo';
import { entities, parseOrThrow } from '@rapport/core/schema';
import '../define.js';
import type { CrmContactCard } from '../contact-card/contact-card.js';
import type { CrmProvider } from './provider.js';

/** A client whose only contact, `c1`, is called `name`: which client a card uses shows in its heading. */
function clientNamed(name: string): CrmClient {
  return createCrmClient({ adapter: createMemoryAdapter({ seed: { contacts: [{ id: 'c1', name }] } }) });
}

const shownName = (card: CrmContactCard) => card.shadowRoot?.querySelector('[part="name"]')?.textContent?.trim();

describe('<crm-provider>', () => {
  afterEach(() => setDefaultClient(undefined));

  it('hands its client to a widget nested anywhere inside it', async () => {
    const provided = clientNamed('Provided Person');
    const root = await fixture<CrmProvider>(html`<crm-provider .client=${provided}><section><crm-contact-card contact-id="c1" variant="compact"></crm-contact-card></section></crm-provider>`);
    const card = root.querySelector('crm-contact-card') as CrmContactCard;
    await waitUntil(() => shownName(card) === 'Provided Person');
  });

  it('loses to a client set on the widget itself', async () => {
    const provided = clientNamed('Provided Person');
    const own = clientNamed('Own Person');
    const root = await fixture<CrmProvider>(html`<crm-provider .client=${provided}><crm-contact-card .client=${own} contact-id="c1" variant="compact"></crm-contact-card></crm-provider>`);
    const card = root.querySelector('crm-contact-card') as CrmContactCard;
    await waitUntil(() => shownName(card) === 'Own Person');
  });

  it('switches its widgets over when given another client', async () => {
    const root = await fixture<CrmProvider>(html`<crm-provider .client=${clientNamed('First')}><crm-contact-card contact-id="c1" variant="compact"></crm-contact-card></crm-provider>`);
    const card = root.querySelector('crm-contact-card') as CrmContactCard;
    await waitUntil(() => shownName(card) === 'First');
    root.client = clientNamed('Second');
    await waitUntil(() => shownName(card) === 'Second');
  });

  it('leaves widgets outside any provider to the page default', async () => {
    setDefaultClient(clientNamed('Default Person'));
    const card = await fixture<CrmContactCard>(html`<crm-contact-card contact-id="c1" variant="compact"></crm-contact-card>`);
    await waitUntil(() => shownName(card) === 'Default Person');
  });

  it('serves the demo data to a plain-HTML page with the demo attribute', async () => {
    const root = await fixture<CrmProvider>(html`<crm-provider demo><crm-contact-card contact-id=${DEMO_IDS.contact} variant="compact"></crm-contact-card></crm-provider>`);
    const card = root.querySelector('crm-contact-card') as CrmContactCard;
    await waitUntil(() => shownName(card), 'the demo contact never showed');
  });

  it('shares one client, one change stream and one request among providers of the same server and token', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    // The server stands in for the network here: what counts is how many requests leave the page.
    window.fetch = async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      requests.push(url);
      if (url.includes('/v1/stream')) return new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('event: ready\nid: 1\ndata: {}\n\n')) }), { headers: { 'Content-Type': 'text/event-stream' } });
      const now = new Date().toISOString();
      if (url.endsWith('/measures')) {
        return Response.json({ kind: 'contact', customerId: 'c1', computedAt: now, lifecycle: { stage: 'exploration', reached: 'exploration', reasons: [] }, loyalty: 'none', churn: { risk: 0, reasons: [] } });
      }
      return Response.json({ ...parseOrThrow(entities.contacts.create, { name: 'Shared Person' }), id: 'c1', tenantId: 't', version: 1, createdAt: now, updatedAt: now }, { headers: { ETag: '"1"' } });
    };
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <crm-provider endpoint="https://crm.example" token="sk_one"><crm-contact-card contact-id="c1" variant="compact"></crm-contact-card></crm-provider>
        <crm-provider endpoint="https://crm.example" token="sk_one"><crm-contact-card contact-id="c1" variant="compact"></crm-contact-card></crm-provider>
      </div>`);
      const cards = [...page.querySelectorAll('crm-contact-card')] as CrmContactCard[];
      await waitUntil(() => cards.every((card) => shownName(card) === 'Shared Person'), 'the cards never showed the contact');
      expect(requests.filter((url) => url.endsWith('/v1/contacts/c1'))).to.have.length(1);
      // The cards read the measures the server keeps, once, and no orders.
      await waitUntil(() => requests.some((url) => url.endsWith('/v1/contacts/c1/measures')), 'the measures were never read');
      expect(requests.filter((url) => url.endsWith('/v1/contacts/c1/measures'))).to.have.length(1);
      expect(requests.filter((url) => url.includes('/v1/orders'))).to.deep.equal([]);
      expect(requests.filter((url) => url.includes('/v1/stream')).length).to.be.at.most(1);
    } finally {
      window.fetch = realFetch;
    }
  });
});
