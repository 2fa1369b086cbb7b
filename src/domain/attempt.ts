/**
 * An attempt: one reader's way through one quiz, as plain data that can be
 * saved and restored. Every change is a pure function returning a new attempt;
 * the element decides when to call them and where to keep the result.
 * Pure: no DOM, no storage, no clock.
 */
import type { Answer, Check, Quiz } from './question.js';

/** When feedback is shown: after each answer (`practice`) or only at the end (`test`). */
export type QuizMode = 'practice' | 'test';

/** Where the reader is: answering a question, reading its feedback, or on the results. */
export type AttemptPhase = 'question' | 'feedback' | 'results';

/** One reader's progress through a quiz. */
export interface Attempt {
  /** Format version of a saved attempt. */
  version: 1;
  /** The bank's id. */
  bank: string;
  /** The seed the quiz was generated from. */
  seed: string;
  /** The quiz's question ids in order; a restored attempt must match its quiz. */
  questions: string[];
  mode: QuizMode;
  /** Indexes of the questions asked in this round: all of them, or the missed ones on a retry. */
  round: number[];
  /** Position in `round` of the current question. */
  position: number;
  phase: AttemptPhase;
  /** Answer given per question (index as in the quiz); `null` while unanswered. */
  answers: (Answer | null)[];
  /** Check per question, as recorded with its answer. */
  checks: (Check | null)[];
  /** A half-given answer to the current question. */
  draft: Answer | null;
}

/** A new attempt at `quiz`, on its first question. */
export function startAttempt(quiz: Quiz, mode: QuizMode = 'practice'): Attempt {
  const n = quiz.questions.length;
  return {
    version: 1,
    bank: quiz.bank,
    seed: quiz.seed,
    questions: quiz.questions.map((q) => q.id),
    mode,
    round: Array.from({ length: n }, (_, i) => i),
    position: 0,
    phase: n ? 'question' : 'results',
    answers: Array(n).fill(null),
    checks: Array(n).fill(null),
    draft: null,
  };
}

/** Index in the quiz of the question the reader is on, or -1 on the results. */
export function currentIndex(attempt: Attempt): number {
  return attempt.phase === 'results' ? -1 : (attempt.round[attempt.position] ?? -1);
}

/** Keeps a half-given answer to the current question. */
export function saveDraft(attempt: Attempt, draft: Answer | null): Attempt {
  return attempt.phase === 'question' ? { ...attempt, draft } : attempt;
}

/**
 * Records the answer to the current question with its check. In practice mode
 * the reader then sees feedback; in test mode the attempt moves straight on.
 */
export function answerQuestion(attempt: Attempt, answer: Answer, check: Check): Attempt {
  const index = currentIndex(attempt);
  if (attempt.phase !== 'question' || index < 0) return attempt;
  const answers = attempt.answers.slice();
  const checks = attempt.checks.slice();
  answers[index] = answer;
  checks[index] = check;
  const answered = { ...attempt, answers, checks, draft: null };
  return attempt.mode === 'practice' ? { ...answered, phase: 'feedback' } : nextQuestion({ ...answered, phase: 'feedback' });
}

/** Moves from a question's feedback to the next question, or to the results after the last. */
export function nextQuestion(attempt: Attempt): Attempt {
  if (attempt.phase !== 'feedback') return attempt;
  const position = attempt.position + 1;
  return position < attempt.round.length
    ? { ...attempt, position, phase: 'question', draft: null }
    : { ...attempt, phase: 'results', draft: null };
}

/** Indexes (in the quiz) of this round's questions that did not get full points. */
export function missedQuestions(attempt: Attempt): number[] {
  return attempt.round.filter((i) => !attempt.checks[i]?.correct);
}

/** A new round over the questions missed in this one, their answers cleared; unchanged when none was missed. */
export function retryMissed(attempt: Attempt): Attempt {
  const round = missedQuestions(attempt);
  if (attempt.phase !== 'results' || !round.length) return attempt;
  const answers = attempt.answers.slice();
  const checks = attempt.checks.slice();
  for (const i of round) {
    answers[i] = null;
    checks[i] = null;
  }
  return { ...attempt, round, position: 0, phase: 'question', answers, checks, draft: null };
}

const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isInteger(value)) ||
  (Array.isArray(value) && value.every((v) => Number.isInteger(v)));

const isCheck = (value: unknown): value is Check => {
  const c = value as Check | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.points === 'number' &&
    c.points >= 0 &&
    c.points <= 1 &&
    typeof c.correct === 'boolean' &&
    typeof c.answerText === 'string'
  );
};

/**
 * Reads back a saved attempt: `null` unless `data` is a well-formed attempt
 * whose seed is `seed` (when given) and whose questions are exactly `quiz`'s.
 * Never throws, whatever `data` holds.
 */
export function restoreAttempt(data: unknown, quiz: Quiz): Attempt | null {
  const a = data as Attempt | null;
  if (typeof a !== 'object' || a === null || a.version !== 1) return null;
  const n = quiz.questions.length;
  const ok =
    a.bank === quiz.bank &&
    a.seed === quiz.seed &&
    Array.isArray(a.questions) &&
    a.questions.length === n &&
    a.questions.every((id, i) => id === quiz.questions[i]!.id) &&
    (a.mode === 'practice' || a.mode === 'test') &&
    (a.phase === 'question' || a.phase === 'feedback' || a.phase === 'results') &&
    Array.isArray(a.round) &&
    a.round.length > 0 &&
    a.round.every((i) => Number.isInteger(i) && i >= 0 && i < n) &&
    Number.isInteger(a.position) &&
    a.position >= 0 &&
    a.position < a.round.length &&
    Array.isArray(a.answers) &&
    a.answers.length === n &&
    a.answers.every((x) => x === null || isAnswer(x)) &&
    Array.isArray(a.checks) &&
    a.checks.length === n &&
    a.checks.every((x) => x === null || isCheck(x)) &&
    (a.draft === null || a.draft === undefined || isAnswer(a.draft)) &&
    // Everything before the current question is answered; the results need every answer.
    a.round.every((i, p) => (p < a.position || a.phase === 'results' || (p === a.position && a.phase === 'feedback') ? a.checks[i] !== null : true));
  if (!ok) return null;
  return {
    version: 1,
    bank: a.bank,
    seed: a.seed,
    questions: a.questions.slice(),
    mode: a.mode,
    round: a.round.slice(),
    position: a.position,
    phase: a.phase,
    answers: a.answers.slice(),
    checks: a.checks.slice(),
    draft: a.draft ?? null,
  };
}
