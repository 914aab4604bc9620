/** A record's version is its entity tag: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names; `undefined` when absent, `null` when it names none a
 * record could have (versions are stored as 32-bit integers).
 */
export function versionFromIfMatch(header: string | undefined): number | undefined | null {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}
