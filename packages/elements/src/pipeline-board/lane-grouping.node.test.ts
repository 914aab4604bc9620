import type { Deal, Pipeline } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { forecast } from '@rapport/core/domain';
import { BoardColumns, sumGroups } from './board-columns.js';
import { LaneGrouping, laneIdOf } from './lane-grouping.js';
import { laneCellsHeight, lanesInView, LANE_CELL_ROWS } from './lane-layout.js';
import { CARD_ROW_HEIGHT } from './deal-card.js';
import { testDeal, testDeals, testPipeline } from './test-board.js';

const pipeline = { ...testPipeline, tenantId: 't', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' } as Pipeline;
const stored = (deals: readonly object[]): Deal[] =>
  deals.map((fields) => ({ tenantId: 't', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', tags: [], customFields: {}, ...fields }) as unknown as Deal);
const deals = stored([...testDeals, testDeal('d7', 'lead', { name: 'Kiosks', amount: 1000 })]);
const filter = {};
const collator = new Intl.Collator('en');
const columnsOf = (columns: BoardColumns, items: readonly Deal[] = deals) =>
  columns.columns({ pipeline, deals: items, pending: new Map(), filter, sort: 'rank', collator, nowMs: Date.parse('2025-03-01T09:00:00.000Z') });
const names = (items: readonly Deal[] | undefined) => (items ?? []).map((deal) => deal.name);

describe('lane grouping', () => {
  it('splits every stage by owner, with a cell per stage, the sums of each lane, and the unowned in a lane of their own', () => {
    const lanes = new LaneGrouping({ forecast, sumGroups }).lanes(pipeline, columnsOf(new BoardColumns()), 'owner');
    expect(lanes.map((lane) => lane.id).sort()).toEqual(['', 'u-emma', 'u-lin']);
    const lin = lanes.find((lane) => lane.id === 'u-lin');
    expect(lin?.columns.map((column) => column.stage.id)).toEqual(['lead', 'proposal', 'negotiation']);
    expect(lin?.columns.map((column) => names(column.deals))).toEqual([['Cash registers', 'Scanners'], ['Support plan'], []]);
    expect(lin?.summary).toMatchObject({ count: 3, amount: { CNY: 35000 } });
    // A WIP limit still counts the whole stage.
    expect(lin?.columns[1]?.openCount).toBe(2);
    expect(lanes.find((lane) => lane.id === '')?.summary.count).toBe(1);
  });

  it('groups by account, and reuses the cells of a stage a move did not touch', () => {
    const grouping = new LaneGrouping({ forecast, sumGroups });
    const columns = new BoardColumns();
    const before = grouping.lanes(pipeline, columnsOf(columns), 'account');
    expect(before.map((lane) => lane.id).sort()).toEqual(['', 'a1']);
    expect(laneIdOf(deals[0] as Deal, 'account')).toBe('a1');
    const moved = deals.map((deal) => (deal.id === 'd3' ? { ...deal, stageId: 'proposal' } : deal));
    const after = grouping.lanes(pipeline, columnsOf(columns, moved), 'account');
    const none = (lanes: typeof before) => lanes.find((lane) => lane.id === '');
    expect(none(after)?.columns[2]?.deals).toBe(none(before)?.columns[2]?.deals);
    expect(names(none(after)?.columns[1]?.deals).sort()).toEqual(['Printers', 'Scanners', 'Support plan']);
  });
});

describe('lane layout', () => {
  it('sizes a lane by its longest cell, up to a few rows, and renders only the lanes near the view', () => {
    expect(laneCellsHeight(CARD_ROW_HEIGHT, 0)).toBe(laneCellsHeight(CARD_ROW_HEIGHT, 1));
    expect(laneCellsHeight(CARD_ROW_HEIGHT, 500)).toBe(laneCellsHeight(CARD_ROW_HEIGHT, LANE_CELL_ROWS));
    expect(laneCellsHeight(CARD_ROW_HEIGHT, 2) - laneCellsHeight(CARD_ROW_HEIGHT, 1)).toBe(CARD_ROW_HEIGHT);
    const heights = [400, 400, 400, 400, 400, 400];
    expect(lanesInView(heights, 0, 600)).toEqual([0, 1]);
    expect(lanesInView(heights, 1000, 600)).toEqual([2, 3, 4]);
    expect(lanesInView(heights, 2400, 600)).toEqual([5]);
  });
});
