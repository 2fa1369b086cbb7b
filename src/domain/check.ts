/**
 * Checking answers: one pure function marks any answer against its question,
 * the way a fair teacher would, by the question's kind (`kinds/`). Typed
 * names and figures are read by `typed.ts`; matching and ordering earn
 * partial points.
 *
 * Pure: no DOM, no `node:` imports.
 */
import type { Answer, Check, Question } from './question.js';
import type { Kind } from './kinds/index.js';
import { KINDS } from './kinds/index.js';

export { matchesNumber, matchesText } from './typed.js';

/**
 * Mark one answer. Never throws: a missing, blank or ill-typed answer (a
 * string for a choice, an index out of range, a malformed arrangement) scores
 * 0 and is not correct; so does a question of an unknown kind.
 *
 * - `choice`, `truefalse`, `support`, `claim`, `reason`: the chosen index must be the correct one.
 * - `text`, `cloze` with a text blank: {@link matchesText}.
 * - `number`, `cloze` with a number blank: {@link matchesNumber} (a finite
 *   number is taken as typed).
 * - `match`: points are the share of left items paired with their right item.
 * - `order`, `sequence`: points are the share of item pairs placed in the
 *   right relative order (1 − the normalised Kendall tau distance): one swap of
 *   two neighbours among four items keeps 5/6, the reverse order earns 0.
 *
 * `correct` is true only with full points; `answerText` is always the
 * question's canonical answer.
 */
export function checkAnswer(question: Question, answer: Answer | null | undefined): Check {
  let points = 0;
  try {
    const kind = KINDS[question.kind] as Kind<Question['kind']> | undefined;
    if (kind && answer !== null && answer !== undefined) points = kind.points(question as never, answer);
  } catch {
    // A malformed question (say, a hand-edited saved attempt) marks as wrong rather than breaking the quiz.
    points = 0;
  }
  if (!(points >= 0 && points <= 1)) points = 0;
  return { points, correct: points === 1, answerText: question?.answerText ?? '' };
}

/** An answer as a reader would read it back ("Kyiv", "Kirby: spokesperson; ..."); empty for none. */
export function describeAnswer(question: Question, answer: Answer | null | undefined): string {
  if (answer === null || answer === undefined) return '';
  try {
    const kind = KINDS[question.kind] as Kind<Question['kind']> | undefined;
    return kind ? kind.describe(question as never, answer) : '';
  } catch {
    return '';
  }
}

/** Every text a reader sees before answering a question: its prompt, options, items, the sentence of a cloze. */
export function shownTexts(question: Question): string[] {
  const kind = KINDS[question.kind] as Kind<Question['kind']>;
  return kind.shown(question as never);
}
