const VISITOR_KEY = 'rapport:visitor';

let pageVisitor: string | undefined;

/** A random id for this browser, kept in localStorage: the same visitor stays in or out of a sample across visits. */
export function visitorId(): string {
  try {
    const stored = globalThis.localStorage.getItem(VISITOR_KEY);
    if (stored) return stored;
    const made = crypto.randomUUID();
    globalThis.localStorage.setItem(VISITOR_KEY, made);
    return made;
  } catch {
    // Refused storage: one id for this page's life.
    return (pageVisitor ??= crypto.randomUUID());
  }
}

/**
 * A number in [0, 1) fixed for the survey and the visitor (FNV-1a, then a final mix so similar ids
 * spread evenly): a sample of 0.2 is the visitors below 0.2, a different fifth for each survey.
 */
export function sampleShare(surveyId: string, visitor: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${surveyId}\n${visitor}`) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

/** Whether the visitor is in the survey's sample; `rate` is the share of visitors asked (1: all). */
export function inSample(surveyId: string, visitor: string, rate: number): boolean {
  return rate >= 1 || sampleShare(surveyId, visitor) < rate;
}
