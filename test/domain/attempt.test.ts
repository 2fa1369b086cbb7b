// Attempt state transitions: start, answer, next, finish, retry the missed ones; and reading a saved attempt back.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  answerQuestion,
  currentIndex,
  missedQuestions,
  nextQuestion,
  restoreAttempt,
  retryMissed,
  saveDraft,
  startAttempt,
  type Attempt,
} from '../../src/domain/attempt.js';
import type { Check, Question, Quiz } from '../../src/domain/question.js';

const tf = (id: string): Question => ({
  id,
  kind: 'truefalse',
  prompt: `True or false? Statement ${id}.`,
  options: ['True', 'False'],
  correct: 0,
  answerText: 'True',
  facts: [id],
  article: id < 'c' ? 'one' : 'two',
  paragraph: 1,
  difficulty: 1,
  explanation: `About ${id}.`,
});
const QUIZ: Quiz = { bank: 'b', seed: 's', questions: ['a', 'b', 'c', 'd'].map(tf) };
const RIGHT: Check = { points: 1, correct: true, answerText: 'True' };
const WRONG: Check = { points: 0, correct: false, answerText: 'True' };

/** Answers every question of the round in practice mode with the given checks. */
function play(attempt: Attempt, checks: Check[]): Attempt {
  let a = attempt;
  for (const check of checks) a = nextQuestion(answerQuestion(a, check.correct ? 0 : 1, check));
  return a;
}

describe('attempt', () => {
  it('starts on the first question with nothing answered', () => {
    const a = startAttempt(QUIZ);
    expect([a.phase, a.position, currentIndex(a), a.mode, a.seed, a.bank]).to.deep.equal(['question', 0, 0, 'practice', 's', 'b']);
    expect(a.questions).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(a.answers).to.deep.equal([null, null, null, null]);
  });

  it('practice: answer shows feedback, next moves on, the last next ends on the results', () => {
    let a = startAttempt(QUIZ);
    a = saveDraft(a, 1);
    expect(a.draft).to.equal(1);
    a = answerQuestion(a, 0, RIGHT);
    expect([a.phase, a.answers[0], a.checks[0], a.draft]).to.deep.equal(['feedback', 0, RIGHT, null]);
    expect(answerQuestion(a, 1, WRONG), 'no second answer during feedback').to.equal(a);
    expect(saveDraft(a, 1), 'no draft during feedback').to.equal(a);
    a = nextQuestion(a);
    expect([a.phase, a.position, currentIndex(a)]).to.deep.equal(['question', 1, 1]);
    expect(nextQuestion(a), 'next only after an answer').to.equal(a);
    a = play(a, [WRONG, RIGHT, RIGHT]);
    expect(a.phase).to.equal('results');
    expect(currentIndex(a)).to.equal(-1);
  });

  it('test: answer moves straight to the next question, and after the last to the results', () => {
    let a = startAttempt(QUIZ, 'test');
    a = answerQuestion(a, 0, RIGHT);
    expect([a.phase, a.position]).to.deep.equal(['question', 1]);
    a = answerQuestion(answerQuestion(answerQuestion(a, 1, WRONG), 0, RIGHT), 0, RIGHT);
    expect(a.phase).to.equal('results');
    expect(a.checks).to.deep.equal([RIGHT, WRONG, RIGHT, RIGHT]);
  });

  it('retries only the missed questions, clearing their answers', () => {
    const done = play(startAttempt(QUIZ), [RIGHT, WRONG, RIGHT, { points: 0.5, correct: false, answerText: 'x' }]);
    expect(missedQuestions(done)).to.deep.equal([1, 3]);
    const retry = retryMissed(done);
    expect([retry.phase, retry.position, retry.round, currentIndex(retry)]).to.deep.equal(['question', 0, [1, 3], 1]);
    expect(retry.answers).to.deep.equal([0, null, 0, null]);
    const again = play(retry, [RIGHT, RIGHT]);
    expect(again.phase).to.equal('results');
    expect(missedQuestions(again)).to.deep.equal([]);
    expect(retryMissed(again), 'nothing to retry').to.equal(again);
    expect(retryMissed(retry), 'retry only from the results').to.equal(retry);
  });

  it('does not change the attempt it is given', () => {
    const a = startAttempt(QUIZ);
    const copy = JSON.parse(JSON.stringify(a));
    play(a, [RIGHT, WRONG, RIGHT, RIGHT]);
    expect(a).to.deep.equal(copy);
  });
});

describe('restoreAttempt', () => {
  it('reads back every state an attempt passes through, via JSON', () => {
    let a = startAttempt(QUIZ);
    const states: Attempt[] = [a];
    for (const check of [RIGHT, WRONG, RIGHT, WRONG]) {
      a = saveDraft(a, 'half typed');
      states.push(a);
      a = answerQuestion(a, 1, check);
      states.push(a);
      a = nextQuestion(a);
      states.push(a);
    }
    states.push(retryMissed(a));
    for (const state of states) expect(restoreAttempt(JSON.parse(JSON.stringify(state)), QUIZ)).to.deep.equal(state);
  });

  it('refuses an attempt at another quiz', () => {
    const a = startAttempt(QUIZ);
    expect(restoreAttempt(a, { ...QUIZ, seed: 'other' })).to.equal(null);
    expect(restoreAttempt(a, { ...QUIZ, bank: 'other' })).to.equal(null);
    expect(restoreAttempt(a, { ...QUIZ, questions: QUIZ.questions.slice(1) })).to.equal(null);
    expect(restoreAttempt(a, { ...QUIZ, questions: [...QUIZ.questions].reverse() })).to.equal(null);
  });

  it('refuses states that cannot happen', () => {
    const a = startAttempt(QUIZ);
    const bad: Partial<Record<keyof Attempt, unknown>>[] = [
      { version: 2 },
      { position: 4 },
      { position: -1 },
      { position: 1.5 },
      { position: 2 }, // earlier questions unanswered
      { phase: 'results' }, // results with nothing answered
      { phase: 'feedback' }, // feedback without a check
      { phase: 'done' },
      { mode: 'exam' },
      { round: [] },
      { round: [0, 7] },
      { answers: [0, 0, 0] },
      { answers: [{}, null, null, null] },
      { answers: [1.5, null, null, null] },
      { checks: [{ points: 2, correct: true, answerText: '' }, null, null, null] },
      { checks: [{ points: 1 }, null, null, null] },
      { draft: { x: 1 } },
    ];
    for (const change of bad) expect(restoreAttempt({ ...a, ...change }, QUIZ), JSON.stringify(change)).to.equal(null);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const restored = restoreAttempt(data, QUIZ);
        expect(restored).to.equal(null);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('version', 'bank', 'seed', 'questions', 'round', 'position', 'phase', 'answers', 'checks', 'draft', 'mode'), fc.anything()), (patch) => {
        expect(() => restoreAttempt({ ...startAttempt(QUIZ), ...patch }, QUIZ)).to.not.throw();
      }),
      { numRuns: 500 },
    );
  });
});
