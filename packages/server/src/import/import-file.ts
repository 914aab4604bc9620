import { appendFileSync, createReadStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ExternallyKeyedCollection } from '@rapport/core/schema';
import type { BulkAnswer } from '../records/bulk-upsert.js';
import { BULK_LIMIT } from '../records/bulk-upsert.js';
import { csvRows } from './csv-rows.js';
import { jsonlRows } from './jsonl-rows.js';
import { csvRecordReader } from './record-from-row.js';

export interface ImportOptions {
  /** The server, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** An API key whose role may create and update the collection. */
  readonly key: string;
  readonly collection: ExternallyKeyedCollection;
  /** A `.csv` file with a header row, or a `.jsonl` file (one JSON record a line). */
  readonly file: string;
  /** Where the import notes how far the server has acknowledged; default `<file>.checkpoint.json`. */
  readonly checkpointFile?: string;
  /** Where refused rows are listed (line, field, reason); default `<file>.refused.tsv`. */
  readonly reportFile?: string;
  /** Records per request, at most 1,000. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Stops after the request under way; the checkpoint lets the next run go on from there. */
  readonly signal?: AbortSignal;
}

export interface ImportCounts {
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly refused: number;
}

export interface ImportProgress extends ImportCounts {
  /** Bytes of the file acknowledged, and its size: the share done. */
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** Where this run started reading (0, or the checkpoint's offset). */
  readonly bytesAtStart: number;
  /** Rows sent in this run (not counting a previous, interrupted one), and how long it has run. */
  readonly rowsThisRun: number;
  readonly elapsedMs: number;
  /** The line this run started from, when it resumed an interrupted import. */
  readonly resumedAtLine?: number;
}

export interface ImportResult extends ImportProgress {
  /** False when stopped by the signal before the end of the file. */
  readonly finished: boolean;
  readonly reportFile: string;
}

/** The server refused the import as a whole (credentials, role, collection): retrying will not help. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
}

interface Checkpoint extends ImportCounts {
  readonly collection: string;
  readonly size: number;
  readonly modified: number;
  /** The byte offset and line after the last acknowledged row. */
  readonly offset: number;
  readonly line: number;
  readonly header?: readonly string[];
}

interface Batch {
  readonly records: unknown[];
  readonly lines: number[];
  /** Rows refused before sending (not JSON, not an object): line and reason. */
  readonly local: Array<{ line: number; field: string; reason: string }>;
  end: number;
  nextLine: number;
}

/** Bytes of JSON per request: below the server's default bulk body limit of 8 MiB. */
const MAX_BATCH_BYTES = 6 * 1024 * 1024;
const RETRIES = 6;
/** Two: the server writes one batch while it reads and checks the next. */
const REQUESTS_IN_FLIGHT = 2;

/**
 * Streams `file` through `POST /v1/{collection}/bulk`, a batch at a time, reading the next batch
 * while the server writes the last. After each acknowledged batch it notes the byte offset
 * reached in the checkpoint file, so a run that was interrupted (Ctrl-C, a crash, a lost
 * connection) goes on from there when started again; re-sent rows are harmless, since the
 * server upserts by `externalId`. Memory stays flat: one batch and one read buffer at a time.
 */
