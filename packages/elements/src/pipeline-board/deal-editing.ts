import { randomId, type Deal, type DealCreate, type FieldIssue } from '@rapport/core';
import { loadMessages } from '../base/locale/message-pack.js';
import type { BoardEditing } from './board-editing.js';
import { dealEditingMessages, type DealEditingMessages, type DealField, type DealFieldProblem } from './deal-editing.messages.js';
import type { DraftProblems } from './deal-draft.js';

/** Registers the editing strings with the board and loads them in its locale, before a part using them shows. */
export async function useEditingMessages(board: BoardEditing): Promise<void> {
  board.i18n.use(dealEditingMessages);
  await loadMessages(dealEditingMessages, board.i18n.locale);
}

export function editingMessages(board: BoardEditing): DealEditingMessages {
  return board.i18n.pick(dealEditingMessages);
}

/**
 * The deal a create will save, shown on the board while it is on its way, under an id of its own
 * that the saved deal replaces.
 */
export function standIn(input: DealCreate, at: Date): Deal {
  const now = at.toISOString();
  return {
    id: `new-${randomId()}`,
    tenantId: '',
    version: 0,
    createdAt: now,
    updatedAt: now,
    status: 'open',
    tags: [],
    customFields: {},
    ...input,
    stageHistory: [{ stageId: input.stageId, enteredAt: now }],
  } as Deal;
}

const problemOfIssue: Partial<Record<string, DealFieldProblem>> = { name: 'required', amount: 'amount', currency: 'currency', expectedCloseDate: 'date', probability: 'probability' };

/** A server's field issues as the form's own problems, for the fields the form shows. */
export function problemsFromIssues(issues: readonly FieldIssue[]): DraftProblems {
  const problems: Record<string, DealFieldProblem> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    const problem = problemOfIssue[field];
    if (problem) problems[field as DealField] = problem;
  }
  return problems;
}
