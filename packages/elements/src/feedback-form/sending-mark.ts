import { writeMark } from './outbox-mark.js';

/**
 * The outbox's mark while a tab sends one of its entries: `sending:` and the entry's id. The mark
 * still says entries may go out; the other tabs' forms say that entry is being sent. Apart from
 * `outbox-mark.ts`, so only the submit path carries it.
 */
const SENDING_MARK = 'sending:';

/** Tells the other tabs that this one started sending the entry `entryId`. */
export function writeSendingMark(name: string, entryId: string): void {
  writeMark(name, SENDING_MARK + entryId);
}

/** The entry a `sending:` mark names; `undefined` for any other mark. */
export function sendingEntryOf(mark: string | null | undefined): string | undefined {
  return mark?.startsWith(SENDING_MARK) ? mark.slice(SENDING_MARK.length) : undefined;
}
