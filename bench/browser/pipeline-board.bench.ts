// <crm-pipeline-board> against jKanban (a well-known vanilla kanban board, dragula inside), on the
// same deals over 8 stages, in one page of headless Chromium. Both boards get their data ready in
// memory; "first render" is from creating the board to its first laid-out frame, "a move" from the
// input that drops a card to the frame that shows it in its new place.
import { createCrmClient, type CrmClient, type DealCreate, type PipelineCreate } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { SeededRandom } from '@rapport/core/demo';
import { CrmPipelineBoard } from '../../packages/elements/src/pipeline-board/pipeline-board.js';
import { pipelineDealsQuery } from '../../packages/elements/src/pipeline-board/pipeline-deals-query.js';
import { measure, report, reportRatio, summarize, type Measurement } from '../lib/measure.js';
import { until } from '../lib/until.js';
// @ts-expect-error jkanban ships no type declarations; its source is read as text here.
import jKanbanSource from 'jkanban/dist/jkanban.min.js' with { type: 'text' };

customElements.define('crm-pipeline-board', CrmPipelineBoard);

const SIZES = [1_000, 10_000, 50_000];
const PIPELINE_ID = 'p-bench';
const DAY_MS = 86_400_000;
const NOW = Date.parse('2025-03-01T09:00:00.000Z');

interface JKanbanItem {
  readonly id: string;
  readonly title: string;
}
interface JKanbanBoard {
  readonly id: string;
  readonly title: string;
  readonly item: JKanbanItem[];
}
type JKanban = new (options: { element: string; boards: JKanbanBoard[]; widthBoard: string; gutter: string }) => object;

// jKanban assigns itself to the sloppy-mode `this` of a classic script, which a module never is:
// its browser build runs as an inline script and leaves `window.jKanban`.
const peerScript = document.createElement('script');
peerScript.textContent = jKanbanSource;
document.head.append(peerScript);
const jKanban = (globalThis as unknown as { jKanban: JKanban }).jKanban;

const pipeline: PipelineCreate & { id: string } = {
  id: PIPELINE_ID,
  name: 'Bench pipeline',
  currency: 'CNY',
  stages: ['Lead', 'Qualified', 'Needs', 'Proposal', 'Negotiation', 'Contract', 'Verbal', 'Onboarding'].map((name, i) => ({ id: `s${i}`, name, probability: (i + 1) / 10 })),
};

type BenchDeal = DealCreate & { readonly id: string; readonly updatedAt: string };

/** Seeded, so every run measures the same data. */
function makeDeals(count: number): BenchDeal[] {
  const source = new SeededRandom(count);
  const next = () => source.next();
  return Array.from({ length: count }, (_, i) => {
    const stageId = `s${Math.floor(next() * 8)}`;
    const entered = NOW - Math.floor(next() * 90) * DAY_MS;
    return {
      id: `d${String(i).padStart(6, '0')}`,
      name: `Deal ${i} for account ${i % 500}`,
      pipelineId: PIPELINE_ID,
      stageId,
      accountId: `a${i % 500}`,
      ownerId: `u${i % 12}`,
      amount: 1000 * (1 + Math.floor(next() * 900)),
      currency: 'CNY',
      expectedCloseDate: new Date(NOW + Math.floor(next() * 270) * DAY_MS).toISOString().slice(0, 10),
      status: 'open',
      stageHistory: [{ stageId, enteredAt: new Date(entered).toISOString() }],
      updatedAt: new Date(entered).toISOString(),
    };
  });
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The first frame of a new board: the render is done, a frame started, and layout is current. */
async function painted(element: Element): Promise<void> {
  await nextFrame();
  void (element as HTMLElement).offsetHeight;
}

/**
 * The cost of a change to a board on screen: its update rendered and the page laid out again.
 * Not the wait for the next frame, which only says where in the 16.7 ms the input fell.
 */
async function laidOut(board: CrmPipelineBoard): Promise<void> {
  await board.updateComplete;
  void board.offsetHeight;
}

/** Median of several timed steps, each from its own start mark to its own end (setup between steps is not counted). */
async function measureSteps(name: string, runs: number, step: () => Promise<number>): Promise<Measurement> {
  await step();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await step());
  return summarize(name, times);
}

// No favicon request: the page has nothing to serve, and a 404 would read as an error.
const icon = document.createElement('link');
icon.rel = 'icon';
icon.href = 'data:,';
document.head.append(icon);

const stage = document.createElement('div');
stage.style.cssText = 'width: 1280px;';
document.body.append(stage);

