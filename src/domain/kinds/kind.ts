/**
 * What every kind of question provides, in one place per kind: how a bank
 * plans it, how a plan becomes a question, how an answer is marked and read
 * back, and what a reader sees before answering. The table in `index.ts`,
 * typed `Record<QuestionKind, ...>`, makes the compiler list every place a new
 * kind must fill. Pure.
 */
import type { Fact } from '../bank.js';
import type { Answer, QuestionKind, QuestionOf } from '../question.js';
import type { BankIndex } from '../bank-index.js';
import type { Plan } from '../plan.js';
import type { Rng } from '../random.js';
import type { SlotSort } from './shared.js';

/**
 * What the bank-wide planners see: the articles asked for (`null` for all) and their facts, article
 * by article (articles in id order), in id order within each.
 */
export interface Scope {
  articles: ReadonlySet<string> | null;
  facts: readonly Fact[];
}

/** What else a plan could have shown, for a person reviewing the bank: every distractor, every false statement, every accepted form. */
export interface Alternatives {
  /** What the values are: "distractors, best first", "false statements", "accepted answers". */
  label: string;
  values: string[];
}

/** One kind of question. */
export interface Kind<K extends QuestionKind> {
  /** Whether it asks to recall a fact or what the news means. */
  aim: 'recall' | 'understanding';
  /** At most this many in one quiz. */
  most?: number;
  /**
   * The kind's plans from one fact, cheaply (no distractors drawn), or
   * `undefined` for a kind planned across the bank. Whether a plan really
   * makes a question is settled by {@link Kind.build}.
   */
  fromFact?(index: BankIndex, fact: Fact): Plan[];
  /**
   * What a fact's slots must hold for it to give a plan of this kind
   * (`'any'`: any slot, for a kind that shows the whole statement). Judged
   * once per fact, far more cheaply than planning it; kinds planned across
   * the bank have none.
   */
  asks?: readonly SlotSort[] | 'any';
  /** The kind's plans across the bank: match, order and the author's questions of understanding. */
  fromBank?(index: BankIndex, scope: Scope): Plan[];
  /** The question a plan makes, drawn from its own stream; `null` when the bank does not allow it. */
  build(index: BankIndex, plan: Plan, rng: Rng): QuestionOf<K> | null;
  /** Points from 0 to 1 for an answer of the right shape (the caller has checked it is not null). */
  points(question: QuestionOf<K>, answer: Answer): number;
  /** An answer as a reader would read it back. */
  describe(question: QuestionOf<K>, answer: Answer): string;
  /** Every text a reader sees before answering: prompt, options, items, the sentence of a cloze. */
  shown(question: QuestionOf<K>): string[];
  /**
   * When the answer is a whole statement (which statement, what was said, why, a true statement):
   * that statement and the texts it must be told from (the stem, the other options), so that a
   * quiz never shows it elsewhere. Kinds whose answer is a name or a figure leave it out: those are
   * matched by value.
   */
  statement?(question: QuestionOf<K>): { key: string; others: string[] } | null;
  /** For the review sheet: what a plan could show with another seed (every distractor, every false statement). */
  alternatives?(index: BankIndex, plan: Plan, question: QuestionOf<K>): Alternatives[];
}

/** The table of every kind. */
export type Kinds = { [K in QuestionKind]: Kind<K> };
