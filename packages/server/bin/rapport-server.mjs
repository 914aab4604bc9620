#!/usr/bin/env node
// `npx rapport-server` / `npm start`: see `rapport-server --help`.
import { runCli } from '../dist/cli.js';

try {
  await runCli(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`rapport-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
