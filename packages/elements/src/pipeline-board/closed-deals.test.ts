import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import { boardPartChunks } from './board-part.chunks.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { testBoard, testDeal, testDeals } from './test-board.js';

const one = (board: CrmPipelineBoard, selector: string) => board.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const all = (board: CrmPipelineBoard, selector: string) => [...(board.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const closedDeals = [
  testDeal('w-old', 'won', {
    name: 'Kiosk pilot',
    status: 'won',
    amount: 7000,
    closedAt: '2025-01-10T10:00:00.000Z',
    stageHistory: [
      { stageId: 'lead', enteredAt: '2024-12-01T09:00:00.000Z', exitedAt: '2024-12-20T09:00:00.000Z' },
      { stageId: 'negotiation', enteredAt: '2024-12-20T09:00:00.000Z', exitedAt: '2025-01-10T10:00:00.000Z' },
      { stageId: 'won', enteredAt: '2025-01-10T10:00:00.000Z', exitedAt: '2025-01-10T10:00:00.000Z' },
    ],
  }),
  testDeal('w-new', 'won', { name: 'Shelf labels', status: 'won', amount: 9000, closedAt: '2025-02-25T10:00:00.000Z', accountId: 'a1', ownerId: 'u-lin', wonReason: 'Fast delivery' }),
  testDeal('l-1', 'proposal', {
    name: 'Self checkout',
    status: 'lost',
    amount: 30000,
    closedAt: '2025-02-27T10:00:00.000Z',
    lostReason: 'Price',
    stageHistory: [{ stageId: 'proposal', enteredAt: '2025-02-01T09:00:00.000Z', exitedAt: '2025-02-27T10:00:00.000Z' }],
  }),
  testDeal('l-2', 'lead', { name: 'Price tags', status: 'lost', closedAt: '2025-02-26T10:00:00.000Z', lostReason: 'No budget' }),
];

async function boardWith(deals: Parameters<typeof testBoard>[0] = [...testDeals, ...closedDeals], lang = 'en') {
  const setup = testBoard(deals);
  const writes: string[] = [];
  const closedReads: unknown[] = [];
  const list = setup.adapter.list.bind(setup.adapter);
  setup.adapter.list = async (collection, query, options) => {
    const status = query?.where?.['status'];
    if (collection === 'deals' && (status === 'won' || status === 'lost')) closedReads.push(status);
    return list(collection, query, options);
  };
  const update = setup.adapter.update.bind(setup.adapter);
  setup.adapter.update = async (collection, id, patch, options) => {
    writes.push(`${collection}/${id}`);
    return update(collection, id, patch, options);
  };
  const board = await fixture<CrmPipelineBoard>(html`<crm-pipeline-board .client=${setup.client} pipeline-id="p-test" lang=${lang}></crm-pipeline-board>`);
  await waitUntil(() => one(board, '[part~="deal-views"]'), 'the choice of open, won and lost deals never showed', { timeout: 5000 });
  return { ...setup, board, writes, closedReads };
}

async function choose(board: CrmPipelineBoard, label: string): Promise<void> {
  const button = all(board, '[part~="deal-views"] button').find((candidate) => text(candidate) === label);
  expect(button, `no "${label}" button`).to.exist;
  button?.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => one(board, '.closed-list, [part~="closed-deals"] [part~="empty"]'), `the ${label} list never showed`, { timeout: 5000 });
}

const listed = (board: CrmPipelineBoard) => all(board, '.closed-deal .closed-name').map(text);

/** How often the won and lost lists' chunk was fetched. */
let fetchedLists = 0;

describe('<crm-pipeline-board> won and lost deals', function () {
  this.timeout(20_000);
  const fetchList = boardPartChunks.closed;
  before(() => {
    boardPartChunks.closed = () => {
      fetchedLists++;
      return fetchList();
    };
  });
  after(() => {
    boardPartChunks.closed = fetchList;
  });

  it('lists the won deals newest first, with amount, account, owner, close date and reason, and reads without writing', async () => {
    const fetchedBefore = fetchedLists;
    const { board, writes, closedReads } = await boardWith();
    expect(fetchedLists, 'the lists were fetched before a view was chosen').to.equal(fetchedBefore);
    expect(closedReads, 'closed deals were read before they were asked for').to.deep.equal([]);
    await choose(board, 'Won');
    expect(fetchedLists).to.equal(fetchedBefore + 1);
    expect(closedReads).to.deep.equal(['won']);
    expect(all(board, '[part~="deal-views"] button').map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    expect(one(board, '.columns'), 'the stages still show').to.equal(null);
    expect(text(one(board, '.closed-heading'))).to.equal('Won deals 2 deals');
    expect(listed(board)).to.deep.equal(['Shelf labels', 'Kiosk pilot']);
    await waitUntil(() => text(one(board, '[data-deal-id="w-new"]')).includes('Yunshan Tech'), 'the account is never named');
    const row = text(one(board, '[data-deal-id="w-new"]'));
    expect(row).to.contain('CN¥9,000.00');
    expect(row).to.contain('Won Feb 25, 2025 · Fast delivery');
    await expect(board).to.be.accessible();
    expect(writes).to.deep.equal([]);
  });

  it('reopens a lost deal from the keyboard in the stage it was lost from: it leaves the list, and the board shows it there', async () => {
    const { board, client } = await boardWith();
    await choose(board, 'Lost');
    expect(listed(board)).to.deep.equal(['Self checkout', 'Price tags']);
    expect(text(one(board, '[data-deal-id="l-1"] .closed-on'))).to.contain('Price');
    const reopen = one(board, '[data-deal-id="l-1"] .reopen') as HTMLButtonElement;
    expect(reopen.getAttribute('aria-label')).to.equal('Reopen Self checkout');
    reopen.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listed(board).length === 1, 'the reopened deal stayed in the list');
    expect(board.shadowRoot?.activeElement === one(board, '[data-deal-id="l-2"] .reopen'), 'focus went to the next deal').to.equal(true);
    await waitUntil(async () => (await client.deals.get('l-1')).status === 'open', 'the reopen was never saved');
    const saved = await client.deals.get('l-1');
    expect(saved.stageId).to.equal('proposal');
    expect(saved).not.to.have.any.keys('closedAt', 'lostReason');
    expect(saved.stageHistory.at(-1)).to.include({ stageId: 'proposal' }).and.not.have.key('exitedAt');
    await waitUntil(() => text(one(board, '[aria-live]')) === 'Self checkout is open again, in Proposal.', 'the reopen was never announced');

    await choose(board, 'Open deals').catch(() => undefined);
    await waitUntil(() => one(board, '.column[data-stage-id="proposal"] [data-deal-id="l-1"]'), 'the reopened deal is not on the board');
  });

  it('reopens a won deal in the stage before the won stage', async () => {
    const { board, client } = await boardWith();
    await choose(board, 'Won');
    (one(board, '[data-deal-id="w-old"] .reopen') as HTMLButtonElement).click();
    await waitUntil(async () => (await client.deals.get('w-old')).status === 'open', 'the reopen was never saved');
    expect((await client.deals.get('w-old')).stageId).to.equal('negotiation');
  });

  it('lists 25 at first, and more on "Show more"; the owner filter applies', async () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      testDeal(`lost-${i}`, 'lead', { name: `Lost ${String(i).padStart(2, '0')}`, status: 'lost', lostReason: 'Price', ownerId: i % 3 === 0 ? 'u-lin' : 'u-emma', closedAt: new Date(Date.UTC(2025, 1, 1, i)).toISOString() }),
    );
    const { board } = await boardWith([...testDeals, ...many]);
    await choose(board, 'Lost');
    expect(listed(board)).to.have.length(25);
    expect(listed(board)[0]).to.equal('Lost 29');
    expect(text(one(board, '.closed-more'))).to.equal('25 of 30 Show more');
    one(board, '.closed-more button')?.click();
    await waitUntil(() => listed(board).length === 30, 'Show more never showed the rest');
    expect(one(board, '.closed-more')).to.equal(null);

    board.filter = { ownerId: 'u-lin' };
    await waitUntil(() => listed(board).length === 10, 'the owner filter was not applied');
    expect(text(one(board, '.closed-heading'))).to.equal('Lost deals 10 deals');
  });

  it('says when nothing was lost yet, and speaks Chinese', async () => {
    const { board } = await boardWith(testDeals, 'zh-Hans');
    await waitUntil(() => text(one(board, '[part~="deal-views"]')).includes('进行中'), 'the choice is not in Chinese');
    await choose(board, '丢单');
    expect(text(one(board, '[part~="closed-deals"] [part~="empty"]'))).to.equal('此销售管道还没有丢单。');
    await expect(board).to.be.accessible();
  });
});
