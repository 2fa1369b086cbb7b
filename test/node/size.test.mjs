// The embeddable bundle as built (`npm test` builds first): within its two gzip budgets (before the
// first question, and everything it can ever load), with the parts a first question does not need
// in chunks of their own, and without what a quiz page never needs (the drafting NLP, Node's modules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVERYTHING_GZIP_BUDGET, FIRST_QUESTION_GZIP_BUDGET, bundleSize } from '../../bench/size-budget.mjs';

const { files, firstQuestion, everything } = bundleSize();
const first = files.filter((f) => f.first);
const later = files.filter((f) => !f.first);
const text = (list) => list.map((f) => f.code.toString('utf8')).join('\n');
const names = (list) => list.map((f) => f.name).join(', ');

test(`before the first question a page loads at most ${FIRST_QUESTION_GZIP_BUDGET} bytes after gzip -9`, () => {
  assert.ok(firstQuestion <= FIRST_QUESTION_GZIP_BUDGET, `${names(first)}: ${firstQuestion} bytes after gzip -9, over the budget of ${FIRST_QUESTION_GZIP_BUDGET} (bench/size-budget.mjs)`);
});

test(`everything the element can load is at most ${EVERYTHING_GZIP_BUDGET} bytes after gzip -9`, () => {
  assert.ok(everything <= EVERYTHING_GZIP_BUDGET, `${names(files)}: ${everything} bytes after gzip -9, over the budget of ${EVERYTHING_GZIP_BUDGET} (bench/size-budget.mjs)`);
});

test('the languages, the list of a bank\'s problems and the results screen are chunks loaded only when needed', () => {
  for (const part of ['uk', 'de', 'fr', 'es', 'parse', 'results-screen']) {
    const chunk = later.find((f) => f.name.startsWith(`news-quiz.${part}-`));
    assert.ok(chunk, `no chunk news-quiz.${part}-<hash>.js loaded on demand; the first question loads ${names(first)}`);
    assert.ok(first.some((f) => f.dynamic.includes(chunk.name)), `nothing before the first question imports ${chunk.name}`);
  }
  const before = text(first);
  // The German words, the JSON scanner's messages, the CSV's columns: none before the first question.
  assert.doesNotMatch(before, /Antwort prüfen|Frage \{n\} von/, 'German words are loaded before the first question');
  assert.doesNotMatch(before, /given twice in one object/, 'the JSON scanner is loaded before the first question');
  // A sound bank needs the validator's rules, not its words: they come with the list of problems.
  assert.doesNotMatch(before, /every article needs its headline|is beyond the article|Did you mean/, 'the validator\'s messages are loaded before the first question');
  assert.doesNotMatch(before, /question number/, 'the results CSV is loaded before the first question');
});

test('the bundle holds no drafting NLP and no Node module', () => {
  const all = text(files);
  assert.doesNotMatch(all, /compromise/i, 'the drafting NLP (compromise) is in the bundle');
  assert.doesNotMatch(all, /from\s*["']node:/, 'a node: module is imported by the bundle');
});
