// Checking fact banks: parseBank (scan, parse, validate, place every problem), as the CLI runs it,
// on the banks in questions/ and on realistic and synthetic banks of 1,000, 10,000 and 100,000
// facts (bench/banks.mjs) written out as JSON. Medians; each case in a worker stopped at the time
// cap. A realistic bank must come out with no problems: each copy of the seed bank is a valid bank.
// Target (issue 13): 100,000 facts within 1 s.
import { readFileSync, readdirSync } from 'node:fs';
import { parseBank } from '../dist/domain.js';
import { describe, growth, measure, median, ms } from './measure.mjs';

export const name = 'bank validation (parseBank)';

const SIZES = [1000, 10000, 100000];
const count = (n) => n.toLocaleString('en-US');

export async function run({ runs = 7, cap = 120, row }) {
  const dir = new URL('../questions/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const times = [];
    let problems = 0;
    for (let i = 0; i < 23; i++) {
      const start = performance.now();
      problems = parseBank(text).problems.length;
      if (i >= 3) times.push(performance.now() - start);
    }
    row(`${file} (${count(text.length)} chars, ${problems} problems)`, ms(median(times)));
  }
  const results = {};
  for (const kind of ['realistic', 'synthetic']) {
    for (const facts of SIZES) {
      const result = await measure({ kind, facts, op: 'validate', runs, capSeconds: cap });
      results[`${kind} ${facts}`] = result;
      const problems = result.info === undefined ? '' : `, ${result.info} problems`;
      row(`${kind} ${count(facts)} facts${problems}`, describe(result));
    }
    const at = (facts) => results[`${kind} ${facts}`];
    row(`${kind}: growth 1,000 -> 10,000 -> 100,000 facts`, `${growth(at(1000), at(10000))}, ${growth(at(10000), at(100000))} (10.0 = linear)`);
  }
  const invalid = SIZES.filter((facts) => results[`realistic ${facts}`].info !== 0 && results[`realistic ${facts}`].info !== undefined);
  if (invalid.length) row('realistic banks with problems (a bench defect)', invalid.map(count).join(', '));
  const big = results['realistic 100000'];
  row('target: 100,000 realistic facts <= 1 s', !big.over && big.median <= 1000 ? 'met' : 'NOT met');
}
