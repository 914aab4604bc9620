/** Every collection the client has a resource for, by the name adapters store it under. */
export const entityNames = [
  'accounts',
  'contacts',
  'activities',
  'leads',
  'pipelines',
  'deals',
  'tickets',
  'ticketMessages',
  'slaPolicies',
  'kbArticles',
  'surveys',
  'surveyResponses',
  'orders',
  'users',
  'fieldDefinitions',
  'savedViews',
  'cannedReplies',
  'ticketCategories',
] as const;

export type EntityName = (typeof entityNames)[number];

const names: ReadonlySet<string> = new Set(entityNames);

export function isEntityName(name: string): name is EntityName {
  return names.has(name);
}