async function clientWith(deals: readonly BenchDeal[]): Promise<CrmClient> {
  const accounts = Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, name: `Account ${i}` }));
  const adapter = createMemoryAdapter({ now: () => new Date(NOW + performance.now()), seed: { pipelines: [pipeline], deals, accounts } });
  const client = createCrmClient({ adapter, now: () => new Date(NOW) });
  await client.pipelines.fetch(PIPELINE_ID);
  await client.queryClient.fetchQuery(pipelineDealsQuery(client, PIPELINE_ID));
  return client;
}

async function mountBoard(client: CrmClient, swimlanes: CrmPipelineBoard['swimlanes'] = 'none'): Promise<CrmPipelineBoard> {
  const board = document.createElement('crm-pipeline-board');
  board.client = client;
  board.pipelineId = PIPELINE_ID;
  board.swimlanes = swimlanes;
  board.style.setProperty('--crm-pipeline-board-height', '600px');
  stage.append(board);
  await board.updateComplete;
  await painted(board);
  return board;
}

function key(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

function pointer(target: EventTarget, type: string, x: number, y: number): void {
  target.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, composed: true }));
}

/** A stage's column, or with swimlanes its cell in the first lane (`.lane:first-of-type .lane-cell`). */
const COLUMN = '.column';
const FIRST_LANE_CELL = '.lane:first-of-type .lane-cell';

function firstCardIn(board: CrmPipelineBoard, stageIndex: number, column = COLUMN): HTMLElement {
  return board.shadowRoot?.querySelector<HTMLElement>(`${column}[data-stage-id="s${stageIndex}"] [data-deal-id]`) as HTMLElement;
}

function columnRect(board: CrmPipelineBoard, stageIndex: number, column = COLUMN): DOMRect {
  return (board.shadowRoot?.querySelector(`${column}[data-stage-id="s${stageIndex}"] .cards`) as HTMLElement).getBoundingClientRect();
}

/** Waits until the save of a move is done and the client has re-read the changes, so the next move starts from rest. */
async function settled(board: CrmPipelineBoard, moved: Promise<unknown>): Promise<void> {
  let saved = false;
  void moved.then(() => (saved = true));
  await until('the move to be saved (crm-deal-moved)', () => saved);
  await new Promise((resolve) => setTimeout(resolve, 30));
  await board.updateComplete;
  await painted(board);
}

/** Keyboard: Space lifts the first card of one stage, ArrowRight carries it to the next, Space drops it. */
async function keyboardMoves(board: CrmPipelineBoard, size: number, column = COLUMN, where = ''): Promise<{ drop: Measurement; step: Measurement }> {
  const steps: number[] = [];
  let from = 0;
  const drop = await measureSteps(`keyboard move, ${size.toLocaleString('en')} deals${where} (Space drop → laid out)`, 7, async () => {
    const card = firstCardIn(board, from, column);
    card.focus();
    key(card, ' ');
    await board.updateComplete;
    const stepStart = performance.now();
    key(board.shadowRoot?.activeElement ?? card, 'ArrowRight');
    await laidOut(board);
    steps.push(performance.now() - stepStart);
    const moved = new Promise((resolve) => board.addEventListener('crm-deal-moved', resolve, { once: true }));
    const start = performance.now();
    key(board.shadowRoot?.activeElement ?? card, ' ');
    await laidOut(board);
    const elapsed = performance.now() - start;
    await settled(board, moved);
    from = (from + 1) % 7;
    return elapsed;
  });
  const step = summarize(`keyboard step, ${size.toLocaleString('en')} deals${where} (ArrowRight → laid out)`, steps);
  return { drop, step };
}