export async function importFile(options: ImportOptions): Promise<ImportResult> {
  const { file, collection } = options;
  const format = /\.csv$/i.test(file) ? 'csv' : /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : undefined;
  if (!format) throw new ImportRefusedError(`Cannot tell the format of ${file}: name it .csv or .jsonl`);
  const checkpointFile = options.checkpointFile ?? `${file}.checkpoint.json`;
  const reportFile = options.reportFile ?? `${file}.refused.tsv`;
  const batchSize = Math.min(BULK_LIMIT, Math.max(1, options.batchSize ?? BULK_LIMIT));
  const { size, mtimeMs } = statSync(file);
  const modified = Math.floor(mtimeMs);

  const resumed = existsSync(checkpointFile) ? (JSON.parse(readFileSync(checkpointFile, 'utf8')) as Checkpoint) : undefined;
  if (resumed && (resumed.collection !== collection || resumed.size !== size || resumed.modified !== modified)) {
    throw new ImportRefusedError(`${file} is not the file ${checkpointFile} was written for (collection, size or date differ): delete ${checkpointFile} to import it from the start`);
  }
  if (!resumed) writeFileSync(reportFile, 'line\tfield\treason\n');

  let counts: ImportCounts = resumed ?? { rows: 0, created: 0, updated: 0, unchanged: 0, refused: 0 };
  let header = resumed?.header;
  let bytesDone = resumed?.offset ?? 0;
  let rowsThisRun = 0;
  const started = performance.now();
  const progress = (): ImportProgress => ({
    ...counts,
    bytesDone,
    bytesTotal: size,
    bytesAtStart: resumed?.offset ?? 0,
    rowsThisRun,
    elapsedMs: performance.now() - started,
    ...(resumed ? { resumedAtLine: resumed.line } : {}),
  });

  const from = { line: resumed?.line ?? 1, offset: resumed?.offset ?? 0 };
  const chunks = createReadStream(file, { start: from.offset, encoding: 'utf8', highWaterMark: 1 << 20 });
  let toRecord: ((cells: readonly string[]) => Record<string, unknown>) | undefined = header ? csvRecordReader(collection, header) : undefined;
  const rows =
    format === 'csv'
      ? mapRows(csvRows(chunks, from), (cells) => {
          if (!toRecord) {
            header = cells;
            toRecord = csvRecordReader(collection, cells);
            return { header: true as const };
          }
          return { record: toRecord(cells) };
        })
      : mapRows(jsonlRows(chunks, from), parseJsonLine);

  const acknowledge = async (batch: Batch, answer: BulkAnswer | undefined) => {
    const refusals = [...batch.local];
    for (const item of answer?.items ?? []) {
      if (item.status !== 'refused') continue;
      const line = batch.lines[item.index] ?? 0;
      const issues = item.issues?.length ? item.issues : [{ path: [], message: item.message }];
      for (const issue of issues) refusals.push({ line, field: issue.path.join('.'), reason: issue.message });
    }
    refusals.sort((a, b) => a.line - b.line);
    if (refusals.length) appendFileSync(reportFile, refusals.map(({ line, field, reason }) => `${line}\t${field}\t${reason.replace(/\s+/g, ' ')}\n`).join(''));
    counts = {
      rows: counts.rows + batch.records.length + batch.local.length,
      created: counts.created + (answer?.created ?? 0),
      updated: counts.updated + (answer?.updated ?? 0),
      unchanged: counts.unchanged + (answer?.unchanged ?? 0),
      refused: counts.refused + (answer?.refused ?? 0) + batch.local.length,
    };
    rowsThisRun += batch.records.length + batch.local.length;
    bytesDone = batch.end;
    const checkpoint: Checkpoint = { collection, size, modified, offset: batch.end, line: batch.nextLine, ...counts, ...(header ? { header } : {}) };
    writeFileSync(`${checkpointFile}.tmp`, JSON.stringify(checkpoint));
    renameSync(`${checkpointFile}.tmp`, checkpointFile);
    options.onProgress?.(progress());
  };

  // Up to REQUESTS_IN_FLIGHT batches at the server at once, acknowledged (and checkpointed) in file order.
  let acknowledged: Promise<void> = Promise.resolve();
  const inFlight: Array<{ done: Promise<void>; keys: ReadonlySet<unknown> }> = [];
  let batch = newBatch(from);
  let batchBytes = 0;
  const flush = async () => {
    const sending = batch;
    batch = newBatch({ offset: sending.end, line: sending.nextLine });
    batchBytes = 0;
    const keys = new Set(sending.records.map((record) => (record as { externalId?: unknown }).externalId));
    // A key still on its way in an earlier batch waits for it: the later row must win.
    while (inFlight.length >= REQUESTS_IN_FLIGHT || inFlight.some((earlier) => [...keys].some((key) => earlier.keys.has(key)))) {
      await inFlight.shift()?.done;
    }
    if (options.signal?.aborted) return;
    const answer = sending.records.length ? send(options, sending.records) : Promise.resolve(undefined);
    answer.catch(() => undefined);
    const previous = acknowledged;
    acknowledged = Promise.all([answer, previous]).then(([answered]) => acknowledge(sending, answered));
    // Handled where it is awaited; this keeps a failure during the next read from counting as unhandled.
    acknowledged.catch(() => undefined);
    inFlight.push({ done: acknowledged, keys });
  };

  for await (const row of rows) {
    if (options.signal?.aborted) break;
    batch.end = row.end;
    batch.nextLine = row.nextLine;
    if ('header' in row.value) continue;
    if ('refusal' in row.value) batch.local.push({ line: row.line, field: '', reason: row.value.refusal });
    else {
      const json = JSON.stringify(row.value.record);
      batch.records.push(row.value.record);
      batch.lines.push(row.line);
      batchBytes += json.length;
    }
    if (batch.records.length >= batchSize || batchBytes >= MAX_BATCH_BYTES) await flush();
  }
  if (!options.signal?.aborted) await flush();
  await acknowledged;
  chunks.destroy();
  const finished = !options.signal?.aborted;
  if (finished) rmSync(checkpointFile, { force: true });
  return { ...progress(), finished, reportFile };
}

