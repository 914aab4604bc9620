/**
 * A mark in localStorage of what the outbox `name` holds, so a page opens IndexedDB (and fetches
 * the outbox's code) only when there is something to do there. No mark: nothing. An entry id:
 * entries that may still go out, so the outbox starts. `failed:` and a JSON list of groups: only
 * entries refused by the service (and those queued behind them), which no retry of the outbox's
 * own can send; it stays stopped, and only forms of those groups open it, to offer the visitor a
 * retry or a discard. `sending:` and an entry id: a tab has started sending that entry (and holds
 * the outbox's Web Lock meanwhile), so the other tabs say so too. Marks of queued entries are
 * unique: a check replaces the mark only if nobody queued (and marked) something meanwhile.
 */
/** The localStorage key of the mark; another tab's change to it fires `storage` here. */
export const markKey = (name: string) => `rapport:outbox:${name}`;
const FAILED_MARK = 'failed:';

/** The mark, `null` without one, or `undefined` where localStorage is refused (the outbox then always starts). */
export function readMark(name: string): string | null | undefined {
  try {
    return globalThis.localStorage.getItem(markKey(name));
  } catch {
    return undefined;
  }
}

export function writeMark(name: string, mark: string | null): void {
  try {
    if (mark === null) globalThis.localStorage.removeItem(markKey(name));
    else globalThis.localStorage.setItem(markKey(name), mark);
  } catch {
    // Refused: `readMark` then answers `undefined`.
  }
}

/** Marks the outbox as holding only entries the service refused, of these groups. */
export function writeFailedMark(name: string, groups: readonly string[]): void {
  writeMark(name, FAILED_MARK + JSON.stringify(groups));
}

/** The groups of a mark of refused entries only; `undefined` for any other mark, and for one that cannot be read (the outbox then starts, and marks again). */
export function failedGroupsOf(mark: string | null | undefined): readonly unknown[] | undefined {
  if (!mark?.startsWith(FAILED_MARK)) return undefined;
  try {
    const groups: unknown = JSON.parse(mark.slice(FAILED_MARK.length));
    return Array.isArray(groups) ? groups : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a form of `group` has to open the outbox `name` as soon as it is on the page: to send what waits there, or to offer its refused responses. */
export function outboxNeedsForm(name: string, group: string): boolean {
  const mark = readMark(name);
  const failedGroups = failedGroupsOf(mark);
  return mark !== null && (!failedGroups || failedGroups.includes(group));
}
