/**
 * Scores: what an attempt comes to, in total, per article and per kind of
 * question, and each answer put back into words. Pure: no DOM.
 */
import type { Attempt } from './attempt.js';
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
export interface Tally {
  /** What is counted: an article id or a question kind. */
  key: string;
  points: number;
  max: number;
  percent: number;
}

/** The outcome of a round of an attempt; also the `news-quiz-complete` event's data. */
export interface QuizResult {
  /** Points scored (may be fractional where partial credit was given). */
  score: number;
  /** Most points possible (one per question). */
  max: number;
  /** Rounded score in percent of `max`. */
  percent: number;
  /** Whether the score reaches the pass mark. */
  passed: boolean;
  /** The seed the quiz came from; the same seed gives the same quiz. */
  seed: string;
  /** One result per question of the round, in quiz order. */
  questions: QuestionResult[];
  /** Points per article id, in order of first appearance. */
  byArticle: Tally[];
  /** Points per question kind, in order of first appearance. */
  byKind: Tally[];
}

/** Points rounded to two decimals, so that partial credit adds up cleanly. */
const round2 = (n: number): number => Math.round(n * 100) / 100;
const percentOf = (points: number, max: number): number => (max ? Math.round((points / max) * 100) : 0);

function tallies(results: QuestionResult[], keyOf: (r: QuestionResult) => string): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of results) {
    const key = keyOf(r);
    const t = map.get(key) ?? { key, points: 0, max: 0, percent: 0 };
    t.points = round2(t.points + r.points);
    t.max += 1;
    map.set(key, t);
  }
  return [...map.values()].map((t) => ({ ...t, percent: percentOf(t.points, t.max) }));
}

/** Scores this round of `attempt` at `quiz`; unanswered questions score 0. */
export function scoreAttempt(quiz: Quiz, attempt: Attempt, passMark: number = DEFAULT_PASS_MARK): QuizResult {
  const questions = attempt.round
    .slice()
    .sort((a, b) => a - b)
    .map((i): QuestionResult => {
      const q = quiz.questions[i]!;
      const check = attempt.checks[i];
      const answer = attempt.answers[i] ?? null;
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
  const score = round2(questions.reduce((sum, r) => sum + r.points, 0));
  const max = questions.length;
  const percent = percentOf(score, max);
  return {
    score,
    max,
    percent,
    // The exact ratio decides, not the rounded percent: 59.5% does not pass a 60% mark.
    passed: max > 0 && score * 100 >= passMark * max,
    seed: attempt.seed,
    questions,
    byArticle: tallies(questions, (r) => r.article),
    byKind: tallies(questions, (r) => r.kind),
  };
}
