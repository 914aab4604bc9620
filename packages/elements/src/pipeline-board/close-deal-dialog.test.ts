import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import type { CrmDealCloseEvent } from './pipeline-board.events.js';
import { TEST_NOW, testDeals, testPipeline } from './test-board.js';

/** The test pipeline with its usual reasons for losing a deal. */
function clientWithLostReasons(): CrmClient {
  const pipeline = { ...testPipeline, lostReasons: ['Price', 'Competitor', 'Timing'] };
  const adapter = createMemoryAdapter({ now: () => TEST_NOW, seed: { pipelines: [pipeline], deals: testDeals } });
  return createCrmClient({ adapter, now: () => TEST_NOW });
}

/** The board with Store rollout (d6) dropped on "lost" from the keyboard: the close dialog open. */
async function losingStoreRollout(client: CrmClient, lang = 'en'): Promise<{ board: CrmPipelineBoard; dialog: HTMLDialogElement }> {
  const board = await fixture<CrmPipelineBoard>(html`<crm-pipeline-board .client=${client} pipeline-id="p-test" lang=${lang}></crm-pipeline-board>`);
  await waitUntil(() => board.shadowRoot?.querySelector('[data-deal-id="d6"]'), 'the board never rendered its cards');
  board.shadowRoot?.querySelector<HTMLElement>('.columns [data-deal-id="d6"]')?.focus();
  for (const key of ['Space', 'ArrowRight', 'ArrowRight', 'Space']) {
    await sendKeys({ press: key });
    await board.updateComplete;
  }
  await waitUntil(() => board.shadowRoot?.querySelector<HTMLDialogElement>('dialog.close-dialog')?.open, 'the close dialog never opened');
  return { board, dialog: board.shadowRoot?.querySelector('dialog.close-dialog') as HTMLDialogElement };
}

const labelOf = (dialog: HTMLDialogElement, id: string) => dialog.querySelector(`label[for="${id}"]`)?.textContent?.trim();

describe('<crm-pipeline-board> lost reasons', function () {
  this.timeout(15_000);

  it('offers the pipeline’s lost reasons beside free text, and saves the one chosen with its details', async () => {
    const client = clientWithLostReasons();
    const { board, dialog } = await losingStoreRollout(client);
    const select = dialog.querySelector('select') as HTMLSelectElement;
    expect(board.shadowRoot?.activeElement).to.equal(select);
    expect(labelOf(dialog, 'close-listed-reason')).to.equal('Why did we lose it?');
    expect(labelOf(dialog, 'close-reason')).to.equal('Details');
    expect([...select.options].map((option) => option.textContent?.trim())).to.deep.equal(['Choose a reason, or describe it below', 'Price', 'Competitor', 'Timing']);
    await expect(board).to.be.accessible();

    // Neither a reason nor details: the dialog says what it needs.
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await board.updateComplete;
    expect(dialog.querySelector('[part="field-error"]')?.textContent).to.contain('Give the reason');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    await expect(board).to.be.accessible();

    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await board.updateComplete;
    expect(select.value).to.equal('Price');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '20% cheaper elsewhere' });
    const close = oneEvent(board, 'crm-deal-close') as Promise<CrmDealCloseEvent>;
    const closed = oneEvent(board, 'crm-deal-closed');
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect((await close).detail).to.include({ outcome: 'lost', reason: 'Price: 20% cheaper elsewhere' });
    await closed;
    expect(await client.deals.get('d6')).to.include({ status: 'lost', lostReason: 'Price: 20% cheaper elsewhere' });
  });

  it('saves a listed reason alone, and speaks Chinese around the list', async () => {
    const client = clientWithLostReasons();
    const { board, dialog } = await losingStoreRollout(client, 'zh-Hant');
    expect(labelOf(dialog, 'close-reason')).to.equal('詳細說明');
    const select = dialog.querySelector('select') as HTMLSelectElement;
    select.value = 'Timing';
    select.dispatchEvent(new Event('change'));
    await board.updateComplete;
    const closed = oneEvent(board, 'crm-deal-closed');
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await closed;
    expect(await client.deals.get('d6')).to.include({ status: 'lost', lostReason: 'Timing' });
  });
});
