import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CrmClient } from '@rapport/core';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { testBoard } from './test-board.js';

async function boardFor(client: CrmClient, attributes: { lang?: string } = {}): Promise<CrmPipelineBoard> {
  const board = await fixture<CrmPipelineBoard>(
    html`<crm-pipeline-board .client=${client} pipeline-id="p-test" lang=${attributes.lang ?? 'en'} style="--crm-pipeline-board-height: 30rem"></crm-pipeline-board>`,
  );
  await waitUntil(() => board.shadowRoot?.querySelector('[part~="card"]'), 'the board never rendered its cards');
  return board;
}

function all(board: CrmPipelineBoard, selector: string): HTMLElement[] {
  return [...(board.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

function namesIn(board: CrmPipelineBoard, stageId: string): string[] {
  return all(board, `.column[data-stage-id="${stageId}"] .card-name`).map((node) => node.textContent?.trim() ?? '');
}

describe('<crm-pipeline-board>', () => {
  it('shows a column per open stage with its deals in board order', async () => {
    const { client } = testBoard();
    const board = await boardFor(client);
    expect(all(board, '.stage-name').map((node) => node.textContent)).to.deep.equal(['Lead', 'Proposal', 'Negotiation']);
    expect(namesIn(board, 'lead')).to.deep.equal(['Cash registers', 'Loyalty app', 'Scanners']);
    await expect(board).to.be.accessible();
  });
});
