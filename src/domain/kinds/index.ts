/**
 * Every kind of question, by kind: the one table the generator, the checker
 * and the assembly read. Typed by {@link Kinds}, so a new kind in
 * `QUESTION_KINDS` does not compile until it is here. Pure.
 */
import type { Kinds } from './kind.js';
import { choice } from './choice.js';
import { claim } from './claim.js';
import { cloze } from './cloze.js';
import { match } from './match.js';
import { number } from './number.js';
import { order } from './order.js';
import { reason } from './reason.js';
import { sequence } from './sequence.js';
import { support } from './support.js';
import { text } from './text.js';
import { truefalse } from './truefalse.js';

export const KINDS: Kinds = { truefalse, choice, support, claim, reason, match, order, sequence, number, cloze, text };

export type { Alternatives, Kind, Kinds, Scope } from './kind.js';
