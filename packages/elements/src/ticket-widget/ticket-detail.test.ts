import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { CrmTicketWidget } from './ticket-widget.js';
import { byId, openDesk, part, parts, textOf, typeInto, type Desk } from './ticket-widget.test-data.js';

const agents = [
  { id: 'u-lin', name: 'Lin Jing' },
  { id: 'u-emma', name: 'Emma Clarke' },
];

async function agentDesk(desk: Desk, ticketId: string, lang = 'en'): Promise<CrmTicketWidget> {
  const widget = await fixture<CrmTicketWidget>(
    html`<crm-ticket-widget mode="agent" lang=${lang} agent-id="u-emma" ticket-id=${ticketId} .agents=${agents} .client=${desk.client} max-attachment-size="100"></crm-ticket-widget>`,
  );
  await waitUntil(() => parts(widget, 'attach-button').length > 0, 'the reply box never showed complete');
  return widget;
}

async function choose(widget: CrmTicketWidget, files: File[]): Promise<void> {
  const input = byId<HTMLInputElement>(widget, 'reply-files');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const menuItems = (widget: CrmTicketWidget) => [...part(widget, 'send-menu').querySelectorAll<HTMLElement>('[role="menuitem"]')];

describe('<crm-ticket-widget mode="agent"> ticket detail', function () {
  // The first test fetches the views' chunks, and axe alone can take seconds on a busy machine.
  this.timeout(20_000);

  it('sends a reply and marks the ticket solved in one step, from the keyboard, assigning an unassigned ticket to the replying agent', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-new');
    typeInto(byId(widget, 'reply'), 'A fix is out: update the app, please.');
    part(widget, 'send-menu-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(widget, 'send-menu').matches(':popover-open'), 'the menu never opened');
    expect(menuItems(widget).map(textOf)).to.deep.equal(['Send reply and mark Waiting on customer', 'Send reply and mark Resolved']);
    expect(widget.shadowRoot?.activeElement).to.equal(menuItems(widget)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(widget.shadowRoot?.activeElement).to.equal(menuItems(widget)[1]);
    const replied = oneEvent(widget, 'crm-ticket-replied');
    const statusChanged = oneEvent(widget, 'crm-ticket-status-changed');
    await sendKeys({ press: 'Enter' });
    const { ticket, message } = (await replied).detail;
    expect(message).to.include({ body: 'A fix is out: update the app, please.', authorId: 'u-emma', visibility: 'public' });
    expect([ticket.status, ticket.assigneeId, ticket.firstRespondedAt, ticket.resolvedAt]).to.deep.equal(['resolved', 'u-emma', desk.clock.now.toISOString(), desk.clock.now.toISOString()]);
    expect((await statusChanged).detail.previous).to.equal('new');
    expect(part(widget, 'send-menu').matches(':popover-open')).to.equal(false);
    await waitUntil(() => select(widget, 'Status').value === 'resolved', 'the status control never followed');
    expect(select(widget, 'Assignee').value).to.equal('u-emma');
  });

  it('is accessible with the send menu open', async () => {
    const widget = await agentDesk(openDesk(), 't-new');
    part(widget, 'send-menu-button').click();
    await waitUntil(() => part(widget, 'send-menu').matches(':popover-open'));
    await expect(widget).to.be.accessible();
  });

  it('closes the send menu with Escape, and keeps an assigned ticket with its assignee; an internal note assigns nobody', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-waiting');
    // Waiting on the customer already: the menu offers only solving.
    part(widget, 'send-menu-button').click();
    await waitUntil(() => part(widget, 'send-menu').matches(':popover-open'));
    expect(menuItems(widget).map(textOf)).to.deep.equal(['Send reply and mark Resolved']);
    await sendKeys({ press: 'Escape' });
    expect(part(widget, 'send-menu').matches(':popover-open')).to.equal(false);
    typeInto(byId(widget, 'reply'), 'Refund is on its way.');
    const replied = oneEvent(widget, 'crm-ticket-replied');
    part(widget, 'reply-button').click();
    expect((await replied).detail.ticket.assigneeId).to.equal('u-lin');

    const other = await agentDesk(desk, 't-other');
    [...(other.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="visibility"]') ?? [])][1]?.click();
    await other.updateComplete;
    typeInto(byId(other, 'reply'), 'Asked the warehouse.');
    const noted = oneEvent(other, 'crm-ticket-replied');
    part(other, 'reply-button').click();
    expect((await noted).detail.ticket.assigneeId).to.equal(undefined);
  });

  it('attaches files to a reply after checking their type and size, and shows them in the thread', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-waiting');
    expect(textOf(byId(widget, 'reply-files-hint'))).to.contain('up to 0.1 kB each');
    await choose(widget, [new File(['<script>'], 'page.html', { type: 'text/html' }), new File([new Uint8Array(101)], 'huge.png', { type: 'image/png' }), new File(['label'], 'label.png', { type: 'image/png' })]);
    await waitUntil(() => parts(widget, 'attachment').length === 1, 'the accepted file was never attached');
    expect([...part(widget, 'field-error').children].map(textOf)).to.deep.equal(['page.html: this type of file is not accepted.', 'huge.png is larger than 0.1 kB.']);
    await expect(widget).to.be.accessible();
    typeInto(byId(widget, 'reply'), 'Here is the return label.');
    const replied = oneEvent(widget, 'crm-ticket-replied');
    part(widget, 'reply-button').click();
    const [attachment] = (await replied).detail.message.attachments;
    expect(attachment).to.deep.include({ name: 'label.png', type: 'image/png', size: 5, url: `data:image/png;base64,${btoa('label')}` });
    // The draft's files went with it; the thread shows them on the new message.
    await waitUntil(() => parts(widget, 'message').length === 4, 'the reply never showed');
    const last = parts(widget, 'message').at(-1);
    expect(textOf(last?.querySelector('[part~="attachment"]'))).to.contain('label.png');
    expect(part(widget, 'reply-form').querySelector('[part~="attachment"]')).to.equal(null);
  });

  it('removes a chosen file from the draft', async () => {
    const widget = await agentDesk(openDesk(), 't-waiting');
    await choose(widget, [new File(['a'], 'a.png', { type: 'image/png' }), new File(['b'], 'b.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => parts(widget, 'attachment').length === 2);
    parts(widget, 'attachment-remove')[0]?.click();
    await widget.updateComplete;
    expect(parts(widget, 'attachment').map(textOf).join()).to.contain('b.pdf').and.not.contain('a.png');
  });

  it('lets a customer attach files to their reply', async () => {
    const desk = openDesk();
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget .client=${desk.client} contact-id="c1" ticket-id="t-waiting" lang="en"></crm-ticket-widget>`);
    await waitUntil(() => parts(widget, 'attach-button').length > 0, 'no attach button');
    // Only agents set the status while replying.
    expect(parts(widget, 'send-menu-button')).to.have.length(0);
    await choose(widget, [new File(['photo'], 'teapot.jpg', { type: 'image/jpeg' })]);
    await waitUntil(() => parts(widget, 'attachment').length === 1);
    typeInto(byId(widget, 'reply'), 'Photo of the teapot.');
    const replied = oneEvent(widget, 'crm-ticket-replied');
    part(widget, 'reply-button').click();
    const { message } = (await replied).detail;
    expect(message.authorKind).to.equal('customer');
    expect(message.attachments.map((attachment: { name: string }) => attachment.name)).to.deep.equal(['teapot.jpg']);
    await expect(widget).to.be.accessible();
  });

  it('tags a ticket from the keyboard, suggesting the tags used on the queued tickets, most used first', async () => {
    const desk = openDesk();
    for (const [id, tags] of [['t-waiting', ['damaged', 'refund']], ['t-other', ['refund']]] as const) {
      const ticket = await desk.adapter.get('tickets', id);
      await desk.adapter.update('tickets', id, { tags: [...tags] }, { expectedVersion: ticket.version });
    }
    const widget = await agentDesk(desk, 't-new');
    await waitUntil(() => widget.shadowRoot?.querySelectorAll('#tag-suggestions option').length === 2, 'no suggestions');
    expect([...(widget.shadowRoot?.querySelectorAll<HTMLOptionElement>('#tag-suggestions option') ?? [])].map((option) => option.value)).to.deep.equal(['refund', 'damaged']);
    expect(textOf(part(widget, 'tags'))).to.contain('No tags');
    const input = part(widget, 'tag-input') as HTMLInputElement;
    input.focus();
    const tagged = async (keys: () => Promise<void>) => {
      const updated = oneEvent(widget, 'crm-ticket-updated');
      await keys();
      return (await updated).detail.ticket.tags;
    };
    expect(await tagged(() => sendKeys({ type: '  VIP  customer' }).then(() => sendKeys({ press: 'Enter' })))).to.deep.equal(['VIP customer']);
    expect(await tagged(() => sendKeys({ type: 'refund,' }))).to.deep.equal(['VIP customer', 'refund']);
    await waitUntil(() => parts(widget, 'tag').length === 2);
    expect(parts(widget, 'tag').map(textOf)).to.deep.equal(['VIP customer×', 'refund×']);
    // Refund is on the ticket now: it is no longer suggested.
    expect([...(widget.shadowRoot?.querySelectorAll<HTMLOptionElement>('#tag-suggestions option') ?? [])].map((option) => option.value)).to.deep.equal(['damaged']);
    await expect(widget).to.be.accessible();
    expect(await tagged(() => sendKeys({ press: 'Backspace' }))).to.deep.equal(['VIP customer']);
    await waitUntil(() => parts(widget, 'tag-remove').length === 1 && !(parts(widget, 'tag-remove')[0] as HTMLButtonElement).disabled);
    expect(part(widget, 'tag-remove').getAttribute('aria-label')).to.equal('Remove tag VIP customer');
    expect(await tagged(async () => part(widget, 'tag-remove').click())).to.deep.equal([]);
    expect(widget.shadowRoot?.activeElement).to.equal(part(widget, 'tag-input'));
    expect((await desk.client.tickets.get('t-new')).tags).to.deep.equal([]);
  });

  for (const [lang, attach, mark] of [
    ['zh-Hans', '添加附件', '发送回复并设为“已解决”'],
    ['zh-Hant', '新增附件', '傳送回覆並設為「已解決」'],
  ] as const) {
    it(`speaks ${lang} in the reply box's extras`, async () => {
      const widget = await agentDesk(openDesk(), 't-waiting', lang);
      expect(textOf(part(widget, 'attach-button'))).to.equal(attach);
      expect(menuItems(widget).map(textOf)).to.deep.equal([mark]);
    });
  }
});

function select(widget: CrmTicketWidget, label: string): HTMLSelectElement {
  const found = [...part(widget, 'ticket-controls').querySelectorAll('label')].find((candidate) => textOf(candidate).startsWith(label));
  const control = found?.querySelector('select');
  if (!control) throw new Error(`no ${label} select`);
  return control;
}
