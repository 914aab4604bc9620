import * as z from 'zod/mini';
import { ValidationError, type FieldIssue } from '../errors/index.js';

type ZodIssue = z.core.$ZodIssue;
type Path = ReadonlyArray<string | number>;

/**
 * Parses `value` with `schema` and returns the output (defaults applied), or throws a
 * `ValidationError` with one issue per rejected field (and `message`, when given, as its message).
 */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, value: unknown, message?: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new ValidationError(toFieldIssues(result.error.issues, value), message);
}

/**
 * Turns zod issues into `FieldIssue`s: one per field (the first problem found), a stable code and
 * an English message safe to show. Pass the parsed `input` so that missing fields report
 * `required` rather than `invalid_type`.
 */
export function toFieldIssues(issues: readonly ZodIssue[], input?: unknown): FieldIssue[] {
  const byPath = new Map<string, FieldIssue>();
  for (const issue of issues.flatMap((i) => flatten(i, []))) {
    const fieldIssue = toFieldIssue(issue, input);
    const key = JSON.stringify(fieldIssue.path);
    if (!byPath.has(key)) byPath.set(key, fieldIssue);
  }
  return [...byPath.values()];
}

/** Issues of record keys and of map/set elements nest their own issues: lift them to full paths. */
function flatten(issue: ZodIssue, prefix: Path): ZodIssue[] {
  const path = [...prefix, ...toPath(issue.path)];
  if (issue.code === 'invalid_key' || issue.code === 'invalid_element') return issue.issues.flatMap((inner) => flatten(inner, path));
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ ...issue, path: [...path, key] }));
  return [{ ...issue, path }];
}

function toFieldIssue(issue: ZodIssue, input: unknown): FieldIssue {
  const path = toPath(issue.path);
  const missing = input !== undefined && valueAt(input, path) === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value')) {
    return { path, code: 'required', message: 'This field is required' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { path, code: 'invalid_type', message: `Must be ${describeType(issue.expected)}` };
    case 'invalid_union':
      return 'options' in issue && issue.options !== undefined
        ? { path, code: 'invalid_value', message: `Must be one of: ${issue.options.map(String).join(', ')}` }
        : { path, code: 'invalid_type', message: 'Has the wrong type' };
    case 'too_small':
      return { path, code: 'too_small', message: tooSmallMessage(issue.origin, Number(issue.minimum), issue.inclusive !== false) };
    case 'too_big':
      return { path, code: 'too_big', message: tooBigMessage(issue.origin, Number(issue.maximum), issue.inclusive !== false) };
    case 'invalid_format':
      return { path, code: 'invalid_format', message: formatMessage(issue.format, issue.message) };
    case 'invalid_value':
      return { path, code: 'invalid_value', message: `Must be one of: ${issue.values.map(String).join(', ')}` };
    case 'not_multiple_of':
      return { path, code: 'invalid_value', message: `Must be a multiple of ${issue.divisor}` };
    case 'unrecognized_keys':
      return { path, code: 'invalid_value', message: 'Is not a known field' };
    case 'custom':
      return { path, code: 'custom', message: issue.message };
    default:
      return { path, code: 'custom', message: 'Is not valid' };
  }
}

function toPath(path: readonly PropertyKey[]): Array<string | number> {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'empty',
};

function describeType(expected: string): string {
  return typeNames[expected] ?? `of type ${expected}`;
}

function tooSmallMessage(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'string') return minimum <= 1 ? 'Must not be empty' : `Must be at least ${minimum} characters`;
  if (origin === 'array' || origin === 'set') return `Must have at least ${minimum} ${minimum === 1 ? 'item' : 'items'}`;
  return inclusive ? `Must be at least ${minimum}` : `Must be greater than ${minimum}`;
}

function tooBigMessage(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'string') return `Must be at most ${maximum} characters`;
  if (origin === 'array' || origin === 'set') return `Must have at most ${maximum} ${maximum === 1 ? 'item' : 'items'}`;
  return inclusive ? `Must be at most ${maximum}` : `Must be less than ${maximum}`;
}

const formatMessages: Readonly<Record<string, string>> = {
  email: 'Enter a valid email address',
  url: 'Enter a valid web address',
  datetime: 'Enter a date and time such as 2025-03-01T09:30:00Z',
  date: 'Enter a date such as 2025-03-01',
};

/** Pattern checks in our schemas carry their own English message; known formats get a fixed one. */
function formatMessage(format: string, schemaMessage: string): string {
  return formatMessages[format] ?? (format === 'regex' ? schemaMessage : 'Has the wrong format');
}
