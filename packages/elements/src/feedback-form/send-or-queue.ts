import { NetworkError } from '@rapport/core';

/** How a write left the form: stored now, or waiting in the outbox for the connection. */
export type Delivery = 'sent' | 'queued';

export type DeliveryResult<T> = { readonly delivery: 'sent'; readonly result: T } | { readonly delivery: 'queued' };

/**
 * Sends a write now, or queues it when the network is why it cannot go: the browser is known to
 * be offline, or sending failed with a retryable network error (the reply may have been lost after
 * the write arrived, so the queued copy must carry the same idempotency key). Any other failure
 * (refused, invalid) is the caller's to show.
 */
export async function sendOrQueue<T>(send: () => Promise<T>, queue: () => Promise<unknown>, offline: boolean): Promise<DeliveryResult<T>> {
  if (!offline) {
    try {
      return { delivery: 'sent', result: await send() };
    } catch (error) {
      if (!(error instanceof NetworkError && error.retryable)) throw error;
    }
  }
  await queue();
  return { delivery: 'queued' };
}
