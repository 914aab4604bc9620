import { describe, expect, it } from 'vitest';
import { csvRows } from './csv-rows.js';

async function rowsOf(chunks: string[]) {
  const rows = [];
  for await (const row of csvRows((async function* () { yield* chunks; })())) rows.push(row);
  return rows;
}

const text = '\uFEFFname,title,tags\r\n"Lovelace, Ada","She said ""hi""\nand left",a|b\n\n王芳,经理,\r\nlast,"",x';

describe('csvRows', () => {
  it('reads quoted commas, doubled quotes and line breaks, numbering each record by the line it starts on', async () => {
    const rows = await rowsOf([text]);
    expect(rows.map((row) => [row.line, row.value])).toEqual([
      [1, ['name', 'title', 'tags']],
      [2, ['Lovelace, Ada', 'She said "hi"\nand left', 'a|b']],
      [5, ['王芳', '经理', '']],
      [6, ['last', '', 'x']],
    ]);
    // Offsets are bytes: the last row ends at the end of the file, BOM and Chinese included.
    expect(rows.at(-1)?.end).toBe(Buffer.byteLength(text));
  });

  it('reads the same records wherever the text is split into chunks', async () => {
    const whole = await rowsOf([text]);
    for (let at = 1; at < text.length; at++) {
      expect(await rowsOf([text.slice(0, at), text.slice(at)]), `split at ${at}`).toEqual(whole);
    }
  });

  it('resumes from a byte offset and line as if it had read on', async () => {
    const whole = await rowsOf([text]);
    const second = whole[1]!;
    const rest: unknown[] = [];
    const tail = Buffer.from(text).subarray(second.end).toString();
    for await (const row of csvRows((async function* () { yield tail; })(), { line: 4, offset: second.end })) rest.push(row);
    expect(rest).toEqual(whole.slice(2));
  });
});
