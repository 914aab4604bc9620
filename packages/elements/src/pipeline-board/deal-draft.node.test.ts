import { describe, expect, it } from 'vitest';
import type { Deal } from '@rapport/core';
import { createInput, draftOf, draftProblems, emptyDraft, parseAmount, updatePatch } from './deal-draft.js';

const deal = {
  id: 'd1',
  tenantId: 't',
  version: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  name: 'Printers',
  pipelineId: 'p',
  stageId: 'lead',
  amount: 5000,
  currency: 'CNY',
  probability: 0.6,
  expectedCloseDate: '2025-03-15',
  ownerId: 'u-lin',
  status: 'open',
  stageHistory: [],
  tags: ['retail'],
  customFields: { boardRank: 2, region: 'East' },
} as Deal;

describe('deal drafts', () => {
  it('reads amounts as people type them, grouped, decimal or with full-width digits', () => {
    expect(parseAmount('12000')).toBe(12000);
    expect(parseAmount(' 12,000.50 ')).toBe(12000.5);
    expect(parseAmount('１２０００')).toBe(12000);
    expect(parseAmount('12k')).toBeUndefined();
    expect(parseAmount('-5')).toBeUndefined();
    expect(parseAmount('')).toBeUndefined();
  });

  it('names each wrong field with what is expected, and only the fields asked about', () => {
    const draft = { ...emptyDraft('lead', 'CNY'), amount: 'lots', currency: 'yuan', expectedCloseDate: '2025-02-30', probability: '120' };
    expect(draftProblems(draft)).toEqual({ name: 'required', amount: 'amount', currency: 'currency', expectedCloseDate: 'date', probability: 'probability' });
    expect(draftProblems(draft, ['name', 'amount'])).toEqual({ name: 'required', amount: 'amount' });
    expect(draftProblems({ ...emptyDraft('lead', 'CNY'), name: 'Kiosks', amount: '0' })).toEqual({});
  });

  it('makes a new deal of a valid draft, trimmed, with the probability as a ratio and tags split', () => {
    const draft = { ...emptyDraft('lead', 'cny', 'u-lin'), name: '  Kiosks ', amount: '1,500', probability: '40', tags: 'retail， east, retail' };
    expect(createInput(draft, 'p')).toEqual({ name: 'Kiosks', pipelineId: 'p', stageId: 'lead', amount: 1500, currency: 'CNY', ownerId: 'u-lin', probability: 0.4, tags: ['retail', 'east'] });
  });

  it('patches only what changed, and clears what was emptied', () => {
    expect(updatePatch(deal, draftOf(deal))).toEqual({});
    const patch = updatePatch(deal, { ...draftOf(deal), amount: '6000', probability: '', customFields: { boardRank: '2', region: 'West' } });
    expect(patch).toEqual({ amount: 6000, probability: undefined, customFields: { boardRank: 2, region: 'West' } });
    expect(Object.hasOwn(patch, 'probability')).toBe(true);
  });
});
