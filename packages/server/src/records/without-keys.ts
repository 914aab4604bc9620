/** A shallow copy of `record` without `keys`: the members a merge patch removes by sending `null`. */
export function withoutKeys(record: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}
