import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictError } from '@rapport/core';
import '../define.js';
import type { CrmTicketWidget } from './ticket-widget.js';
import { openDesk, part, parts, textOf, typeInto, type Desk } from './ticket-widget.test-data.js';

// The desk's queue: numbers, requesters and assignees by name, humanized SLA, search with the
// match marked, sorting by each column, keyboard selection and bulk changes, one account's tickets.

const agents = [
  { id: 'u-lin', name: 'Lin Jing' },
  { id: 'u-emma', name: 'Emma Clarke' },
];

async function desk(testDesk: Desk = openDesk(), attributes: { lang?: string; accountId?: string } = {}): Promise<CrmTicketWidget> {
  const widget = await fixture<CrmTicketWidget>(
    html`<crm-ticket-widget mode="agent" lang=${attributes.lang ?? 'en'} account-id=${attributes.accountId ?? ''} agent-id="u-emma" .agents=${agents} .client=${testDesk.client}></crm-ticket-widget>`,
  );
  await waitUntil(() => parts(widget, 'queue-item').length > 0, 'the queue never loaded', { timeout: 4000 });
  return widget;
}

const rows = (widget: CrmTicketWidget) => parts(widget, 'queue-item');
const subjects = (widget: CrmTicketWidget) => rows(widget).map((row) => textOf(row.querySelector('.row-title')));
const sortButton = (widget: CrmTicketWidget, label: string) => parts(widget, 'sort-button').find((button) => textOf(button).startsWith(label)) as HTMLButtonElement;

