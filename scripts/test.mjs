// The test command: type checks, build, every browser test in headless Chromium,
// then the Node-side tests (the CLI as a real process). Ends with one plain line
// "N passed, N failed" and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(label, command, args) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return status === 0;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

// The whole project, then the domain alone without the DOM library or Node's types: "no DOM, no
// storage, no node: import in src/domain" is checked by the compiler.
for (const config of ['tsconfig.json', 'tsconfig.domain.json']) {
  if (!run(`type check (${config})`, 'npx', ['tsc', '--noEmit', '-p', config])) {
    ok = false;
    totals.failed += 1;
  }
}
if (!run('build', 'npm', ['run', '--silent', 'build'])) {
  console.error('The build failed; the tests need it.');
  console.log(`\n${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
}

// The browser tests against the sources, then the element's tests again against the minified
// bundle, as a page loads it.
const browserSuites = [
  ['browser tests', [], 'browser'],
  ['element tests on the bundle', ['--config', 'web-test-runner.bundle.config.mjs'], 'bundle'],
];
for (const [label, args, name] of browserSuites) {
  const suiteOk = run(label, 'npx', ['web-test-runner', ...args, '--static-logging']);
  try {
    const counts = JSON.parse(readFileSync(`${results}/${name}.json`, 'utf8'));
    totals.passed += counts.passed;
    totals.failed += counts.failed + counts.errors;
    totals.skipped += counts.skipped;
    if (!suiteOk && counts.failed + counts.errors === 0) totals.failed += 1;
  } catch {
    totals.failed += 1;
  }
  ok &&= suiteOk;
}

const nodeOk = run('node tests', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${results}/node.tap`,
  'test/node/',
]);
try {
  const tap = readFileSync(`${results}/node.tap`, 'utf8');
  const figure = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  totals.passed += figure('pass');
  totals.failed += figure('fail') + figure('cancelled');
  totals.skipped += figure('skipped') + figure('todo');
  if (!nodeOk && figure('fail') + figure('cancelled') === 0) totals.failed += 1;
} catch {
  totals.failed += 1;
}
ok &&= nodeOk;

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
