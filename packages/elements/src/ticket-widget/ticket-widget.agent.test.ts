import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError } from '@rapport/core';
import '../define.js';
import type { CrmTicketWidget } from './ticket-widget.js';
import { byId, openDesk, part, parts, textOf, typeInto, type Desk } from './ticket-widget.test-data.js';

const agents = [
  { id: 'u-lin', name: 'Lin Jing' },
  { id: 'u-emma', name: 'Emma Clarke' },
];

async function agentWidget(desk: Desk, ticketId = ''): Promise<CrmTicketWidget> {
  const widget = await fixture<CrmTicketWidget>(
    html`<crm-ticket-widget mode="agent" lang="en" agent-id="u-emma" ticket-id=${ticketId} .agents=${agents} .client=${desk.client}></crm-ticket-widget>`,
  );
  await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded');
  return widget;
}

const rowTitles = (widget: CrmTicketWidget) => parts(widget, 'queue-item').map((row) => textOf(row.querySelector('.row-title')));

/** The select labelled `label` in the queue's filters or the open ticket's controls. */
function select(widget: CrmTicketWidget, where: 'filters' | 'ticket-controls', label: string): HTMLSelectElement {
  const found = [...part(widget, where).querySelectorAll('label')].find((candidate) => textOf(candidate).startsWith(label));
  const control = found?.querySelector('select');
  if (!control) throw new Error(`no ${label} select`);
  return control;
}

async function openTicket(widget: CrmTicketWidget, subject: string): Promise<void> {
  parts(widget, 'queue-item')
    .find((row) => textOf(row).includes(subject))
    ?.click();
  await waitUntil(() => textOf(parts(widget, 'ticket-subject')[0]) === subject, `${subject} never opened`);
  await waitUntil(() => parts(widget, 'message').length > 0, 'the thread never loaded');
}

