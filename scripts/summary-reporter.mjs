// A web-test-runner reporter for plain logs: one line per test file as it finishes
// ("ok   test/x.test.ts: 12 passed, 0 failed"), one line for the run, and the counts in a JSON
// file, so that scripts/test.mjs can print one plain summary line. It goes after
// web-test-runner's default reporter, which still prints what failed and what the browser logged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(results, into) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) into.skipped += 1;
    else if (test.passed) into.passed += 1;
    else into.failed += 1;
  }
  for (const suite of results?.suites ?? []) count(suite, into);
}

const tally = (totals) =>
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}${totals.errors ? `, ${totals.errors} file${totals.errors === 1 ? '' : 's'} not run through` : ''}`;

/** The reporter: `label` names the run in its last line, `file` receives the counts. */
export function summaryReporter(file, label = 'browser tests') {
  let started = Date.now();
  return {
    start() {
      started = Date.now();
    },
    reportTestFileResults({ logger, sessionsForTestFile, testFile }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessionsForTestFile) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += 1;
      }
      const ok = sessionsForTestFile.every((session) => session.passed);
      const name = relative(process.cwd(), testFile);
      const line = `${ok ? 'ok  ' : 'FAIL'} ${name}: ${tally(totals)}`;
      // The default reporter, which runs first, heads what it has to say on a file (failures,
      // browser logs) with the file's name: this line takes the place of that heading.
      const heading = logger.buffer?.[0]?.args?.[0];
      if (typeof heading === 'string' && heading.trim() === `${name}:`) logger.buffer[0] = { method: 'log', args: [line] };
      else logger.log(line);
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A test file that fails to load or errors outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
      console.log(`${label}: ${tally(totals)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
