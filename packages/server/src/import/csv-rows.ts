import type { SourceRow } from './source-row.js';

/**
 * The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes as `""` and line
 * breaks) as they stream in, each with the line it starts on and the byte offset just after it,
 * so an import can resume there. Blank lines are skipped; a leading byte-order mark is dropped.
 */
export async function* csvRows(chunks: AsyncIterable<string>, from: { line: number; offset: number } = { line: 1, offset: 0 }): AsyncGenerator<SourceRow<string[]>> {
  let text = '';
  let { line, offset } = from;
  let first = from.offset === 0;
  for await (const chunk of chunks) {
    text += chunk;
    if (first && text.length) {
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        offset += 3;
      }
      first = false;
    }
    let start = 0;
    for (let record = nextRecord(text, start, false); record; record = nextRecord(text, start, false)) {
      offset += Buffer.byteLength(text.slice(start, record.next));
      if (!record.blank) yield { line, end: offset, value: record.fields };
      line += record.lines;
      start = record.next;
    }
    text = text.slice(start);
  }
  const last = nextRecord(text, 0, true);
  if (last && !last.blank) yield { line, end: offset + Buffer.byteLength(text), value: last.fields };
}

interface ParsedRecord {
  readonly fields: string[];
  readonly blank: boolean;
  /** Where the next record starts. */
  readonly next: number;
  /** Line breaks consumed, inside quotes and the one ending the record. */
  readonly lines: number;
}

/** The record starting at `start`, or `undefined` when the text ends before it does (more may come). */
function nextRecord(text: string, start: number, atEnd: boolean): ParsedRecord | undefined {
  if (start >= text.length) return undefined;
  const fields: string[] = [];
  let lines = 0;
  let i = start;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          if (!atEnd) return undefined;
          // An unterminated quote takes the rest of the text, as spreadsheet programs do.
          field += text.slice(i);
          lines += countBreaks(text, i, text.length);
          i = text.length;
          break;
        }
        field += text.slice(i, quote);
        lines += countBreaks(text, i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else if (quote + 1 >= text.length && !atEnd) {
          return undefined;
        } else {
          i = quote + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator is kept, as lenient readers do.
      const stop = separatorAt(text, i);
      if (stop === -1 && !atEnd) return undefined;
      field += text.slice(i, stop === -1 ? text.length : stop);
      i = stop === -1 ? text.length : stop;
    } else {
      const stop = separatorAt(text, i);
      if (stop === -1 && !atEnd) return undefined;
      field = text.slice(i, stop === -1 ? text.length : stop);
      i = stop === -1 ? text.length : stop;
    }
    fields.push(field);
    if (i >= text.length) return { fields, blank: fields.length === 1 && fields[0] === '', next: i, lines };
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    // A line break ends the record: \n, \r\n, or a lone \r. A \r at the very end may be half of \r\n.
    if (text[i] === '\r') {
      if (i + 1 >= text.length && !atEnd) return undefined;
      i += text[i + 1] === '\n' ? 2 : 1;
    } else {
      i += 1;
    }
    return { fields, blank: fields.length === 1 && fields[0] === '', next: i, lines: lines + 1 };
  }
}

/** The next comma or line break at or after `from`, or -1. */
function separatorAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 44 || char === 10 || char === 13) return i;
  }
  return -1;
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) count += 1;
  }
  return count;
}
