/**
 * A random id in the UUID version 4 format (122 random bits). It is made from
 * `crypto.getRandomValues`, which every page has, because `crypto.randomUUID` exists only in
 * secure contexts and a shop served over plain HTTP must still be able to create records.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // The version (4: random) and the RFC 9562 variant make it read as a valid UUID.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => (byte | 0x100).toString(16).slice(1)).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
