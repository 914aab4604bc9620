/**
 * A deep copy of JSON-shaped data (plain objects, arrays, scalars), dropping `undefined` members
 * as JSON would. Several times faster than `structuredClone` on records, which matters when a page
 * of results is copied out of the store on every read.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) setMember(copy, key, cloneJson(member));
  }
  return copy as T;
}

/** Sets an own data member, even one named `__proto__`, which plain assignment would turn into a prototype swap. */
export function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
