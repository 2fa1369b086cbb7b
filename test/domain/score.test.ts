// Scores per attempt, per article and per kind; answers put back into words; results as CSV and text.
import { expect } from '@open-wc/testing';
import { answerQuestion, nextQuestion, retryMissed, startAttempt, type Attempt } from '../../src/domain/attempt.js';
import type { Answer, Check, Question, Quiz } from '../../src/domain/question.js';
import { scoreAttempt, scoreRetries } from '../../src/domain/score.js';
import { describeAnswer } from '../../src/domain/check.js';
import { RESULTS_TEXT_LABELS, csvCell, resultsToCsv, resultsToText } from '../../src/export/results.js';

const base = { facts: ['f'], paragraph: 2, difficulty: 1 as const, explanation: 'Why.' };
const QUESTIONS: Question[] = [
  { ...base, id: 'q1', article: 'one', kind: 'choice', prompt: 'Which jet?', options: ['F-35', 'F-16', 'Gripen'], correct: 1, answerText: 'F-16' },
  { ...base, id: 'q2', article: 'one', kind: 'truefalse', prompt: 'True or false? It rained.', options: ['True', 'False'], correct: 1, answerText: 'False' },
  { ...base, id: 'q3', article: 'two', kind: 'match', prompt: 'Match:', left: ['A', 'B'], right: ['b', 'a'], pairs: [1, 0], answerText: 'A: a; B: b' },
  { ...base, id: 'q4', article: 'two', kind: 'order', prompt: 'Order:', items: ['x', 'y', 'z'], order: [2, 0, 1], ends: { first: 'first', last: 'last' }, answerText: 'z, x, y' },
  { ...base, id: 'q5', article: 'two', kind: 'text', prompt: 'Who, "exactly"?', accept: ['Kirby'], rivals: [], answerText: 'John Kirby' },
];
const QUIZ: Quiz = { bank: 'b', seed: 'seed-1', questions: QUESTIONS };

const check = (points: number, answerText = 'x'): Check => ({ points, correct: points === 1, answerText });

function finish(answers: [Answer, Check][]): Attempt {
  let a = startAttempt(QUIZ);
  for (const [answer, c] of answers) a = nextQuestion(answerQuestion(a, answer, c));
  return a;
}

const ANSWERS: [Answer, Check][] = [
  [1, check(1, 'F-16')],
  [0, check(0, 'False')],
  [[1, -1], check(0.5, 'A: a; B: b')],
  [[2, 0, 1], check(1, 'z, x, y')],
  ['=1+1', check(0, 'John Kirby')],
];

