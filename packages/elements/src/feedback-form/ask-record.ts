/**
 * When this visitor (or contact) was last asked a survey, kept in localStorage so every tab of the
 * site sees it: a survey shown and closed unanswered counts as dismissed, a response as answered.
 * Read before a prompt shows; `storage` events tell the other tabs at once.
 */
export type AskOutcome = 'dismissed' | 'answered';

export interface AskRecord {
  readonly at: number;
  readonly outcome: AskOutcome;
}

/** How long a visitor is left alone after each outcome. */
export interface AskWaits {
  readonly askAgainDays: number;
  readonly dismissDays: number;
}

const DAY_MS = 86_400_000;
const PREFIX = 'rapport:feedback-asked:';

/** For browsers that refuse localStorage: this page's own record. */
const inPage = new Map<string, string>();

/** The record's key: per survey, and per contact when the page knows who the visitor is (a shared device asks each customer). */
export function askKey(surveyId: string, contactId = ''): string {
  return `${PREFIX}${surveyId}${contactId ? `\n${contactId}` : ''}`;
}

function parse(text: string | null | undefined): AskRecord | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<AskRecord>;
    return typeof value.at === 'number' && (value.outcome === 'dismissed' || value.outcome === 'answered') ? { at: value.at, outcome: value.outcome } : undefined;
  } catch {
    return undefined;
  }
}

export function readAsked(key: string): AskRecord | undefined {
  try {
    return parse(globalThis.localStorage.getItem(key));
  } catch {
    // Refused storage: the in-page record answers.
    return parse(inPage.get(key));
  }
}

/** When the visitor may be asked again after `record` (0: now). */
export function askableFrom(record: AskRecord | undefined, waits: AskWaits): number {
  if (!record) return 0;
  return record.at + (record.outcome === 'answered' ? waits.askAgainDays : waits.dismissDays) * DAY_MS;
}

/** Keeps the outcome, unless an earlier one keeps the visitor left alone for longer (a dismissal never shortens an answer's wait). */
export function recordAsked(key: string, outcome: AskOutcome, waits: AskWaits, at = Date.now()): void {
  const next: AskRecord = { at, outcome };
  if (askableFrom(readAsked(key), waits) > askableFrom(next, waits)) return;
  const text = JSON.stringify(next);
  try {
    globalThis.localStorage.setItem(key, text);
  } catch {
    inPage.set(key, text);
  }
}

/** Calls `changed` when another tab of the site records an outcome under `key`. */
export function onAskedElsewhere(key: string, changed: () => void): () => void {
  const listener = (event: StorageEvent): void => {
    if (event.key === key || event.key === null) changed();
  };
  globalThis.addEventListener('storage', listener);
  return () => globalThis.removeEventListener('storage', listener);
}
