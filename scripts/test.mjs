// The test command: type check, build, every browser test in headless Chromium, the element's
// tests again on the minified bundle, then the Node-side tests (the CLI as a real process).
// Each step is announced as it starts and timed; the output is plain text (no terminal codes),
// and the last line is "N passed, N failed" (CI reads it); the exit status is non-zero when
// anything failed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { describeChromium, findChromium } from './chromium.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

// Cursor moves, line erases and colours (CSI and OSC sequences).
const TERMINAL_CODES = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>78]/g;

/**
 * Copies a child's output line by line to `out`, without terminal codes, without runs of blank
 * lines, and without the blank line web-test-runner writes before each test file's line.
 */
function plainLines(stream, out) {
  let pending = '';
  let blankHeld = false;
  let wroteAny = false;
  const write = (line) => {
    const text = line.replace(TERMINAL_CODES, '').replace(/\r/g, '').trimEnd();
    if (!text) {
      blankHeld = wroteAny;
      return;
    }
    if (blankHeld && !/^(ok  |FAIL) /.test(text)) out.write('\n');
    blankHeld = false;
    wroteAny = true;
    out.write(`${text}\n`);
  };
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop();
    lines.forEach(write);
  });
  return new Promise((resolve) => stream.on('end', () => resolve(pending && write(pending))));
}

const steps = 6;
let step = 0;

/** Runs one step: announces it, runs the command with plain output, says how it went. Resolves to true when it passed. */
async function run(label, command, args) {
  step += 1;
  console.log(`\n== ${step}/${steps} ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const copied = Promise.all([plainLines(child.stdout, process.stdout), plainLines(child.stderr, process.stderr)]);
  const status = await new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`${command} could not be started: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(signal ? 1 : code));
  });
  await copied;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`== ${label}: ${status === 0 ? 'done' : 'FAILED'} in ${seconds} s`);
  return status === 0;
}

/**
 * Prints the summary line and ends with its status, once everything written to stdout is out
 * (process.exit() could cut off the end of piped output).
 */
function finish(passed, counts) {
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`, () => process.exit(passed && counts.failed === 0 ? 0 : 1));
  return new Promise(() => {});
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

// The whole project, then the domain alone without the DOM library or Node's types: "no DOM, no
// storage, no node: import in src/domain" is checked by the compiler.
for (const config of ['tsconfig.json', 'tsconfig.domain.json']) {
  if (!(await run(`type check (${config})`, 'npx', ['tsc', '--noEmit', '-p', config]))) {
    ok = false;
    totals.failed += 1;
  }
}
if (!(await run('build', 'npm', ['run', '--silent', 'build']))) {
  console.error('The build failed; the tests need it.');
  await finish(false, { ...totals, failed: totals.failed + 1 });
}

let browser;
try {
  browser = await findChromium({ log: (line) => console.log(line) });
  console.log(`\nbrowser: ${describeChromium(browser)}`);
} catch (error) {
  console.error(`\n${error.message}`);
}

// The browser tests against the sources, then the element's tests again against the minified
// bundle, as a page loads it.
const browserSuites = [
  ['browser tests', [], 'browser'],
  ['element tests on the bundle', ['--config', 'web-test-runner.bundle.config.mjs'], 'bundle'],
];
for (const [label, args, name] of browserSuites) {
  if (!browser) {
    step += 1;
    console.log(`\n== ${step}/${steps} ${label}: not run, no browser`);
    totals.failed += 1;
    ok = false;
    continue;
  }
  const suiteOk = await run(label, 'npx', ['web-test-runner', ...args, '--static-logging']);
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

const nodeOk = await run('node tests', process.execPath, [
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

await finish(ok, totals);