describe('scoreAttempt', () => {
  it('adds the points, with partial credit, and rounds the percent', () => {
    const r = scoreAttempt(QUIZ, finish(ANSWERS));
    expect([r.score, r.max, r.percent, r.passed, r.seed]).to.deep.equal([2.5, 5, 50, false, 'seed-1']);
    expect(r.questions.map((q) => [q.number, q.id, q.points, q.correct])).to.deep.equal([
      [1, 'q1', 1, true],
      [2, 'q2', 0, false],
      [3, 'q3', 0.5, false],
      [4, 'q4', 1, true],
      [5, 'q5', 0, false],
    ]);
  });

  it('tallies per article and per kind, in order of first appearance', () => {
    const r = scoreAttempt(QUIZ, finish(ANSWERS));
    expect(r.byArticle).to.deep.equal([
      { key: 'one', points: 1, max: 2, percent: 50 },
      { key: 'two', points: 1.5, max: 3, percent: 50 },
    ]);
    expect(r.byKind.map((t) => [t.key, t.points, t.max])).to.deep.equal([
      ['choice', 1, 1],
      ['truefalse', 0, 1],
      ['match', 0.5, 1],
      ['order', 1, 1],
      ['text', 0, 1],
    ]);
  });

  it('passes on the exact ratio, not the rounded percent', () => {
    const a = finish(ANSWERS);
    expect(scoreAttempt(QUIZ, a, 50).passed).to.equal(true);
    expect(scoreAttempt(QUIZ, a, 51).passed).to.equal(false);
    // 2.98 of 5 is 59.6%: shown as 60%, yet short of a 60% mark.
    const near = finish(ANSWERS.map(([ans, c], i) => [ans, i === 2 ? check(0.98) : c]));
    expect(scoreAttempt(QUIZ, near, 60).percent).to.equal(60);
    expect(scoreAttempt(QUIZ, near, 60).passed).to.equal(false);
  });

  it("keeps the recorded result, the first round's, whatever the retries score; the retries are scored apart", () => {
    const first = finish(ANSWERS);
    const recorded = scoreAttempt(QUIZ, first);
    let a = retryMissed(first);
    for (let i = 0; i < 3; i += 1) a = nextQuestion(answerQuestion(a, 0, check(1)));
    expect(scoreAttempt(QUIZ, a)).to.deep.equal(recorded);
    const [retry, ...more] = scoreRetries(QUIZ, a);
    expect(more).to.deep.equal([]);
    expect(retry!.questions.map((q) => q.id)).to.deep.equal(['q2', 'q3', 'q5']);
    expect([retry!.retry, retry!.score, retry!.max, retry!.percent]).to.deep.equal([1, 3, 3, 100]);
    // A second retry, under way: the first retry's questions are the ones it answered.
    let b = retryMissed(first);
    b = nextQuestion(answerQuestion(b, 0, check(0)));
    b = nextQuestion(answerQuestion(b, 0, check(1)));
    b = retryMissed(nextQuestion(answerQuestion(b, 0, check(1))));
    expect(scoreRetries(QUIZ, b).map((r) => [r.retry, r.max, r.score])).to.deep.equal([
      [1, 3, 2],
      [2, 1, 0],
    ]);
    expect(scoreRetries(QUIZ, first)).to.deep.equal([]);
  });

  it('carries the seed, mode, pass mark and finishing time', () => {
    const r = scoreAttempt(QUIZ, { ...finish(ANSWERS), finished: '2024-06-19T10:00:00.000Z' }, 70);
    expect([r.seed, r.mode, r.passMark, r.finished]).to.deep.equal(['seed-1', 'practice', 70, '2024-06-19T10:00:00.000Z']);
  });

  it('scores unanswered questions as 0 with no answer in words', () => {
    const r = scoreAttempt(QUIZ, startAttempt(QUIZ));
    expect(r.score).to.equal(0);
    expect(r.questions.every((q) => q.given === '' && q.answer === null)).to.equal(true);
    expect(r.questions[0]!.answerText).to.equal('F-16');
  });
});

describe('scoreAttempt: cloze', () => {
  it('reviews a cloze with its sentence, not only the instruction', () => {
    const cloze: Question = {
      ...base,
      id: 'c',
      article: 'one',
      kind: 'cloze',
      prompt: 'Fill in the blank:',
      before: 'Drones hit',
      after: 'in Russia.',
      blank: { type: 'text', accept: ['Morozovsk'], rivals: [] },
      answerText: 'Morozovsk',
    };
    const quiz: Quiz = { bank: 'b', seed: 's', questions: [cloze] };
    const r = scoreAttempt(quiz, nextQuestion(answerQuestion(startAttempt(quiz), 'Pskov', check(0))));
    expect(r.questions[0]!.prompt).to.equal('Fill in the blank: Drones hit _____ in Russia.');
    expect(r.questions[0]!.given).to.equal('Pskov');
  });
});

