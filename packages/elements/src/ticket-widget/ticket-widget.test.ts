import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictError, NetworkError, type ListQuery } from '@rapport/core';
import '../define.js';
import { DEFAULT_TICKET_WIDGET_MODE } from './first-reads.js';
import type { CrmTicketWidget } from './ticket-widget.js';
import { byId, openDesk, part, parts, textOf, typeInto, type Desk } from './ticket-widget.test-data.js';

async function customerWidget(desk: Desk, attributes: { ticketId?: string; lang?: string; maxSize?: number } = {}): Promise<CrmTicketWidget> {
  const widget = await fixture<CrmTicketWidget>(
    html`<crm-ticket-widget
      .client=${desk.client}
      contact-id="c1"
      ticket-id=${attributes.ticketId ?? ''}
      lang=${attributes.lang ?? 'en'}
      max-attachment-size=${attributes.maxSize ?? 1024 * 1024}
    ></crm-ticket-widget>`,
  );
  await widget.updateComplete;
  return widget;
}

function fillForm(widget: CrmTicketWidget, fields: { subject?: string; category?: string; description?: string }): void {
  if (fields.subject !== undefined) typeInto(byId(widget, 'subject'), fields.subject);
  if (fields.category !== undefined) typeInto(byId(widget, 'category'), fields.category);
  if (fields.description !== undefined) typeInto(byId(widget, 'description'), fields.description);
}

