// Answer checking: checkAnswer over 10,000 answers to the seed bank's questions, as readers
// type them (right, misspelt, a rival's name, a number in words, nonsense).
import { readFileSync } from 'node:fs';
import { allQuestions, checkAnswer, numberToWords, parseBank } from '../dist/domain.js';

export const name = 'answer checking (checkAnswer, 10,000 answers, median of 11 runs after 2 warm-ups)';

/** Swap two letters in the middle: the commonest typo. */
const typo = (s) => (s.length < 4 ? s : s.slice(0, 1) + s[2] + s[1] + s.slice(3));

function answersFor(q) {
  switch (q.kind) {
    case 'text':
      return [q.accept[0], typo(q.accept[0]), q.accept.at(-1).toUpperCase(), q.rivals[0]?.[0] ?? 'nobody', 'qwerty uiop'];
    case 'cloze':
      return q.blank.type === 'text'
        ? [q.blank.accept[0], typo(q.blank.accept[0]), q.blank.rivals[0]?.[0] ?? 'nobody']
        : [String(q.blank.value), numberToWords(q.blank.value), 'many'];
    case 'number':
      return [String(q.value), numberToWords(q.value), `about ${q.value + 1}`, 'lots'];
    case 'choice':
    case 'truefalse':
      return [q.correct, (q.correct + 1) % q.options.length];
    case 'match':
      return [q.pairs, [...q.pairs].reverse()];
    case 'order':
      return [q.order, [...q.order].reverse()];
    default:
      return [''];
  }
}

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(pairs) {
  const n = 10_000;
  const times = [];
  let correct = 0;
  for (let run = 0; run < 13; run++) {
    correct = 0;
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const [q, a] = pairs[i % pairs.length];
      if (checkAnswer(q, a).correct) correct += 1;
    }
    if (run >= 2) times.push(performance.now() - start);
  }
  return { ms: median(times), correct: correct / n };
}

export async function run() {
  const text = readFileSync(new URL('../questions/russia-ukraine-2024.json', import.meta.url), 'utf8');
  const questions = allQuestions(parseBank(text).bank, { seed: 'bench' });
  const pairs = questions.flatMap((q) => answersFor(q).map((a) => [q, a]));
  const typed = pairs.filter(([q]) => q.kind === 'text' || (q.kind === 'cloze' && q.blank.type === 'text'));
  const numbers = pairs.filter(([q]) => q.kind === 'number' || (q.kind === 'cloze' && q.blank.type === 'number'));
  const rows = [];
  for (const [label, set] of [
    ['every kind', pairs],
    ['typed names only', typed],
    ['typed numbers only', numbers],
  ]) {
    if (!set.length) continue;
    const { ms, correct } = measure(set);
    rows.push([`${label} (${set.length} distinct answers, ${(correct * 100).toFixed(0)}% right)`, `${ms.toFixed(1)} ms per 10,000`]);
  }
  return rows;
}
