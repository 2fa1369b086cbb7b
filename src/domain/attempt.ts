/**
 * An attempt: one reader's way through one quiz, as plain data that can be
 * saved and restored. Every change is a pure function returning a new attempt;
 * the element decides when to call them and where to keep the result.
 *
 * The first full round is the recorded attempt: its answers are never changed
 * afterwards. "Retry the missed ones" starts a retry, a practice round kept
 * apart from it, so that practice never replaces the result a reader hands in.
 *
 * Pure: no DOM, no storage, no clock.
 */
import { checkAnswer } from './check.js';
import type { Answer, Check, Question, Quiz } from './question.js';
import { hash128 } from './random.js';

/** When feedback is shown: after each answer (`practice`) or only at the end (`test`). */
export type QuizMode = 'practice' | 'test';

/** Where the reader is: answering a question, reading its feedback, or on the results. */
export type AttemptPhase = 'question' | 'feedback' | 'results';

/** The answers and checks of one round, per question (index as in the quiz); `null` where none was given. */
export interface RoundAnswers {
  answers: (Answer | null)[];
  /** Check per question, made from its answer and the quiz (a restored attempt is marked again). */
  checks: (Check | null)[];
}

/** One reader's progress through a quiz. */
export interface Attempt extends RoundAnswers {
  /** Format version of a saved attempt. */
  version: 2;
  /** The bank's id. */
  bank: string;
  /** The seed the quiz was generated from. */
  seed: string;
  /** The quiz's question ids in order; a restored attempt must match its quiz. */
  questions: string[];
  /** {@link quizFingerprint} of the quiz: what it asks and accepts, so that a changed bank is noticed. */
  fingerprint: string;
  mode: QuizMode;
  /** When the first round was finished (ISO 8601, as the element's clock gave it); `null` before. */
  finished: string | null;
  /**
   * The retries after the first round, oldest first: practice rounds over the questions still
   * missed. `answers` and `checks` (from {@link RoundAnswers}) hold the first round only.
   */
  retries: RoundAnswers[];
  /** Indexes of the questions asked in this round: all of them, or the missed ones on a retry. */
  round: number[];
  /** Position in `round` of the current question. */
  position: number;
  phase: AttemptPhase;
  /** A half-given answer to the current question. */
  draft: Answer | null;
}

/** What reading back a saved attempt found. */
export type Restored =
  | { status: 'restored'; attempt: Attempt }
  /** A well-formed attempt at another quiz for the same options: the bank changed since the save. */
  | { status: 'changed' }
  /** Not an attempt this code can read. */
  | { status: 'unreadable' };

/**
 * A short digest of what a quiz asks and accepts: every field of every question except its
 * explanation. Saved with the attempt; a bank whose questions keep their ids but change their
 * options or answers gives another fingerprint.
 */
export function quizFingerprint(quiz: Quiz): string {
  const asked = quiz.questions.map(({ explanation: _, ...rest }) => rest);
  return hash128(JSON.stringify(asked))
    .map((word) => word.toString(36))
    .join('.');
}

/** A new attempt at `quiz`, on its first question. */
export function startAttempt(quiz: Quiz, mode: QuizMode = 'practice'): Attempt {
  const n = quiz.questions.length;
  return {
    version: 2,
    bank: quiz.bank,
    seed: quiz.seed,
    questions: quiz.questions.map((q) => q.id),
    fingerprint: quizFingerprint(quiz),
    mode,
    finished: null,
    answers: Array(n).fill(null),
    checks: Array(n).fill(null),
    retries: [],
    round: Array.from({ length: n }, (_, i) => i),
    position: 0,
    phase: n ? 'question' : 'results',
    draft: null,
  };
}

/** The round under way or just finished: the first round's answers, or the last retry's. */
export function currentRound(attempt: Attempt): RoundAnswers {
  return attempt.retries.at(-1) ?? attempt;
}

/** Which retry the current round is: 0 for the first (recorded) round, 1 for the first retry, … */
export function retryNumber(attempt: Attempt): number {
  return attempt.retries.length;
}

/** Whether the first round is finished, so that the attempt has a recorded result. */
export function isRecorded(attempt: Attempt): boolean {
  return attempt.retries.length > 0 || attempt.phase === 'results';
}

/** Index in the quiz of the question the reader is on, or -1 on the results. */
export function currentIndex(attempt: Attempt): number {
  return attempt.phase === 'results' ? -1 : (attempt.round[attempt.position] ?? -1);
}

/** Keeps a half-given answer to the current question. */
export function saveDraft(attempt: Attempt, draft: Answer | null): Attempt {
  return attempt.phase === 'question' ? { ...attempt, draft } : attempt;
}

/** Whether an answer is followed by its feedback: always in practice mode and on a retry; in test mode only at the end. */
export function showsFeedback(attempt: Attempt): boolean {
  return attempt.mode === 'practice' || attempt.retries.length > 0;
}

/**
 * Records the answer to the current question with its check, in the current round. With
 * feedback (practice mode, or a retry) the reader then sees it; otherwise the attempt moves
 * straight on.
 */
export function answerQuestion(attempt: Attempt, answer: Answer, check: Check): Attempt {
  const index = currentIndex(attempt);
  if (attempt.phase !== 'question' || index < 0) return attempt;
  const round = currentRound(attempt);
  const answers = round.answers.slice();
  const checks = round.checks.slice();
  answers[index] = answer;
  checks[index] = check;
  const answered: Attempt = attempt.retries.length
    ? { ...attempt, retries: [...attempt.retries.slice(0, -1), { answers, checks }], draft: null, phase: 'feedback' }
    : { ...attempt, answers, checks, draft: null, phase: 'feedback' };
  return showsFeedback(attempt) ? answered : nextQuestion(answered);
}

