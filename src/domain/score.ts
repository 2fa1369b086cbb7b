/**
 * Scores: what an attempt comes to, in total, per article and per kind of
 * question, and each answer put back into words. Pure: no DOM.
 */
import type { Attempt, QuizMode, RoundAnswers } from './attempt.js';
import type { Answer, QuestionKind, Quiz } from './question.js';
import { describeAnswer } from './check.js';

/** The pass mark when none is given, in percent. */
export const DEFAULT_PASS_MARK = 60;

/** How one question went. */
export interface QuestionResult {
  /** Position in the quiz, from 1. */
  number: number;
  /** The question's id. */
  id: string;
  kind: QuestionKind;
  /** The question as asked (for a cloze, the instruction and the sentence with its blank). */
  prompt: string;
  /** Article id and paragraph the question comes from. */
  article: string;
  paragraph: number;
  /** The answer as given (`null` when none). */
  answer: Answer | null;
  /** The answer as given, in words ("" when none). */
  given: string;
  /** The correct answer in words. */
  answerText: string;
  /** 0 to 1. */
  points: number;
  correct: boolean;
}

/** Points out of the most possible, for one group of questions. */
export interface Tally<K extends string = string> {
  /** What is counted: an article id or a question kind. */
  key: K;
  points: number;
  max: number;
  percent: number;
}

/** The recorded outcome of an attempt (its first full round); also the `news-quiz-complete` event's data. */
export interface QuizResult {
  /** Points scored (may be fractional where partial credit was given). */
  score: number;
  /** Most points possible (one per question). */
  max: number;
  /** Rounded score in percent of `max`. */
  percent: number;
  /** Whether the score reaches the pass mark. */
  passed: boolean;
  /** The pass mark it was held to, in percent. */
  passMark: number;
  /** The seed the quiz came from; the same seed gives the same quiz. */
  seed: string;
  /** The mode the quiz was taken in. */
  mode: QuizMode;
  /** When the round was finished (ISO 8601), or `null` when not known. */
  finished: string | null;
  /** One result per question, in quiz order. */
  questions: QuestionResult[];
  /** Points per article id, in order of first appearance. */
  byArticle: Tally[];
  /** Points per question kind, in order of first appearance. */
  byKind: Tally<QuestionKind>[];
}

/** How a retry (a practice round over the missed questions) went; never part of the recorded result. */
export interface RetryResult {
  /** Which retry: 1 for the first. */
  retry: number;
  score: number;
  /** Questions asked in the retry. */
  max: number;
  percent: number;
  /** One result per question of the retry, in quiz order. */
  questions: QuestionResult[];
}

/** Points rounded to two decimals, so that partial credit adds up cleanly. */
const round2 = (n: number): number => Math.round(n * 100) / 100;
const percentOf = (points: number, max: number): number => (max ? Math.round((points / max) * 100) : 0);

function tallies<K extends string>(results: QuestionResult[], keyOf: (r: QuestionResult) => K): Tally<K>[] {
  const map = new Map<K, Tally<K>>();
  for (const r of results) {
    const key = keyOf(r);
    const t = map.get(key) ?? { key, points: 0, max: 0, percent: 0 };
    t.points = round2(t.points + r.points);
    t.max += 1;
    map.set(key, t);
  }
  return [...map.values()].map((t) => ({ ...t, percent: percentOf(t.points, t.max) }));
}

/** One result per question of `indexes` (in quiz order), from one round's answers and checks. */
function questionResults(quiz: Quiz, indexes: number[], round: RoundAnswers): QuestionResult[] {
  return indexes
    .slice()
    .sort((a, b) => a - b)
    .map((i): QuestionResult => {
      const q = quiz.questions[i]!;
      const check = round.checks[i];
      const answer = round.answers[i] ?? null;
      return {
        number: i + 1,
        id: q.id,
        kind: q.kind,
        // A cloze's prompt is only the instruction; the review needs the sentence too.
        prompt: q.kind === 'cloze' ? `${q.prompt} ${q.before} _____ ${q.after}` : q.prompt,
        article: q.article,
        paragraph: q.paragraph,
        answer,
        given: describeAnswer(q, answer),
        answerText: check?.answerText ?? q.answerText,
        points: round2(check?.points ?? 0),
        correct: check?.correct ?? false,
      };
    });
}

const sum = (questions: QuestionResult[]): number => round2(questions.reduce((total, r) => total + r.points, 0));

/**
 * The recorded result of `attempt`: its first full round, over every question of the quiz
 * (unanswered questions score 0). Retries never change it.
 */
export function scoreAttempt(quiz: Quiz, attempt: Attempt, passMark: number = DEFAULT_PASS_MARK): QuizResult {
  const questions = questionResults(
    quiz,
    quiz.questions.map((_, i) => i),
    attempt,
  );
  const score = sum(questions);
  const max = questions.length;
  return {
    score,
    max,
    percent: percentOf(score, max),
    // The exact ratio decides, not the rounded percent: 59.5% does not pass a 60% mark.
    passed: max > 0 && score * 100 >= passMark * max,
    passMark,
    seed: attempt.seed,
    mode: attempt.mode,
    finished: attempt.finished,
    questions,
    byArticle: tallies(questions, (r) => r.article),
    byKind: tallies(questions, (r) => r.kind),
  };
}

/**
 * The results of the retries of `attempt`, oldest first: practice, reported beside the recorded
 * result and never in its place. A retry still under way counts its questions asked so far as
 * unanswered.
 */
export function scoreRetries(quiz: Quiz, attempt: Attempt): RetryResult[] {
  return attempt.retries.map((round, k) => {
    const last = k === attempt.retries.length - 1;
    // A finished retry asked the questions it answered; the last one asks the current round.
    const asked = last ? attempt.round : round.answers.flatMap((answer, i) => (answer === null ? [] : [i]));
    const questions = questionResults(quiz, asked, round);
    const score = sum(questions);
    return { retry: k + 1, score, max: questions.length, percent: percentOf(score, questions.length), questions };
  });
}
