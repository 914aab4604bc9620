import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { NetworkError, type CrmClient, type Deal, type StorageAdapter } from '@rapport/core';
import '../define.js';
import { pipelineBoardChunks } from './pipeline-board.chunks.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import type { CrmDealCloseEvent, CrmDealMoveEvent, CrmDealMoveFailedEvent } from './pipeline-board.events.js';
import { testBoard, testDeal, testDeals } from './test-board.js';

async function boardFor(client: CrmClient, attributes: { lang?: string; theme?: string; enforce?: boolean } = {}): Promise<CrmPipelineBoard> {
  const board = await fixture<CrmPipelineBoard>(
    html`<crm-pipeline-board
      .client=${client}
      pipeline-id="p-test"
      lang=${attributes.lang ?? 'en'}
      theme=${attributes.theme ?? 'light'}
      ?enforce-wip-limits=${attributes.enforce ?? false}
      .ownerNames=${{ 'u-lin': 'Lin Jing', 'u-emma': 'Emma Clarke' }}
      style="--crm-pipeline-board-height: 24rem"
    ></crm-pipeline-board>`,
  );
  await waitUntil(() => board.shadowRoot?.querySelector('[part~="card"]'), 'the board never rendered its cards');
  return board;
}

const all = (board: CrmPipelineBoard, selector: string) => [...(board.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
const one = (board: CrmPipelineBoard, selector: string) => board.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const namesIn = (board: CrmPipelineBoard, stageId: string) => all(board, `.column[data-stage-id="${stageId}"] .card-name`).map(text);
const card = (board: CrmPipelineBoard, id: string) => one(board, `.columns [data-deal-id="${id}"]`) as HTMLElement;
const announcement = (board: CrmPipelineBoard) => text(one(board, '[aria-live]'));
const focusedId = (board: CrmPipelineBoard) => (board.shadowRoot?.activeElement as HTMLElement | null)?.dataset['dealId'];

async function press(board: CrmPipelineBoard, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await board.updateComplete;
  }
}

/** An adapter whose deal updates fail, as a server that cannot be reached, once `answer()` is called. */
function unreachable() {
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const wrap = (adapter: StorageAdapter): StorageAdapter => ({
    ...adapter,
    name: 'unreachable',
    update: async (collection, id, patch, options) => {
      if (collection !== 'deals') return adapter.update(collection, id, patch, options);
      await answered;
      throw new NetworkError();
    },
  });
  return { wrap, answer: () => answer() };
}

/** The same adapter without live updates: the board then holds what it loaded. */
const unwatched = (adapter: StorageAdapter): StorageAdapter => ({ ...adapter, name: 'unwatched', watch: undefined });

async function stored(client: CrmClient, id: string): Promise<Deal> {
  return client.deals.get(id);
}

describe('<crm-pipeline-board>', () => {
  afterEach(() => resetMouse());

  it('shows each open stage with its count, face value, weighted forecast and WIP limit, and a card per deal', async () => {
    const board = await boardFor(testBoard([...testDeals, testDeal('d7', 'proposal', { name: 'Kiosks', amount: 1000 })]).client);
    expect(all(board, '.stage-name').map(text)).to.deep.equal(['Lead', 'Proposal', 'Negotiation']);
    const lead = text(one(board, '.column[data-stage-id="lead"] .column-header'));
    expect(lead).to.contain('3 deals').and.contain('Total CN¥23K').and.contain('Weighted CN¥2.3K');
    expect(text(one(board, '.column[data-stage-id="proposal"] [part~="wip"]'))).to.equal('3 of 2: over the WIP limit');
    // A page styles the board by its state, and the exceeded limit by its colour property.
    expect(board.matches(':state(wip-exceeded)')).to.equal(true);
    board.style.setProperty('--crm-pipeline-board-wip-exceeded-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(one(board, '.column[data-stage-id="proposal"] [part~="wip"]') as HTMLElement).color).to.equal('rgb(1, 2, 3)');
    expect(text(one(board, '[part="summary"]'))).to.contain('7 deals');
    const first = text(card(board, 'd1'));
    expect(first).to.contain('Cash registers').and.contain('Yunshan Tech · Lin Jing').and.contain('CN¥12,000.00').and.contain('10% likely');
    expect(first).to.contain('Closes Mar 20, 2025').and.contain('10 days in stage');
    expect(namesIn(board, 'lead')).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners']);
    await expect(board).to.be.accessible();
  });

  it('moves a deal to another stage from the keyboard, announcing each step, and saves it', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    card(board, 'd1').focus();
    await press(board, 'Space');
    expect(announcement(board)).to.equal('Picked up Cash registers, in Lead, position 1 of 3.');
    await press(board, 'ArrowRight');
    expect(announcement(board)).to.equal('Cash registers: Proposal, position 1 of 3.');
    expect(focusedId(board)).to.equal('d1');
    const move = oneEvent(board, 'crm-deal-move') as Promise<CrmDealMoveEvent>;
    const moved = oneEvent(board, 'crm-deal-moved');
    await press(board, 'Space');
    const { detail } = await move;
    expect(detail).to.include({ fromStageId: 'lead', toStageId: 'proposal', toIndex: 0 });
    expect(announcement(board)).to.equal('Moved Cash registers to Proposal, position 1 of 3.');
    expect(namesIn(board, 'proposal')).to.deep.equal(['Cash registers', 'Printers', 'Support plan']);
    await moved;
    const saved = await stored(client, 'd1');
    expect(saved.stageId).to.equal('proposal');
    expect(saved.stageHistory.map((visit) => [visit.stageId, Boolean(visit.exitedAt)])).to.deep.equal([['lead', true], ['proposal', false]]);
    expect(focusedId(board)).to.equal('d1');
    expect(namesIn(board, 'proposal')).to.deep.equal(['Cash registers', 'Printers', 'Support plan']);
  });

  it('reorders a stage from the keyboard, and the order survives a reload', async () => {
    const { adapter, client } = testBoard();
    const board = await boardFor(client);
    card(board, 'd3').focus();
    await press(board, 'Space', 'ArrowUp', 'ArrowUp');
    expect(announcement(board)).to.equal('Scanners: Lead, position 1 of 3.');
    const moved = oneEvent(board, 'crm-deal-moved');
    await press(board, 'Space');
    await moved;
    expect(namesIn(board, 'lead')).to.deep.equal(['Scanners', 'Cash registers', 'Loyalty app']);
    const reloaded = await boardFor(testBoard([], () => adapter).client);
    expect(namesIn(reloaded, 'lead')).to.deep.equal(['Scanners', 'Cash registers', 'Loyalty app']);
  });

  it('puts the deal back on Escape and when the host vetoes the move', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    card(board, 'd1').focus();
    await press(board, 'Space', 'ArrowRight', 'ArrowDown', 'Escape');
    expect(namesIn(board, 'lead')).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners']);
    expect(announcement(board)).to.equal('Move cancelled. Cash registers is back in Lead, position 1 of 3.');
    expect(focusedId(board)).to.equal('d1');

    board.addEventListener('crm-deal-move', (event) => event.preventDefault(), { once: true });
    await press(board, 'Space', 'ArrowRight', 'Space');
    expect(announcement(board)).to.equal('Cash registers was not moved.');
    expect(namesIn(board, 'lead')).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners']);
    expect((await stored(client, 'd1')).stageId).to.equal('lead');
  });

  it('shows a move at once, and when the save fails returns the card and says why', async () => {
    const server = unreachable();
    const { client } = testBoard(testDeals, server.wrap);
    const board = await boardFor(client);
    card(board, 'd1').focus();
    await press(board, 'Space', 'ArrowRight');
    const failed = oneEvent(board, 'crm-deal-move-failed') as Promise<CrmDealMoveFailedEvent>;
    await press(board, 'Space');
    expect(namesIn(board, 'proposal')).to.include('Cash registers');
    expect(text(card(board, 'd1'))).to.contain('Saving…');
    server.answer();
    expect((await failed).detail.error.kind).to.equal('network');
    await board.updateComplete;
    expect(namesIn(board, 'lead')).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners']);
    expect(namesIn(board, 'proposal')).to.not.include('Cash registers');
    expect(text(one(board, '[part="notice"]'))).to.contain('Cash registers could not be moved and is back where it was. The service could not be reached.');
    await expect(board).to.be.accessible();
  });

  it('returns a deal someone else changed meanwhile, and then shows their version', async () => {
    const { adapter, client } = testBoard(testDeals, unwatched);
    const board = await boardFor(client);
    await adapter.update('deals', 'd1', { stageId: 'negotiation' }, { expectedVersion: 1 });
    card(board, 'd1').focus();
    await press(board, 'Space', 'ArrowRight', 'Space');
    await waitUntil(() => namesIn(board, 'negotiation').includes('Cash registers'), 'the newer version never showed');
    expect(text(one(board, '[part="notice"]'))).to.contain('Someone else changed this record');
    expect(namesIn(board, 'proposal')).to.not.include('Cash registers');
  });

  it('follows changes made elsewhere: a deal moved in another tab moves here', async () => {
    const { adapter, client } = testBoard();
    const board = await boardFor(client);
    await adapter.update('deals', 'd6', { stageId: 'lead' }, { expectedVersion: 1 });
    await waitUntil(() => namesIn(board, 'lead').includes('Store rollout'), 'the moved deal never arrived');
    expect(namesIn(board, 'negotiation')).to.deep.equal([]);
    expect(text(one(board, '.column[data-stage-id="negotiation"]'))).to.contain('No deals in this stage');
  });

  it('refuses a move into a full stage when WIP limits are enforced', async () => {
    const { client } = testBoard();
    const board = await boardFor(client, { enforce: true });
    card(board, 'd1').focus();
    await press(board, 'Space', 'ArrowRight');
    expect(one(board, '.column[data-stage-id="proposal"]')?.classList.contains('refuses-drop')).to.equal(true);
    expect(announcement(board)).to.contain('Proposal already holds its limit of 2 deals.');
    await press(board, 'Space');
    expect(text(one(board, '[part="notice"]'))).to.equal('Proposal already holds its limit of 2 deals. The deal stays where it was. Dismiss');
    expect(namesIn(board, 'lead')).to.include('Cash registers');
    expect((await stored(client, 'd1')).stageId).to.equal('lead');
  });

  it('closes a deal as lost with the reason asked for, taking it off the board', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    card(board, 'd6').focus();
    await press(board, 'Space', 'ArrowRight');
    expect(announcement(board)).to.equal('Store rollout: over Won. Drop to close the deal.');
    await press(board, 'ArrowRight');
    expect(one(board, '.outcome.lost')?.classList.contains('drop-target')).to.equal(true);
    await press(board, 'Space');
    const dialog = one(board, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('h2'))).to.equal('Mark Store rollout as lost');
    await expect(board).to.be.accessible();
    const confirm = dialog.querySelector('button[type="submit"]') as HTMLButtonElement;
    confirm.click();
    await board.updateComplete;
    expect(text(dialog.querySelector('[part="field-error"]'))).to.contain('Give the reason');
    expect(dialog.querySelector('textarea')?.getAttribute('aria-invalid')).to.equal('true');
    await sendKeys({ type: 'Chose a cheaper vendor' });
    const close = oneEvent(board, 'crm-deal-close') as Promise<CrmDealCloseEvent>;
    const closed = oneEvent(board, 'crm-deal-closed');
    confirm.click();
    expect((await close).detail).to.include({ outcome: 'lost', reason: 'Chose a cheaper vendor' });
    await board.updateComplete;
    expect(namesIn(board, 'negotiation')).to.deep.equal([]);
    // The dialog is gone once confirmed, and the keyboard is back on the board.
    expect(one(board, 'dialog.close-dialog')).to.equal(null);
    await closed;
    const saved = await stored(client, 'd6');
    expect(saved).to.include({ status: 'lost', lostReason: 'Chose a cheaper vendor', stageId: 'negotiation' });
    expect(announcement(board)).to.equal('Store rollout closed: Lost. Undo is offered for a few seconds.');
  });

  it('moves a deal with the mouse, showing where it would land', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    const from = card(board, 'd2').getBoundingClientRect();
    const to = (one(board, '.column[data-stage-id="negotiation"] .cards') as HTMLElement).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(from.left + 20), Math.round(from.top + 20)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(from.left + 60), Math.round(from.top + 40)] });
    await sendMouse({ type: 'move', position: [Math.round(to.left + 40), Math.round(to.top + 150)] });
    await board.updateComplete;
    expect(one(board, '[part="drag-ghost"]')).to.not.equal(null);
    expect(card(board, 'd2').classList.contains('placeholder')).to.equal(true);
    expect(namesIn(board, 'negotiation')).to.deep.equal(['Store rollout', 'Loyalty app']);
    const moved = oneEvent(board, 'crm-deal-moved');
    await sendMouse({ type: 'up' });
    await moved;
    expect((await stored(client, 'd2')).stageId).to.equal('negotiation');
    expect(namesIn(board, 'negotiation')).to.deep.equal(['Store rollout', 'Loyalty app']);
    expect(one(board, '[part="drag-ghost"]')).to.equal(null);
  });

  it('lifts a card under a resting finger, while a quick swipe is left to scroll', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    const touch = (target: EventTarget, type: string, x: number, y: number) =>
      target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true, composed: true }));
    const from = card(board, 'd3').getBoundingClientRect();
    touch(card(board, 'd3'), 'pointerdown', from.left + 10, from.top + 10);
    touch(window, 'pointermove', from.left + 10, from.top + 60);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await board.updateComplete;
    expect(one(board, '[part="drag-ghost"]')).to.equal(null);
    touch(window, 'pointerup', from.left + 10, from.top + 60);

    touch(card(board, 'd3'), 'pointerdown', from.left + 10, from.top + 10);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await board.updateComplete;
    expect(one(board, '[part="drag-ghost"]')).to.not.equal(null);
    const to = (one(board, '.column[data-stage-id="proposal"] .cards') as HTMLElement).getBoundingClientRect();
    touch(window, 'pointermove', to.left + 20, to.top + 5);
    await board.updateComplete;
    const moved = oneEvent(board, 'crm-deal-moved');
    touch(window, 'pointerup', to.left + 20, to.top + 5);
    await moved;
    expect(namesIn(board, 'proposal')).to.deep.equal(['Scanners', 'Printers', 'Support plan']);
  });

  it('filters by text, owner and amount, and orders stages by a chosen key', async () => {
    const board = await boardFor(testBoard().client);
    const search = one(board, '.toolbar input[type="search"]') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'scan' });
    await board.updateComplete;
    expect(all(board, '.card-name').map(text)).to.deep.equal(['Scanners']);
    expect(text(one(board, '.column[data-stage-id="proposal"]'))).to.contain('No deals match the filters');
    board.filter = { ownerId: 'u-lin', minAmount: 5000 };
    await board.updateComplete;
    expect(all(board, '.card-name').map(text)).to.deep.equal(['Cash registers', 'Support plan']);
    (one(board, '[part="clear-filters"]') as HTMLButtonElement).click();
    await board.updateComplete;
    expect(all(board, '.card-name')).to.have.length(6);
    const order = all(board, '.toolbar select')[1] as HTMLSelectElement;
    order.value = 'amount';
    order.dispatchEvent(new Event('change'));
    await board.updateComplete;
    expect(board.sort).to.equal('amount');
    expect(namesIn(board, 'lead')).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners']);
    expect(namesIn(board, 'proposal')).to.deep.equal(['Support plan', 'Printers']);
    card(board, 'd4').focus();
    await press(board, 'Space', 'ArrowUp');
    expect(announcement(board)).to.equal('This board is ordered by Amount, largest first: a deal\'s place in a stage follows that order.');
    await press(board, 'ArrowLeft');
    expect(announcement(board)).to.equal('Printers: Lead, position 3 of 4.');
    await press(board, 'Escape');
  });

  it('renders only the cards in view of a long stage, and reaches its last card from the keyboard', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => testDeal(`m${String(i).padStart(4, '0')}`, 'lead', { name: `Deal ${i}`, expectedCloseDate: '2025-04-01' }));
    const board = await boardFor(testBoard(many).client);
    expect(all(board, '.column[data-stage-id="lead"] [part~="card"]').length).to.be.below(40);
    const first = all(board, '.column[data-stage-id="lead"] [part~="card"]')[0] as HTMLElement;
    first.focus();
    await press(board, 'End');
    const focused = board.shadowRoot?.activeElement as HTMLElement;
    expect(focused.closest('[role="listitem"]')?.getAttribute('aria-posinset')).to.equal('3000');
    expect(focused.closest('[role="listitem"]')?.getAttribute('aria-setsize')).to.equal('3000');
    expect(all(board, '.column[data-stage-id="lead"] [part~="card"]').length).to.be.below(40);
  });

  it('switches to Chinese at runtime once its strings have loaded, keeping a lifted deal in hand', async () => {
    const board = await boardFor(testBoard().client);
    card(board, 'd1').focus();
    await press(board, 'Space');
    board.setAttribute('lang', 'zh-TW');
    await Promise.resolve(); // the lang observer reports in a microtask
    await board.updateComplete;
    expect(text(one(board, '.column[data-stage-id="lead"] .column-header'))).to.contain('3 個銷售機會');
    expect(card(board, 'd1').classList.contains('lifted')).to.equal(true);
    await press(board, 'ArrowRight');
    expect(announcement(board)).to.equal('Cash registers：Proposal，第 1 個，共 3 個。');
    await press(board, 'Escape');
    expect(announcement(board)).to.equal('已取消移動。Cash registers 回到 Lead，第 1 個，共 3 個。');
  });

  it('speaks Chinese in simplified and traditional characters, and passes axe in the dark theme', async () => {
    const hans = await boardFor(testBoard().client, { lang: 'zh-CN' });
    expect(text(one(hans, '.column[data-stage-id="lead"] .column-header'))).to.contain('3 个销售机会').and.contain('加权预测');
    expect(text(one(hans, '.outcome.lost'))).to.contain('丢单');
    const hant = await boardFor(testBoard().client, { lang: 'zh-TW', theme: 'dark' });
    expect(text(one(hant, '.outcome.won'))).to.contain('贏單');
    expect(text(card(hant, 'd1'))).to.contain('成功的可能性');
    await expect(hant).to.be.accessible();
  });
});

