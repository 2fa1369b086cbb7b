// Attempt state transitions: start, answer, next, finish, retries kept apart from the recorded first
// round; and reading a saved attempt back, marked again from the quiz, never trusted.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  answerQuestion,
  currentIndex,
  currentRound,
  isRecorded,
  markFinished,
  missedQuestions,
  nextQuestion,
  quizFingerprint,
  restoreAttempt,
  retryMissed,
  retryNumber,
  saveDraft,
  startAttempt,
  type Attempt,
} from '../../src/domain/attempt.js';
import { checkAnswer } from '../../src/domain/check.js';
import type { Question, Quiz } from '../../src/domain/question.js';

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

/** Answers the current question right or wrong, through the checker as the element does. */
function give(a: Attempt, right: boolean): Attempt {
  const q = QUIZ.questions[currentIndex(a)]!;
  const answer = right ? 0 : 1;
  return answerQuestion(a, answer, checkAnswer(q, answer));
}

/** Answers every question of the round, going on after each feedback. */
function play(attempt: Attempt, rights: boolean[]): Attempt {
  let a = attempt;
  for (const right of rights) a = nextQuestion(give(a, right));
  return a;
}

const roundTrip = (a: Attempt): unknown => JSON.parse(JSON.stringify(a));

describe('attempt', () => {
  it('starts on the first question with nothing answered', () => {
    const a = startAttempt(QUIZ);
    expect([a.phase, a.position, currentIndex(a), a.mode, a.seed, a.bank, a.version]).to.deep.equal(['question', 0, 0, 'practice', 's', 'b', 2]);
    expect(a.questions).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(a.answers).to.deep.equal([null, null, null, null]);
    expect([a.retries, a.finished, isRecorded(a), retryNumber(a)]).to.deep.equal([[], null, false, 0]);
    expect(a.fingerprint).to.equal(quizFingerprint(QUIZ));
  });

  it('practice: answer shows feedback, next moves on, the last next ends on the results', () => {
    let a = startAttempt(QUIZ);
    a = saveDraft(a, 1);
    expect(a.draft).to.equal(1);
    a = give(a, true);
    expect([a.phase, a.answers[0], a.checks[0]!.correct, a.draft]).to.deep.equal(['feedback', 0, true, null]);
    expect(give(a, false), 'no second answer during feedback').to.equal(a);
    expect(saveDraft(a, 1), 'no draft during feedback').to.equal(a);
    a = nextQuestion(a);
    expect([a.phase, a.position, currentIndex(a)]).to.deep.equal(['question', 1, 1]);
    expect(nextQuestion(a), 'next only after an answer').to.equal(a);
    a = play(a, [false, true, true]);
    expect(a.phase).to.equal('results');
    expect(currentIndex(a)).to.equal(-1);
    expect(isRecorded(a)).to.equal(true);
  });

  it('test: answer moves straight to the next question, and after the last to the results', () => {
    let a = startAttempt(QUIZ, 'test');
    a = give(a, true);
    expect([a.phase, a.position]).to.deep.equal(['question', 1]);
    a = give(give(give(a, false), true), true);
    expect(a.phase).to.equal('results');
    expect(a.checks.map((c) => c!.correct)).to.deep.equal([true, false, true, true]);
  });

  it('a retry is practice: the first round stays as answered, the retry has answers of its own', () => {
    const done = play(startAttempt(QUIZ), [true, false, true, false]);
    expect(missedQuestions(done)).to.deep.equal([1, 3]);
    const retry = retryMissed(done);
    expect([retry.phase, retry.position, retry.round, currentIndex(retry), retryNumber(retry)]).to.deep.equal(['question', 0, [1, 3], 1, 1]);
    expect(retry.answers, 'the recorded answers stay').to.deep.equal([0, 1, 0, 1]);
    expect(currentRound(retry).answers).to.deep.equal([null, null, null, null]);
    const again = play(retry, [true, false]);
    expect(again.phase).to.equal('results');
    expect(again.answers).to.deep.equal(done.answers);
    expect(again.checks).to.deep.equal(done.checks);
    expect(again.retries[0]!.answers).to.deep.equal([null, 0, null, 1]);
    expect(missedQuestions(again), 'still missed in the retry').to.deep.equal([3]);
    const third = play(retryMissed(again), [true]);
    expect([retryNumber(third), third.round, missedQuestions(third)]).to.deep.equal([2, [3], []]);
    expect(retryMissed(third), 'nothing to retry').to.equal(third);
    expect(retryMissed(retry), 'retry only from the results').to.equal(retry);
  });

  it('a retry after a test gives feedback after each answer', () => {
    const done = play(startAttempt(QUIZ, 'test'), []);
    let a = done;
    for (const right of [true, false, true, true]) a = give(a, right);
    expect(a.phase).to.equal('results');
    const retry = give(retryMissed(a), true);
    expect(retry.phase).to.equal('feedback');
  });

  it('marks when the first round was finished, once, and never for a retry', () => {
    const done = play(startAttempt(QUIZ), [true, false, true, true]);
    const stamped = markFinished(done, '2024-06-19T10:00:00.000Z');
    expect(stamped.finished).to.equal('2024-06-19T10:00:00.000Z');
    expect(markFinished(stamped, '2025-01-01T00:00:00.000Z')).to.equal(stamped);
    expect(markFinished(startAttempt(QUIZ), 'x').finished).to.equal(null);
    const retried = play(retryMissed(stamped), [true]);
    expect(markFinished(retried, '2025-01-01T00:00:00.000Z').finished).to.equal('2024-06-19T10:00:00.000Z');
  });

  it('does not change the attempt it is given', () => {
    const a = startAttempt(QUIZ);
    const copy = JSON.parse(JSON.stringify(a));
    retryMissed(play(a, [true, false, true, true]));
    expect(a).to.deep.equal(copy);
  });
});