/** Pointer: press a card, drag it over the next stage, release; the release is timed, and the move over a new stage. */
async function pointerMoves(board: CrmPipelineBoard, size: number, column = COLUMN, where = ''): Promise<{ drop: Measurement; step: Measurement }> {
  const steps: number[] = [];
  let from = 0;
  const drop = await measureSteps(`pointer move, ${size.toLocaleString('en')} deals${where} (pointerup → laid out)`, 7, async () => {
    // The stage a hand drags to is on screen: the row scrolls sideways when eight stages do not fit.
    board.shadowRoot?.querySelector(`${column}[data-stage-id="s${from + 1}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const card = firstCardIn(board, from, column);
    const rect = card.getBoundingClientRect();
    const target = columnRect(board, from + 1, column);
    pointer(card, 'pointerdown', rect.left + 10, rect.top + 10);
    pointer(window, 'pointermove', rect.left + 30, rect.top + 30);
    await board.updateComplete;
    const stepStart = performance.now();
    pointer(window, 'pointermove', target.left + 40, target.top + 20);
    await laidOut(board);
    steps.push(performance.now() - stepStart);
    const moved = new Promise((resolve) => board.addEventListener('crm-deal-moved', resolve, { once: true }));
    const start = performance.now();
    pointer(window, 'pointerup', target.left + 40, target.top + 20);
    await laidOut(board);
    const elapsed = performance.now() - start;
    await settled(board, moved);
    from = (from + 1) % 7;
    return elapsed;
  });
  const step = summarize(`pointer drag over a new stage, ${size.toLocaleString('en')} deals${where}`, steps);
  return { drop, step };
}

const peerStyles = document.createElement('style');
// The layout rules of jkanban.css, so the peer lays out as it does on a real page.
peerStyles.textContent = `
  .kanban-container { position: relative; box-sizing: border-box; width: auto; }
  .kanban-container * { box-sizing: border-box; }
  .kanban-container:after { clear: both; display: block; content: ""; }
  .kanban-board { position: relative; float: left; background: #e2e4e6; }
  .kanban-board header { font-size: 16px; padding: 15px; }
  .kanban-board .kanban-drag { min-height: 200px; padding: 20px; }
  .kanban-item { background: #fff; padding: 15px; margin-bottom: 20px; }
  .gu-mirror { position: fixed !important; margin: 0 !important; z-index: 9999 !important; opacity: 0.8; }
  .gu-hide { display: none !important; }
  .gu-unselectable { user-select: none !important; }
  .gu-transit { opacity: 0.2; }
`;
document.head.append(peerStyles);

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' });
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same deals as jKanban boards, each card with the fields ours shows. */
function peerBoards(deals: readonly BenchDeal[]): JKanbanBoard[] {
  const boards = pipeline.stages.map((s) => ({ id: s.id, title: `${s.name} (${deals.filter((d) => d.stageId === s.id).length})`, item: [] as JKanbanItem[] }));
  for (const deal of deals) {
    const stageIndex = Number(deal.stageId.slice(1));
    const days = Math.floor((NOW - Date.parse(deal.stageHistory?.[0]?.enteredAt ?? '')) / DAY_MS);
    boards[stageIndex]?.item.push({
      id: deal.id,
      title: `<strong>${escapeHtml(deal.name)}</strong><br>Account ${escapeHtml(deal.accountId ?? '')} · ${escapeHtml(deal.ownerId ?? '')}<br>${money.format(deal.amount)} · ${pipeline.stages[stageIndex]?.probability ?? 0}<br>Closes ${deal.expectedCloseDate} · ${days} days in stage`,
    });
  }
  return boards;
}

function peerHost(): HTMLElement {
  const host = document.createElement('div');
  host.id = 'peer';
  stage.append(host);
  return host;
}

function mouse(target: EventTarget, type: string, x: number, y: number): void {
  target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true }));
}

/** jKanban's move is dragula's: press, drag over the next board, release. */
async function peerPointerMove(host: HTMLElement, size: number, runs: number): Promise<Measurement> {
  let from = 0;
  return measureSteps(`jKanban pointer move, ${size.toLocaleString('en')} deals (mouseup → laid out)`, runs, async () => {
    const item = host.querySelector<HTMLElement>(`.kanban-board[data-id="s${from}"] .kanban-item`) as HTMLElement;
    const target = (host.querySelector(`.kanban-board[data-id="s${from + 1}"] .kanban-drag`) as HTMLElement).getBoundingClientRect();
    const rect = item.getBoundingClientRect();
    mouse(item, 'mousedown', rect.left + 10, rect.top + 10);
    mouse(document.documentElement, 'mousemove', rect.left + 30, rect.top + 30);
    mouse(document.documentElement, 'mousemove', target.left + 40, target.top + 20);
    await painted(host);
    const start = performance.now();
    mouse(document.documentElement, 'mouseup', target.left + 40, target.top + 20);
    void host.offsetHeight;
    const elapsed = performance.now() - start;
    from = (from + 1) % 7;
    return elapsed;
  });
}

console.log('## <crm-pipeline-board>: first render and moves, against jKanban (same deals, 8 stages)');
console.log('  (jKanban has no keyboard moves: only pointer moves are compared)');
const ours: Record<number, { render: Measurement; move: Measurement }> = {};
for (const size of SIZES) {
  const deals = makeDeals(size);
  const client = await clientWith(deals);
  const render = await measure(
    `first render, ${size.toLocaleString('en')} deals`,
    async () => {
      const board = await mountBoard(client);
      board.remove();
    },
    { runs: 7, warmup: 2 },
  );
  report(render, size === 10_000 ? 150 : undefined);
  const board = await mountBoard(client);
  const cardsInDom = board.shadowRoot?.querySelectorAll('[data-deal-id]').length ?? 0;
  const keyboard = await keyboardMoves(board, size);
  const pointerMove = await pointerMoves(board, size);
  report(keyboard.drop, size === 10_000 ? 16 : undefined);
  report(keyboard.step, size === 10_000 ? 16 : undefined);
  report(pointerMove.drop, size === 10_000 ? 16 : undefined);
  report(pointerMove.step, size === 10_000 ? 16 : undefined);
  console.log(`  cards in the DOM with ${size.toLocaleString('en')} deals: ${cardsInDom}`);
  board.remove();
  client.dispose();
  ours[size] = { render, move: pointerMove.drop };

  // The peer renders every card; at 50,000 one render takes seconds, so it gets a single run there.
  const peerRuns = size >= 50_000 ? 1 : 3;
  const boards = peerBoards(deals);
  const peerRender = await measure(
    `jKanban first render, ${size.toLocaleString('en')} deals`,
    async () => {
      stage.querySelector('#peer')?.remove();
      const host = peerHost();
      new jKanban({ element: '#peer', boards: structuredClone(boards), widthBoard: '250px', gutter: '8px' });
      await painted(host);
    },
    { runs: peerRuns, warmup: size >= 50_000 ? 0 : 1 },
  );
  report(peerRender);
  const peerMove = await peerPointerMove(stage.querySelector('#peer') as HTMLElement, size, peerRuns);
  report(peerMove);
  stage.querySelector('#peer')?.remove();
  reportRatio(`first render, ${size.toLocaleString('en')} deals: Rapport vs jKanban`, render, peerRender, size === 10_000 ? 5 : undefined);
  reportRatio(`pointer move, ${size.toLocaleString('en')} deals: Rapport vs jKanban`, pointerMove.drop, peerMove);
}

// Swimlanes: the same 10,000 deals, owned by six people, as a lane per owner across the 8 stages.
// jKanban has no lanes: its peer is what a page would build with it, a jKanban board per owner.
console.log('## <crm-pipeline-board>: 10,000 deals, 8 stages × 6 swimlanes by owner, against a jKanban board per owner');
{
  const size = 10_000;
  const owners = 6;
  const deals = makeDeals(size).map((deal, i) => ({ ...deal, ownerId: `u${i % owners}` }));
  const client = await clientWith(deals);
  const mountLanes = async () => {
    const board = await mountBoard(client, 'owner');
    await until('the lanes to show', () => board.shadowRoot?.querySelector('.lane [data-deal-id]') !== null);
    await painted(board);
    return board;
  };
  const where = ' in 6 lanes';
  const render = await measure(
    `first render, ${size.toLocaleString('en')} deals${where}`,
    async () => {
      (await mountLanes()).remove();
    },
    { runs: 7, warmup: 2 },
  );
  report(render, 150);
  const board = await mountLanes();
  const cardsInDom = board.shadowRoot?.querySelectorAll('[data-deal-id]').length ?? 0;
  const lanes = board.shadowRoot?.querySelectorAll('.lane').length ?? 0;
  const keyboard = await keyboardMoves(board, size, FIRST_LANE_CELL, where);
  const pointerMove = await pointerMoves(board, size, FIRST_LANE_CELL, where);
  report(keyboard.drop, 16);
  report(keyboard.step, 16);
  report(pointerMove.drop, 16);
  report(pointerMove.step, 16);
  console.log(`  cards in the DOM with ${size.toLocaleString('en')} deals in ${lanes} lanes: ${cardsInDom}`);
  board.remove();
  client.dispose();

  const laneDeals = Array.from({ length: owners }, (_, owner) => deals.filter((deal) => deal.ownerId === `u${owner}`));
  const peerRender = await measure(
    `jKanban first render, ${size.toLocaleString('en')} deals, a board per owner`,
    async () => {
      stage.querySelector('#peer')?.remove();
      const host = peerHost();
      laneDeals.forEach((group, owner) => {
        const lane = document.createElement('div');
        lane.id = `peer-lane-${owner}`;
        host.append(lane);
        new jKanban({ element: `#peer-lane-${owner}`, boards: peerBoards(group), widthBoard: '250px', gutter: '8px' });
      });
      await painted(host);
    },
    { runs: 3, warmup: 1 },
  );
  report(peerRender);
  const peerMove = await peerPointerMove(stage.querySelector('#peer-lane-0') as HTMLElement, size, 3);
  report(peerMove);
  stage.querySelector('#peer')?.remove();
  reportRatio(`first render, ${size.toLocaleString('en')} deals${where}: Rapport vs jKanban`, render, peerRender, 5);
  reportRatio(`pointer move, ${size.toLocaleString('en')} deals${where}: Rapport vs jKanban`, pointerMove.drop, peerMove);
  const plain = ours[size];
  if (plain) reportRatio(`first render, ${size.toLocaleString('en')} deals: in 6 lanes vs in columns`, render, plain.render);
}

const small = ours[1_000];
const large = ours[50_000];
if (small && large) {
  console.log(`  growth from 1,000 to 50,000 deals: first render ×${(large.render.medianMs / small.render.medianMs).toFixed(1)}, pointer move ×${(large.move.medianMs / small.move.medianMs).toFixed(1)} (50× the deals)`);
}
console.log('bench:done');
