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

/** A second desk on the same page and client, as another agent. */
async function colleagueDesk(desk: Desk, ticketId: string, agentId = 'u-lin'): Promise<CrmTicketWidget> {
  const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" agent-id=${agentId} ticket-id=${ticketId} .agents=${agents} .client=${desk.client}></crm-ticket-widget>`);
  await waitUntil(() => parts(widget, 'attach-button').length > 0, 'the colleague’s desk never showed');
  return widget;
}

const presenceText = (widget: CrmTicketWidget) => textOf(part(widget, 'presence'));

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
    // Kinds of file in words, as the request form says them, not MIME types.
    expect(textOf(byId(widget, 'reply-files-hint'))).not.to.contain('image/');
    await choose(widget, [new File(['<script>'], 'page.html', { type: 'text/html' }), new File([new Uint8Array(101)], 'huge.png', { type: 'image/png' }), new File(['label'], 'label.png', { type: 'image/png' })]);
    await waitUntil(() => parts(widget, 'attachment').length === 1, 'the accepted file was never attached');
    expect([...part(widget, 'field-error').children].map(textOf)).to.deep.equal([
      'page.html: this kind of file is not accepted (accepted: images, PDF, and text files).',
      'huge.png is larger than 0.1 kB, the most a file may be.',
    ]);
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

  it('inserts a canned reply with its placeholders filled for the ticket, flagging the ones it could not fill', async () => {
    const desk = openDesk();
    await desk.adapter.create('cannedReplies', { title: 'Greeting', body: 'Hello {{requester.firstName}}, about {{ticket.subject}}: see {{order.id}}. {{agent.name}}' });
    const widget = await agentDesk(desk, 't-other');
    await waitUntil(() => parts(widget, 'canned-replies').length > 0, 'the canned replies never showed');
    typeInto(byId(widget, 'reply'), 'Thanks for waiting.');
    const picker = part(widget, 'canned-replies') as HTMLSelectElement;
    typeInto(picker, [...picker.options].find((option) => option.text === 'Greeting')?.value ?? '');
    await waitUntil(() => byId<HTMLTextAreaElement>(widget, 'reply').value.includes('Hello'), 'the reply was never inserted');
    expect(byId<HTMLTextAreaElement>(widget, 'reply').value).to.equal('Thanks for waiting.\n\nHello Emma, about Someone else’s question: see {{order.id}}. Emma Clarke');
    expect(textOf(part(widget, 'unfilled-placeholders'))).to.equal('Replace before sending: {{order.id}}');
    // Once the agent replaces it, the flag goes.
    typeInto(byId(widget, 'reply'), 'Hello Emma, see order 1042.');
    await widget.updateComplete;
    expect(parts(widget, 'unfilled-placeholders')).to.have.length(0);
  });

  it('creates, edits and deletes canned replies in a dialog, from the keyboard', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-other');
    part(widget, 'canned-manage-button').click();
    await waitUntil(() => parts(widget, 'canned-manager').length > 0 && (part(widget, 'canned-manager') as HTMLDialogElement).open, 'the manager never opened');
    expect(textOf(part(widget, 'canned-manager'))).to.contain('No canned replies yet.');
    part(widget, 'canned-create').click();
    await waitUntil(() => widget.shadowRoot?.activeElement?.id === 'canned-title', 'the title never took focus');
    await sendKeys({ type: 'Refund sent' });
    typeInto(byId(widget, 'canned-body'), 'Hi {{requester.firstName}}, the refund is on its way.');
    await expect(widget).to.be.accessible();
    part(widget, 'canned-save').click();
    await waitUntil(() => parts(widget, 'canned-item').length === 1, 'the new reply was never listed');
    expect((await desk.client.cannedReplies.list()).items.map(({ title, body }) => [title, body])).to.deep.equal([['Refund sent', 'Hi {{requester.firstName}}, the refund is on its way.']]);
    // It is offered in the reply box at once.
    await waitUntil(() => parts(widget, 'canned-replies').length === 1);
    part(widget, 'canned-item').querySelector<HTMLButtonElement>('button[aria-label="Edit Refund sent"]')?.click();
    await waitUntil(() => widget.shadowRoot?.activeElement?.id === 'canned-title');
    typeInto(byId(widget, 'canned-title'), 'Refund on its way');
    part(widget, 'canned-save').click();
    await waitUntil(() => textOf(part(widget, 'canned-item')).includes('Refund on its way'), 'the edit never showed');
    part(widget, 'canned-item').querySelector<HTMLButtonElement>('button[aria-label="Delete Refund on its way"]')?.click();
    await waitUntil(() => parts(widget, 'canned-item').length === 0, 'the reply was never deleted');
    expect((await desk.client.cannedReplies.list()).total).to.equal(0);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => parts(widget, 'canned-manager').length === 0, 'Escape never closed the manager');
    await waitUntil(() => widget.shadowRoot?.activeElement === part(widget, 'canned-manage-button'), 'focus never went back');
  });

  it('says why a canned reply was not saved, keeping what was typed', async () => {
    const widget = await agentDesk(openDesk(), 't-other');
    part(widget, 'canned-manage-button').click();
    await waitUntil(() => parts(widget, 'canned-create').length > 0);
    part(widget, 'canned-create').click();
    await widget.updateComplete;
    typeInto(byId(widget, 'canned-body'), 'Text without a title');
    part(widget, 'canned-save').click();
    await waitUntil(() => byId(widget, 'canned-title').getAttribute('aria-invalid') === 'true', 'the missing title was never shown');
    expect(byId<HTMLTextAreaElement>(widget, 'canned-body').value).to.equal('Text without a title');
  });

  it('says when another agent has the same ticket open or is writing a reply, and forgets them when they leave', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-new');
    expect(presenceText(widget)).to.equal('');
    const colleague = await colleagueDesk(desk, 't-new');
    await waitUntil(() => presenceText(widget) === 'Lin Jing also has this ticket open.', 'the colleague never showed');
    expect(presenceText(colleague)).to.equal('Emma Clarke also has this ticket open.');
    expect(part(widget, 'presence').getAttribute('role')).to.equal('status');
    await expect(widget).to.be.accessible();
    typeInto(byId(colleague, 'reply'), 'On it');
    await waitUntil(() => presenceText(widget) === 'Lin Jing is writing a reply.', 'the typing never showed');
    const replied = oneEvent(colleague, 'crm-ticket-replied');
    part(colleague, 'reply-button').click();
    await replied;
    await waitUntil(() => presenceText(widget) === 'Lin Jing also has this ticket open.', 'the typing never stopped');
    // Viewing wrote nothing to the ticket's thread beyond the reply.
    expect((await desk.client.ticketMessages.list({ where: { ticketId: 't-new' } })).total).to.equal(1);
    colleague.ticketId = 't-other';
    await waitUntil(() => presenceText(widget) === '', 'the colleague never left');
    colleague.ticketId = 't-new';
    await waitUntil(() => presenceText(widget) !== '');
    colleague.remove();
    await waitUntil(() => presenceText(widget) === '', 'a closed desk was never forgotten');
  });

  it('does not count the same agent in another tab as someone else', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-new');
    await colleagueDesk(desk, 't-new', 'u-emma');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(presenceText(widget)).to.equal('');
  });

  it('names the requester in the thread, not "Customer": their contact’s name, or what a public page’s visitor gave', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-waiting');
    await waitUntil(() => textOf(parts(widget, 'message')[0]?.querySelector('strong')) === 'Wang Fang', 'the requester was never named');
    await desk.client.tickets.create({ subject: 'From the help page', description: 'Where is my parcel?', channel: 'web', requesterEmail: 'carol@example.com', requesterName: 'Carol Visitor' }, { id: 't-public' });
    widget.ticketId = 't-public';
    await waitUntil(() => textOf(parts(widget, 'message')[0]?.querySelector('strong')) === 'Carol Visitor', 'the visitor was never named');
  });

  it('edits the tenant’s ticket fields by their definitions, labelled in the reader’s script, saying what a value must be', async () => {
    const desk = openDesk();
    await desk.client.fieldDefinitions.create({ entity: 'tickets', key: 'orderNumber', label: { en: 'Order number', 'zh-Hans': '订单号' }, type: 'text', required: true, order: 1 });
    await desk.client.fieldDefinitions.create({
      entity: 'tickets',
      key: 'channelDetail',
      label: { en: 'Reached us via' },
      type: 'select',
      order: 2,
      options: [
        { value: 'wechat', label: { en: 'WeChat', 'zh-Hans': '微信' } },
        { value: 'hotline', label: { en: 'Hotline' } },
      ],
    });
    await desk.client.fieldDefinitions.create({ entity: 'contacts', key: 'wechatId', label: { en: 'WeChat ID' }, type: 'text' });
    const widget = await agentDesk(desk, 't-new');
    await waitUntil(() => parts(widget, 'ticket-fields').length > 0, 'the ticket fields never showed');
    expect(parts(widget, 'custom-field').map((field) => textOf(field.querySelector('label')))).to.deep.equal(['Order number *', 'Reached us via']);
    const updated = oneEvent(widget, 'crm-ticket-updated');
    part(widget, 'ticket-fields-save').click();
    await widget.updateComplete;
    // Required and empty: said, and nothing stored.
    expect(textOf(part(widget, 'ticket-fields').querySelector('[part~="field-error"]'))).to.contain('Order number');
    typeInto(byId(widget, 'ticket-cf-orderNumber'), 'SO-1042');
    typeInto(byId(widget, 'ticket-cf-channelDetail'), 'wechat');
    await expect(widget).to.be.accessible();
    part(widget, 'ticket-fields-save').click();
    expect((await updated).detail.ticket.customFields).to.deep.equal({ orderNumber: 'SO-1042', channelDetail: 'wechat' });
    const chinese = await agentDesk(desk, 't-new', 'zh-Hans');
    await waitUntil(() => parts(chinese, 'custom-field').length === 2);
    expect(textOf(parts(chinese, 'custom-field')[0]?.querySelector('label'))).to.equal('订单号 *');
    expect(byId<HTMLInputElement>(chinese, 'ticket-cf-orderNumber').value).to.equal('SO-1042');
  });

  it('names the category as the tenant labels it in the reader’s language, never by its key', async () => {
    const desk = openDesk();
    const widget = await agentDesk(desk, 't-waiting');
    const meta = () => textOf(part(widget, 'detail').querySelector('header .muted'));
    // No tenant list yet: the widget's standard name for the key.
    await waitUntil(() => meta().startsWith('Orders and delivery'), 'the standard name never showed');
    await desk.client.ticketCategories.create({ key: 'order', label: { en: 'Shipping', 'zh-Hans': '物流' } });
    await waitUntil(() => meta().startsWith('Shipping'), 'the tenant’s name never showed');
    const chinese = await agentDesk(desk, 't-waiting', 'zh-Hans');
    await waitUntil(() => textOf(part(chinese, 'detail').querySelector('header .muted')).startsWith('物流'), 'the Chinese name never showed');
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