describe('restoreAttempt', () => {
  it('reads back every state an attempt passes through, retries included, via JSON', () => {
    let a = startAttempt(QUIZ);
    const states: Attempt[] = [a];
    for (const right of [true, false, true, false]) {
      a = saveDraft(a, 'half typed');
      states.push(a);
      a = give(a, right);
      states.push(a);
      a = nextQuestion(a);
      states.push(a);
    }
    a = markFinished(a, '2024-06-19T10:00:00.000Z');
    a = retryMissed(a);
    states.push(a, give(a, true), nextQuestion(give(a, true)), play(a, [true, false]), retryMissed(play(a, [true, false])));
    for (const state of states) expect(restoreAttempt(roundTrip(state), QUIZ)).to.deep.equal({ status: 'restored', attempt: state });
  });

  it('marks every answer again from the quiz: forged checks give no points', () => {
    const done = roundTrip(play(startAttempt(QUIZ), [false, false, false, false])) as Attempt;
    const forged = { ...done, checks: done.checks.map(() => ({ points: 1, correct: true, answerText: 'True' })) };
    const restored = restoreAttempt(forged, QUIZ);
    if (restored.status !== 'restored') throw new Error(restored.status);
    expect(restored.attempt.checks.map((c) => c!.points)).to.deep.equal([0, 0, 0, 0]);
    // Checks that are not checks at all do not matter either: they are never read.
    expect(restoreAttempt({ ...done, checks: 'anything' }, QUIZ).status).to.equal('restored');
  });

  it('a bank changed since the save: other questions, or the same ids with other answers, is "changed"', () => {
    const a = roundTrip(play(startAttempt(QUIZ), [true, true]));
    expect(restoreAttempt(a, { ...QUIZ, questions: QUIZ.questions.slice(1) }).status).to.equal('changed');
    expect(restoreAttempt(a, { ...QUIZ, questions: [...QUIZ.questions].reverse() }).status).to.equal('changed');
    const flipped: Quiz = { ...QUIZ, questions: QUIZ.questions.map((q) => ({ ...q, correct: 1, answerText: 'False' }) as Question) };
    expect(restoreAttempt(a, flipped).status).to.equal('changed');
    const reworded: Quiz = { ...QUIZ, questions: QUIZ.questions.map((q, i) => (i === 2 ? { ...q, prompt: 'True or false? Something else.' } : q)) };
    expect(restoreAttempt(a, reworded).status).to.equal('changed');
    // A better explanation changes nothing the reader answered.
    const explained: Quiz = { ...QUIZ, questions: QUIZ.questions.map((q) => ({ ...q, explanation: `${q.explanation} More.` })) };
    expect(restoreAttempt(a, explained).status).to.equal('restored');
    expect(restoreAttempt(a, { ...QUIZ, seed: 'other' }).status).to.equal('changed');
  });

  it('reads an attempt saved by version 1 in its first round, marked again; one on a retry is unreadable', () => {
    const v1 = {
      version: 1,
      bank: 'b',
      seed: 's',
      questions: ['a', 'b', 'c', 'd'],
      mode: 'practice',
      round: [0, 1, 2, 3],
      position: 3,
      phase: 'results',
      answers: [0, 1, 0, 0],
      checks: [1, 2, 3, 4].map(() => ({ points: 1, correct: true, answerText: 'True' })),
      draft: null,
    };
    const restored = restoreAttempt(v1, QUIZ);
    if (restored.status !== 'restored') throw new Error(restored.status);
    expect(restored.attempt.version).to.equal(2);
    expect(restored.attempt.checks.map((c) => c!.correct)).to.deep.equal([true, false, true, true]);
    expect([restored.attempt.retries, restored.attempt.finished]).to.deep.equal([[], null]);
    expect(restoreAttempt({ ...v1, round: [1], position: 0, phase: 'question', answers: [0, null, 0, 0] }, QUIZ).status).to.equal('unreadable');
  });

  it('refuses states that cannot happen', () => {
    const a = startAttempt(QUIZ);
    const done = play(a, [true, false, true, true]);
    const bad: [Attempt, Partial<Record<keyof Attempt, unknown>>][] = [
      [a, { version: 3 }],
      [a, { position: 4 }],
      [a, { position: -1 }],
      [a, { position: 1.5 }],
      [a, { position: 2 }], // earlier questions unanswered
      [a, { phase: 'results' }], // results with nothing answered
      [a, { phase: 'feedback' }], // feedback without an answer
      [a, { phase: 'done' }],
      [a, { mode: 'exam' }],
      [a, { round: [] }],
      [a, { round: [0, 7] }],
      [a, { round: [1, 1] }],
      [a, { answers: [0, 0, 0] }],
      [a, { answers: [{}, null, null, null] }],
      [a, { answers: [1.5, null, null, null] }],
      [a, { draft: { x: 1 } }],
      [a, { fingerprint: 7 }],
      [a, { finished: 20240619 }],
      [a, { retries: 'none' }],
      [a, { retries: [{ answers: [0] }] }],
      [a, { questions: [1, 2, 3, 4] }],
      // A retry before the first round is finished.
      [a, { retries: [{ answers: [null, null, null, null], checks: [] }], round: [1] }],
      [done, { retries: [{ answers: [null, null, null, null], checks: [] }], round: [1], position: 0, phase: 'results' }],
    ];
    for (const [base, change] of bad) expect(restoreAttempt({ ...roundTrip(base) as Attempt, ...change }, QUIZ).status, JSON.stringify(change)).to.equal('unreadable');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(restoreAttempt(data, QUIZ).status).to.not.equal('restored');
      }),
      { numRuns: 500 },
    );
    const keys = ['version', 'bank', 'seed', 'questions', 'fingerprint', 'finished', 'retries', 'round', 'position', 'phase', 'answers', 'checks', 'draft', 'mode'] as const;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.anything()), (patch) => {
        expect(() => restoreAttempt({ ...startAttempt(QUIZ), ...patch }, QUIZ)).to.not.throw();
        expect(() => restoreAttempt({ ...retryMissed(play(startAttempt(QUIZ), [false, true, true, true])), ...patch }, QUIZ)).to.not.throw();
      }),
      { numRuns: 500 },
    );
  });
});
