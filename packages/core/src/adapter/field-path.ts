/** A compiled reader for a dot path such as `'consent.email'`; a missing step yields `undefined`. */
export type FieldReader = (record: unknown) => unknown;

export function compileFieldPath(path: string): FieldReader {
  const segments = path.split('.');
  if (segments.length === 1) {
    const [key] = segments as [string];
    return (record) => (isObject(record) ? record[key] : undefined);
  }
  return (record) => {
    let current: unknown = record;
    for (const segment of segments) {
      if (!isObject(current)) return undefined;
      current = current[segment];
    }
    return current;
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
