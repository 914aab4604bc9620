import type { SourceRow } from './source-row.js';

/** The non-blank lines of a JSON Lines text as they stream in, each with its line number and the byte offset after it. */
export async function* jsonlRows(chunks: AsyncIterable<string>, from: { line: number; offset: number } = { line: 1, offset: 0 }): AsyncGenerator<SourceRow<string>> {
  let text = '';
  let { line, offset } = from;
  for await (const chunk of chunks) {
    text += chunk;
    let start = 0;
    for (let newline = text.indexOf('\n', start); newline !== -1; newline = text.indexOf('\n', start)) {
      const raw = text.slice(start, newline + 1);
      offset += Buffer.byteLength(raw);
      if (raw.trim()) yield { line, end: offset, value: raw };
      line += 1;
      start = newline + 1;
    }
    text = text.slice(start);
  }
  if (text.trim()) yield { line, end: offset + Buffer.byteLength(text), value: text };
}
