// Checking the fact banks in questions/: parseBank (scan, parse, validate, place every problem), as the CLI runs it.
import { readFileSync, readdirSync } from 'node:fs';
import { parseBank } from '../dist/domain.js';

export const name = 'bank validation (parseBank, median of 20 runs after 3 warm-ups)';

export async function run() {
  const dir = new URL('../questions/', import.meta.url);
  const rows = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const times = [];
    let problems = 0;
    for (let i = 0; i < 23; i++) {
      const start = performance.now();
      problems = parseBank(text).problems.length;
      if (i >= 3) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = (times[9] + times[10]) / 2;
    rows.push([`${file} (${text.length.toLocaleString('en-US')} chars, ${problems} problems)`, `${median.toFixed(2)} ms`]);
  }
  return rows;
}