async function choose(widget: CrmTicketWidget, files: File[]): Promise<void> {
  const input = byId<HTMLInputElement>(widget, 'files');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const submit = (widget: CrmTicketWidget) => part(widget, 'submit-button').click();

describe('<crm-ticket-widget mode="customer">', () => {
  it('is a customer\'s page without a mode, as the CDN entry expects when it fetches that view with the widget', async () => {
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget></crm-ticket-widget>`);
    expect(widget.mode).to.equal(DEFAULT_TICKET_WIDGET_MODE);
  });

  it('checks a field once the customer leaves it, and every required field on send, storing nothing', async () => {
    const desk = openDesk();
    const widget = await customerWidget(desk);
    byId(widget, 'subject').dispatchEvent(new Event('blur'));
    await widget.updateComplete;
    expect(byId(widget, 'subject').getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(byId(widget, 'subject-error'))).to.equal('This field is required.');
    expect(widget.shadowRoot?.getElementById('description-error')).to.equal(null);

    submit(widget);
    await widget.updateComplete;
    expect(parts(widget, 'field-error').map(textOf)).to.deep.equal(Array(3).fill('This field is required.'));
    expect((await desk.client.tickets.list({ where: { subject: 'x' } })).total).to.equal(0);
    await expect(widget).to.be.accessible();
  });

  it('sends a request as the contact, for their account, and announces it before and after', async () => {
    const desk = openDesk();
    const widget = await customerWidget(desk);
    fillForm(widget, { subject: 'Wrong colour delivered', category: 'order', description: 'I ordered green tea cups, got blue ones.' });
    const before = oneEvent(widget, 'crm-ticket-submit');
    const after = oneEvent(widget, 'crm-ticket-submitted');
    submit(widget);
    expect((await before).detail.ticket).to.include({ subject: 'Wrong colour delivered', requesterId: 'c1', channel: 'web' });
    const { ticket } = (await after).detail;
    expect(ticket).to.include({ status: 'new', requesterId: 'c1', accountId: 'a1', category: 'order' });
    expect((await desk.client.tickets.get(ticket.id)).description).to.equal('I ordered green tea cups, got blue ones.');
    await widget.updateComplete;
    expect(textOf(part(widget, 'notice'))).to.contain('Your request was received');
    expect(widget.shadowRoot?.activeElement).to.equal(part(widget, 'notice'));
  });

  it('offers the tenant’s active categories by their labels in the reader’s language, and stores the key', async () => {
    const desk = openDesk();
    await desk.client.ticketCategories.create({ key: 'returns', label: { en: 'Returns', 'zh-Hans': '退货', 'zh-Hant': '退貨' }, order: 1, active: true });
    await desk.client.ticketCategories.create({ key: 'legacy', label: { en: 'Old things' }, order: 2, active: false });
    const widget = await customerWidget(desk, { lang: 'zh-Hans' });
    const offered = () => [...byId<HTMLSelectElement>(widget, 'category').options].filter((option) => option.value).map((option) => [option.value, option.textContent?.trim()]);
    await waitUntil(() => offered().length === 1, 'the tenant’s categories were never offered');
    expect(offered()).to.deep.equal([['returns', '退货']]);
    fillForm(widget, { subject: '退货', category: 'returns', description: '尺码不合适。' });
    const after = oneEvent(widget, 'crm-ticket-submitted');
    submit(widget);
    expect((await after).detail.ticket.category).to.equal('returns');
  });

  it('keeps everything typed when sending fails, and sends it once the service is back', async () => {
    let offline = true;
    const desk = openDesk((adapter) => ({ create: (...args) => (offline ? Promise.reject(new NetworkError()) : adapter.create(...args)) }));
    const widget = await customerWidget(desk);
    fillForm(widget, { subject: 'Refund', category: 'billing', description: 'Charged twice.' });
    submit(widget);
    await waitUntil(() => parts(widget, 'error').length > 0, 'the failure was never shown');
    expect(textOf(part(widget, 'error'))).to.contain('could not be reached');
    expect([byId<HTMLInputElement>(widget, 'subject').value, byId<HTMLSelectElement>(widget, 'category').value, byId<HTMLTextAreaElement>(widget, 'description').value]).to.deep.equal([
      'Refund',
      'billing',
      'Charged twice.',
    ]);
    offline = false;
    const sent = oneEvent(widget, 'crm-ticket-submitted');
    submit(widget);
    expect((await sent).detail.ticket.subject).to.equal('Refund');
  });

  it('checks attachments before reading them and stores the accepted ones with the ticket', async () => {
    const desk = openDesk();
    const widget = await customerWidget(desk, { maxSize: 100 });
    await choose(widget, [
      new File(['<script>'], 'page.html', { type: 'text/html' }),
      new File([new Uint8Array(101)], 'huge.png', { type: 'image/png' }),
      new File(['photo'], 'damage.png', { type: 'image/png' }),
    ]);
    await waitUntil(() => parts(widget, 'attachment').length === 1, 'the accepted file was never attached');
    expect(parts(widget, 'file-error').map(textOf)).to.deep.equal([
      'page.html: this kind of file is not accepted (accepted: images, PDF, and text files).',
      'huge.png is larger than 0.1 kB, the most a file may be.',
    ]);
    fillForm(widget, { subject: 'Broken cup', category: 'order', description: 'See the photo.' });
    const sent = oneEvent(widget, 'crm-ticket-submitted');
    submit(widget);
    const [attachment] = (await sent).detail.ticket.attachments;
    expect(attachment).to.deep.include({ name: 'damage.png', type: 'image/png', size: 5 });
    expect(attachment?.url).to.equal(`data:image/png;base64,${btoa('photo')}`);
  });

  it('suggests articles while the customer types, and counts "this solved it" as a deflection without a ticket', async () => {
    const desk = openDesk();
    const widget = await customerWidget(desk);
    fillForm(widget, { subject: 'Damaged item', description: 'I would like a refund' });
    await waitUntil(() => parts(widget, 'suggestion').length > 0, 'no article was suggested');
    expect(parts(widget, 'suggestion').map((el) => textOf(el.querySelector('summary')))).to.deep.equal(['How do I get a refund for a damaged item?']);
    expect(textOf(widget.shadowRoot?.querySelector('[role="status"]'))).to.equal('1 suggested article');
    await expect(widget).to.be.accessible();
    const deflected = oneEvent(widget, 'crm-ticket-deflect');
    part(widget, 'solved-button').click();
    expect((await deflected).detail).to.deep.include({ subject: 'Damaged item' });
    expect((await deflected).detail.article.id).to.equal('kb-refund');
    await widget.updateComplete;
    expect(textOf(part(widget, 'notice'))).to.contain('No request was needed');
    expect((await desk.client.tickets.list()).total).to.equal(4);
  });

  it('switches tabs with the arrow keys, moving focus along', async () => {
    const widget = await customerWidget(openDesk());
    byId(widget, 'tab-new').focus();
    await sendKeys({ press: 'ArrowRight' });
    await widget.updateComplete;
    expect(widget.shadowRoot?.activeElement?.id).to.equal('tab-tickets');
    expect(byId(widget, 'tab-tickets').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Home' });
    await widget.updateComplete;
    expect(widget.shadowRoot?.activeElement?.id).to.equal('tab-new');
  });

  it('lists only the contact’s own requests and never asks for internal notes', async () => {
    const desk = openDesk();
    const asked: ListQuery[] = [];
    const spied = openDesk((adapter) => ({
      list: (collection, query, options) => {
        if (collection === 'ticketMessages' && query) asked.push(query);
        return adapter.list(collection, query, options);
      },
    }));
    const widget = await customerWidget(spied);
    byId(widget, 'tab-tickets').click();
    await waitUntil(() => parts(widget, 'ticket-link').length > 0, 'the requests never loaded');
    expect(parts(widget, 'ticket-link').map((link) => textOf(link.querySelector('.row-title'))).sort()).to.deep.equal([
      'App crashes on login',
      'Invoice address',
      'Parcel arrived damaged',
    ]);
    await expect(widget).to.be.accessible();
    const opened = oneEvent(widget, 'crm-ticket-open');
    parts(widget, 'ticket-link').find((link) => textOf(link).includes('Parcel'))?.click();
    expect((await opened).detail.ticketId).to.equal('t-waiting');
    await waitUntil(() => parts(widget, 'message').length === 2, 'the thread never loaded');
    expect(textOf(part(widget, 'thread'))).not.to.contain('VIP');
    expect(asked.every((query) => query.where?.visibility === 'public')).to.equal(true);
    expect(parts(widget, 'internal-note')).to.have.length(0);
    expect(widget.shadowRoot?.activeElement?.id).to.equal('ticket-subject');
    await expect(widget).to.be.accessible();
    desk.client.dispose();
  });

  it('renders message text as text, linking only https and mailto', async () => {
    const widget = await customerWidget(openDesk(), { ticketId: 't-waiting' });
    await waitUntil(() => parts(widget, 'message').length === 2, 'the thread never loaded');
    const reply = parts(widget, 'message')[1] as HTMLElement;
    expect(reply.querySelector('b')).to.equal(null);
    expect(textOf(reply)).to.contain('<b>please</b>');
    expect(parts(widget, 'message-link').map((link) => link.getAttribute('href'))).to.deep.equal(['https://help.example.cn/returns']);
  });

  it('does not show another customer’s ticket', async () => {
    const widget = await customerWidget(openDesk(), { ticketId: 't-other' });
    await waitUntil(() => parts(widget, 'error').length > 0, 'the ticket was shown');
    expect(textOf(part(widget, 'error'))).to.equal('This record no longer exists.');
    expect(parts(widget, 'thread')).to.have.length(0);
  });

  it('replies to a request waiting on the customer, which opens it again', async () => {
    const desk = openDesk();
    const widget = await customerWidget(desk, { ticketId: 't-waiting' });
    await waitUntil(() => parts(widget, 'reply-form').length > 0, 'no reply box');
    typeInto(byId(widget, 'reply'), 'Photo attached to my order page.');
    const replied = oneEvent(widget, 'crm-ticket-replied');
    part(widget, 'reply-button').click();
    const { ticket, message } = (await replied).detail;
    expect(message).to.include({ authorKind: 'customer', authorId: 'c1', visibility: 'public', body: 'Photo attached to my order page.' });
    expect(ticket.status).to.equal('open');
    expect(ticket.pausedAt).to.equal(undefined);
    expect(ticket.pausedMinutes).to.equal(20);
    await waitUntil(() => parts(widget, 'message').length === 3, 'the reply never appeared');
  });

  it('asks a resolved request for a rating, stored as a survey response linked to the ticket', async () => {
    const desk = openDesk();
    const widget = await customerWidget(desk, { ticketId: 't-resolved' });
    await waitUntil(() => parts(widget, 'csat-form').length > 0, 'no satisfaction question');
    await expect(widget).to.be.accessible();
    part(widget, 'csat-button').click();
    await widget.updateComplete;
    expect(textOf(byId(widget, 'csat-error'))).to.equal('This field is required.');
    const four = [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="csat"]') ?? [])][3];
    four?.click();
    typeInto(byId(widget, 'csat-comment'), 'Quick and friendly.');
    const rated = oneEvent(widget, 'crm-csat-submitted');
    part(widget, 'csat-button').click();
    const { response } = (await rated).detail;
    expect(response).to.deep.include({ surveyId: 's-csat', ticketId: 't-resolved', contactId: 'c1', answers: { 'q-csat': 4, 'q-comment': 'Quick and friendly.' } });
    await waitUntil(() => parts(widget, 'csat-thanks').length > 0, 'no thanks');
    expect((await desk.client.surveyResponses.list({ where: { ticketId: 't-resolved' } })).total).to.equal(1);
  });

  it('shows the rating given before (another tab, before a reload) instead of asking again', async () => {
    const desk = openDesk();
    await desk.adapter.create('surveyResponses', { surveyId: 's-csat', contactId: 'c1', ticketId: 't-resolved', answers: { 'q-csat': 2 }, submittedAt: new Date().toISOString() });
    const widget = await customerWidget(desk, { ticketId: 't-resolved' });
    await waitUntil(() => parts(widget, 'csat-earlier').length > 0, 'the earlier rating never showed');
    expect(textOf(part(widget, 'csat-earlier'))).to.equal('You rated this ticket: 2 · Dissatisfied. Thank you for your feedback.');
    expect(parts(widget, 'csat-form')).to.have.length(0);
  });

  it('says a second rating was not saved when the server kept the first, and thanks for nothing', async () => {
    const desk = openDesk((adapter) => ({
      create: async (collection, data, options) => {
        if (collection !== 'surveyResponses') return adapter.create(collection, data, options);
        // What the server answers when another tab rated this ticket a moment ago.
        const first = await adapter.create(collection, { ...data, answers: { 'q-csat': 5 } });
        throw new ConflictError(collection, first.id, 0, first);
      },
    }));
    const widget = await customerWidget(desk, { ticketId: 't-resolved' });
    await waitUntil(() => parts(widget, 'csat-form').length > 0, 'no satisfaction question');
    let thanked = false;
    widget.addEventListener('crm-csat-submitted', () => (thanked = true));
    [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="csat"]') ?? [])][0]?.click();
    part(widget, 'csat-button').click();
    await waitUntil(() => parts(widget, 'csat-earlier').length > 0, 'the refusal never showed');
    expect(textOf(part(widget, 'csat-earlier'))).to.equal('This ticket was already rated (5 · Very satisfied), perhaps in another window. Your new answer was not saved.');
    expect([thanked, parts(widget, 'csat-thanks').length]).to.deep.equal([false, 0]);
  });

  it('counts a resent rating whose first reply was lost as sent', async () => {
    let lost = true;
    const desk = openDesk((adapter) => ({
      create: async (collection, data, options) => {
        if (collection !== 'surveyResponses') return adapter.create(collection, data, options);
        if (lost) {
          lost = false;
          await adapter.create(collection, data);
          throw new NetworkError('The reply was lost');
        }
        const [first] = (await adapter.list(collection, { where: { ticketId: 't-resolved' } })).items;
        throw new ConflictError(collection, first?.id ?? '', 0, first);
      },
    }));
    const widget = await customerWidget(desk, { ticketId: 't-resolved' });
    await waitUntil(() => parts(widget, 'csat-form').length > 0, 'no satisfaction question');
    [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="csat"]') ?? [])][3]?.click();
    part(widget, 'csat-button').click();
    // The stored rating reaches the page by the live feed, or the customer sends it again.
    const settled = () => parts(widget, 'csat-thanks').length > 0 || parts(widget, 'csat-earlier').length > 0;
    await waitUntil(() => settled() || parts(widget, 'error').length > 0, 'the lost reply was neither reported nor made good');
    if (!settled()) part(widget, 'csat-button').click();
    await waitUntil(settled, 'the stored rating was not acknowledged');
    const shown = textOf(parts(widget, 'csat-thanks')[0] ?? part(widget, 'csat-earlier'));
    expect(shown).to.be.oneOf(['Thank you for your feedback.', 'You rated this ticket: 4 · Satisfied. Thank you for your feedback.']);
    expect((await desk.client.surveyResponses.list({ where: { ticketId: 't-resolved' } })).total).to.equal(1);
  });

  it("keeps a ticket's rating out of the NPS survey", async () => {
    const desk = openDesk();
    await desk.adapter.create('surveys', { id: 's-a-nps', title: 'Recommend us', questions: [{ id: 'nps', type: 'nps', label: 'Recommend us?' }, { id: 'sat', type: 'csat', label: 'Satisfied?' }] });
    const widget = await customerWidget(desk, { ticketId: 't-resolved' });
    await waitUntil(() => parts(widget, 'csat-form').length > 0, 'no satisfaction question');
    [...(widget.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="csat"]') ?? [])][4]?.click();
    const rated = oneEvent(widget, 'crm-csat-submitted');
    part(widget, 'csat-button').click();
    expect((await rated).detail.response.surveyId).to.equal('s-csat');
  });

  it('reopens a resolved request, announcing the status change first', async () => {
    const desk = openDesk();
    const widget = await customerWidget(desk, { ticketId: 't-resolved' });
    await waitUntil(() => parts(widget, 'reopen-button').length > 0, 'no reopen button');
    const change = oneEvent(widget, 'crm-ticket-status-change');
    const changed = oneEvent(widget, 'crm-ticket-status-changed');
    part(widget, 'reopen-button').click();
    expect((await change).detail.status).to.equal('open');
    const { ticket, previous } = (await changed).detail;
    expect([previous, ticket.status, ticket.resolvedAt]).to.deep.equal(['resolved', 'open', undefined]);
  });

  it('speaks the page’s Chinese', async () => {
    const widget = await customerWidget(openDesk(), { lang: 'zh-TW' });
    expect(textOf(byId(widget, 'tab-new'))).to.equal('提交服務請求');
    expect(textOf(part(widget, 'submit-button'))).to.equal('提交請求');
    widget.setAttribute('lang', 'zh-CN');
    await waitUntil(() => textOf(part(widget, 'submit-button')) === '提交请求', 'the locale never switched');
  });

  it('asks for a contact, or a data source, when it has none', async () => {
    const withoutContact = await fixture<CrmTicketWidget>(html`<crm-ticket-widget lang="en" .client=${openDesk().client}></crm-ticket-widget>`);
    expect(textOf(part(withoutContact, 'empty'))).to.contain('Sign in');
    const withoutClient = await fixture<CrmTicketWidget>(html`<crm-ticket-widget lang="en" contact-id="c1"></crm-ticket-widget>`);
    expect(textOf(part(withoutClient, 'error'))).to.contain('No data source');
    await expect(withoutClient).to.be.accessible();
  });
});
