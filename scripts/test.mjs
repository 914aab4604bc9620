// `npm test`: everything a change must pass, in the order that fails fastest. Installs what it
// needs first, so it works the same on a fresh clone, a developer's machine and CI.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureDebianPackages, ensureNodeModules } from './ensure-deps.mjs';
import { heading, npx, run } from './run.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const counts = (file) => JSON.parse(readFileSync(`${results}/${file}`, 'utf8'));

ensureNodeModules();
ensureDebianPackages({ postgres: true });

heading('typecheck');
npx('tsc', ['-p', 'tsconfig.json']);

heading('unit tests (Node)');
npx('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`]);

heading('build');
run('node', ['scripts/build.mjs']);

heading('browser tests (Chromium)');
npx('web-test-runner', []);

heading('end-to-end (examples in Chromium, on the built bundle)');
const e2eFiles = readdirSync('test/e2e').filter((file) => file.endsWith('.e2e.mjs')).map((file) => `test/e2e/${file}`);
run('node', [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./test/node-test-count-reporter.mjs',
  `--test-reporter-destination=${results}/e2e.json`,
  ...e2eFiles,
]);

heading('bundle sizes');
run('node', ['scripts/size.mjs']);

heading('Storybook: build, then render every story in Chromium');
npx('storybook', ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry']);
run('node', ['test/stories.mjs']);

const unit = counts('vitest.json');
const browser = counts('browser.json');
const e2e = counts('e2e.json');
const stories = counts('stories.json');
const passed = unit.numPassedTests + browser.passed + e2e.passed + stories.passed;
const failed = unit.numFailedTests + browser.failed + e2e.failed + stories.failed;
console.log(`\nunit ${unit.numPassedTests}, browser ${browser.passed}, end-to-end ${e2e.passed}, stories ${stories.passed}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
