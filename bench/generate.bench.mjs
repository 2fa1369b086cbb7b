// Question generation (dist/domain.js) on the seed bank and on banks of 1,000, 10,000 and 100,000
// facts, realistic (the seed bank copied, bench/banks.mjs) and synthetic: a 10-question quiz
// (generate(bank, { seed, count: 10 }) on a bank object never seen before) and every question
// the bank allows, as --all prints it (allQuestions(bank)). Medians; each case in a worker stopped
// at the time cap (--cap, default 120 s). Growth per tenfold: 10.0 is linear.
// Targets (issue 13): a quiz from 10,000 realistic facts within 50 ms, from 100,000 within 500 ms;
// --all about linear.
import { describe, growth, measure } from './measure.mjs';

export const name = 'question generation (dist/domain.js)';

const SIZES = [1000, 10000, 100000];
const count = (n) => n.toLocaleString('en-US');

export async function run({ runs = 7, cap = 120, row }) {
  const seedQuiz = await measure({ kind: 'seed', op: 'quiz', runs: runs * 2, capSeconds: cap });
  row(`seed bank (${seedQuiz.facts} facts): 10-question quiz`, describe(seedQuiz));
  const seedAll = await measure({ kind: 'seed', op: 'all', runs, capSeconds: cap });
  row(`seed bank: every question (${count(seedAll.info ?? 0)}), as --all`, describe(seedAll));

  const results = {};
  for (const kind of ['realistic', 'synthetic']) {
    for (const op of ['quiz', 'all']) {
      for (const facts of SIZES) {
        const result = await measure({ kind, facts, op, runs, capSeconds: cap });
        results[`${kind} ${op} ${facts}`] = result;
        const what = op === 'quiz' ? '10-question quiz' : `every question${result.info !== undefined ? ` (${count(result.info)})` : ''}, as --all`;
        row(`${kind} ${count(facts)} facts: ${what}`, describe(result));
      }
      const at = (facts) => results[`${kind} ${op} ${facts}`];
      row(`${kind}, ${op === 'quiz' ? 'quiz' : '--all'}: growth 1,000 -> 10,000 -> 100,000 facts`, `${growth(at(1000), at(10000))}, ${growth(at(10000), at(100000))} (10.0 = linear)`);
    }
  }
  const verdict = (result, limit) => (!result.over && result.median <= limit ? 'met' : 'NOT met');
  row('target: quiz from 10,000 realistic facts <= 50 ms', verdict(results['realistic quiz 10000'], 50));
  row('target: quiz from 100,000 realistic facts <= 500 ms', verdict(results['realistic quiz 100000'], 500));
}
