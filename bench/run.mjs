// `npm run bench`: runs the bench/*.bench.mjs sections in turn and prints their figures, with the
// machine's load average before and after (the figures mean little on a busy machine).
//   npm run bench -- --only generate,validate   only these sections (file names without .bench.mjs)
//   npm run bench -- --runs 9                   timed runs per case (default 7)
//   npm run bench -- --cap 120                  seconds before a case is stopped and reported "over" (default 120)
// Each module exports `name` and `run({ runs, cap, row })`, which prints rows through row(label, value)
// or resolves to rows of [label, value].
// Build first (`npm run build`): the benches measure dist/, as a page or the CLI would load it.
import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

let values;
try {
  ({ values } = parseArgs({
    options: { only: { type: 'string' }, runs: { type: 'string', default: '7' }, cap: { type: 'string', default: '120' } },
  }));
} catch (error) {
  console.error(`bench: ${error.message}\nusage: npm run bench -- [--only name,name] [--runs N] [--cap SECONDS]`);
  process.exit(2);
}
const runs = Number(values.runs);
const cap = Number(values.cap);
if (!Number.isInteger(runs) || runs < 1 || !(cap > 0)) {
  console.error('bench: --runs takes a whole number of at least 1, --cap a number of seconds');
  process.exit(2);
}
if (!existsSync(new URL('../dist/news-quiz.bundle.js', import.meta.url))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const all = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.slice(0, -'.bench.mjs'.length))
  .sort();
const only = values.only ? values.only.split(',').map((s) => s.trim()) : all;
const unknown = only.filter((s) => !all.includes(s));
if (unknown.length) {
  console.error(`bench: no section ${unknown.join(', ')}; the sections are ${all.join(', ')}`);
  process.exit(2);
}

const row = (label, value) => console.log(`${label.padEnd(56)}  ${value}`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
console.log(`load average (1, 5, 15 min) at the start: ${load()}`);
console.log(`runs per case: ${runs}; cap per case: ${cap} s`);
const started = Date.now();
for (const section of only) {
  const bench = await import(new URL(`${section}.bench.mjs`, import.meta.url).href);
  console.log(`\n## ${bench.name}  [--only ${section}]`);
  // A slow section prints each row as it is measured (through `row`); the others return theirs.
  const rows = await bench.run({ runs, cap, row });
  for (const [label, value] of rows ?? []) row(label, value);
  console.log(`(load average now: ${load()})`);
}
console.log(`\nload average at the end: ${load()}; the bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
