// A @web/test-runner reporter that writes how many browser tests passed and failed, so `npm test`
// can print one total over every runner.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function tally(suite, into) {
  for (const test of suite.tests) {
    if (test.skipped) into.skipped += 1;
    else if (test.passed) into.passed += 1;
    else into.failed += 1;
  }
  for (const child of suite.suites) tally(child, into);
  return into;
}

export function countReporter(file = '.test-results/browser.json') {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) tally(session.testResults, totals);
        // A file that failed to load has no results: count it as a failure, never as nothing.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) totals.failed += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