describe('describeAnswer', () => {
  it('puts every kind of answer into words', () => {
    expect(describeAnswer(QUESTIONS[0]!, 1)).to.equal('F-16');
    expect(describeAnswer(QUESTIONS[1]!, 1)).to.equal('False');
    expect(describeAnswer(QUESTIONS[2]!, [1, -1])).to.equal('A: a; B: -');
    expect(describeAnswer(QUESTIONS[3]!, [2, 0, 1])).to.equal('z > x > y');
    expect(describeAnswer(QUESTIONS[4]!, '  Kirby ')).to.equal('Kirby');
    expect(describeAnswer(QUESTIONS[0]!, null)).to.equal('');
    expect(describeAnswer(QUESTIONS[0]!, 'nonsense')).to.equal('');
  });
});

describe('results export', () => {
  it('CSV: heading, one row per question with student, date, quiz code, mode and total; quoting and formula guard', () => {
    const csv = resultsToCsv(scoreAttempt(QUIZ, finish(ANSWERS)), { student: 'Ana, "A."', date: '2024-06-19 10:05' });
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('student,date,quiz code,mode,total,out of,question number,question,given answer,correct answer,points');
    expect(lines[1]).to.equal('"Ana, ""A.""",2024-06-19 10:05,seed-1,practice,2.5,5,1,Which jet?,F-16,F-16,1');
    expect(lines[3]).to.equal('"Ana, ""A.""",2024-06-19 10:05,seed-1,practice,2.5,5,3,Match:,A: a; B: -,A: a; B: b,0.5');
    expect(lines[5]).to.equal(`"Ana, ""A.""",2024-06-19 10:05,seed-1,practice,2.5,5,5,"Who, ""exactly""?",'=1+1,John Kirby,0`);
    expect(lines).to.have.length(7);
    expect(lines[6]).to.equal('');
    expect(resultsToCsv(scoreAttempt(QUIZ, finish(ANSWERS))).split('\r\n')[1]).to.equal(',,seed-1,practice,2.5,5,1,Which jet?,F-16,F-16,1');
  });

  it('csvCell quotes line breaks and guards leading formula signs', () => {
    expect(csvCell('a\nb')).to.equal('"a\nb"');
    expect(csvCell('+SUM(A1)')).to.equal("'+SUM(A1)");
    expect(csvCell('@x')).to.equal("'@x");
    expect(csvCell(-1)).to.equal('-1');
  });

  it('text: title with student, score, quiz code, mode, date, each question with given and correct answer', () => {
    const out = resultsToText(scoreAttempt(QUIZ, finish(ANSWERS)), 'Quiz', { student: 'Ana', date: '19 June 2024' });
    expect(out.split('\n').slice(0, 9)).to.deep.equal([
      'Quiz (Ana)',
      'Score: 2.5 / 5 (50%)',
      'Quiz code: seed-1',
      'Mode: practice',
      'Finished: 19 June 2024',
      '',
      '1. Which jet? [right, 1]',
      '   Given: F-16',
      '   Answer: F-16',
    ]);
    expect(resultsToText(scoreAttempt(QUIZ, startAttempt(QUIZ)), 'Quiz')).to.contain('Given: (no answer)');
  });

  it('text: a line per retry, marked as practice, under the recorded score', () => {
    let a = retryMissed(finish(ANSWERS));
    for (let i = 0; i < 3; i += 1) a = nextQuestion(answerQuestion(a, 0, check(i === 0 ? 0 : 1)));
    const out = resultsToText(scoreAttempt(QUIZ, a), 'Quiz', {}, scoreRetries(QUIZ, a));
    expect(out.split('\n').slice(1, 5)).to.deep.equal([
      'Score: 2.5 / 5 (50%)',
      'Quiz code: seed-1',
      'Mode: practice',
      'Retry 1 (practice, not counted): 2 / 3 (67%)',
    ]);
    const comma = resultsToText(scoreAttempt(QUIZ, a), 'Quiz', {}, [], { ...RESULTS_TEXT_LABELS, number: (n) => String(n).replace('.', ',') });
    expect(comma).to.contain('Score: 2,5 / 5 (50%)').and.to.contain('[wrong, 0,5]');
  });
});