describe('<crm-ticket-widget mode="agent">', () => {
  it('queues unresolved tickets by SLA due time, and filters them', async function () {
    // axe reads every row's parts: on a busy machine that takes seconds.
    this.timeout(20_000);
    const widget = await agentWidget(openDesk());
    // The urgent ticket is past its first response; the other's first response is done and its resolution clock is paused.
    expect(rowTitles(widget)).to.deep.equal(['App crashes on login', 'Someone else’s question', 'Parcel arrived damaged']);
    expect(textOf(widget.shadowRoot?.querySelector('.count'))).to.equal('3 tickets');
    expect(textOf(parts(widget, 'queue-item')[0]?.querySelector('.sla-time'))).to.match(/^10 min overdue · Due /);
    typeInto(select(widget, 'filters', 'SLA'), 'paused');
    await widget.updateComplete;
    expect(rowTitles(widget)).to.deep.equal(['Parcel arrived damaged']);
    typeInto(select(widget, 'filters', 'SLA'), '');
    typeInto(select(widget, 'filters', 'Assignee'), 'u-lin');
    await widget.updateComplete;
    expect(rowTitles(widget)).to.deep.equal(['Parcel arrived damaged']);
    typeInto(select(widget, 'filters', 'Status'), 'resolved');
    await waitUntil(() => rowTitles(widget).length === 0, 'the status filter never applied');
    expect(textOf(part(widget, 'empty'))).to.equal('No tickets match these filters.');
    await expect(widget).to.be.accessible();
  });

  it('is worked from the keyboard: arrows move through the queue, Enter opens a ticket', async () => {
    const widget = await agentWidget(openDesk());
    part(widget, 'queue').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(part(widget, 'queue').getAttribute('aria-activedescendant')).to.equal('queue-row-1');
    const opened = oneEvent(widget, 'crm-ticket-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.ticketId).to.equal('t-other');
    expect(widget.ticketId).to.equal('t-other');
    await waitUntil(() => parts(widget, 'queue-item')[1]?.getAttribute('aria-current') === 'true');
  });

  it('shows internal notes apart from public replies, and the requester’s card beside the thread', async () => {
    const widget = await agentWidget(openDesk());
    await openTicket(widget, 'Parcel arrived damaged');
    const notes = parts(widget, 'internal-note');
    expect(notes.map(textOf)).to.have.length(1);
    expect(textOf(notes[0])).to.contain('Internal note');
    expect(textOf(notes[0])).to.contain('VIP customer');
    const card = part(widget, 'requester').firstElementChild;
    expect(card?.localName).to.equal('crm-contact-card');
    expect(card?.getAttribute('contact-id')).to.equal('c1');
    expect(card?.getAttribute('variant')).to.equal('compact');
    await expect(widget).to.be.accessible();
  });

  it('changes status with an event the host may cancel, pausing the SLA while waiting on the customer', async () => {
    const desk = openDesk();
    const widget = await agentWidget(desk, 't-new');
    await waitUntil(() => parts(widget, 'ticket-controls').length > 0);
    widget.addEventListener('crm-ticket-status-change', (event) => event.preventDefault(), { once: true });
    typeInto(select(widget, 'ticket-controls', 'Status'), 'closed');
    await widget.updateComplete;
    expect((await desk.client.tickets.get('t-new')).status).to.equal('new');
    expect(select(widget, 'ticket-controls', 'Status').value).to.equal('new');

    const changed = oneEvent(widget, 'crm-ticket-status-changed');
    typeInto(select(widget, 'ticket-controls', 'Status'), 'pending');
    const { ticket, previous } = (await changed).detail;
    expect([previous, ticket.status, ticket.pausedAt]).to.deep.equal(['new', 'pending', desk.clock.now.toISOString()]);

    const updated = oneEvent(widget, 'crm-ticket-updated');
    typeInto(select(widget, 'ticket-controls', 'Assignee'), 'u-emma');
    expect((await updated).detail.ticket.assigneeId).to.equal('u-emma');
  });

  it('rolls a change back and says why when the service refuses it', async () => {
    // Only the agent's change fails.
    const desk = openDesk((adapter) => ({ update: (collection, id, patch, options) => ('priority' in patch ? Promise.reject(new NetworkError()) : adapter.update(collection, id, patch, options)) }));
    const widget = await agentWidget(desk, 't-new');
    await waitUntil(() => parts(widget, 'ticket-controls').length > 0);
    typeInto(select(widget, 'ticket-controls', 'Priority'), 'low');
    await waitUntil(() => parts(widget, 'error').length > 0, 'the failure was never shown');
    expect(textOf(part(widget, 'error'))).to.contain('could not be reached');
    expect(select(widget, 'ticket-controls', 'Priority').value).to.equal('urgent');
    expect((await desk.client.tickets.get('t-new')).priority).to.equal('urgent');
  });

  it('adds an internal note from a canned reply, and a first public reply stops the first-response clock', async () => {
    const desk = openDesk();
    const asked = await desk.client.cannedReplies.create({ title: 'Need more details', body: 'Could you tell us a little more, for example the order number?' });
    const widget = await agentWidget(desk, 't-new');
    await waitUntil(() => parts(widget, 'canned-replies').length > 0, 'the canned replies never showed');
    const note = [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="visibility"]') ?? [])][1];
    note?.click();
    await widget.updateComplete;
    typeInto(part(widget, 'canned-replies') as HTMLSelectElement, asked.id);
    await waitUntil(() => byId<HTMLTextAreaElement>(widget, 'reply').value !== '', 'the canned reply was never inserted');
    expect(byId<HTMLTextAreaElement>(widget, 'reply').value).to.contain('Could you tell us a little more');
    const noted = oneEvent(widget, 'crm-ticket-replied');
    part(widget, 'reply-button').click();
    const { message, ticket } = (await noted).detail;
    expect([message.visibility, message.authorKind, message.authorId, message.authorName, ticket.firstRespondedAt]).to.deep.equal(['internal', 'agent', 'u-emma', 'Emma Clarke', undefined]);
    await waitUntil(() => parts(widget, 'internal-note').length === 1);

    [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="visibility"]') ?? [])][0]?.click();
    typeInto(byId(widget, 'reply'), 'We are on it.');
    const replied = oneEvent(widget, 'crm-ticket-replied');
    part(widget, 'reply-button').click();
    const answered = (await replied).detail.ticket;
    expect([answered.status, answered.firstRespondedAt]).to.deep.equal(['open', desk.clock.now.toISOString()]);
  });

  it('counts SLA timers down live, on one interval shared by every widget on the page', async () => {
    const desk = openDesk();
    const started: number[] = [];
    const setInterval = window.setInterval;
    window.setInterval = ((handler: TimerHandler, timeout?: number) => {
      started.push(timeout ?? 0);
      return setInterval(handler, timeout);
    }) as typeof window.setInterval;
    try {
      const widget = await agentWidget(desk, 't-other');
      await agentWidget(desk);
      await waitUntil(() => parts(widget, 'sla-clock').length === 2);
      expect(started).to.deep.equal([1000]);
      const times = () => parts(widget, 'sla-clock').map((clock) => textOf(clock.querySelector('.sla-time')));
      // Resolution: 48 business hours of 9 a day from 11:30 today, due next Monday at 14:30, in calendar time.
      expect(times()).to.deep.equal(['3h 30 min left', '7d 2h left']);
      desk.clock.now = new Date(desk.clock.now.getTime() + 5 * 60_000);
      // The next tick is up to a second away, and the desk may have started its interval just before the clock moved.
      await waitUntil(() => times()[0] === '3h 25 min left', 'the timer never moved', { timeout: 1500 });
    } finally {
      window.setInterval = setInterval;
    }
  });

  it('shows the next-reply clock a customer message started, and says why a clock is not counting', async () => {
    const desk = openDesk();
    const policy = await desk.adapter.get('slaPolicies', 'sla-standard');
    await desk.adapter.update('slaPolicies', 'sla-standard', { targets: [{ priority: 'normal', firstResponseMinutes: 240, resolutionMinutes: 2880, nextReplyMinutes: 120 }] }, { expectedVersion: policy.version });
    const ticket = await desk.adapter.get('tickets', 't-other');
    const minutesAgo = (minutes: number) => new Date(desk.clock.now.getTime() - minutes * 60_000).toISOString();
    await desk.adapter.update('tickets', 't-other', { firstRespondedAt: minutesAgo(25), awaitingReplySince: minutesAgo(15) }, { expectedVersion: ticket.version });
    const widget = await agentWidget(desk, 't-other');
    const clocks = () => parts(widget, 'sla-clock').map((clock) => [textOf(clock.querySelector('.muted')), textOf(clock.querySelector('.sla-time'))]);
    await waitUntil(() => parts(widget, 'sla-clock').length === 3, 'the next-reply clock never showed');
    expect(clocks()[1]).to.deep.equal(['Next reply', '1h 45 min left']);
    // 19:00 in Shanghai: the business is closed, and each running clock says so.
    desk.clock.now = new Date('2025-03-03T11:00:00Z');
    await waitUntil(() => widget.shadowRoot!.querySelectorAll('.sla-reason').length > 0, 'no clock said why it stopped', { timeout: 3000 });
    expect([...widget.shadowRoot!.querySelectorAll('[part~="sla-clock"] .sla-reason')].map(textOf)).to.include('Not counting: outside business hours');
  });

  it('never writes because it was viewed, and shows an escalation made elsewhere as it happens', async () => {
    const writes: string[] = [];
    const desk = openDesk((adapter) => ({
      update: (collection, id, patch, options) => {
        writes.push(`${collection}/${id} ${JSON.stringify(patch)}`);
        return adapter.update(collection, id, patch, options);
      },
    }));
    const widget = await agentWidget(desk, 't-new');
    await waitUntil(() => parts(widget, 'sla-clock').length > 0, 'the open ticket never showed');
    // Long enough for the desk's SLA check to have run (it runs as soon as the queue is ordered).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writes).to.deep.equal([]);
    expect(parts(widget, 'escalation-badge')).to.have.length(0);
    // The server's worker escalates the breached ticket: the open desk shows it without a reload.
    const ticket = await desk.adapter.get('tickets', 't-new');
    await desk.adapter.update('tickets', 't-new', { escalationLevel: 2 }, { expectedVersion: ticket.version });
    await waitUntil(() => parts(widget, 'escalation-badge').length === 1, 'the escalation never showed');
    expect(writes).to.deep.equal([]);
  });

  it('with local escalation on, escalates a breach through the rules engine and tells the host', async () => {
    const desk = openDesk();
    const breached = new Promise<unknown>((resolve) => desk.client.events.once('ticket.sla-breached', resolve));
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" local-escalation .client=${desk.client}></crm-ticket-widget>`);
    const event = await oneEvent(widget, 'crm-sla-breach');
    expect(event.detail).to.deep.include({ target: 'first-response', level: 2 });
    expect(event.detail.ticket.id).to.equal('t-new');
    await breached;
    await waitUntil(async () => (await desk.client.tickets.get('t-new')).escalationLevel === 2, 'the ticket was never escalated');
    await waitUntil(() => textOf(parts(widget, 'queue-item')[0]).includes('Urgent'));
    expect(parts(widget, 'queue-item')[0]?.classList.contains('breached')).to.equal(true);
  });
});
