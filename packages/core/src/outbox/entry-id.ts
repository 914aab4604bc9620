import { randomId } from '../random-id.js';

/**
 * Makes outbox entry ids that sort in creation order (time, then a sequence within one
 * millisecond) and end in a random id, so an id is also unique enough to serve as an idempotency
 * key.
 */
export function createEntryIdGenerator(): (at: number) => string {
  let lastAt = 0;
  let sequence = 0;
  return (at) => {
    // A clock that steps back must not reorder entries made in this page.
    const time = Math.max(at, lastAt);
    sequence = time === lastAt ? sequence + 1 : 0;
    lastAt = time;
    return `${time.toString(36).padStart(9, '0')}-${sequence.toString(36).padStart(4, '0')}-${randomId()}`;
  };
}

