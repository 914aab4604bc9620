import { ValidationError } from '../errors/index.js';
import type { SortKey } from './storage-adapter.js';

/**
 * Keyset cursors: the sort values of the last row of a page (its `id` last), tied to the sort they
 * were made for. The next page starts strictly after that position, so rows inserted or removed
 * meanwhile neither repeat nor push others out of the walk.
 */
export function encodeCursor(sort: readonly SortKey[], values: readonly unknown[]): string {
  return toBase64Url(JSON.stringify({ s: sortSignature(sort), v: values.map((value) => value ?? null) }));
}

/** The sort values in a cursor made by `encodeCursor` for the same sort; anything else is a `ValidationError`. */
export function decodeCursor(cursor: string, sort: readonly SortKey[]): unknown[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw invalidCursor();
  }
  if (typeof decoded !== 'object' || decoded === null) throw invalidCursor();
  const { s, v } = decoded as { s?: unknown; v?: unknown };
  if (s !== sortSignature(sort) || !Array.isArray(v) || v.length !== sort.length) throw invalidCursor();
  return v;
}

function sortSignature(sort: readonly SortKey[]): string {
  return sort.map(({ field, direction = 'asc' }) => `${field}:${direction}`).join(',');
}

function invalidCursor(): ValidationError {
  return new ValidationError([{ path: ['cursor'], code: 'invalid_value', message: 'This page link is no longer valid; start from the first page' }]);
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
