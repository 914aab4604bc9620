import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { TEST_NOW, testDeal, testPipeline } from './test-board.js';

/** The test pipeline with Lead rotting after 7 days: its deals entered it 10 days ago, but for one of 2 days. */
async function rottingBoard(lang = 'en'): Promise<CrmPipelineBoard> {
  const pipeline = { ...testPipeline, stages: testPipeline.stages.map((stage) => (stage.id === 'lead' ? { ...stage, idleDays: 7 } : stage)) };
  const deals = [
    testDeal('old1', 'lead', { name: 'Cash registers' }),
    testDeal('old2', 'lead', { name: 'Loyalty app' }),
    testDeal('fresh', 'lead', { name: 'Scanners', stageHistory: [{ stageId: 'lead', enteredAt: '2025-02-27T09:00:00.000Z' }] }),
    testDeal('other', 'proposal', { name: 'Printers' }),
  ];
  const adapter = createMemoryAdapter({ now: () => TEST_NOW, seed: { pipelines: [pipeline], deals } });
  const board = await fixture<CrmPipelineBoard>(
    html`<crm-pipeline-board .client=${createCrmClient({ adapter, now: () => TEST_NOW })} pipeline-id="p-test" lang=${lang}></crm-pipeline-board>`,
  );
  await waitUntil(() => board.shadowRoot?.querySelector('[part~="card"]'), 'the board never rendered its cards');
  return board;
}

const text = (board: CrmPipelineBoard, selector: string) => board.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (board: CrmPipelineBoard) => [...(board.shadowRoot?.querySelectorAll('.card-name') ?? [])].map((node) => node.textContent?.trim());

describe('<crm-pipeline-board> rotting deals', function () {
  this.timeout(15_000);

  it('marks deals idle past their stage’s rotting days and counts them in the stage’s header', async () => {
    const board = await rottingBoard();
    expect(text(board, '.column[data-stage-id="lead"] [part~="idle-count"]')).to.equal('2 idle');
    // A stage without rotting days counts nothing, however long its deals have waited.
    expect(board.shadowRoot?.querySelector('.column[data-stage-id="proposal"] [part~="idle-count"]')).to.equal(null);
    expect(text(board, '[data-deal-id="old1"] .age')).to.equal('idle · 10 days in stage');
    expect(text(board, '[data-deal-id="fresh"] .age')).to.equal('2 days in stage');
    expect(board.shadowRoot?.querySelector('[data-deal-id="old1"]')?.classList.contains('idle')).to.equal(true);
    await expect(board).to.be.accessible();
  });

  it('shows only idle deals when asked, and everything again when the filter is cleared', async () => {
    const board = await rottingBoard();
    const toggle = board.shadowRoot?.querySelector<HTMLInputElement>('.idle-only input') as HTMLInputElement;
    toggle.click();
    await board.updateComplete;
    expect(names(board).sort()).to.deep.equal(['Cash registers', 'Loyalty app']);
    expect(text(board, '[part="summary"]')).to.contain('Filtered');
    board.shadowRoot?.querySelector<HTMLButtonElement>('[part~="clear-filters"]')?.click();
    await board.updateComplete;
    expect(names(board)).to.have.length(4);
  });

  it('speaks of idle deals in Chinese', async () => {
    const board = await rottingBoard('zh-Hant');
    await waitUntil(() => text(board, '.column[data-stage-id="lead"] [part~="idle-count"]') === '2 個停滯', 'the count never showed in Chinese');
    expect(text(board, '.idle-only')).to.equal('僅看停滯');
  });
});
