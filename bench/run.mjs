// `npm run bench`: runs every bench/*.bench.mjs in turn and prints its figures.
// Each module exports `name` and `run()`, which resolves to rows of [label, value].
// Build first (`npm run build`): the benches measure dist/, as a page or the CLI would load it.
import { readdirSync, existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/news-quiz.bundle.js', import.meta.url))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort();
for (const file of files) {
  const bench = await import(new URL(file, import.meta.url).href);
  console.log(`\n## ${bench.name}`);
  const rows = await bench.run();
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}
