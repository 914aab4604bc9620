import type { KbArticle } from '@rapport/core';

export type RankedArticle = Pick<KbArticle, 'title' | 'body' | 'tags'>;

// Words too common to say what a question is about.
const stopWords = new Set(['the', 'and', 'for', 'you', 'are', 'not', 'but', 'was', 'with', 'this', 'that', 'have', 'can', 'how', 'what', 'why', 'when', 'does', 'my', 'our', 'from']);

const weights = { title: 3, tags: 2, body: 1 } as const;

/** The least score an article needs: one word of its title or tags, or two of its body. */
const MIN_SCORE = 2;

/**
 * The terms of a text: words of three or more letters in alphabetic scripts, and pairs of
 * neighbouring characters in Chinese, which has no spaces between words (退货 in 如何办理退货).
 */
export function searchTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const han = word.match(/\p{Script=Han}+/gu) ?? [];
    for (const run of han) for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
    for (const rest of word.split(/\p{Script=Han}+/u)) if (rest.length >= 3 && !stopWords.has(rest)) terms.add(rest);
  }
  return terms;
}

const termsOfArticle = new WeakMap<RankedArticle, { readonly [F in keyof typeof weights]: Set<string> }>();

function articleTerms(article: RankedArticle) {
  let terms = termsOfArticle.get(article);
  if (!terms) {
    terms = { title: searchTerms(article.title), tags: searchTerms(article.tags.join(' ')), body: searchTerms(article.body) };
    termsOfArticle.set(article, terms);
  }
  return terms;
}

/** The articles that best match what a customer is typing, best first, at most `limit`. */
export function rankArticles<A extends RankedArticle>(articles: readonly A[], text: string, limit = 3): A[] {
  const wanted = searchTerms(text);
  if (wanted.size === 0) return [];
  const scored: Array<{ readonly article: A; readonly score: number }> = [];
  for (const article of articles) {
    const terms = articleTerms(article);
    let score = 0;
    for (const term of wanted) {
      for (const field of ['title', 'tags', 'body'] as const) if (terms[field].has(term)) score += weights[field];
    }
    if (score >= MIN_SCORE) scored.push({ article, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ article }) => article);
}
