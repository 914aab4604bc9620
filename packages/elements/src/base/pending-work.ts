const pendingOf = new WeakMap<object, Set<Promise<unknown>>>();

/**
 * Counts `work` (a translation, a view or feature being fetched) as part of what `host` is still
 * doing: a widget's `updateComplete` waits for it, so `await el.updateComplete` sees what it shows.
 */
export function holdUpdates(host: object, work: Promise<unknown>): void {
  let pending = pendingOf.get(host);
  if (!pending) pendingOf.set(host, (pending = new Set()));
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  pending.add(settled);
  void settled.then(() => pending.delete(settled));
}

/** What `host` is still fetching, settling (never rejecting) when each piece is done. */
export function pendingWork(host: object): Promise<unknown>[] {
  return [...(pendingOf.get(host) ?? [])];
}
