import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { CrmTicketWidget } from './ticket-widget.js';
import { agentDeskChunks } from './agent-desk.chunks.js';
import { ticketWidgetChunks } from './ticket-widget.chunks.js';
import { byId, openDesk, part, parts, textOf, typeInto } from './ticket-widget.test-data.js';

const fetched = { ...ticketWidgetChunks };
const fetchedDesk = { ...agentDeskChunks };

/** A fetch of a chunk as it fails offline. */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** Counts the fetches of one chunk of `table` (the widget's, or the agent desk's). */
function countFetches<T extends { [name in K]: () => Promise<unknown> }, K extends keyof T>(table: T, name: K): { count: number } {
  const counter = { count: 0 };
  const original = table[name];
  table[name] = (() => {
    counter.count += 1;
    return original();
  }) as T[K];
  return counter;
}

describe('<crm-ticket-widget> parts loaded on first use', () => {
  afterEach(() => {
    Object.assign(ticketWidgetChunks, fetched);
    Object.assign(agentDeskChunks, fetchedDesk);
  });

  it('shows its loading lines until the view arrives, and updateComplete waits for it', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    ticketWidgetChunks.customerView = () => gate.then(fetched.customerView);
    const widget = document.createElement('crm-ticket-widget');
    Object.assign(widget, { client: openDesk().client, contactId: 'c1' });
    widget.setAttribute('lang', 'en');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(widget);
    await waitUntil(() => parts(widget, 'skeleton').length > 0, 'no loading lines');
    expect(part(widget, 'skeleton').getAttribute('aria-busy')).to.equal('true');
    let complete = false;
    const updated = widget.updateComplete.then(() => (complete = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(complete).to.equal(false);
    release();
    await updated;
    expect(parts(widget, 'ticket-form')).to.have.length(1);
    expect(parts(widget, 'skeleton')).to.have.length(0);
  });

  it('says so when a view cannot be fetched, and shows it after a retry', async () => {
    ticketWidgetChunks.agentView = offline;
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" .client=${openDesk().client}></crm-ticket-widget>`);
    expect(textOf(part(widget, 'error'))).to.contain('could not be reached');
    await expect(widget).to.be.accessible();
    ticketWidgetChunks.agentView = fetched.agentView;
    part(widget, 'retry-button').click();
    await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never showed');
    expect(parts(widget, 'error')).to.have.length(0);
  });

  it('fetches the reply box with the first ticket opened, and keeps the request being written when it cannot', async () => {
    const replies = countFetches(ticketWidgetChunks, 'replyForm');
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget lang="en" contact-id="c1" .client=${openDesk().client}></crm-ticket-widget>`);
    typeInto(byId(widget, 'subject'), 'Lid does not fit');
    typeInto(byId(widget, 'description'), 'The teapot lid is too small.');
    byId(widget, 'tab-tickets').click();
    await waitUntil(() => parts(widget, 'ticket-link').length > 0, 'the requests never loaded');
    expect(replies.count).to.equal(0);

    ticketWidgetChunks.replyForm = offline;
    parts(widget, 'ticket-link')
      .find((link) => textOf(link).includes('Parcel'))
      ?.click();
    await waitUntil(() => parts(widget, 'retry-button').length > 0, 'the failure was never shown');
    expect(textOf(part(widget, 'error'))).to.contain('could not be reached');
    expect(parts(widget, 'reply-form')).to.have.length(0);
    await waitUntil(() => parts(widget, 'message').length === 2, 'the thread did not show without the reply box');

    ticketWidgetChunks.replyForm = fetched.replyForm;
    part(widget, 'retry-button').click();
    await waitUntil(() => parts(widget, 'reply-form').length > 0, 'the reply box never arrived');
    expect(parts(widget, 'error')).to.have.length(0);

    byId(widget, 'tab-new').click();
    await widget.updateComplete;
    expect([byId<HTMLInputElement>(widget, 'subject').value, byId<HTMLTextAreaElement>(widget, 'description').value]).to.deep.equal([
      'Lid does not fit',
      'The teapot lid is too small.',
    ]);
  });

  it('starts fetching what opening a ticket needs when the pointer or focus gets to it', async () => {
    const details = countFetches(agentDeskChunks, 'agentDetail');
    const replies = countFetches(ticketWidgetChunks, 'replyForm');
    const csat = countFetches(ticketWidgetChunks, 'csatForm');
    const agent = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" .client=${openDesk().client}></crm-ticket-widget>`);
    await waitUntil(() => parts(agent, 'queue-item').length > 0, 'the queue never loaded');
    expect(details.count).to.equal(0);
    part(agent, 'queue-pane').dispatchEvent(new PointerEvent('pointerenter'));
    expect(details.count).to.equal(1);

    const customer = await fixture<CrmTicketWidget>(html`<crm-ticket-widget lang="en" contact-id="c1" .client=${openDesk().client}></crm-ticket-widget>`);
    byId(customer, 'tab-tickets').click();
    await waitUntil(() => parts(customer, 'ticket-link').length > 0, 'the requests never loaded');
    const [resolved] = parts(customer, 'ticket-link').filter((link) => textOf(link).includes('Invoice address'));
    resolved?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect([replies.count, csat.count]).to.deep.equal([1, 1]);
  });

  it('shows the queue without the open ticket’s code; the ticket, its thread and its requester arrive with it, and a failed fetch offers a retry', async () => {
    const details = countFetches(agentDeskChunks, 'agentDetail');
    agentDeskChunks.agentDetail = offline;
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" .client=${openDesk().client}></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded');
    expect(details.count).to.equal(0);
    parts(widget, 'queue-item')
      .find((row) => textOf(row).includes('Parcel arrived damaged'))
      ?.click();
    await waitUntil(() => part(widget, 'detail-pane').querySelector('[part="retry-button"]'), 'the failure was never shown');
    const pane = part(widget, 'detail-pane');
    expect(textOf(pane.querySelector('[part="error"]'))).to.contain('could not be reached');
    expect([parts(widget, 'message'), parts(widget, 'ticket-subject')].map((found) => found.length)).to.deep.equal([0, 0]);
    // The queue stays usable while the ticket cannot be shown.
    expect(parts(widget, 'queue-item')).to.have.length(3);
    await expect(widget).to.be.accessible();

    agentDeskChunks.agentDetail = fetchedDesk.agentDetail;
    pane.querySelector<HTMLElement>('[part="retry-button"]')?.click();
    await waitUntil(() => parts(widget, 'message').length > 0, 'the thread never arrived');
    expect(textOf(part(widget, 'ticket-subject'))).to.equal('Parcel arrived damaged');
    expect(parts(widget, 'internal-note')).to.have.length(1);
    expect(part(widget, 'requester').firstElementChild?.localName).to.equal('crm-contact-card');
    expect(pane.querySelector('[part="error"]')).to.equal(null);
  });

  it('lays out the open ticket and the bulk bar with styles that arrive with their code', async () => {
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" ticket-id="t-new" .client=${openDesk().client}></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'sla-clock').length > 0, 'the open ticket never showed');
    const body = widget.shadowRoot!.querySelector('.detail-body')!;
    expect(getComputedStyle(body).display).to.equal('grid');
    expect(getComputedStyle(part(widget, 'sla-clock')).display).to.equal('grid');
    part(widget, 'select-all').click();
    await waitUntil(() => parts(widget, 'bulk-bar').length === 1, 'the bulk bar never arrived');
    expect(getComputedStyle(part(widget, 'bulk-bar')).display).to.equal('flex');
  });

  it('fetches the open ticket’s code with the queue when the desk opens on a ticket', async () => {
    const details = countFetches(agentDeskChunks, 'agentDetail');
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" ticket-id="t-new" .client=${openDesk().client}></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded');
    expect(details.count).to.equal(1);
    await waitUntil(() => parts(widget, 'message').length > 0, 'the thread never arrived');
  });

  it('fetches no rules engine for a desk that only shows the server’s escalations', async () => {
    const rules = countFetches(agentDeskChunks, 'rules');
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" .client=${openDesk().client}></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rules.count).to.equal(0);
  });

  it('escalates with the host’s rules engine without fetching its own', async () => {
    const rules = countFetches(agentDeskChunks, 'rules');
    const ticks: Date[] = [];
    const engine = { tick: async (now: Date) => void ticks.push(now), dispose: () => undefined };
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" .rules=${engine} .client=${openDesk().client}></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded');
    await waitUntil(() => ticks.length > 0, 'the host’s engine was never asked');
    expect(rules.count).to.equal(0);
  });

  it('fetches the sorting, saved views and bulk bar only when the agent first uses them', async () => {
    const sorting = countFetches(agentDeskChunks, 'queueSort');
    const views = countFetches(agentDeskChunks, 'queueViews');
    const bulk = countFetches(agentDeskChunks, 'bulkBar');
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" .client=${openDesk().client}></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([sorting.count, views.count, bulk.count]).to.deep.equal([0, 0, 0]);
    part(widget, 'sort-bar').dispatchEvent(new PointerEvent('pointerenter'));
    part(widget, 'views-toggle').click();
    part(widget, 'select-all').click();
    await waitUntil(() => parts(widget, 'bulk-bar').length === 1 && parts(widget, 'views').length === 1, 'the parts never loaded', { timeout: 4000 });
    expect([sorting.count, views.count, bulk.count]).to.deep.equal([1, 1, 1]);
  });
});
