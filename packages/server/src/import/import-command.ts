import { parseArgs } from 'node:util';
import { externallyKeyedCollections } from '@rapport/core/schema';
import { isExternallyKeyed } from '../records/bulk-upsert.js';
import { importFile, type ImportProgress } from './import-file.js';

export const IMPORT_USAGE = `Usage: rapport-server import <collection> <file.csv|file.jsonl> [options]

Creates or updates records of <collection> (${externallyKeyedCollections.join(', ')}) by their
externalId, through a running server's bulk endpoint. A CSV file has a header row naming fields
(dotted for nested ones, e.g. consent.email; lists such as tags separated by |; on contacts,
email and phone columns become channels); a JSONL file holds one JSON record per line.

Refused rows are listed in <file>.refused.tsv (line, field, reason). An interrupted import
goes on where it stopped when run again (it keeps <file>.checkpoint.json until it finishes).

Options (environment variable in brackets):
  --url <url>           the server [RAPPORT_URL] (default http://127.0.0.1:8787)
  --key <key>           an API key that may create and update the collection [RAPPORT_API_KEY]
  --batch-size <n>      records per request, 1 to 1000 (default 1000)
  --help                show this text`;

/** `rapport-server import …`: exit code 0 when every row was stored, 2 when some were refused, 1 on failure. */
export async function runImport(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { url: { type: 'string' }, key: { type: 'string' }, 'batch-size': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const [collection, file] = positionals;
  if (!collection || !file || positionals.length > 2) throw new Error(`Give a collection and a file.\n\n${IMPORT_USAGE}`);
  if (!isExternallyKeyed(collection)) throw new Error(`Cannot import into ${collection}: choose one of ${externallyKeyedCollections.join(', ')}`);
  const key = values.key ?? env.RAPPORT_API_KEY;
  if (!key) throw new Error('Give an API key with --key or RAPPORT_API_KEY');
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 1000)) throw new Error('--batch-size must be a whole number from 1 to 1000');

  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  const tty = process.stderr.isTTY === true;
  try {
    const result = await importFile({
      url: values.url ?? env.RAPPORT_URL ?? 'http://127.0.0.1:8787',
      key,
      collection,
      file,
      ...(batchSize === undefined ? {} : { batchSize }),
      signal: stop.signal,
      ...(tty ? { onProgress: (progress: ImportProgress) => process.stderr.write(`\r\x1b[K${progressLine(progress)}`) } : {}),
    });
    if (tty) process.stderr.write('\r\x1b[K');
    const rate = result.rowsThisRun / Math.max(result.elapsedMs / 1000, 0.001);
    const resumed = result.resumedAtLine === undefined ? '' : ` (resumed at line ${result.resumedAtLine})`;
    console.log(
      `${result.finished ? 'Imported' : 'Interrupted after'} ${result.rows} rows of ${file} into ${collection}${resumed}: ` +
        `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.refused} refused; ` +
        `${Math.round(rate)} rows/s`,
    );
    if (result.refused) console.log(`Refused rows (line, field, reason): ${result.reportFile}`);
    if (!result.finished) console.log('Run the same command again to go on from there.');
    return !result.finished ? 1 : result.refused ? 2 : 0;
  } finally {
    process.off('SIGINT', interrupt);
  }
}

/** `42% · 120,000 rows · 15,300 rows/s · ETA 0:35 · 12 refused`: for a terminal, rewritten in place. */
export function progressLine({ rows, refused, bytesDone, bytesAtStart, bytesTotal, rowsThisRun, elapsedMs }: ImportProgress): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = rowsThisRun / seconds;
  const share = bytesTotal ? bytesDone / bytesTotal : 1;
  const bytesRate = (bytesDone - bytesAtStart) / seconds;
  const eta = Math.round(bytesRate > 0 ? (bytesTotal - bytesDone) / bytesRate : 0);
  const clock = `${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`;
  const number = (value: number) => Math.round(value).toLocaleString('en');
  return `${Math.floor(share * 100)}% · ${number(rows)} rows · ${number(rate)} rows/s · ETA ${clock}${refused ? ` · ${number(refused)} refused` : ''}`;
}
