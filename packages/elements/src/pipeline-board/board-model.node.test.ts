import type { Deal, Pipeline } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { BoardColumns } from './board-columns.js';
import { cardAfterKey, dealsWithout, neighbourOf, placeOf, rankAt, slotAfterKey, slotIn, sortedIndex } from './board-navigation.js';
import { BoardModel, overWipLimit, type DealPlace, type Drag } from './board-model.js';
import { RANK_FIELD } from './deal-order.js';
import type { DropSlot, SlotKey } from './drop-slot.js';
import { testDeal, testDeals, testPipeline } from './test-board.js';

const pipeline = { ...testPipeline, tenantId: 't', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' } as Pipeline;
const stored = (deals: readonly object[]): Deal[] =>
  deals.map((fields) => ({ tenantId: 't', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', tags: [], customFields: {}, ...fields }) as unknown as Deal);
const collator = new Intl.Collator('en');

function board(deals: readonly object[] = testDeals, drag?: Drag, sort: 'rank' | 'amount' = 'rank', enforceWipLimits = false): BoardModel {
  const columns = new BoardColumns().columns({ pipeline, deals: stored(deals), pending: new Map(), filter: {}, sort, collator, nowMs: Date.parse('2025-03-01T09:00:00.000Z') });
  return new BoardModel(pipeline, columns, drag, sort, collator, enforceWipLimits);
}
const names = (deals: readonly Deal[] | undefined) => (deals ?? []).map((deal) => deal.name);

describe('board model', () => {
  it('says where a deal sits and which card takes the focus when it leaves', () => {
    const model = board();
    const lead = model.deals.get('lead') ?? [];
    const second = lead[1] as Deal;
    expect(model.locate(second.id)).toMatchObject({ stageId: 'lead', index: 1 });
    expect(model.locate('nowhere')).toBeUndefined();
    // The next card of its stage, else the one before.
    expect(neighbourOf(model, second.id)?.deal.id).toBe(lead[2]?.id);
    expect(neighbourOf(model, (lead[2] as Deal).id)?.deal.id).toBe(second.id);
    const negotiation = model.deals.get('negotiation') ?? [];
    expect(negotiation).toHaveLength(1);
    expect(neighbourOf(model, (negotiation[0] as Deal).id)).toBeUndefined();
  });

  it('shows a dragged deal where it would land, and only there', () => {
    const first = board();
    const deal = (first.deals.get('lead') ?? [])[0] as Deal;
    const drag: Drag = { mode: 'keyboard', deal, origin: { stageId: 'lead', index: 0 }, target: { kind: 'stage', stageId: 'negotiation', index: 0 } };
    const dragging = board(testDeals, drag);
    expect(names(dragging.deals.get('negotiation'))[0]).toBe(deal.name);
    expect(names(dragging.deals.get('lead'))).not.toContain(deal.name);
    expect(dragging.locate(deal.id)).toMatchObject({ stageId: 'negotiation', index: 0 });
    // Over an outcome zone the deal stays where it was.
    const leaving = board(testDeals, { ...drag, target: { kind: 'outcome', outcome: 'won' } });
    expect(names(leaving.deals.get('lead'))).toContain(deal.name);
  });

  it('counts the places a held deal can take: its own stage without it, another with one more', () => {
    const model = board();
    const deal = (model.deals.get('lead') ?? [])[0] as Deal;
    expect(dealsWithout(model, 'lead', deal)).toHaveLength(2);
    expect(dealsWithout(model, 'proposal', deal)).toHaveLength(2);
    expect(placeOf(model, 'lead', 0, deal)).toEqual({ stage: 'Lead', index: 0, size: 3 });
    expect(placeOf(model, 'proposal', 2, deal)).toEqual({ stage: 'Proposal', index: 2, size: 3 });
    expect(placeOf(model, 'negotiation', 0, deal)).toEqual({ stage: 'Negotiation', index: 0, size: 2 });
    expect(placeOf(model, 'gone', 0, deal)).toEqual({ stage: 'gone', index: 0, size: 1 });
  });

  it('moves a held deal by arrow keys along its column, across the stages, then onto the outcomes', () => {
    const model = board();
    const deal = (model.deals.get('lead') ?? [])[0] as Deal;
    const steps: DropSlot[] = [{ kind: 'stage', stageId: 'lead', index: 0 }];
    const press = (key: SlotKey) => steps.push(slotAfterKey(model, key, steps.at(-1) as DropSlot, deal));
    press('ArrowUp');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowRight');
    press('ArrowRight');
    press('ArrowRight');
    press('ArrowRight');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(steps.map((slot) => (slot.kind === 'stage' ? `${slot.stageId} ${slot.index}` : slot.outcome))).toEqual([
      'lead 0',
      'lead 0',
      'lead 1',
      'lead 2',
      // Two others in its own stage: the last place is the third.
      'lead 2',
      'proposal 2',
      // One other in negotiation: the place after it.
      'negotiation 1',
      'won',
      'lost',
      'won',
      'negotiation 0',
    ]);
    // A board sorted by amount puts the deal where its amount belongs in each stage.
    const sorted = board(testDeals, undefined, 'amount');
    const big = (sorted.deals.get('lead') ?? [])[0] as Deal;
    expect(slotAfterKey(sorted, 'ArrowRight', { kind: 'stage', stageId: 'lead', index: 0 }, big)).toEqual({ kind: 'stage', stageId: 'proposal', index: 1 });
  });

  it('puts a deal held by the pointer at the row under it, at most one past the others, or where the sort puts it', () => {
    const model = board();
    const deal = (model.deals.get('lead') ?? [])[0] as Deal;
    expect(slotIn(model, 'proposal', deal, 1)).toEqual({ kind: 'stage', stageId: 'proposal', index: 1 });
    expect(slotIn(model, 'proposal', deal, 9)).toEqual({ kind: 'stage', stageId: 'proposal', index: 2 });
    expect(slotIn(model, 'lead', deal, 9)).toEqual({ kind: 'stage', stageId: 'lead', index: 2 });
    expect(slotIn(model, 'lead', deal, undefined)).toBeUndefined();
    const sorted = board(testDeals, undefined, 'amount');
    const small = stored([testDeal('small', 'negotiation', { amount: 1 })])[0] as Deal;
    expect(slotIn(sorted, 'lead', small, 0)).toEqual({ kind: 'stage', stageId: 'lead', index: 3 });
  });

  it('moves the focus along a column, to its ends and to the nearest stage with cards', () => {
    const model = board();
    const lead = model.deals.get('lead') ?? [];
    const from = model.locate((lead[1] as Deal).id) as DealPlace;
    const to = (key: string, place: DealPlace = from) => {
      const next = cardAfterKey(model, key, place);
      return next && `${next.stageId} ${next.index} ${next.deal.name}`;
    };
    expect(to('ArrowDown')).toBe(`lead 2 ${lead[2]?.name}`);
    expect(to('Home')).toBe(`lead 0 ${lead[0]?.name}`);
    expect(to('ArrowRight')).toBe(`proposal 1 ${model.deals.get('proposal')?.[1]?.name}`);
    expect(to('ArrowRight', model.locate((model.deals.get('negotiation')?.[0] as Deal).id))).toBeUndefined();
    expect(to('a')).toBeUndefined();
  });

  it('shows the held card by how it is held, and the others as saving or at rest', () => {
    const deal = (board().deals.get('lead') ?? [])[0] as Deal;
    const other = (board().deals.get('lead') ?? [])[1] as Deal;
    const drag: Drag = { mode: 'keyboard', deal, origin: { stageId: 'lead', index: 0 }, target: { kind: 'stage', stageId: 'lead', index: 1 } };
    expect(board(testDeals, drag).cardState(deal, false)).toBe('lifted');
    expect(board(testDeals, { ...drag, mode: 'pointer' }).cardState(deal, false)).toBe('placeholder');
    expect(board(testDeals, { ...drag, target: { kind: 'outcome', outcome: 'lost' } }).cardState(deal, false)).toBe('leaving');
    expect(board(testDeals, drag).cardState(other, true)).toBe('saving');
    expect(board().cardState(deal, false)).toBe('resting');
  });

  it('refuses a drop into a stage at its WIP limit only when limits are enforced, and never within the stage', () => {
    const model = board(testDeals, undefined, 'rank', true);
    const lead = (model.deals.get('lead') ?? [])[0] as Deal;
    expect(model.wipRefusal('proposal', lead)?.name).toBe('Proposal');
    expect(board().wipRefusal('proposal', lead)).toBeUndefined();
    expect(model.wipRefusal('negotiation', lead)).toBeUndefined();
    const proposal = (model.deals.get('proposal') ?? [])[0] as Deal;
    expect(model.wipRefusal('proposal', proposal)).toBeUndefined();
    expect(model.columns.map(overWipLimit)).toEqual([false, false, false]);
    expect(model.wipExceeded).toBe(false);
  });

  it('shows a stage over its WIP limit once it holds more open deals than the limit', () => {
    const model = board([...testDeals, testDeal('d9', 'proposal')]);
    expect(model.columns.map((column) => [column.stage.id, overWipLimit(column)])).toEqual([
      ['lead', false],
      ['proposal', true],
      ['negotiation', false],
    ]);
    expect(model.wipExceeded).toBe(true);
  });

  it('ranks a dropped deal between its new neighbours in rank order, and not at all in another order', () => {
    const model = board();
    const deal = (model.deals.get('lead') ?? [])[2] as Deal;
    const [a, b] = dealsWithout(model, 'lead', deal);
    const rank = rankAt(model, 'lead', 1, deal);
    expect(rank).toBeDefined();
    const sorted = board([...testDeals.filter((other) => other.id !== deal.id), { ...testDeals.find((other) => other.id === deal.id), customFields: { [RANK_FIELD]: rank } }]);
    expect(names(sorted.deals.get('lead'))).toEqual([a?.name, deal.name, b?.name]);
    expect(rankAt(board(testDeals, undefined, 'amount'), 'lead', 1, deal)).toBeUndefined();
  });

  it('puts a deal held over a stage sorted by amount where its amount belongs', () => {
    const model = board(testDeals, undefined, 'amount');
    const big = stored([testDeal('big', 'negotiation', { amount: 1_000_000 })])[0] as Deal;
    expect(sortedIndex(model, 'lead', big)).toBe(0);
    const small = stored([testDeal('small', 'negotiation', { amount: 1 })])[0] as Deal;
    expect(sortedIndex(model, 'lead', small)).toBe(3);
  });
});
