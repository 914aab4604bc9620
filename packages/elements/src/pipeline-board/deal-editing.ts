import { randomId, type CrmClient, type Deal, type DealCreate, type FieldIssue, type Page } from '@rapport/core';
import { loadMessages } from '../base/locale/message-pack.js';
import { adoptViewStyles } from '../base/view-styles.js';
import type { BoardEditing } from './board-editing.js';
import { dealEditingStyles } from './deal-editing.styles.js';
import { dealEditingMessages, type DealEditingMessages, type DealField, type DealFieldProblem } from './deal-editing.messages.js';
import type { DraftProblems } from './deal-draft.js';
import { pipelineDealsQuery } from './pipeline-deals-query.js';

/** Gives the board the editing styles and strings (in its locale) before a part using them shows. */
export async function prepareEditing(board: BoardEditing): Promise<void> {
  adoptViewStyles(board.host, [dealEditingStyles]);
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

/** Puts a saved new deal among the board's loaded ones, so it stays when its stand-in goes. */
export function addLoaded(client: CrmClient, pipelineId: string, deal: Deal): void {
  if (deal.pipelineId !== pipelineId) return;
  client.queryClient.setQueryData<Page<Deal>>(pipelineDealsQuery(client, pipelineId).queryKey, (page) =>
    page && !page.items.some((item) => item.id === deal.id) ? { ...page, items: [...page.items, deal], total: page.total + 1 } : page,
  );
}

/** The people to choose as owner, `[id, name]` in name order: those the host named and those owning loaded deals. */
export function ownerChoices(board: BoardEditing): (readonly [string, string])[] {
  const client = board.client();
  const names = board.host.ownerNames;
  const loaded = client ? (client.queryClient.getQueryData<Page<Deal>>(pipelineDealsQuery(client, board.host.shownPipelineId).queryKey)?.items ?? []) : [];
  const ids = new Set([...Object.keys(names), ...loaded.flatMap((deal) => (deal.ownerId ? [deal.ownerId] : []))]);
  const collator = new Intl.Collator(board.i18n.locale);
  return [...ids].map((id) => [id, names[id] ?? id] as const).sort((a, b) => collator.compare(a[1], b[1]));
}

/** Now, by the client's clock (which tests and demos set). */
export function nowOf(board: BoardEditing): Date {
  return board.client()?.now() ?? new Date();
}
