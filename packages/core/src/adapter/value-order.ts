/**
 * The one total order over stored values that every sort and keyset cursor uses, so adapters agree:
 * booleans (false < true) < numbers < strings (by UTF-16 code unit, like a binary collation) <
 * other values (by their JSON). Missing and `null` sort after everything, as SQL's default
 * `NULLS LAST` does for ascending order.
 */
export function compareValues(a: unknown, b: unknown): number {
  const rankA = rankOf(a);
  const rankB = rankOf(b);
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === MISSING) return 0;
  const left = rankA === OTHER ? JSON.stringify(a) : (a as string | number | boolean);
  const right = rankA === OTHER ? JSON.stringify(b) : (b as string | number | boolean);
  return left < right ? -1 : left > right ? 1 : 0;
}

const BOOLEAN = 0;
const NUMBER = 1;
const STRING = 2;
const OTHER = 3;
const MISSING = 4;

function rankOf(value: unknown): number {
  switch (typeof value) {
    case 'boolean':
      return BOOLEAN;
    case 'number':
      return NUMBER;
    case 'string':
      return STRING;
    case 'undefined':
      return MISSING;
    default:
      return value === null ? MISSING : OTHER;
  }
}
