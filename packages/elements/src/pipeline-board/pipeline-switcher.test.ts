import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { TEST_NOW, testDeal, testPipeline } from './test-board.js';

/** The test pipeline ("Sales") and a second one, "Renewals", each with a deal of its own. */
function twoPipelines(): CrmClient {
  const renewals = { ...testPipeline, id: 'p-renewals', name: 'Renewals' };
  const adapter = createMemoryAdapter({
    now: () => TEST_NOW,
    seed: {
      pipelines: [testPipeline, renewals],
      deals: [testDeal('new-shop', 'lead', { name: 'New shop' }), testDeal('renewal', 'lead', { name: 'Support renewal', pipelineId: renewals.id })],
    },
  });
  return createCrmClient({ adapter, now: () => TEST_NOW });
}

async function boardOf(client: CrmClient, pipelineId = ''): Promise<CrmPipelineBoard> {
  const board = await fixture<CrmPipelineBoard>(html`<crm-pipeline-board .client=${client} pipeline-id=${pipelineId} lang="en"></crm-pipeline-board>`);
  await waitUntil(() => board.shadowRoot?.querySelector('[part~="card"]'), 'the board never rendered its cards');
  return board;
}

const switcherOf = (board: CrmPipelineBoard) => board.shadowRoot?.querySelector<HTMLSelectElement>('[part~="pipeline-switcher"] select') ?? null;
const names = (board: CrmPipelineBoard) => [...(board.shadowRoot?.querySelectorAll('.card-name') ?? [])].map((node) => node.textContent?.trim());
const label = (board: CrmPipelineBoard) => board.shadowRoot?.querySelector('[part~="pipeline-switcher"] span')?.textContent?.trim();

describe('<crm-pipeline-board> pipeline switcher', function () {
  this.timeout(15_000);

  it('shows the first of several pipelines by name, and switches to another from the keyboard', async () => {
    const board = await boardOf(twoPipelines());
    // "Renewals" comes before "Sales".
    expect(names(board)).to.deep.equal(['Support renewal']);
    expect(board.shownPipelineId).to.equal('p-renewals');
    await waitUntil(() => switcherOf(board), 'the switcher never showed');
    const select = switcherOf(board) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal(['Renewals', 'Sales']);
    expect(label(board)).to.equal('Pipeline');
    await expect(board).to.be.accessible();

    select.focus();
    const changed = oneEvent(board, 'crm-pipeline-change');
    await sendKeys({ press: 'ArrowDown' });
    expect((await changed).detail.pipelineId).to.equal('p-test');
    expect(board.shownPipelineId).to.equal('p-test');
    await waitUntil(() => names(board).includes('New shop'), 'the chosen pipeline never showed');
    expect(names(board)).to.deep.equal(['New shop']);
    expect(board.shadowRoot?.querySelector('[part~="board"]')?.getAttribute('aria-label')).to.equal('Pipeline: Sales');
  });

  it('keeps the choice through a re-render, in another language', async () => {
    const board = await boardOf(twoPipelines());
    await waitUntil(() => switcherOf(board), 'the switcher never showed');
    const select = switcherOf(board) as HTMLSelectElement;
    select.value = 'p-test';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => names(board).includes('New shop'), 'the chosen pipeline never showed');
    board.lang = 'zh-Hans';
    await waitUntil(() => label(board) === '销售管道', 'the switcher never spoke Chinese');
    expect(board.shownPipelineId).to.equal('p-test');
    expect(names(board)).to.deep.equal(['New shop']);
    expect(switcherOf(board)?.value).to.equal('p-test');
    await expect(board).to.be.accessible();
  });

  it('offers no switcher when pipeline-id pins a pipeline, or when the tenant has one', async () => {
    const pinned = await boardOf(twoPipelines(), 'p-test');
    expect(names(pinned)).to.deep.equal(['New shop']);
    await pinned.updateComplete;
    expect(switcherOf(pinned)).to.equal(null);

    const adapter = createMemoryAdapter({ now: () => TEST_NOW, seed: { pipelines: [testPipeline], deals: [testDeal('only', 'lead', { name: 'Only deal' })] } });
    const single = await boardOf(createCrmClient({ adapter, now: () => TEST_NOW }));
    expect(single.shownPipelineId).to.equal('p-test');
    expect(names(single)).to.deep.equal(['Only deal']);
    expect(switcherOf(single)).to.equal(null);
    await expect(single).to.be.accessible();
  });

  it('says so when the tenant has no pipeline yet', async () => {
    const adapter = createMemoryAdapter({ now: () => TEST_NOW });
    const board = await fixture<CrmPipelineBoard>(html`<crm-pipeline-board .client=${createCrmClient({ adapter, now: () => TEST_NOW })} lang="en"></crm-pipeline-board>`);
    await waitUntil(() => board.shadowRoot?.querySelector('[part~="empty"]'), 'the board never said it was empty');
    expect(board.shadowRoot?.querySelector('[part~="empty"]')?.textContent?.trim()).to.equal('There is no pipeline to show yet.');
    await expect(board).to.be.accessible();
  });
});
