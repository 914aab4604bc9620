import * as z from 'zod/mini';
import { entities, type ExternallyKeyedCollection } from '@rapport/core/schema';

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };

/** Separates the members of a list column such as `tags`: `vip|华东`. */
export const LIST_SEPARATOR = '|';

/** Channel kinds a contacts file may give as columns of their own (`email`, `phone`, …). */
const CHANNEL_COLUMNS = ['email', 'phone', 'mobile', 'fax', 'address', 'web'];

/**
 * Turns CSV rows into records of `collection` by the header: a column names a field (dotted for
 * nested ones, `consent.email`); numbers and booleans are read as such where the schema wants
 * them; list-of-text fields split on `|`; other lists and objects are JSON in their cell; an
 * empty cell leaves the field out. On contacts, `email`, `phone`, `mobile`, … columns become
 * channels. A cell that does not read as its type is passed on as text, so the schema's check
 * names the field.
 */
export function csvRecordReader(collection: ExternallyKeyedCollection, header: readonly string[]): (cells: readonly string[]) => Record<string, unknown> {
  const schema = z.toJSONSchema(entities[collection].create, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const hasChannels = Boolean(schema.properties?.channels);
  const columns = header.map((name) => {
    const path = name.trim().split('.');
    const channel = hasChannels && path.length === 1 && !schema.properties?.[name.trim()] && CHANNEL_COLUMNS.includes(name.trim()) ? name.trim() : undefined;
    return { path, channel, read: cellReader(schemaAt(schema, path)) };
  });
  return (cells) => {
    // Without a prototype: a column named `__proto__` is data like any other.
    const record = Object.create(null) as Record<string, unknown>;
    columns.forEach(({ path, channel, read }, index) => {
      const cell = cells[index];
      if (cell === undefined || cell === '') return;
      if (channel) {
        const channels = (record.channels ??= []) as unknown[];
        channels.push({ kind: channel, value: cell });
        return;
      }
      setPath(record, path, read(cell));
    });
    return record;
  };
}

function schemaAt(schema: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let at: JsonSchema | undefined = schema;
  for (const segment of path) at = at?.properties?.[segment];
  return at;
}

function typesOf(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const own = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  return [...own, ...(schema.anyOf ?? []).flatMap(typesOf), ...(schema.oneOf ?? []).flatMap(typesOf)];
}

function cellReader(schema: JsonSchema | undefined): (cell: string) => unknown {
  const types = typesOf(schema);
  if (types.includes('string') || types.length === 0) return (cell) => cell;
  if (types.includes('number') || types.includes('integer')) {
    return (cell) => (cell.trim() !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell);
  }
  if (types.includes('boolean')) {
    return (cell) => {
      const word = cell.trim().toLowerCase();
      return ['true', 'yes', '1'].includes(word) ? true : ['false', 'no', '0'].includes(word) ? false : cell;
    };
  }
  if (types.includes('array') && typesOf(schema?.items).every((type) => type === 'string')) {
    return (cell) => cell.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean);
  }
  return (cell) => {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      return cell;
    }
  };
}

function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = record;
  path.slice(0, -1).forEach((segment) => {
    const next = at[segment];
    at = (typeof next === 'object' && next !== null ? next : (at[segment] = Object.create(null))) as Record<string, unknown>;
  });
  at[path.at(-1) ?? ''] = value;
}
