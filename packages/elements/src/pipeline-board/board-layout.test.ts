import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import type { CrmPipelineBoard } from './pipeline-board.js';
import { TEST_NOW, testBoard, testDeal, testPipeline } from './test-board.js';

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

/** A pipeline of `stages` stages, two deals in each. */
function boardOf(stages: number) {
  const pipeline = { ...testPipeline, stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, name: ['Lead', 'Qualified', 'Demo', 'Proposal', 'Negotiation', 'Contract'][i] ?? `Stage ${i}`, probability: (i + 1) / 10 })) };
  const deals = pipeline.stages.flatMap((stage, i) => [
    testDeal(`${stage.id}-a`, stage.id, { name: `Flagship store ${i}`, amount: 447_000, expectedCloseDate: '2025-12-31' }),
    testDeal(`${stage.id}-b`, stage.id, { name: `Kiosk ${i}` }),
  ]);
  const adapter = createMemoryAdapter({ now: () => TEST_NOW, seed: { pipelines: [pipeline], deals } });
  return createCrmClient({ adapter, now: () => TEST_NOW });
}

describe('<crm-pipeline-board> columns', function () {
  this.timeout(20_000);

  it('fits six stages side by side in a 1280 px container, amounts and dates whole', async () => {
    const board = await boardIn(1280, 'zh-Hans', boardOf(6));
    const row = board.shadowRoot?.querySelector('.columns') as HTMLElement;
    expect(row.querySelectorAll('.column')).to.have.length(6);
    expect(row.scrollWidth, 'the row scrolls sideways').to.be.at.most(row.clientWidth);
    for (const node of board.shadowRoot?.querySelectorAll<HTMLElement>('.card .amount, .card .closes') ?? []) {
      expect(node.scrollWidth, `"${node.textContent}" is cut short`).to.be.at.most(node.clientWidth);
    }
  });

  it('collapses a stage from the keyboard to its name and count, and the keyboard passes it by', async () => {
    const board = await boardIn(1280, 'en', boardOf(3));
    const toggle = () => board.shadowRoot?.querySelector<HTMLButtonElement>('.column[data-stage-id="s1"] [part~="collapse"]') ?? null;
    await waitUntil(toggle, 'no collapse button', { timeout: 5000 });
    expect(toggle()?.getAttribute('aria-label')).to.equal('Collapse Qualified');
    toggle()?.focus();
    await sendKeys({ press: 'Enter' });
    await board.updateComplete;
    const column = board.shadowRoot?.querySelector('.column[data-stage-id="s1"]') as HTMLElement;
    expect(column.classList.contains('collapsed')).to.equal(true);
    expect(column.querySelectorAll('[data-deal-id]')).to.have.length(0);
    expect(column.querySelector('.count')?.textContent?.trim()).to.equal('2 deals');
    expect(column.getBoundingClientRect().width).to.be.below(60);
    expect(toggle()?.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle()?.getAttribute('aria-label')).to.equal('Expand Qualified');
    expect(board.shadowRoot?.activeElement === toggle(), 'focus stays on the button').to.equal(true);
    await expect(board).to.be.accessible();

    // From the first stage's card, ArrowRight goes past the collapsed stage to the third.
    board.shadowRoot?.querySelector<HTMLElement>('.column[data-stage-id="s0"] [data-deal-id]')?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await board.updateComplete;
    expect(board.shadowRoot?.activeElement?.closest('.column')?.getAttribute('data-stage-id')).to.equal('s2');

    toggle()?.click();
    await board.updateComplete;
    expect(column.querySelectorAll('[data-deal-id]')).to.have.length(2);
  });

  it('shows one stage at a time in a 390 px container, with a choice of stage kept in step with a swipe', async () => {
    const board = await boardIn(390, 'en', boardOf(4));
    const picker = () => board.shadowRoot?.querySelector<HTMLSelectElement>('[part~="stage-picker"] select') ?? null;
    await waitUntil(picker, 'no stage picker', { timeout: 5000 });
    const row = board.shadowRoot?.querySelector('.columns') as HTMLElement;
    const visible = () =>
      [...row.querySelectorAll<HTMLElement>('.column')].filter((column) => {
        const rect = column.getBoundingClientRect();
        const bounds = row.getBoundingClientRect();
        return rect.right > bounds.left + 1 && rect.left < bounds.right - 1;
      });
    expect(visible().map((column) => column.dataset['stageId'])).to.deep.equal(['s0']);
    expect([...(picker()?.options ?? [])].map((option) => option.textContent?.trim())).to.deep.equal(['Lead · 2 deals', 'Qualified · 2 deals', 'Demo · 2 deals', 'Proposal · 2 deals']);

    picker()?.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => visible().map((column) => column.dataset['stageId']).join() === 's2', 'the chosen stage never came into view');

    row.scrollTo({ left: (row.querySelector('.column[data-stage-id="s1"]') as HTMLElement).offsetLeft - row.offsetLeft, behavior: 'instant' });
    await waitUntil(() => picker()?.value === 's1', 'the choice did not follow the swipe');
    await expect(board).to.be.accessible();
  });
});

describe('<crm-pipeline-board> one stage at a time, from the keyboard', function () {
  this.timeout(20_000);

  it('brings the next stage into view as a lifted deal is carried to it', async () => {
    const board = await boardIn(390, 'en', boardOf(3));
    await waitUntil(() => board.shadowRoot?.querySelector('[part~="stage-picker"]'), 'no stage picker', { timeout: 5000 });
    const row = board.shadowRoot?.querySelector('.columns') as HTMLElement;
    const inView = () =>
      [...row.querySelectorAll<HTMLElement>('.column')]
        .filter((column) => column.getBoundingClientRect().left >= row.getBoundingClientRect().left - 1 && column.getBoundingClientRect().right <= row.getBoundingClientRect().right + 1)
        .map((column) => column.dataset['stageId']);
    board.shadowRoot?.querySelector<HTMLElement>('.column[data-stage-id="s0"] [data-deal-id]')?.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => inView().join() === 's1', `the next stage never came into view (${inView().join()})`);
    await sendKeys({ press: 'Escape' });
  });
});
