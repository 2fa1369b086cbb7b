// A web-test-runner reporter that writes the pass/fail counts to a JSON file,
// so scripts/test.mjs can print one plain summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(results, into) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) into.skipped += 1;
    else if (test.passed) into.passed += 1;
    else into.failed += 1;
  }
  for (const suite of results?.suites ?? []) count(suite, into);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A test file that fails to load or errors outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
