import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient, NetworkError, type CrmClient, type MemoryAdapter, type RecordInput } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import { TIMELINE_ROW_HEIGHT } from './activity-timeline.js';
import { seedNow as NOW, seedAccount, seedContact, seedOwnerNames } from './contact-card.fixture.js';
import type { CrmContactCard } from './contact-card.js';

const LONG_BODY = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}: the customer asked about volume pricing for the second half of the year.`).join('\n');

/** One activity of each kind the filter offers, plus a pinned one, an overdue task and a finished one. */
const activities: RecordInput[] = [
  { id: 'n1', kind: 'note', subject: 'Pricing notes', body: LONG_BODY, at: '2025-03-03T08:00:00Z', ownerId: 'u-lin', contactId: 'c-wang' },
  {
    id: 'c1',
    kind: 'call',
    subject: 'Follow-up call',
    body: 'Agreed to send the quote by Friday.',
    direction: 'inbound',
    outcome: 'connected',
    durationSeconds: 720,
    at: '2025-03-02T08:00:00Z',
    ownerId: 'u-lin',
    contactId: 'c-wang',
  },
  { id: 'e1', kind: 'email', subject: 'Quote sent', body: 'Dear Mr Wang, please find the quote attached.', at: '2025-03-01T08:00:00Z', ownerId: 'u-lin', contactId: 'c-wang' },
  { id: 't1', kind: 'task', subject: 'Send contract', dueAt: '2025-03-01T09:00:00Z', done: false, at: '2025-02-28T08:00:00Z', ownerId: 'u-lin', contactId: 'c-wang' },
  { id: 't2', kind: 'task', subject: 'Book visit', dueAt: '2025-03-10T09:00:00Z', done: false, at: '2025-02-27T08:00:00Z', ownerId: 'u-lin', contactId: 'c-wang' },
  { id: 'm1', kind: 'meeting', subject: 'Kick-off', pinned: true, at: '2025-01-10T08:00:00Z', endAt: '2025-01-10T09:00:00Z', ownerId: 'u-lin', contactId: 'c-wang' },
];

interface Setup {
  readonly adapter: MemoryAdapter;
  readonly client: CrmClient;
}

function setup(): Setup {
  const adapter = createMemoryAdapter({ seed: { contacts: [seedContact], accounts: [seedAccount], activities }, now: () => NOW });
  return { adapter, client: createCrmClient({ adapter, now: () => NOW }) };
}

async function cardFor(client: CrmClient, lang = 'en'): Promise<CrmContactCard> {
  const card = await fixture<CrmContactCard>(html`<crm-contact-card .client=${client} .ownerNames=${seedOwnerNames} contact-id="c-wang" lang=${lang}></crm-contact-card>`);
  await waitUntil(() => rows(card).length > 0, 'the timeline never rendered', { timeout: 4000 });
  return card;
}

const part = (card: CrmContactCard, name: string) => card.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const rows = (card: CrmContactCard) => [...(card.shadowRoot?.querySelectorAll<HTMLElement>('[part~="activity"]') ?? [])];
const row = (card: CrmContactCard, id: string) => card.shadowRoot?.querySelector<HTMLElement>(`[part~="activity"][data-id="${id}"]`) ?? null;
const subjects = (card: CrmContactCard) => rows(card).map((r) => r.querySelector('[part~="activity-toggle"]')?.textContent?.trim());
const filter = (card: CrmContactCard, key: string) => part(card, 'timeline-filter')?.querySelector<HTMLButtonElement>(`[data-filter="${key}"]`) as HTMLButtonElement;
const action = (card: CrmContactCard, id: string, name: string) => row(card, id)?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`) as HTMLButtonElement;

async function open(card: CrmContactCard, id: string): Promise<void> {
  row(card, id)?.querySelector<HTMLButtonElement>('[part~="activity-toggle"]')?.click();
  await waitUntil(() => action(card, id, 'edit'), `row ${id} never opened`);
  await card.updateComplete;
}

