import type { Deal, DealCreate, DealUpdate } from '@rapport/core';
import type { DealField, DealFieldProblem } from './deal-editing.messages.js';

/** A deal as the user types it: every field text, so nothing typed is lost while it is wrong. */
export interface DealDraft {
  readonly name: string;
  readonly amount: string;
  readonly currency: string;
  readonly expectedCloseDate: string;
  /** A percentage (`"60"`), empty for the stage's own. */
  readonly probability: string;
  readonly stageId: string;
  readonly ownerId: string;
  /** Comma-separated. */
  readonly tags: string;
  readonly customFields: Readonly<Record<string, string>>;
}

export type DraftProblems = Partial<Record<DealField, DealFieldProblem>>;

/** The fields checked, in the order the form shows them: the first refused one takes focus. */
export const DRAFT_FIELD_ORDER: readonly DealField[] = ['name', 'amount', 'currency', 'expectedCloseDate', 'probability', 'stageId', 'ownerId'];

export function emptyDraft(stageId: string, currency: string, ownerId = ''): DealDraft {
  return { name: '', amount: '', currency, expectedCloseDate: '', probability: '', stageId, ownerId, tags: '', customFields: {} };
}

export function draftOf(deal: Deal): DealDraft {
  return {
    name: deal.name,
    amount: String(deal.amount),
    currency: deal.currency,
    expectedCloseDate: deal.expectedCloseDate ?? '',
    probability: deal.probability === undefined ? '' : String(Math.round(deal.probability * 100)),
    stageId: deal.stageId,
    ownerId: deal.ownerId ?? '',
    tags: deal.tags.join(', '),
    customFields: Object.fromEntries(Object.entries(deal.customFields).map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)])),
  };
}

/**
 * An amount as people type it: digits with an optional decimal point, thousands grouped by commas,
 * spaces or full-width digits (１２０００) from a Chinese keyboard. `undefined` when it is not one.
 */
export function parseAmount(text: string): number | undefined {
  const plain = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0C,\s]/g, '')
    .replace('\uFF0E', '.');
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const amount = Number(plain);
  return Number.isFinite(amount) ? amount : undefined;
}

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** What is wrong with each field of a draft; empty when it can be saved. Quick-add checks only name and amount. */
export function draftProblems(draft: DealDraft, fields: readonly DealField[] = DRAFT_FIELD_ORDER): DraftProblems {
  const problems: Record<string, DealFieldProblem> = {};
  const check = (field: DealField, problem: DealFieldProblem | undefined) => {
    if (problem && fields.includes(field)) problems[field] = problem;
  };
  check('name', draft.name.trim() ? undefined : 'required');
  check('amount', parseAmount(draft.amount) === undefined ? 'amount' : undefined);
  check('currency', /^[A-Za-z]{3}$/.test(draft.currency.trim()) ? undefined : 'currency');
  check('expectedCloseDate', draft.expectedCloseDate === '' || validDate(draft.expectedCloseDate) ? undefined : 'date');
  const probability = draft.probability.trim();
  check('probability', probability === '' || (/^\d{1,3}$/.test(probability) && Number(probability) <= 100) ? undefined : 'probability');
  return problems;
}

function tagsOf(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((tag) => tag.trim()).filter(Boolean))];
}

/** A valid draft as a new deal of a pipeline. */
export function createInput(draft: DealDraft, pipelineId: string): DealCreate {
  const probability = draft.probability.trim();
  return {
    name: draft.name.trim(),
    pipelineId,
    stageId: draft.stageId,
    amount: parseAmount(draft.amount) ?? 0,
    currency: draft.currency.trim().toUpperCase(),
    ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
    ...(draft.expectedCloseDate ? { expectedCloseDate: draft.expectedCloseDate } : {}),
    ...(probability ? { probability: Number(probability) / 100 } : {}),
    tags: tagsOf(draft.tags),
  };
}

/** The fields a valid draft changes on `deal`, and only those; a field emptied is sent as `undefined`, which clears it. A stage change is the caller's (it also writes the stage history). */
export function updatePatch(deal: Deal, draft: DealDraft): DealUpdate {
  const next = createInput(draft, deal.pipelineId);
  const patch: Record<string, unknown> = {};
  if (next.name !== deal.name) patch['name'] = next.name;
  if (next.amount !== deal.amount) patch['amount'] = next.amount;
  if (next.currency !== deal.currency) patch['currency'] = next.currency;
  if ((next.expectedCloseDate ?? undefined) !== deal.expectedCloseDate) patch['expectedCloseDate'] = next.expectedCloseDate;
  if (next.probability !== deal.probability) patch['probability'] = next.probability;
  if ((next.ownerId ?? undefined) !== deal.ownerId) patch['ownerId'] = next.ownerId;
  if (next.tags?.join('\n') !== deal.tags.join('\n')) patch['tags'] = next.tags;
  const custom = Object.entries(draft.customFields).filter(([key, value]) => String(deal.customFields[key] ?? '') !== value);
  if (custom.length) patch['customFields'] = { ...deal.customFields, ...Object.fromEntries(custom) };
  return patch as DealUpdate;
}
