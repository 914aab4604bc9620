import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { createSseParser, type ServerSentEvent } from './sse-parser.js';

function parseAll(chunks: readonly string[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const feed = createSseParser((event) => events.push(event));
  chunks.forEach(feed);
  return events;
}

describe('createSseParser', () => {
  it('reads named events with ids and multi-line data, skipping comments', () => {
    const stream = ': keep-alive\n\nevent: ready\nid: 7\ndata: {}\n\nevent: change\nid: 8\ndata: {"a":\ndata: 1}\n\n';
    expect(parseAll([stream])).toEqual([
      { event: 'ready', data: '{}', id: '7' },
      { event: 'change', data: '{"a":\n1}', id: '8' },
    ]);
  });

  it('waits for the blank line that ends an event', () => {
    expect(parseAll(['event: change\ndata: x\n'])).toEqual([]);
  });

  it('gives the same events however the stream is split, with any line ending', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), (cuts, newline) => {
        // The stream goes on after the two events (a lone CR at the end could still become CRLF).
        const text = ['event: change', 'id: 1', 'data: {"é":"中"}', '', ': note', 'data: plain', '', 'event: next'].join(newline);
        const points = [...new Set(cuts.map((cut) => Math.min(cut, text.length)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, index) => text.slice(start, points[index] ?? text.length));
        expect(parseAll(chunks)).toEqual([
          { event: 'change', data: '{"é":"中"}', id: '1' },
          { event: 'message', data: 'plain', id: undefined },
        ]);
      }),
    );
  });
});
