import type { EntityName, EntityRecord, ListQuery, Page, Resource } from '@rapport/core';

/** The most an adapter returns per page. */
const PAGE_SIZE = 1000;

/** Every record a list query matches, through as many pages as it takes. */
export async function listAll<N extends EntityName>(resource: Resource<N>, query: ListQuery, signal?: AbortSignal): Promise<EntityRecord<N>[]> {
  const items: EntityRecord<N>[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<EntityRecord<N>> = await resource.list({ ...query, limit: PAGE_SIZE, cursor }, signal ? { signal } : undefined);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** All of a list query's records as one page, the shape the client's list caches hold. */
export async function allAsPage<N extends EntityName>(resource: Resource<N>, query: ListQuery, signal?: AbortSignal): Promise<Page<EntityRecord<N>>> {
  const items = await listAll(resource, query, signal);
  return { items, nextCursor: null, total: items.length };
}