describe('<crm-contact-card> timeline', () => {
  it('lists pinned activities first, then newest first, each with the start of its text', async () => {
    const card = await cardFor(setup().client);
    expect(subjects(card)).to.deep.equal(['Kick-off', 'Pricing notes', 'Follow-up call', 'Quote sent', 'Send contract', 'Book visit']);
    expect(row(card, 'm1')?.textContent).to.contain('Pinned');
    expect(row(card, 'e1')?.querySelector('[part~="activity-body"]')?.textContent).to.contain('Dear Mr Wang');
  });

  it('opens a long text whole and closes it again; the rows below make room', async () => {
    const card = await cardFor(setup().client);
    const toggle = row(card, 'n1')?.querySelector<HTMLButtonElement>('[part~="activity-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const body = () => row(card, 'n1')?.querySelector<HTMLElement>('[part~="activity-body"]') as HTMLElement;
    expect(body().getBoundingClientRect().height).to.be.below(30);
    const nextTop = () => row(card, 'c1')!.getBoundingClientRect().top;
    const before = nextTop();
    await open(card, 'n1');
    await waitUntil(() => nextTop() > before + 100, 'the next row never moved down');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(body().getBoundingClientRect().height).to.be.above(100);
    // The whole row is visible: the next one starts below its last line.
    expect(nextTop()).to.be.at.least(body().getBoundingClientRect().bottom);
    toggle.click();
    await waitUntil(() => Math.abs(nextTop() - before) < 1, 'the next row never moved back');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('filters by kind, counting each, and says so when a kind has none', async () => {
    const card = await cardFor(setup().client);
    expect(filter(card, 'task').textContent).to.match(/Tasks\s+2/);
    filter(card, 'task').click();
    await card.updateComplete;
    expect(subjects(card)).to.deep.equal(['Send contract', 'Book visit']);
    expect(filter(card, 'task').getAttribute('aria-pressed')).to.equal('true');
    expect(filter(card, 'all').getAttribute('aria-pressed')).to.equal('false');
    filter(card, 'call').click();
    await card.updateComplete;
    expect(subjects(card)).to.deep.equal(['Follow-up call']);
    filter(card, 'all').click();
    await card.updateComplete;
    expect(rows(card)).to.have.length(6);
  });

  it('shows a call\'s direction, outcome and length, and marks an overdue task', async () => {
    const card = await cardFor(setup().client);
    expect(row(card, 'c1')?.textContent).to.contain('Inbound · Connected · 12 min');
    expect(row(card, 't1')?.querySelector('[part~="overdue"]')?.textContent).to.contain('Overdue');
    expect(row(card, 't2')?.querySelector('[part~="overdue"]')).to.equal(null);
  });

  it('completes a task with its checkbox at once, before the save returns, and reopens it', async () => {
    const { adapter, client } = setup();
    const realUpdate = adapter.update.bind(adapter);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    adapter.update = async (...args) => {
      await released;
      return realUpdate(...args);
    };
    const card = await cardFor(client);
    const box = () => row(card, 't1')?.querySelector<HTMLInputElement>('[part~="task-done"]') as HTMLInputElement;
    expect(box().getAttribute('aria-label')).to.equal('Done: Send contract');
    box().click();
    await waitUntil(() => row(card, 't1')?.querySelector('[part~="overdue"]') === null, 'the overdue mark stayed while saving');
    expect(row(card, 't1')?.textContent).to.contain('done');
    expect((await adapter.get('activities', 't1'))['done']).to.equal(false);
    release();
    await waitUntil(async () => (await adapter.get('activities', 't1'))['done'] === true, 'the task was never saved as done');
    box().click();
    await waitUntil(async () => (await adapter.get('activities', 't1'))['done'] === false, 'the task was never saved as open');
  });

  it('puts the checkbox back and says why when completing a task fails', async () => {
    const { adapter, client } = setup();
    adapter.update = async () => {
      throw new NetworkError(undefined, false);
    };
    const card = await cardFor(client);
    const box = () => row(card, 't1')?.querySelector<HTMLInputElement>('[part~="task-done"]') as HTMLInputElement;
    box().click();
    await waitUntil(() => part(card, 'error'), 'no failure shown');
    expect(part(card, 'error')?.textContent).to.contain('could not be reached');
    expect(box().checked).to.equal(false);
    expect(row(card, 't1')?.querySelector('[part~="overdue"]')).to.exist;
  });

  it('pins an activity to the top and unpins it', async () => {
    const { adapter, client } = setup();
    const card = await cardFor(client);
    await open(card, 'e1');
    action(card, 'e1', 'pin').click();
    await waitUntil(() => subjects(card).indexOf('Quote sent') <= 1, 'the pinned activity never moved up');
    expect(subjects(card).slice(0, 2)).to.have.members(['Kick-off', 'Quote sent']);
    expect((await adapter.get('activities', 'e1'))['pinned']).to.equal(true);
    action(card, 'e1', 'pin').click();
    await waitUntil(() => subjects(card).indexOf('Quote sent') === 3, 'the unpinned activity never went back');
  });

  it('deletes with an undo that brings the activity back, focused on the undo', async () => {
    const { adapter, client } = setup();
    const card = await cardFor(client);
    await open(card, 'c1');
    action(card, 'c1', 'delete').click();
    await waitUntil(() => part(card, 'undo-button'), 'no undo offered');
    expect(subjects(card)).not.to.include('Follow-up call');
    expect(card.shadowRoot?.activeElement).to.equal(part(card, 'undo-button'));
    expect(card.shadowRoot?.querySelector('[role="status"]')?.textContent).to.contain('Deleted “Follow-up call”');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => subjects(card).includes('Follow-up call'), 'undo never brought it back');
    expect(await adapter.get('activities', 'c1')).to.exist;
  });

  it('deletes for good when the next delete starts or the card goes away', async () => {
    const { adapter, client } = setup();
    const card = await cardFor(client);
    const exists = async (id: string) => (await adapter.list('activities', { where: { id } })).items.length > 0;
    await open(card, 'c1');
    action(card, 'c1', 'delete').click();
    await open(card, 'e1');
    action(card, 'e1', 'delete').click();
    await waitUntil(async () => !(await exists('c1')), 'the first delete never reached storage');
    expect(await exists('e1')).to.equal(true);
    card.remove();
    await waitUntil(async () => !(await exists('e1')), 'the pending delete was lost with the card');
  });

  it('edits an activity in the form, keeping the rest of it', async () => {
    const { adapter, client } = setup();
    const card = await cardFor(client);
    await open(card, 'c1');
    action(card, 'c1', 'edit').click();
    await waitUntil(() => part(card, 'composer'), 'no form');
    const form = part(card, 'composer') as HTMLFormElement;
    expect(form.getAttribute('aria-label')).to.equal('Edit Follow-up call');
    expect(card.shadowRoot?.activeElement?.id).to.equal('composer-subject');
    const body = form.querySelector<HTMLTextAreaElement>('#composer-body') as HTMLTextAreaElement;
    expect(body.value).to.equal('Agreed to send the quote by Friday.');
    expect(form.querySelector<HTMLSelectElement>('#composer-outcome')?.value).to.equal('connected');
    body.value = 'Agreed to send the quote by Thursday.';
    body.dispatchEvent(new InputEvent('input'));
    const duration = form.querySelector<HTMLInputElement>('#composer-duration') as HTMLInputElement;
    expect(duration.value).to.equal('12');
    duration.value = '15';
    duration.dispatchEvent(new InputEvent('input'));
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitUntil(() => !part(card, 'composer'), 'the form never closed');
    const saved = await adapter.get('activities', 'c1');
    expect([saved['body'], saved['durationSeconds'], saved['outcome'], saved['subject']]).to.deep.equal(['Agreed to send the quote by Thursday.', 900, 'connected', 'Follow-up call']);
    await waitUntil(() => row(card, 'c1')?.textContent?.includes('Thursday'));
  });

  it('speaks simplified Chinese', async () => {
    const card = await cardFor(setup().client, 'zh-Hans');
    await waitUntil(() => filter(card, 'call')?.textContent?.includes('电话'));
    expect(row(card, 'c1')?.textContent).to.contain('呼入 · 已接通 · 12 分钟');
    expect(row(card, 't1')?.textContent).to.contain('已逾期');
  });

  it('passes axe with the filter, an opened row, a checked task and an undo', async function () {
    // axe's first run in a page takes seconds on a busy machine.
    this.timeout(30000);
    const card = await cardFor(setup().client);
    await open(card, 'n1');
    await expect(card).to.be.accessible();
    filter(card, 'task').click();
    await card.updateComplete;
    row(card, 't2')?.querySelector<HTMLInputElement>('[part~="task-done"]')?.click();
    await open(card, 't1');
    action(card, 't1', 'delete').click();
    await waitUntil(() => part(card, 'undo-button'));
    await expect(card).to.be.accessible();
  });

  it('keeps its rows at the height windowing counts on', async () => {
    const card = await cardFor(setup().client);
    expect(row(card, 'e1')?.getBoundingClientRect().height).to.equal(TIMELINE_ROW_HEIGHT);
  });
});
