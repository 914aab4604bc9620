import { searchedTexts } from './search-filter.js';

/**
 * How well a record matches `q`, best first: one of its searched fields is the text (0), starts
 * with it (1), has a word that starts with it (2), or holds it anywhere else (3). Ranks past
 * `RANKED_MATCHES` are `UNRANKED`. Every adapter ranks alike; the server writes the same test in
 * SQL (`searchRankSql`).
 */
export const SearchRank = { whole: 0, start: 1, wordStart: 2, inside: 3, unranked: 4 } as const;
export type SearchRank = (typeof SearchRank)[keyof typeof SearchRank];

/**
 * How many matches a ranked search ranks: the first ones in the list's order (`createdAt`). A
 * common word matches most of a large tenant, and ranking every match would read them all; past
 * this many, the rest follow the ranked ones in the list's order.
 */
export const RANKED_MATCHES = 50;

/** Characters a word starts after, besides the start of the field (ASCII: Chinese text has no spaces to split at). */
export const WORD_SEPARATORS = ' .,@_/(-';

/** The rank of one matching record's searched texts for `q` (lower-cased). */
export function createSearchRank(collection: string, q: string): (record: unknown) => SearchRank {
  const texts = searchedTexts(collection);
  return (record) => {
    let best: SearchRank = SearchRank.inside;
    for (const text of texts(record)) best = Math.min(best, rankOfText(text, q)) as SearchRank;
    return best;
  };
}

function rankOfText(text: string, q: string): SearchRank {
  if (text === q) return SearchRank.whole;
  if (text.startsWith(q)) return SearchRank.start;
  for (let at = text.indexOf(q, 1); at > 0; at = text.indexOf(q, at + 1)) {
    if (WORD_SEPARATORS.includes(text[at - 1] as string)) return SearchRank.wordStart;
  }
  return SearchRank.inside;
}

/**
 * All matches of a ranked search, given in the list's order, in the page order: the first
 * `RANKED_MATCHES` by rank (in the list's order within one), then the rest, unranked. Each entry's
 * keys get its rank in front, as a ranked page's cursor holds them.
 */
export function rankMatches<Entry extends { readonly keys: readonly unknown[]; readonly record: unknown }>(
  inListOrder: readonly Entry[],
  rankOf: (record: unknown) => SearchRank,
): Array<Entry & { readonly keys: readonly unknown[] }> {
  const ranked = inListOrder
    .slice(0, RANKED_MATCHES)
    .map((entry) => ({ ...entry, keys: [rankOf(entry.record), ...entry.keys] }))
    // Stable: the list's order within a rank.
    .sort((a, b) => (a.keys[0] as number) - (b.keys[0] as number));
  const rest = inListOrder.slice(RANKED_MATCHES).map((entry) => ({ ...entry, keys: [SearchRank.unranked, ...entry.keys] }));
  return [...ranked, ...rest];
}
