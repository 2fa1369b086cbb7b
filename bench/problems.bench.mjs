// A bank with 32,000 problems (every entity names a type the bank lacks), once written on one line
// (as a minifier leaves it) and once indented: `news-quiz validate` as a real process on each, and
// parseBank in-process. Locating a problem must not depend on how long its line is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBank } from '../dist/domain.js';

export const name = 'a bank with 32,000 problems, one line against indented (median of 5 runs after 1 warm-up)';

export const PROBLEMS = 32_000;

/** The minimal test bank with `count` more entities, each of an unknown type: one problem each. */
export function manyProblems(count = PROBLEMS) {
  const bank = JSON.parse(readFileSync(new URL('../test/fixtures/minimal-bank.json', import.meta.url), 'utf8'));
  for (let i = 0; i < count; i++) bank.entities.push({ id: `e${i}`, type: 'no-such-type', label: `Entity ${i}` });
  return bank;
}

/** The minimal test bank with `count` entities and `count` facts that each name an entity id the bank lacks (one letter off). */
export function unknownReferences(count = PROBLEMS) {
  const bank = JSON.parse(readFileSync(new URL('../test/fixtures/minimal-bank.json', import.meta.url), 'utf8'));
  for (let i = 0; i < count; i++) bank.entities.push({ id: `entity-${i}`, type: 'person', label: `Person ${i}` });
  for (let i = 0; i < count; i++) {
    bank.facts.push({ id: `fact-${i}`, relation: 'r', article: 'offensive', paragraph: 1, text: '{who} spoke.', slots: { who: { entity: `entiti-${i}` } } });
  }
  return bank;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function time(action, runs = 5) {
  action();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run() {
  const bank = manyProblems();
  const dir = mkdtempSync(join(tmpdir(), 'news-quiz-bench-'));
  const cli = new URL('../bin/news-quiz.js', import.meta.url).pathname;
  const rows = [];
  try {
    for (const [label, text] of [
      ['one line', JSON.stringify(bank)],
      ['indented', JSON.stringify(bank, null, 2)],
    ]) {
      const file = join(dir, `${label.replace(' ', '-')}.json`);
      writeFileSync(file, text);
      let problems = 0;
      const parse = time(() => (problems = parseBank(text).problems.length));
      const command = time(() => {
        const result = spawnSync(process.execPath, [cli, 'validate', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
        if (result.status !== 1) throw new Error(`validate exited ${result.status}: ${result.stderr.slice(0, 500)}`);
      });
      rows.push([`${label} (${text.length.toLocaleString('en-US')} chars, ${problems.toLocaleString('en-US')} problems): parseBank`, `${parse.toFixed(0)} ms`]);
      rows.push([`${label}: news-quiz validate (process)`, `${command.toFixed(0)} ms`]);
    }
    // Suggesting an id for each unknown reference compares it with every id: bounded by a budget.
    const references = JSON.stringify(unknownReferences());
    let problems = 0;
    const parse = time(() => (problems = parseBank(references).problems.length), 3);
    rows.push([`${PROBLEMS.toLocaleString('en-US')} unknown entity references among as many entities (${problems.toLocaleString('en-US')} problems): parseBank`, `${parse.toFixed(0)} ms`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