async function search(widget: CrmTicketWidget, text: string): Promise<void> {
  typeInto(part(widget, 'search') as HTMLInputElement, text);
  const asked = text.replace(/^#/, '').toLowerCase();
  await waitUntil(() => textOf(widget.shadowRoot?.querySelector('.count')).toLowerCase().includes(`“${asked}”`), `the search for ${text} never answered`, { timeout: 3000 });
}

describe('<crm-ticket-widget mode="agent"> queue', () => {
  it('shows each ticket’s number, requester and assignee by name, priority, status, age and SLA in words', async () => {
    const widget = await desk();
    await waitUntil(() => textOf(rows(widget)[0]).includes('Wang Fang'), 'the requester’s name never showed');
    const [urgent, other, waiting] = rows(widget);
    expect(textOf(urgent?.querySelector('.row-number'))).to.equal('#1003');
    expect(textOf(urgent?.querySelector('.row-meta'))).to.equal('Wang Fang Urgent New Unassigned 1h 10 min old');
    expect(textOf(urgent?.querySelector('.sla-time'))).to.match(/^10 min overdue · Due /);
    expect(urgent?.querySelector('.sla-time')?.getAttribute('title')).to.match(/^Due Mar 3, 2025/);
    expect(textOf(other?.querySelector('.row-meta'))).to.equal('Emma Clarke Normal Open Unassigned 30 min old');
    expect(textOf(waiting?.querySelector('.row-assignee'))).to.equal('Lin Jing');
    // A paused clock says why.
    expect(textOf(waiting?.querySelector('.sla-time'))).to.equal('Paused: waiting on the customer');
  });

  it('holds a placeholder while names are read, never “Unknown requester” or the member’s id', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const testDesk = openDesk((adapter) => ({
      list: async (collection, query, options) => {
        if (collection === 'contacts' || collection === 'users') await held;
        return adapter.list(collection, query, options);
      },
    }));
    await testDesk.adapter.create('users', { name: 'Lin Jing', email: 'lin@example.com', role: 'agent' }, { id: 'u-lin' });
    // No `agents`: the assignee is a member read by id, as on a page over a server.
    const widget = await fixture<CrmTicketWidget>(html`<crm-ticket-widget mode="agent" lang="en" agent-id="u-emma" .client=${testDesk.client}></crm-ticket-widget>`);
    await waitUntil(() => rows(widget).length > 0, 'the queue never loaded', { timeout: 4000 });
    const waiting = () => rows(widget).find((row) => textOf(row).includes('Parcel arrived damaged'));
    expect(textOf(waiting()?.querySelector('.row-requester'))).to.equal('…');
    expect(textOf(waiting()?.querySelector('.row-assignee'))).to.equal('…');
    release();
    await waitUntil(() => textOf(waiting()?.querySelector('.row-requester')) === 'Wang Fang', 'the requester’s name never showed');
    await waitUntil(() => textOf(waiting()?.querySelector('.row-assignee')) === 'Lin Jing', 'the assignee’s name never showed');
  });

  it('says a running clock is not counting outside business hours', async () => {
    const testDesk = openDesk();
    // 20:00 in Shanghai: the policy's day ended at 18:00.
    testDesk.clock.now = new Date(testDesk.clock.now.getTime() + 8 * 3_600_000);
    const widget = await desk(testDesk);
    const other = rows(widget).find((row) => textOf(row).includes('Someone else’s question'));
    expect(other?.querySelector('.sla-time')?.getAttribute('title')).to.match(/^Due .* · Not counting: outside business hours$/);
  });

  it('keeps every row’s subject in view beside a long SLA text, which ends in an ellipsis inside the row', async () => {
    const testDesk = openDesk();
    testDesk.clock.now = new Date(testDesk.clock.now.getTime() + 8 * 3_600_000);
    const widget = await desk(testDesk);
    widget.style.width = '520px';
    await widget.updateComplete;
    // The row the keyboard is on also shows the exact due time and why the clock is not counting.
    part(widget, 'queue').focus();
    for (let step = 0; step < rows(widget).length; step++) {
      await sendKeys({ press: 'ArrowDown' });
      await widget.updateComplete;
      const row = rows(widget).find((candidate) => candidate.classList.contains('active'))!;
      const box = row.getBoundingClientRect();
      expect(row.querySelector('.row-title')!.getBoundingClientRect().width, textOf(row)).to.be.at.least(96);
      expect(row.querySelector('.sla-time')!.getBoundingClientRect().right, textOf(row)).to.be.at.most(box.right);
    }
  });

  it('finds tickets by number (with or without #) and subject, marking the match', async function () {
    this.timeout(20_000);
    const widget = await desk();
    await search(widget, '#1004');
    expect(subjects(widget)).to.deep.equal(['Someone else’s question']);
    expect(textOf(widget.shadowRoot?.querySelector('.count'))).to.equal('1 ticket found for “1004”');
    expect(parts(widget, 'match').map(textOf)).to.deep.equal(['1004']);
    await search(widget, 'CRASH');
    expect(subjects(widget)).to.deep.equal(['App crashes on login']);
    const title = rows(widget)[0]?.querySelector('.row-title');
    expect(title?.querySelector('mark')?.textContent).to.equal('crash');
    expect(title?.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('App <mark part="match">crash</mark>es on login');
    await expect(widget).to.be.accessible();
  });

  it('sorts by a column from its header: ascending, descending, then back to SLA order', async () => {
    const widget = await desk();
    const slaOrder = subjects(widget);
    const header = () => sortButton(widget, 'Subject').parentElement as HTMLElement;
    sortButton(widget, 'Subject').click();
    await widget.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    // The sorting code loads on the first sort.
    await waitUntil(() => subjects(widget)[0] === 'App crashes on login', 'the queue was never sorted');
    expect(subjects(widget)).to.deep.equal(['App crashes on login', 'Parcel arrived damaged', 'Someone else’s question']);
    // A header is a button: the keyboard sorts too.
    sortButton(widget, 'Subject').focus();
    await sendKeys({ press: 'Enter' });
    await widget.updateComplete;
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    expect(subjects(widget)).to.deep.equal(['Someone else’s question', 'Parcel arrived damaged', 'App crashes on login']);
    sortButton(widget, 'Number').click();
    await widget.updateComplete;
    expect(rows(widget).map((row) => textOf(row.querySelector('.row-number')))).to.deep.equal(['#1001', '#1003', '#1004']);
    expect(header().getAttribute('aria-sort')).to.equal('none');
    sortButton(widget, 'Number').click();
    sortButton(widget, 'Number').click();
    await widget.updateComplete;
    expect(subjects(widget)).to.deep.equal(slaOrder);
  });

  it('selects from the keyboard, announces the count, and changes the selection in bulk', async function () {
    this.timeout(20_000);
    const widget = await desk();
    part(widget, 'queue').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await widget.updateComplete;
    expect(rows(widget).map((row) => row.getAttribute('aria-selected'))).to.deep.equal(['true', 'true', 'false']);
    const announced = () => textOf(part(widget, 'selection').querySelector('[role="status"]'));
    expect(announced()).to.equal('2 tickets selected');
    await waitUntil(() => parts(widget, 'bulk-bar').length === 1, 'the bulk bar never loaded');
    const bar = part(widget, 'bulk-bar');
    const priority = [...bar.querySelectorAll('label')].find((label) => textOf(label).startsWith('Priority'))?.querySelector('select') as HTMLSelectElement;
    typeInto(priority, 'low');
    (part(widget, 'bulk-apply') as HTMLButtonElement).click();
    await waitUntil(() => announced() === '2 tickets updated.', 'the bulk change never finished');
    expect(rows(widget).filter((row) => textOf(row).includes('Low'))).to.have.length(2);
    expect(rows(widget).map((row) => row.getAttribute('aria-selected'))).to.deep.equal(['false', 'false', 'false']);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await widget.updateComplete;
    expect(announced()).to.equal('3 tickets selected');
    await expect(widget).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await widget.updateComplete;
    expect(announced()).to.equal('No tickets selected');
  });

  it('sums up the tickets a bulk change could not update, and keeps them selected', async () => {
    const testDesk = openDesk((adapter) => ({
      update: async (collection, id, patch, options) => {
        if (id === 't-other') throw new ConflictError(collection, id, options.expectedVersion, await adapter.get(collection, id));
        return adapter.update(collection, id, patch, options);
      },
    }));
    const widget = await desk(testDesk);
    part(widget, 'select-all').click();
    await waitUntil(() => parts(widget, 'bulk-bar').length === 1, 'the bulk bar never loaded');
    const priority = [...part(widget, 'bulk-bar').querySelectorAll('label')].find((label) => textOf(label).startsWith('Priority'))?.querySelector('select') as HTMLSelectElement;
    typeInto(priority, 'low');
    (part(widget, 'bulk-apply') as HTMLButtonElement).click();
    const announced = () => textOf(part(widget, 'selection').querySelector('[role="status"]'));
    await waitUntil(() => announced().includes('could not'), 'no summary');
    expect(announced()).to.equal('2 tickets updated. 1 ticket could not be updated: #1004 (Someone else changed this record while you were editing.).');
    await waitUntil(() => rows(widget).filter((row) => row.getAttribute('aria-selected') === 'true').length === 1);
    expect(textOf(rows(widget).find((row) => row.getAttribute('aria-selected') === 'true')?.querySelector('.row-title'))).to.equal('Someone else’s question');
  });

  it('with account-id, queues only that account’s tickets', async () => {
    const widget = await desk(openDesk(), { accountId: 'a1' });
    expect(subjects(widget)).to.deep.equal(['App crashes on login', 'Parcel arrived damaged']);
  });

  it('speaks Simplified and Traditional Chinese, durations included', async () => {
    const hans = await desk(openDesk(), { lang: 'zh-Hans' });
    await waitUntil(() => textOf(rows(hans)[0]?.querySelector('.sla-time')).startsWith('已超时'), 'no Chinese SLA text');
    expect(textOf(rows(hans)[0]?.querySelector('.sla-time'))).to.match(/^已超时\s?10分钟/);
    expect(textOf(rows(hans)[0]?.querySelector('.row-age'))).to.equal('已创建 1小时10分钟');
    expect((part(hans, 'search') as HTMLInputElement).getAttribute('aria-label')).to.equal('搜索服务请求');
    const hant = await desk(openDesk(), { lang: 'zh-Hant' });
    expect(sortButton(hant, '主旨')).to.exist;
    expect(textOf(rows(hant)[2]?.querySelector('.sla-time'))).to.equal('已暫停：等待客戶回覆');
  });
});

describe('<crm-ticket-widget mode="agent"> saved views', () => {
  it('saves the queue’s filters, search and sort under a name, for this user, and brings them back', async function () {
    this.timeout(20_000);
    const testDesk = openDesk();
    const widget = await desk(testDesk);
    const filterSelect = (label: string) => [...part(widget, 'filters').querySelectorAll('label')].find((candidate) => textOf(candidate).startsWith(label))?.querySelector('select') as HTMLSelectElement;
    typeInto(filterSelect('Priority'), 'urgent');
    sortButton(widget, 'Subject').click();
    await widget.updateComplete;
    // The saved views load when first opened.
    expect(parts(widget, 'views')).to.have.length(0);
    (part(widget, 'views-toggle') as HTMLButtonElement).click();
    await waitUntil(() => parts(widget, 'save-view').length === 1, 'the saved views never loaded');
    expect(part(widget, 'views-toggle').getAttribute('aria-expanded')).to.equal('true');
    (part(widget, 'save-view') as HTMLButtonElement).click();
    await waitUntil(() => parts(widget, 'view-editor').length === 1, 'the view editor never loaded');
    const name = widget.shadowRoot?.getElementById('view-name') as HTMLInputElement;
    // A view needs a name: the problem is told at the field, and nothing is stored.
    (part(widget, 'save-view-confirm') as HTMLButtonElement).click();
    await waitUntil(() => name.getAttribute('aria-invalid') === 'true', 'an empty name was not refused');
    typeInto(name, 'Urgent first');
    (part(widget, 'save-view-confirm') as HTMLButtonElement).click();
    await waitUntil(() => parts(widget, 'view-editor').length === 0, 'the view was never saved');
    const [stored] = (await testDesk.client.savedViews.list()).items;
    expect(stored).to.deep.include({ name: 'Urgent first', collection: 'tickets', ownerId: 'u-emma', sort: { key: 'subject', direction: 'ascending' } });
    expect(stored?.filter).to.deep.equal({ status: 'unresolved', priority: 'urgent' });
    await expect(widget).to.be.accessible();

    // Back to everything, then the view again.
    typeInto(filterSelect('Priority'), '');
    await widget.updateComplete;
    expect(subjects(widget)).to.have.length(3);
    const views = part(widget, 'views').querySelector('select') as HTMLSelectElement;
    typeInto(views, stored?.id ?? '');
    await widget.updateComplete;
    expect(subjects(widget)).to.deep.equal(['App crashes on login']);
    expect(filterSelect('Priority').value).to.equal('urgent');
    expect(sortButton(widget, 'Subject').parentElement?.getAttribute('aria-sort')).to.equal('ascending');
    (part(widget, 'remove-view') as HTMLButtonElement).click();
    await waitUntil(async () => (await testDesk.client.savedViews.list()).items.length === 0, 'the view was never deleted');
  });
});
