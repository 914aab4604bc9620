/**
 * A random id in the UUID version 4 format (122 random bits). It is made from
 * `crypto.getRandomValues`, which every page has, because `crypto.randomUUID` exists only in
 * secure contexts and a shop served over plain HTTP must still be able to create records.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (byte, index) => versionAndVariant(byte, index).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Byte 6 carries the version (4: random) and byte 8 the variant (RFC 9562), so the id reads as a valid UUID. */
function versionAndVariant(byte: number, index: number): number {
  if (index === 6) return (byte & 0x0f) | 0x40;
  if (index === 8) return (byte & 0x3f) | 0x80;
  return byte;
}