function newBatch(from: { offset: number; line: number }): Batch {
  return { records: [], lines: [], local: [], end: from.offset, nextLine: from.line };
}

type RowValue = { header: true } | { record: unknown } | { refusal: string };

/** Each row with its value turned into a record, and the line the next row starts on at the latest. */
async function* mapRows<T>(rows: AsyncIterable<{ line: number; end: number; value: T }>, map: (value: T) => RowValue) {
  let previous: { line: number; end: number; value: RowValue } | undefined;
  for await (const row of rows) {
    if (previous) yield { ...previous, nextLine: row.line };
    previous = { line: row.line, end: row.end, value: map(row.value) };
  }
  if (previous) yield { ...previous, nextLine: previous.line + 1 };
}

function parseJsonLine(text: string): RowValue {
  try {
    const record = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return { refusal: 'Must be a JSON object' };
    return { record };
  } catch {
    return { refusal: 'Not valid JSON' };
  }
}

/** One batch to the server; waits and tries again on a lost connection, a server error or 429. */
async function send(options: ImportOptions, records: readonly unknown[]): Promise<BulkAnswer> {
  const address = `${options.url.replace(/\/+$/, '')}/v1/${options.collection}/bulk`;
  for (let attempt = 1; ; attempt++) {
    let retryAfter = Math.min(30, 0.5 * 2 ** (attempt - 1));
    try {
      const response = await fetch(address, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ records }),
      });
      if (response.ok) return (await response.json()) as BulkAnswer;
      const problem = (await response.json().catch(() => ({}))) as { title?: string; issues?: Array<{ path: unknown[]; message: string }> };
      if (response.status !== 429 && response.status < 500) {
        const issues = problem.issues?.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; ');
        throw new ImportRefusedError(`The server refused the import (${response.status}): ${problem.title ?? response.statusText}${issues ? ` — ${issues}` : ''}`);
      }
      retryAfter = Number(response.headers.get('Retry-After')) || retryAfter;
      if (attempt >= RETRIES) throw new Error(`The server kept failing (${response.status}): ${problem.title ?? response.statusText}`);
    } catch (error) {
      if (error instanceof ImportRefusedError || attempt >= RETRIES) throw error;
    }
    await sleep(retryAfter * 1000);
  }
}
