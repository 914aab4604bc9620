import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { testBoard } from './test-board.js';

/**
 * The board in a container of `width` px laid out as a host page's grid does (`display: grid`
 * with an automatic column, as the portal's `main`), where the board's narrowest possible width
 * decides the column's.
 */
async function boardIn(width: number, lang = 'en'): Promise<CrmPipelineBoard> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="display: grid; width: ${width}px">
      <crm-pipeline-board .client=${testBoard().client} pipeline-id="p-test" lang=${lang}></crm-pipeline-board>
    </div>`,
  );
  const board = wrapper.querySelector('crm-pipeline-board') as CrmPipelineBoard;
  await waitUntil(() => board.shadowRoot?.querySelector('[part~="card"]'), 'the board never rendered its cards');
  return board;
}

/** Everything of the board that reaches past the right edge of its container, by part or class. */
function overflowing(board: CrmPipelineBoard): string[] {
  const right = (board.parentElement as HTMLElement).getBoundingClientRect().right;
  const scroller = board.shadowRoot?.querySelector('.columns');
  return [...(board.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])]
    .filter((node) => !scroller?.contains(node) || node === scroller)
    .filter((node) => node.getBoundingClientRect().right > right + 0.5)
    .map((node) => `${node.tagName.toLowerCase()}.${node.className || node.getAttribute('part')} ${Math.round(node.getBoundingClientRect().right)}`);
}

describe('<crm-pipeline-board> in narrow containers', () => {
  for (const width of [390, 320]) {
    for (const lang of ['en', 'zh-Hans']) {
      it(`stays inside a ${width} px container (${lang}): nothing but the stages' own scroller is wider`, async () => {
        const board = await boardIn(width, lang);
        expect(overflowing(board)).to.deep.equal([]);
        expect(board.getBoundingClientRect().width).to.be.at.most(width);
      });
    }
  }
});
