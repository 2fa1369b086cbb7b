/**
 * The view of each kind of question. The table is typed by `QuestionKind`: a new kind does not
 * compile until it has its view here.
 */
import type { Question, QuestionKind } from '../../../domain/question.js';
import { choice } from './choice.js';
import { cloze } from './cloze.js';
import type { KindView } from './kind.js';
import { match } from './match.js';
import { number } from './number.js';
import { order, sequence } from './order.js';
import { reason } from './reason.js';
import { support } from './support.js';
import { claim } from './claim.js';
import { text } from './text.js';
import { truefalse } from './truefalse.js';

export type { KindView, QuestionHandlers } from './kind.js';

/** One view per kind of question. */
export const KIND_VIEWS = { truefalse, choice, support, claim, reason, match, order, sequence, number, cloze, text } satisfies {
  [K in QuestionKind]: KindView<Extract<Question, { kind: K }>>;
};

/** The view for `question`'s kind. */
export const viewOf = <Q extends Question>(question: Q): KindView<Q> => KIND_VIEWS[question.kind] as unknown as KindView<Q>;
