import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);

/** Runs a generator in `--check` mode: it analyses the elements' JSDoc again and writes nothing. */
async function check(script: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [script, '--check'], { cwd: repositoryRoot });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, stderr: failed.stderr ?? String(error) };
  }
}

describe('files generated from the custom-elements manifest', () => {
  test('the one-widget define entries and their package exports match the widgets', async () => {
    expect(await check('scripts/generate-define.mjs')).toEqual({ code: 0, stderr: '' });
  }, 30_000);

  test('the React wrappers match the widgets, their properties and their events', async () => {
    expect(await check('scripts/generate-react.mjs')).toEqual({ code: 0, stderr: '' });
  }, 30_000);

  test("Vue's component types match the widgets, their properties and their events", async () => {
    expect(await check('scripts/generate-vue.mjs')).toEqual({ code: 0, stderr: '' });
  }, 30_000);

  test('the events reference matches the events the widgets declare', async () => {
    expect(await check('scripts/generate-events-doc.mjs')).toEqual({ code: 0, stderr: '' });
  }, 30_000);
});
