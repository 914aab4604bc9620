import type { ListQuery } from '@rapport/core';
import { listQuerySearch } from './list-query-search.js';

/** A collection's path, or one record's: `/v1/contacts`, `/v1/contacts/c-1`. */
export const recordPath = (collection: string, id?: string): string => `/v1/${encodeURIComponent(collection)}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;

/** A list query's path: the collection's, with the query as URL parameters. */
export const listPath = (collection: string, query?: ListQuery): string => `${recordPath(collection)}${listQuerySearch(query)}`;

/** The measures the server keeps for a customer (a contact or an account). */
export const measuresPath = (collection: 'contacts' | 'accounts', id: string): string => `${recordPath(collection, id)}/measures`;
