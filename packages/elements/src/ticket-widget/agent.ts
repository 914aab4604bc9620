/** A person who works tickets: offered as assignee, and named in the queue's filter. */
export interface Agent {
  readonly id: string;
  readonly name: string;
}

/**
 * The agents to offer: the given ones, plus any id a ticket names that is not among them, so every
 * current assignee stays selectable, named by `nameOf` (the team directory).
 */
export function agentsWith(agents: readonly Agent[], ids: readonly (string | undefined)[], nameOf: (id: string) => string = (id) => id): Agent[] {
  const known = new Set(agents.map((agent) => agent.id));
  const extra = [...new Set(ids)].filter((id): id is string => id !== undefined && !known.has(id));
  return [...agents, ...extra.map((id) => ({ id, name: nameOf(id) }))];
}