describe('<crm-pipeline-board> moving and closing, fetched on use', () => {
  const chunks = { ...pipelineBoardChunks };
  afterEach(() => Object.assign(pipelineBoardChunks, chunks));
  afterEach(() => resetMouse());

  it('offers a retry when the part that moves deals cannot be fetched, then picks the deal up and saves its move', async () => {
    let online = false;
    pipelineBoardChunks.part = () => (online ? chunks.part() : Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const { client } = testBoard();
    const board = await boardFor(client);
    card(board, 'd1').focus();
    await press(board, 'Space');
    await waitUntil(() => one(board, '[part="retry-button"]'), 'no retry after the part could not be fetched');
    expect(text(one(board, '[part="error"]'))).to.contain('could not be reached');
    // Nothing moved, and the board still shows every card where it was.
    expect(namesIn(board, 'lead')).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners']);
    online = true;
    (one(board, '[part="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(() => card(board, 'd1').classList.contains('lifted'), 'the deal was never picked up once the part arrived');
    expect(one(board, '[part="retry-button"]')).to.equal(null);
    expect(announcement(board)).to.equal('Picked up Cash registers, in Lead, position 1 of 3.');
    card(board, 'd1').focus();
    const moved = oneEvent(board, 'crm-deal-moved');
    await press(board, 'ArrowRight', 'Space');
    await moved;
    expect(namesIn(board, 'proposal')).to.include('Cash registers');
    expect((await stored(client, 'd1')).stageId).to.equal('proposal');
  });

  it('asks and says why a deal closed in Chinese, with the words that arrive with the dialog', async () => {
    const { client } = testBoard();
    const board = await boardFor(client, { lang: 'zh-CN' });
    card(board, 'd6').focus();
    await press(board, 'Space', 'ArrowRight', 'ArrowRight', 'Space');
    const dialog = one(board, 'dialog') as HTMLDialogElement;
    expect(text(dialog.querySelector('h2'))).to.equal('将 Store rollout 标记为丢单');
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await board.updateComplete;
    expect(text(dialog.querySelector('[part="field-error"]'))).to.not.equal('');
    expect(text(dialog.querySelector('[part="field-error"]'))).to.not.contain('Give the reason');
    await sendKeys({ type: '价格' });
    const closed = oneEvent(board, 'crm-deal-closed');
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await closed;
    await board.updateComplete;
    expect(announcement(board)).to.equal('Store rollout 已结束：丢单。 几秒钟内可以撤销。');
  });
});
