import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { testBoard, testDeal } from './test-board.js';

/**
 * The board in a container of `width` px laid out as a host page's grid does (`display: grid`
 * with an automatic column, as the portal's `main`), where the board's narrowest possible width
 * decides the column's.
 */
async function boardIn(width: number, lang = 'en', client = testBoard().client, style = ''): Promise<CrmPipelineBoard> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="display: grid; width: ${width}px">
      <crm-pipeline-board .client=${client} pipeline-id="p-test" lang=${lang} style=${style}></crm-pipeline-board>
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

  for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
    it(`never cuts an amount or a close date short, even in the ERP screen's 13.5rem columns (${lang})`, async () => {
      const { client } = testBoard([testDeal('big', 'lead', { name: 'Flagship store fit-out', amount: 447_000, expectedCloseDate: '2025-12-31' })]);
      const board = await boardIn(1000, lang, client, '--crm-pipeline-board-column-width: 13.5rem');
      const shown = (selector: string) => board.shadowRoot?.querySelector<HTMLElement>(`[data-deal-id="big"] ${selector}`) as HTMLElement;
      for (const selector of ['.amount', '.closes']) {
        const node = shown(selector);
        expect(node.scrollWidth, `${selector} "${node.textContent}" is cut short`).to.be.at.most(node.clientWidth);
        expect(node.getBoundingClientRect().right).to.be.at.most((node.closest('.card') as HTMLElement).getBoundingClientRect().right);
      }
      expect(shown('.amount').textContent).to.contain('447,000.00');
    });
  }

  it('says "1 deal" and "1 day" in English, by the plural rules', async () => {
    const { client } = testBoard([testDeal('one', 'lead', { stageHistory: [{ stageId: 'lead', enteredAt: '2025-02-28T08:00:00.000Z' }] })]);
    const board = await boardIn(1000, 'en', client);
    const text = (selector: string) => board.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(text('.column[data-stage-id="lead"] .count')).to.equal('1 deal');
    expect(text('[part="summary"]')).to.contain('1 deal ');
    expect(text('[data-deal-id="one"] .age')).to.equal('1 day in stage');
  });
});
