import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CrmClient } from '@rapport/core';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import type { CrmSwimlanesChangeEvent } from './board-lanes.events.js';
import type { CrmDealMoveEvent } from './pipeline-board.events.js';
import { boardPartChunks } from './board-part.chunks.js';
import { testBoard, testDeal, testDeals } from './test-board.js';

/** The test deals, and one nobody owns. */
const deals = [...testDeals, testDeal('d7', 'lead', { name: 'Kiosks', amount: 1000 })];

async function boardFor(client: CrmClient, swimlanes = 'owner', lang = 'en'): Promise<CrmPipelineBoard> {
  const board = await fixture<CrmPipelineBoard>(
    html`<crm-pipeline-board
      .client=${client}
      pipeline-id="p-test"
      lang=${lang}
      swimlanes=${swimlanes}
      .ownerNames=${{ 'u-lin': 'Lin Jing', 'u-emma': 'Emma Clarke' }}
      style="--crm-pipeline-board-height: 30rem"
    ></crm-pipeline-board>`,
  );
  await waitUntil(() => board.shadowRoot?.querySelector(swimlanes === 'none' ? '[part~="swimlanes"]' : '.lane [part~="card"]'), 'the board never rendered', { timeout: 5000 });
  return board;
}

const all = (board: CrmPipelineBoard, selector: string) => [...(board.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
const one = (board: CrmPipelineBoard, selector: string) => board.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const laneNames = (board: CrmPipelineBoard) => all(board, '.lane-toggle').map(text);
const laneOf = (board: CrmPipelineBoard, name: string) => all(board, '.lane').find((lane) => text(lane.querySelector('.lane-toggle')) === name) as HTMLElement;
const namesIn = (lane: HTMLElement, stageId: string) => [...lane.querySelectorAll(`.lane-cell[data-stage-id="${stageId}"] .card-name`)].map(text);
const card = (board: CrmPipelineBoard, id: string) => one(board, `.columns [data-deal-id="${id}"]`) as HTMLElement;
const announcement = (board: CrmPipelineBoard) => text(one(board, '[aria-live]'));
const focusedId = (board: CrmPipelineBoard) => (board.shadowRoot?.activeElement as HTMLElement | null)?.dataset['dealId'];

async function press(board: CrmPipelineBoard, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await board.updateComplete;
  }
}

describe('<crm-pipeline-board> swimlanes', function () {
  this.timeout(15_000);
  afterEach(() => resetMouse());

  it('groups deals in a lane per owner, by name, each with its count and total, the unowned last', async () => {
    const board = await boardFor(testBoard(deals).client);
    expect(laneNames(board)).to.deep.equal(['Emma Clarke', 'Lin Jing', 'No owner']);
    // The stages stay one row of headers above every lane.
    expect(all(board, '.lane-stage .stage-name').map(text)).to.deep.equal(['Lead', 'Proposal', 'Negotiation']);
    expect(text(one(board, '.lane-stage'))).to.contain('4 deals').and.contain('Total CN¥24K');
    const lin = laneOf(board, 'Lin Jing');
    expect(text(lin.querySelector('.lane-header'))).to.contain('3 deals').and.contain('Total CN¥35K');
    expect(text(laneOf(board, 'Emma Clarke').querySelector('.lane-header'))).to.contain('3 deals').and.contain('Total CN¥63K');
    expect(text(laneOf(board, 'No owner').querySelector('.lane-header'))).to.contain('1 deal').and.not.contain('1 deals');
    expect(namesIn(lin, 'lead')).to.deep.equal(['Cash registers', 'Scanners']);
    expect(namesIn(lin, 'proposal')).to.deep.equal(['Support plan']);
    expect(namesIn(lin, 'negotiation')).to.deep.equal([]);
    expect(namesIn(laneOf(board, 'No owner'), 'lead')).to.deep.equal(['Kiosks']);
    // A cell's list is named by its stage and lane.
    expect(lin.querySelector('.lane-cell[data-stage-id="lead"] .cards')?.getAttribute('aria-label')).to.equal('Lead, Lin Jing');
    await expect(board).to.be.accessible();
  });

  it('groups by account with the accounts named, and the choice in the toolbar switches lanes and says so', async () => {
    const board = await boardFor(testBoard(deals).client, 'account');
    await waitUntil(() => laneNames(board).includes('Yunshan Tech'), 'the account was never named');
    expect(laneNames(board)).to.deep.equal(['Yunshan Tech', 'No account']);
    expect(text(laneOf(board, 'Yunshan Tech').querySelector('.lane-header'))).to.contain('1 deal').and.contain('Total CN¥12K');
    await waitUntil(() => one(board, '[part~="swimlanes"] select'), 'the choice never showed');
    const select = one(board, '[part~="swimlanes"] select') as HTMLSelectElement;
    expect(text(one(board, '[part~="swimlanes"] span'))).to.equal('Swimlanes');
    expect([...select.options].map(text)).to.deep.equal(['None', 'By owner', 'By account']);
    expect(select.value).to.equal('account');
    select.focus();
    const changed = oneEvent(board, 'crm-swimlanes-change') as Promise<CrmSwimlanesChangeEvent>;
    await sendKeys({ press: 'ArrowUp' });
    expect((await changed).detail.swimlanes).to.equal('owner');
    expect(board.getAttribute('swimlanes')).to.equal('owner');
    await board.updateComplete;
    expect(laneNames(board)).to.deep.equal(['Emma Clarke', 'Lin Jing', 'No owner']);
  });

  it('collapses a lane to its header and expands it again from the keyboard', async () => {
    const board = await boardFor(testBoard(deals).client);
    const toggle = laneOf(board, 'Lin Jing').querySelector<HTMLButtonElement>('.lane-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(laneOf(board, 'Lin Jing').querySelector('.lane-cells')?.id);
    toggle.focus();
    await press(board, 'Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(laneOf(board, 'Lin Jing').querySelector('.lane-cells')).to.equal(null);
    // The header keeps its count and total; the other lanes keep their cards.
    expect(text(laneOf(board, 'Lin Jing').querySelector('.lane-header'))).to.contain('3 deals').and.contain('CN¥35K');
    expect(namesIn(laneOf(board, 'Emma Clarke'), 'lead')).to.deep.equal(['Loyalty app']);
    expect(board.shadowRoot?.activeElement).to.equal(toggle);
    await expect(board).to.be.accessible();
    await press(board, 'Space');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(namesIn(laneOf(board, 'Lin Jing'), 'lead')).to.deep.equal(['Cash registers', 'Scanners']);
  });

  it('moves a deal between stages from the keyboard inside its lane: the stage is saved, the owner kept', async () => {
    const { client } = testBoard(deals);
    const board = await boardFor(client);
    card(board, 'd3').focus();
    await press(board, 'Space');
    expect(announcement(board)).to.equal('Picked up Scanners, in Lead, position 2 of 2.');
    await press(board, 'ArrowRight');
    // Places are counted in the lane: Lin Jing has one proposal.
    expect(announcement(board)).to.equal('Scanners: Proposal, position 2 of 2.');
    expect(namesIn(laneOf(board, 'Lin Jing'), 'proposal')).to.deep.equal(['Support plan', 'Scanners']);
    expect(focusedId(board)).to.equal('d3');
    const move = oneEvent(board, 'crm-deal-move') as Promise<CrmDealMoveEvent>;
    const moved = oneEvent(board, 'crm-deal-moved');
    await press(board, 'Space');
    expect((await move).detail).to.include({ fromStageId: 'lead', toStageId: 'proposal', toIndex: 1 });
    expect(announcement(board)).to.equal('Moved Scanners to Proposal, position 2 of 2.');
    await moved;
    const saved = await client.deals.get('d3');
    expect(saved.stageId).to.equal('proposal');
    expect(saved.ownerId).to.equal('u-lin');
    // Ranked after Support plan, the deal above it in its lane.
    const above = await client.deals.get('d5');
    expect(namesIn(laneOf(board, 'Lin Jing'), 'proposal')).to.deep.equal(['Support plan', 'Scanners']);
    expect(namesIn(laneOf(board, 'Emma Clarke'), 'proposal')).to.deep.equal(['Printers']);
    expect(focusedId(board)).to.equal('d3');
    expect(above.stageId).to.equal('proposal');
    // Arrows move focus within the lane, and Enter opens the deal.
    await press(board, 'ArrowUp');
    expect(focusedId(board)).to.equal('d5');
    const opened = oneEvent(board, 'crm-deal-open');
    await press(board, 'Enter');
    expect((await opened).detail.deal.id).to.equal('d5');
  });

  it('moves a deal with the mouse into another stage of its own lane, and a click opens a deal', async () => {
    const { client } = testBoard(deals);
    const board = await boardFor(client);
    const emma = laneOf(board, 'Emma Clarke');
    const from = card(board, 'd2').getBoundingClientRect();
    const to = (emma.querySelector('.lane-cell[data-stage-id="negotiation"] .cards') as HTMLElement).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(from.left + 20), Math.round(from.top + 20)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(from.left + 60), Math.round(from.top + 40)] });
    await sendMouse({ type: 'move', position: [Math.round(to.left + 40), Math.round(to.top + 150)] });
    await board.updateComplete;
    expect(card(board, 'd2').classList.contains('placeholder')).to.equal(true);
    expect(namesIn(laneOf(board, 'Emma Clarke'), 'negotiation')).to.deep.equal(['Store rollout', 'Loyalty app']);
    expect(emma.querySelector('.lane-cell[data-stage-id="negotiation"]')?.classList.contains('drop-target')).to.equal(true);
    const moved = oneEvent(board, 'crm-deal-moved');
    await sendMouse({ type: 'up' });
    await moved;
    const saved = await client.deals.get('d2');
    expect(saved.stageId).to.equal('negotiation');
    expect(saved.ownerId).to.equal('u-emma');

    const box = card(board, 'd4').getBoundingClientRect();
    const opened = oneEvent(board, 'crm-deal-open');
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
    expect((await opened).detail.deal.id).to.equal('d4');
  });

  it('without swimlanes the board shows its columns as before, and offers the choice', async () => {
    const board = await boardFor(testBoard(deals).client, 'none');
    expect(all(board, '.lane')).to.have.length(0);
    expect(all(board, '.column').map((column) => column.dataset['stageId'])).to.deep.equal(['lead', 'proposal', 'negotiation']);
    expect(all(board, '.column[data-stage-id="lead"] .card-name').map(text)).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners', 'Kiosks']);
    expect((one(board, '[part~="swimlanes"] select') as HTMLSelectElement).value).to.equal('none');
    expect(board.hasAttribute('swimlanes')).to.equal(true);
    await expect(board).to.be.accessible();
  });

  it('speaks Chinese in simplified and traditional characters', async () => {
    const hans = await boardFor(testBoard(deals).client, 'owner', 'zh-Hans');
    await waitUntil(() => laneNames(hans).includes('无负责人'), 'the lanes never spoke simplified Chinese');
    expect(text(one(hans, '[part~="swimlanes"] span'))).to.equal('泳道');
    expect(text(laneOf(hans, '林静') ?? laneOf(hans, 'Lin Jing'))).to.contain('3 个销售机会');
    const hant = await boardFor(testBoard(deals).client, 'account', 'zh-Hant');
    await waitUntil(() => laneNames(hant).includes('無客戶'), 'the lanes never spoke traditional Chinese');
    expect([...(one(hant, '[part~="swimlanes"] select') as HTMLSelectElement).options].map(text)).to.deep.equal(['不分組', '按負責人', '按客戶']);
    await expect(hant).to.be.accessible();
  });

  it('renders only the cards in view: the cells of the lanes on screen, each windowed (2,400 deals, 3 stages × 6 lanes)', async () => {
    const many = Array.from({ length: 2400 }, (_, i) =>
      testDeal(`m${i}`, ['lead', 'proposal', 'negotiation'][i % 3] as string, { name: `Deal ${i}`, ownerId: `u-${Math.floor(i / 3) % 6}` }),
    );
    const board = await boardFor(testBoard(many).client);
    // Every lane shows its header; only those in view render their cells, each a few cards.
    expect(all(board, '.lane')).to.have.length(6);
    const cells = all(board, '.lane-cell').length;
    expect(cells).to.be.within(3, 9);
    expect(all(board, '[part~="card"]').length).to.be.within(1, (cells / 3) * 3 * 7);
    const lanes = one(board, '.lanes') as HTMLElement;
    const last = all(board, '.lane').at(-1) as HTMLElement;
    expect(last.querySelector('.lane-cell')).to.equal(null);
    // Scrolled to the last lane, its cells render, and the first lane's go.
    lanes.scrollTop = lanes.scrollHeight;
    await waitUntil(() => last.querySelectorAll('.lane-cell [part~="card"]').length > 0, 'the last lane never rendered its cards');
    expect(all(board, '.lane')[0]?.querySelector('.lane-cell')).to.equal(null);
    expect(all(board, '.lane-cell').length).to.be.within(3, 9);
    // The last card of a cell is reached from the keyboard.
    (last.querySelector('.lane-cell[data-stage-id="lead"] [part~="card"]') as HTMLElement).focus();
    await press(board, 'End');
    await waitUntil(() => board.shadowRoot?.activeElement?.closest('.slot')?.getAttribute('aria-posinset') === '133', 'the last card was never focused');
    expect((board.shadowRoot?.activeElement as HTMLElement).closest('.lane')).to.equal(last);
  });

  it('fetches the lanes only once they are asked for, and offers a retry when they cannot be fetched', async () => {
    const fetchLanes = boardPartChunks.lanes;
    let fetches = 0;
    let offline = true;
    boardPartChunks.lanes = () => {
      fetches++;
      return offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : fetchLanes();
    };
    try {
      const board = await boardFor(testBoard(deals).client, 'none');
      await board.updateComplete;
      expect(fetches).to.equal(0);
      board.swimlanes = 'owner';
      await waitUntil(() => one(board, '[part~="retry-button"]'), 'no retry was offered', { timeout: 5000 });
      offline = false;
      (one(board, '[part~="retry-button"]') as HTMLButtonElement).click();
      await waitUntil(() => laneNames(board).length === 3, 'the lanes never showed after the retry', { timeout: 5000 });
      expect(fetches).to.equal(2);
      await expect(board).to.be.accessible();
    } finally {
      boardPartChunks.lanes = fetchLanes;
    }
  });

  it('closes a deal dropped on Won from its lane, and focus goes to the next card of its lane', async () => {
    const { client } = testBoard(deals);
    const board = await boardFor(client);
    card(board, 'd1').focus();
    // Cash registers (Lin Jing) from Lead: past Proposal and Negotiation, then Won.
    await press(board, 'Space', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(announcement(board)).to.contain('Won');
    await press(board, 'Space');
    await waitUntil(() => one(board, 'dialog.close-dialog')?.hasAttribute('open'), 'the close dialog never opened', { timeout: 5000 });
    const closed = oneEvent(board, 'crm-deal-closed');
    (one(board, 'dialog.close-dialog button[type="submit"]') as HTMLButtonElement).click();
    await closed;
    expect((await client.deals.get('d1')).status).to.equal('won');
    await waitUntil(() => focusedId(board) === 'd3', 'focus never went to the next card of the lane');
    expect(namesIn(laneOf(board, 'Lin Jing'), 'lead')).to.deep.equal(['Scanners']);
  });
});
