// The CLI as a real process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const cli = (...args) => spawnSync(process.execPath, ['bin/news-quiz.js', ...args], { encoding: 'utf8' });

test('news-quiz with no command prints the usage and exits 2', () => {
  const result = cli();
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Usage: news-quiz <command>/);
});

test('news-quiz with an unknown command names it and exits 2', () => {
  const result = cli('frobnicate');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command "frobnicate"/);
});
