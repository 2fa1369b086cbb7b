// The embeddable bundle as built (`npm test` builds first): within its gzip budget, and without
// what a quiz page never needs (the drafting NLP, the other languages' words, Node's modules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLE_GZIP_BUDGET, bundleSize } from '../../bench/size-budget.mjs';

const { code, gzip } = bundleSize();
const text = code.toString('utf8');

test(`the bundle is at most ${BUNDLE_GZIP_BUDGET} bytes after gzip -9`, () => {
  assert.ok(gzip <= BUNDLE_GZIP_BUDGET, `dist/news-quiz.bundle.js is ${gzip} bytes after gzip -9, over its budget of ${BUNDLE_GZIP_BUDGET} (bench/size-budget.mjs)`);
});

test('the bundle holds no drafting NLP, no other language and no Node module', () => {
  assert.doesNotMatch(text, /compromise/i, 'the drafting NLP (compromise) is in the bundle');
  assert.doesNotMatch(text, /from\s*["']node:/, 'a node: module is imported by the bundle');
  // The German words come in their own file, fetched only by a quiz in German.
  assert.doesNotMatch(text, /Antwort prüfen|Frage \{n\} von/, 'German words are inlined in the bundle');
  assert.match(text, /news-quiz\.de-[\w-]+\.js/, 'the bundle does not name its German file');
});
