import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { NetworkError, type CrmClient, type StorageAdapter } from '@rapport/core';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import type { CrmDealCreatedEvent, CrmDealUpdatedEvent } from './deal-editing.events.js';
import type { CrmDealOpenEvent } from './pipeline-board.events.js';
import { testBoard } from './test-board.js';

async function boardFor(client: CrmClient, lang = 'en'): Promise<CrmPipelineBoard> {
  const board = await fixture<CrmPipelineBoard>(
    html`<crm-pipeline-board
      .client=${client}
      pipeline-id="p-test"
      user-id="u-lin"
      lang=${lang}
      .ownerNames=${{ 'u-lin': 'Lin Jing', 'u-emma': 'Emma Clarke' }}
      style="--crm-pipeline-board-height: 24rem"
    ></crm-pipeline-board>`,
  );
  await waitUntil(() => board.shadowRoot?.querySelector('[part~="card"]'), 'the board never rendered its cards');
  return board;
}

const one = (board: CrmPipelineBoard, selector: string) => board.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const all = (board: CrmPipelineBoard, selector: string) => [...(board.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const namesIn = (board: CrmPipelineBoard, stageId: string) => all(board, `.column[data-stage-id="${stageId}"] .card-name`).map(text);
const focused = (board: CrmPipelineBoard) => board.shadowRoot?.activeElement as HTMLElement | null;
const card = (board: CrmPipelineBoard, id: string) => one(board, `.columns [data-deal-id="${id}"]`) as HTMLElement;

async function settle(board: CrmPipelineBoard): Promise<void> {
  await board.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await board.updateComplete;
}

async function type(board: CrmPipelineBoard, value: string): Promise<void> {
  await sendKeys({ type: value });
  await board.updateComplete;
}

async function press(board: CrmPipelineBoard, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(board);
}

async function openQuickAdd(board: CrmPipelineBoard, stageId: string): Promise<void> {
  one(board, `.column[data-stage-id="${stageId}"] .add-deal`)?.click();
  await waitUntil(() => focused(board)?.getAttribute('name') === 'name', 'the quick-add never took focus', { timeout: 5000 });
}

/** An adapter whose deal creates wait for `answer()` and then fail, as a server that cannot be reached. */
function unreachableCreates() {
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const wrap = (adapter: StorageAdapter): StorageAdapter => ({
    ...adapter,
    name: 'unreachable-creates',
    create: async (collection, input, options) => {
      if (collection !== 'deals') return adapter.create(collection, input, options);
      await answered;
      throw new NetworkError();
    },
  });
  return { wrap, answer: () => answer() };
}

async function openDrawer(board: CrmPipelineBoard, dealId: string): Promise<HTMLDialogElement> {
  card(board, dealId).focus();
  await press(board, 'Enter');
  await waitUntil(() => one(board, 'dialog.drawer[open]'), 'the drawer never opened', { timeout: 5000 });
  await waitUntil(() => focused(board)?.getAttribute('name') === 'name', 'the drawer never took focus');
  return one(board, 'dialog.drawer') as HTMLDialogElement;
}

describe('<crm-pipeline-board> creating and opening deals', function () {
  // Each test runs axe or several saves; on a busy shared machine that outlasts mocha's default.
  this.timeout(15_000);
  afterEach(() => resetMouse());

  it('adds deals from the top of a stage one after another, from the keyboard', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    await openQuickAdd(board, 'lead');
    expect(text(one(board, '.quick-add'))).to.contain('Deal name').and.contain('Amount (CNY)');

    await type(board, 'Kiosks');
    await press(board, 'Tab');
    await type(board, '1,500');
    const created = oneEvent(board, 'crm-deal-created') as Promise<CrmDealCreatedEvent>;
    await press(board, 'Enter');
    // At once, before the save answers: the card is there and the form is empty and focused for the next.
    expect(namesIn(board, 'lead')).to.include('Kiosks');
    expect((one(board, '.quick-add [name="name"]') as HTMLInputElement).value).to.equal('');
    expect(focused(board)?.getAttribute('name')).to.equal('name');
    const { deal } = (await created).detail;
    expect(deal).to.include({ name: 'Kiosks', amount: 1500, currency: 'CNY', stageId: 'lead', ownerId: 'u-lin', pipelineId: 'p-test' });
    expect((await client.deals.get(deal.id)).name).to.equal('Kiosks');
    await settle(board);
    expect(namesIn(board, 'lead').filter((name) => name === 'Kiosks')).to.have.length(1);
    expect(text(one(board, '[aria-live]'))).to.equal('Added Kiosks to Lead.');

  });

  it('keeps the quick-add open for the next deal, and Escape closes it with focus back on its button', async () => {
    const board = await boardFor(testBoard().client);
    await openQuickAdd(board, 'lead');
    for (const [name, amount] of [['Tablets', '800'], ['Stands', '300']] as const) {
      await type(board, name);
      await press(board, 'Tab');
      await type(board, amount);
      await press(board, 'Enter');
      await waitUntil(() => namesIn(board, 'lead').includes(name), `${name} never showed`);
      expect(focused(board)?.getAttribute('name')).to.equal('name');
    }
    await press(board, 'Escape');
    expect(one(board, '.quick-add')).to.equal(null);
    expect(focused(board)?.classList.contains('add-deal')).to.equal(true);
  });

  it('says per field what is expected, focusing the first wrong one, and keeps what was typed', async () => {
    const board = await boardFor(testBoard().client);
    await openQuickAdd(board, 'proposal');
    await press(board, 'Tab');
    await type(board, 'lots');
    await press(board, 'Enter');
    expect(text(one(board, '#quick-name-error-proposal'))).to.equal('Enter the deal’s name.');
    expect(text(one(board, '#quick-amount-error-proposal'))).to.equal('Enter an amount of 0 or more, like 12000 or 12,000.50.');
    expect(one(board, '.quick-add [name="amount"]')?.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(board)?.getAttribute('name')).to.equal('name');
    expect((one(board, '.quick-add [name="amount"]') as HTMLInputElement).value).to.equal('lots');
    await expect(board).to.be.accessible();
  });

  it('shows a new deal at once, and when it cannot be saved takes it away, says why and puts it back in the form', async () => {
    const failing = unreachableCreates();
    const board = await boardFor(testBoard(undefined, failing.wrap).client);
    await openQuickAdd(board, 'lead');
    await type(board, 'Kiosks');
    await press(board, 'Tab');
    await type(board, '1500');
    await press(board, 'Enter');
    expect(namesIn(board, 'lead')).to.include('Kiosks');
    failing.answer();
    await waitUntil(() => one(board, '[part="notice"]'), 'the failure was never shown');
    expect(namesIn(board, 'lead')).not.to.include('Kiosks');
    expect(text(one(board, '[part="notice"]'))).to.contain('Kiosks could not be added');
    expect((one(board, '.quick-add [name="name"]') as HTMLInputElement).value).to.equal('Kiosks');
    expect((one(board, '.quick-add [name="amount"]') as HTMLInputElement).value).to.equal('1500');
  });

  it('opens a deal in a drawer on Enter, saves its edits, and gives focus back to the card', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    const opened = oneEvent(board, 'crm-deal-open') as Promise<CrmDealOpenEvent>;
    const drawer = await openDrawer(board, 'd4');
    expect((await opened).detail.deal.id).to.equal('d4');
    expect(text(drawer.querySelector('#drawer-title'))).to.equal('Deal: Printers');
    expect((drawer.querySelector('[name="amount"]') as HTMLInputElement).value).to.equal('5000');
    expect((drawer.querySelector('[name="probability"]') as HTMLInputElement).value).to.equal('60');
    expect((drawer.querySelector('[name="ownerId"]') as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()).to.equal('Emma Clarke');
    await expect(board).to.be.accessible();

    const amount = drawer.querySelector('[name="amount"]') as HTMLInputElement;
    amount.focus();
    amount.select();
    await type(board, '7500');
    const stage = drawer.querySelector('[name="stageId"]') as HTMLSelectElement;
    stage.value = 'negotiation';
    stage.dispatchEvent(new Event('change'));
    const updated = oneEvent(board, 'crm-deal-updated') as Promise<CrmDealUpdatedEvent>;
    (drawer.querySelector('.drawer-form button[type="submit"]') as HTMLButtonElement).click();
    const { deal } = (await updated).detail;
    expect(deal).to.include({ amount: 7500, stageId: 'negotiation' });
    expect(deal.stageHistory.at(-1)?.stageId).to.equal('negotiation');
    await settle(board);
    expect(one(board, 'dialog.drawer')).to.equal(null);
    expect(namesIn(board, 'negotiation')).to.include('Printers');
    expect(focused(board)?.dataset['dealId']).to.equal('d4');
  });

  it('closes the drawer on Escape with focus back on the card; a click opens it too; a host may open deals itself', async () => {
    const board = await boardFor(testBoard().client);
    await openDrawer(board, 'd2');
    await press(board, 'Escape');
    expect(one(board, 'dialog.drawer')).to.equal(null);
    expect(focused(board)?.dataset['dealId']).to.equal('d2');

    const rect = card(board, 'd6').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 20), Math.round(rect.top + 20)] });
    await waitUntil(() => one(board, 'dialog.drawer[open]'), 'a click did not open the drawer');
    expect(text(one(board, '#drawer-title'))).to.equal('Deal: Store rollout');
    await press(board, 'Escape');

    board.addEventListener('crm-deal-open', (event) => event.preventDefault(), { once: true });
    card(board, 'd1').focus();
    await press(board, 'Enter');
    expect(one(board, 'dialog.drawer')).to.equal(null);
  });

  it('refuses a wrong field in the drawer with what is expected, keeping the drawer as typed', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    const drawer = await openDrawer(board, 'd1');
    (drawer.querySelector('[name="probability"]') as HTMLInputElement).focus();
    await type(board, '150');
    (drawer.querySelector('.drawer-form button[type="submit"]') as HTMLButtonElement).click();
    await settle(board);
    expect(text(drawer.querySelector('#drawer-probability-error'))).to.equal('Enter a whole percentage from 0 to 100, or leave it empty for the stage’s own.');
    expect(focused(board)?.getAttribute('name')).to.equal('probability');
    expect((await client.deals.get('d1')).probability).to.equal(undefined);
    await expect(board).to.be.accessible();
  });

  it('lists a deal’s activities and logs a new one from the drawer', async () => {
    const { client } = testBoard();
    await client.activities.create({ kind: 'call', subject: 'Asked for a quote', at: '2025-02-20T10:00:00.000Z', ownerId: 'u-lin', dealId: 'd1' });
    const board = await boardFor(client);
    const drawer = await openDrawer(board, 'd1');
    await waitUntil(() => drawer.querySelector('.activity-list'), 'the activities never loaded');
    expect(text(drawer.querySelector('.activity-list'))).to.contain('Call').and.contain('Asked for a quote');
    (drawer.querySelector('[name="log-text"]') as HTMLTextAreaElement).focus();
    await type(board, 'Sent the revised quote');
    (drawer.querySelector('.quick-log button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => text(drawer.querySelector('.activity-list li')).includes('Sent the revised quote'), 'the logged note never showed');
    const logged = await client.activities.list({ where: { dealId: 'd1', kind: 'note' } });
    expect(logged.items.map((activity) => activity.subject)).to.deep.equal(['Sent the revised quote']);
    expect(logged.items[0]?.ownerId).to.equal('u-lin');
  });

  it('creates a deal with every field from the full form', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    one(board, '.new-deal')?.click();
    await waitUntil(() => one(board, 'dialog.drawer[open]'), 'the form never opened');
    const drawer = one(board, 'dialog.drawer') as HTMLDialogElement;
    expect(text(drawer.querySelector('#drawer-title'))).to.equal('New deal');
    await type(board, 'Self-checkout');
    (drawer.querySelector('[name="amount"]') as HTMLInputElement).focus();
    await type(board, '42000');
    const created = oneEvent(board, 'crm-deal-created') as Promise<CrmDealCreatedEvent>;
    (drawer.querySelector('.drawer-form button[type="submit"]') as HTMLButtonElement).click();
    const { deal } = (await created).detail;
    expect(deal).to.include({ name: 'Self-checkout', amount: 42000, stageId: 'lead', currency: 'CNY' });
    await settle(board);
    expect(namesIn(board, 'lead')).to.include('Self-checkout');
    expect(one(board, 'dialog.drawer')).to.equal(null);
  });

  it('speaks Chinese in the quick-add and the drawer', async () => {
    const board = await boardFor(testBoard().client, 'zh-Hans');
    await openQuickAdd(board, 'lead');
    expect(text(one(board, '.quick-add'))).to.contain('销售机会名称').and.contain('金额');
    await press(board, 'Escape');
    const drawer = await openDrawer(board, 'd1');
    expect(text(drawer.querySelector('#drawer-title'))).to.equal('销售机会：Cash registers');
    board.lang = 'zh-Hant';
    await waitUntil(() => text(one(board, '#drawer-title')) === '銷售機會：Cash registers', 'the drawer never switched to traditional characters');
    await expect(board).to.be.accessible();
  });
});
