import type { ListQuery } from '@rapport/core';

/**
 * A list query as URL parameters, the way the server reads them: `where` as JSON, `sort` as
 * field paths with `-` before descending ones, then `limit`, `cursor` and the search text `q`.
 */
export function listQuerySearch(query: ListQuery = {}): string {
  const search = new URLSearchParams();
  if (query.where !== undefined) search.set('where', JSON.stringify(query.where));
  if (query.sort?.length) search.set('sort', query.sort.map(({ field, direction }) => (direction === 'desc' ? `-${field}` : field)).join(','));
  if (query.limit !== undefined) search.set('limit', String(query.limit));
  if (query.cursor) search.set('cursor', query.cursor);
  if (query.q !== undefined) search.set('q', query.q);
  const text = search.toString();
  return text ? `?${text}` : '';
}
