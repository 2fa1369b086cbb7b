// Same bank + seed + options: the same bytes in Node as in Chromium. Both compare
// the SHA-256 of JSON.stringify(quiz) with test/golden/quiz-digests.json
// (test/domain/generate.test.ts does it in the browser). Uses dist/: build first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const { generate, generating, generatingUpTo, generateUpTo, allQuestions } = await import(new URL('dist/domain.js', root).href);
const golden = JSON.parse(readFileSync(new URL('test/golden/quiz-digests.json', root), 'utf8'));
const bank = JSON.parse(readFileSync(new URL(golden.bank, root), 'utf8'));
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

test('the golden file covers quizzes and full candidate lists', () => {
  assert.ok(golden.cases.length >= 5);
  assert.ok(golden.cases.some((c) => c.all));
  for (const c of golden.cases) assert.match(c.sha256, /^[0-9a-f]{64}$/);
});

for (const c of golden.cases) {
  test(`digest of ${c.all ? 'allQuestions' : 'generate'} for seed ${JSON.stringify(c.seed)} ${JSON.stringify(c.options)}`, () => {
    const output = c.all ? allQuestions(bank, { ...c.options, seed: c.seed }) : generate(bank, { ...c.options, seed: c.seed });
    assert.equal(sha256(JSON.stringify(output)), c.sha256);
  });
}

for (const c of golden.cases.filter((x) => !x.all)) {
  test(`in steps, the same quiz for seed ${JSON.stringify(c.seed)} ${JSON.stringify(c.options)}, with a step for each question or more`, () => {
    // Each step on a fresh copy of the bank: nothing carried over from the quiz made whole.
    const steps = generating(structuredClone(bank), { ...c.options, seed: c.seed });
    let taken = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) taken++;
    assert.equal(sha256(JSON.stringify(step.value)), c.sha256);
    assert.ok(taken > step.value.questions.length, `${taken} steps for ${step.value.questions.length} questions`);
  });
}

test('in steps, a count past what the bank can fill: the same error, and generatingUpTo the same shorter quiz', () => {
  const options = { seed: 'steps', count: 500 };
  const run = (steps) => {
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  };
  assert.throws(() => run(generating(structuredClone(bank), options)), (error) => {
    assert.throws(() => generate(bank, options), { message: error.message });
    return error.name === 'GenerateError' && error.capacity > 0;
  });
  assert.deepEqual(run(generatingUpTo(structuredClone(bank), options)), generateUpTo(bank, options));
});

test('a changed seed changes the digest (the digest sees the content)', () => {
  const c = golden.cases.find((x) => !x.all);
  const output = generate(bank, { ...c.options, seed: `${c.seed}!` });
  assert.notEqual(sha256(JSON.stringify(output)), c.sha256);
});

test('generation does not depend on Math.random or the clock', () => {
  const random = Math.random;
  const now = Date.now;
  try {
    Math.random = () => 0.5;
    Date.now = () => 0;
    const a = JSON.stringify(generate(bank, { seed: 'clock', count: 10 }));
    Math.random = () => 0.99;
    Date.now = () => 1e12;
    assert.equal(JSON.stringify(generate(bank, { seed: 'clock', count: 10 })), a);
  } finally {
    Math.random = random;
    Date.now = now;
  }
});
