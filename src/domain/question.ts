/**
 * Questions, answers and checks: what the generator makes, the element asks,
 * and the checker marks. A question carries everything needed to check an
 * answer without the bank. Pure data: no DOM, no Lit.
 */
import type { Qualifier } from './bank.js';

/**
 * The kinds of question, in rising order of effort. The first seven ask to
 * recall a fact; `support`, `claim`, `reason` and `sequence` ask what the news
 * means (see {@link UNDERSTANDING_KINDS}).
 */
export const QUESTION_KINDS = [
  'truefalse',
  'choice',
  'support',
  'claim',
  'reason',
  'match',
  'order',
  'sequence',
  'number',
  'cloze',
  'text',
] as const;

/** One kind of question. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * The kinds that ask what the news means rather than who, where or how many:
 * which statement an article supports, what someone said or argued, why
 * something happened or was done, and in what order events came.
 */
export const UNDERSTANDING_KINDS: readonly QuestionKind[] = ['support', 'claim', 'reason', 'sequence'];

/** What every question has. */
export interface QuestionBase {
  /** Stable id: the same fact, slot and kind give the same id in every quiz. */
  id: string;
  kind: QuestionKind;
  /** The question as the reader sees it; ends with `?` (or `:` for cloze, match and order). */
  prompt: string;
  /** The correct answer as a reader would write it. */
  answerText: string;
  /** Ids of the facts it was made from. */
  facts: string[];
  /** Article id it comes from. */
  article: string;
  /** Paragraph (1-based) of that article. */
  paragraph: number;
  /** 1 (easy) to 3 (hard). */
  difficulty: 1 | 2 | 3;
  /** Feedback in our words, shown after the answer. */
  explanation: string;
}

/** One correct option among several (four where the bank allows). */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  options: string[];
  /** Index of the correct option. */
  correct: number;
}

/** Which of several statements an article supports: one is the article's, the others are false by it. */
export interface SupportQuestion extends QuestionBase {
  kind: 'support';
  options: string[];
  /** Index of the statement the article supports. */
  correct: number;
}

/** What someone said or argued (options are statements), or who said it (options are people). */
export interface ClaimQuestion extends QuestionBase {
  kind: 'claim';
  options: string[];
  /** Index of the correct option. */
  correct: number;
}

/** Why something happened or was done: the article's reason among alternatives it rules out. */
export interface ReasonQuestion extends QuestionBase {
  kind: 'reason';
  options: string[];
  /** Index of the correct option. */
  correct: number;
}

/** A statement to mark true or false. Options are always `['True', 'False']`. */
export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
  options: string[];
  /** 0 when the statement is true, 1 when false. */
  correct: 0 | 1;
}

/** What a typed name is checked against. */
export interface TextAnswer {
  /** The accepted forms a small typo may still match: label, aliases, the slot's own `accept`. */
  accept: string[];
  /** Listed spelling variants, matched as written (no typo on top of a variant). */
  spellings?: string[];
  /** Other entities of the same type (each a list of its forms); an input closer to one of them is wrong. */
  rivals: string[][];
  /** Words of the answer a reader may leave out because the question gives them ("Ukraine's" when it asks which Ukrainian service). */
  loose?: string[];
  /** Words a reader may add after the name: the type's noun ("F-16 jets"). */
  trailing?: string[];
}

/** What a typed number is checked against. */
export interface NumberAnswer {
  /** The figure. */
  value: number;
  /** Smallest accepted number. */
  min: number;
  /** Largest accepted number. */
  max: number;
  /** Plural unit to show beside the field. */
  unit: string;
  /** How the article bounds the figure; a typed "about", "at least", ... must say the same. Default `exactly`. */
  qualifier?: Qualifier;
  /** Words that may follow the figure besides the unit: what is counted ("Il-76 cargo planes"). */
  words?: string[];
}

/** A typed name: a person, place, weapon, ... */
export interface TextQuestion extends QuestionBase, TextAnswer {
  kind: 'text';
}

/** A typed number. */
export interface NumberQuestion extends QuestionBase, NumberAnswer {
  kind: 'number';
}

/** A blank in the fact's own statement. `prompt` is the instruction. */
export interface ClozeQuestion extends QuestionBase {
  kind: 'cloze';
  /** Text before the blank. */
  before: string;
  /** Text after the blank. */
  after: string;
  /** What the blank is checked against. */
  blank: ({ type: 'text' } & TextAnswer) | ({ type: 'number' } & NumberAnswer);
}

/** Pair each left item with one right item, one to one. */
export interface MatchQuestion extends QuestionBase {
  kind: 'match';
  left: string[];
  /** Shown in this (shuffled) order. */
  right: string[];
  /** `pairs[i]` is the index in `right` that belongs to `left[i]`. */
  pairs: number[];
}

/** Put events in the order they happened, as the articles tell them. */
export interface SequenceQuestion extends QuestionBase {
  kind: 'sequence';
  /** Shown in this (shuffled) order. */
  items: string[];
  /** The correct sequence, as indexes into `items`. */
  order: number[];
  /** What first and last mean: `{ first: 'earliest', last: 'latest' }`. */
  ends: { first: string; last: string };
}

/** Put items in order. */
export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  /** Shown in this (shuffled) order. */
  items: string[];
  /** The correct sequence, as indexes into `items`. */
  order: number[];
  /** What first and last mean: e.g. `{ first: 'smallest', last: 'largest' }`. */
  ends: { first: string; last: string };
}

/** The question of one kind. */
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** Any question. */
export type Question =
  | ChoiceQuestion
  | SupportQuestion
  | ClaimQuestion
  | ReasonQuestion
  | SequenceQuestion
  | TrueFalseQuestion
  | TextQuestion
  | NumberQuestion
  | ClozeQuestion
  | MatchQuestion
  | OrderQuestion;

/**
 * An answer as given:
 * - `choice`, `truefalse`: the chosen option's index;
 * - `text`, `number`, `cloze`: the typed string;
 * - `match`: for each left item, the chosen right index (-1 for none);
 * - `order`: the sequence of item indexes as arranged.
 */
export type Answer = number | string | number[];

/** The result of checking one answer. */
export interface Check {
  /** 0 to 1; partial for `match` and `order`. */
  points: number;
  /** Whether it counts as right (full points). */
  correct: boolean;
  /** The canonical answer to show. */
  answerText: string;
}

/** A generated quiz. */
export interface Quiz {
  /** The bank's id. */
  bank: string;
  /** The seed it was generated from. */
  seed: string;
  questions: Question[];
}

/** Options for {@link Quiz} generation. */
export interface GenerateOptions {
  /** Any string; the same seed gives the same quiz. */
  seed: string;
  /** How many questions; default 10. */
  count?: number;
  /** Which kinds; default all. */
  kinds?: QuestionKind[];
  /** Only this difficulty (1 to 3); default any. */
  difficulty?: 1 | 2 | 3;
  /** Only facts from these article ids; default all. */
  articles?: string[];
}
