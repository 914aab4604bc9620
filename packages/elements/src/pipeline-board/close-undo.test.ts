import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError, type CrmClient, type StorageAdapter } from '@rapport/core';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { testBoard } from './test-board.js';

const one = (board: CrmPipelineBoard, selector: string) => board.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const namesIn = (board: CrmPipelineBoard, stageId: string) => [...(board.shadowRoot?.querySelectorAll(`.column[data-stage-id="${stageId}"] .card-name`) ?? [])].map(text);

/** Store rollout (d6) closed as lost from the keyboard, with a reason; resolves once saved. */
async function closedStoreRollout(client: CrmClient): Promise<CrmPipelineBoard> {
  const board = await fixture<CrmPipelineBoard>(html`<crm-pipeline-board .client=${client} pipeline-id="p-test" lang="en"></crm-pipeline-board>`);
  await waitUntil(() => one(board, '[data-deal-id="d6"]'), 'the board never rendered its cards');
  one(board, '.columns [data-deal-id="d6"]')?.focus();
  for (const key of ['Space', 'ArrowRight', 'ArrowRight', 'Space']) {
    await sendKeys({ press: key });
    await board.updateComplete;
  }
  await waitUntil(() => (one(board, 'dialog.close-dialog') as HTMLDialogElement | null)?.open, 'the close dialog never opened');
  await sendKeys({ type: 'Chose a cheaper vendor' });
  const closed = oneEvent(board, 'crm-deal-closed');
  one(board, 'dialog.close-dialog button[type="submit"]')?.click();
  await closed;
  await board.updateComplete;
  return board;
}

/** The same adapter, whose deal updates fail once `failing` is set. */
function failingLater() {
  const state = { failing: false };
  const wrap = (adapter: StorageAdapter): StorageAdapter => ({
    ...adapter,
    name: 'failing-later',
    update: async (collection, id, patch, options) => {
      if (collection === 'deals' && state.failing) throw new NetworkError(undefined, false);
      return adapter.update(collection, id, patch, options);
    },
  });
  return { wrap, state };
}

describe('<crm-pipeline-board> Undo after a close', function () {
  this.timeout(20_000);

  it('offers Undo after a deal closed, and reopening puts it back in its stage at once', async () => {
    const { client } = testBoard();
    const board = await closedStoreRollout(client);
    expect(namesIn(board, 'negotiation')).to.deep.equal([]);
    const toast = one(board, '[part~="undo"]');
    expect(toast?.getAttribute('aria-label')).to.equal('Deal closed');
    expect(text(toast)).to.equal('Store rollout closed: Lost. Undo');
    expect(text(one(board, '[aria-live]'))).to.equal('Store rollout closed: Lost. Undo is offered for a few seconds.');
    await expect(board).to.be.accessible();

    const undo = toast?.querySelector('button') as HTMLButtonElement;
    undo.focus();
    await sendKeys({ press: 'Enter' });
    await board.updateComplete;
    // Shown at once, before the save answers.
    expect(namesIn(board, 'negotiation')).to.deep.equal(['Store rollout']);
    expect(one(board, '[part~="undo"]')).to.equal(null);
    await waitUntil(async () => (await client.deals.get('d6')).status === 'open', 'the reopen was never saved');
    const reopened = await client.deals.get('d6');
    expect(reopened).to.include({ status: 'open', stageId: 'negotiation' });
    // Nothing of the close stays on the open deal.
    expect(reopened).not.to.have.any.keys('closedAt', 'lostReason');
    await waitUntil(() => (board.shadowRoot?.activeElement as HTMLElement | null)?.dataset['dealId'] === 'd6', 'focus never came back to the card');
    expect(text(one(board, '[aria-live]'))).to.equal('Store rollout is open again, in Negotiation.');
    expect(namesIn(board, 'negotiation')).to.deep.equal(['Store rollout']);
  });

  it('takes the Undo away after eight seconds, but not from a keyboard on its button', async () => {
    const { client } = testBoard();
    const board = await closedStoreRollout(client);
    (one(board, '[part~="undo"] button') as HTMLButtonElement).focus();
    await new Promise((resolve) => setTimeout(resolve, 8500));
    await board.updateComplete;
    expect(one(board, '[part~="undo"]')).not.to.equal(null);
    (one(board, '[part~="undo"] button') as HTMLButtonElement).blur();
    await waitUntil(() => one(board, '[part~="undo"]') === null, 'the Undo never went away', { timeout: 9000 });
  });

  it('keeps the deal closed and says why when the reopen cannot be saved', async () => {
    const failing = failingLater();
    const { client } = testBoard(undefined, failing.wrap);
    const board = await closedStoreRollout(client);
    failing.state.failing = true;
    one(board, '[part~="undo"] button')?.click();
    await waitUntil(() => one(board, '[part="notice"]'), 'the failure was never shown');
    expect(text(one(board, '[part="notice"]'))).to.contain('Store rollout could not be reopened and stays closed.');
    await board.updateComplete;
    expect(namesIn(board, 'negotiation')).to.deep.equal([]);
    expect((await client.deals.get('d6')).status).to.equal('lost');
  });
});