/** Moves from a question's feedback to the next question, or to the results after the last. */
export function nextQuestion(attempt: Attempt): Attempt {
  if (attempt.phase !== 'feedback') return attempt;
  const position = attempt.position + 1;
  return position < attempt.round.length
    ? { ...attempt, position, phase: 'question', draft: null }
    : { ...attempt, phase: 'results', draft: null };
}

/** Marks when the first round was finished, once (`when` in ISO 8601); any other attempt comes back unchanged. */
export function markFinished(attempt: Attempt, when: string): Attempt {
  return attempt.phase === 'results' && attempt.finished === null && attempt.retries.length === 0 ? { ...attempt, finished: when } : attempt;
}

/** Indexes (in the quiz) of the current round's questions that did not get full points. */
export function missedQuestions(attempt: Attempt): number[] {
  const { checks } = currentRound(attempt);
  return attempt.round.filter((i) => !checks[i]?.correct);
}

/** A retry over the questions missed in this round; unchanged when none was missed or the round is not over. */
export function retryMissed(attempt: Attempt): Attempt {
  const round = missedQuestions(attempt);
  if (attempt.phase !== 'results' || !round.length) return attempt;
  const n = attempt.questions.length;
  const retry: RoundAnswers = { answers: Array(n).fill(null), checks: Array(n).fill(null) };
  return { ...attempt, retries: [...attempt.retries, retry], round, position: 0, phase: 'question', draft: null };
}

const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isInteger(value)) ||
  (Array.isArray(value) && value.every((v) => Number.isInteger(v)));

const isAnswers = (value: unknown, n: number): value is (Answer | null)[] =>
  Array.isArray(value) && value.length === n && value.every((x) => x === null || isAnswer(x));

/** Checks for `answers`, each made again from the question: a saved check is never trusted. */
const mark = (questions: Question[], answers: (Answer | null)[]): (Check | null)[] =>
  answers.map((answer, i) => (answer === null ? null : checkAnswer(questions[i]!, answer)));

/**
 * Reads back a saved attempt at `quiz`. Every answer is marked again from the quiz (saved
 * checks are ignored, so an edited one scores nothing). A well-formed attempt whose questions or
 * fingerprint differ from `quiz`'s is `changed`: the bank changed since the save. Anything else
 * that is not a possible state is `unreadable`. An attempt saved by the previous version (1) is
 * read when it is in its first round. Never throws, whatever `data` holds.
 */
export function restoreAttempt(data: unknown, quiz: Quiz): Restored {
  const unreadable: Restored = { status: 'unreadable' };
  const a = data as (Omit<Partial<Attempt>, 'version'> & { version?: number }) | null;
  if (typeof a !== 'object' || a === null || (a.version !== 1 && a.version !== 2)) return unreadable;
  const ids = a.questions;
  if (typeof a.bank !== 'string' || typeof a.seed !== 'string' || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return unreadable;
  const n = ids.length;
  const v1 = a.version === 1;
  const retries: unknown[] = v1 ? [] : (a.retries as unknown[]);
  const round = a.round;
  const ok =
    (a.mode === 'practice' || a.mode === 'test') &&
    (a.phase === 'question' || a.phase === 'feedback' || a.phase === 'results') &&
    isAnswers(a.answers, n) &&
    Array.isArray(retries) &&
    retries.every((r) => typeof r === 'object' && r !== null && isAnswers((r as RoundAnswers).answers, n)) &&
    (v1 || typeof a.fingerprint === 'string') &&
    (v1 || a.finished === null || typeof a.finished === 'string') &&
    Array.isArray(round) &&
    round.length > 0 &&
    round.every((i) => Number.isInteger(i) && i >= 0 && i < n) &&
    new Set(round).size === round.length &&
    Number.isInteger(a.position) &&
    a.position! >= 0 &&
    a.position! < round.length &&
    (a.draft === null || a.draft === undefined || isAnswer(a.draft)) &&
    // A version 1 attempt on a retry has lost the first round's answers to the missed questions.
    (!v1 || round.length === n);
  if (!ok) return unreadable;
  if (a.bank !== quiz.bank || a.seed !== quiz.seed || n !== quiz.questions.length || ids.some((id, i) => id !== quiz.questions[i]!.id)) return { status: 'changed' };
  if (!v1 && a.fingerprint !== quizFingerprint(quiz)) return { status: 'changed' };

  const answers = a.answers!.slice();
  const rounds: RoundAnswers[] = (retries as RoundAnswers[]).map((r) => ({ answers: r.answers.slice(), checks: mark(quiz.questions, r.answers) }));
  const current = rounds.at(-1)?.answers ?? answers;
  // Everything before the current question is answered, in this round; the results need every answer.
  const phase = a.phase!;
  const position = a.position!;
  const answered = round.every((i, p) => (p < position || phase === 'results' || (p === position && phase === 'feedback') ? current[i] !== null : true));
  // The first round is complete before any retry, and a retry asks only questions the round before it missed.
  const complete = !rounds.length || answers.every((x) => x !== null);
  if (!answered || !complete) return unreadable;
  return {
    status: 'restored',
    attempt: {
      version: 2,
      bank: a.bank,
      seed: a.seed,
      questions: ids.slice(),
      fingerprint: quizFingerprint(quiz),
      mode: a.mode!,
      finished: v1 ? null : (a.finished ?? null),
      answers,
      checks: mark(quiz.questions, answers),
      retries: rounds,
      round: round.slice(),
      position,
      phase,
      draft: a.draft ?? null,
    },
  };
}
