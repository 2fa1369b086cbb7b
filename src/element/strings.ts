/**
 * The element's words: one typed {@link Strings} object per language, each made
 * by a {@link Translation} (English in `i18n/en.ts`, the others loaded only when
 * a page asks for them). A message with values is a template with `{name}` slots
 * or, where the words change with a number, a function of the values that picks
 * its plural form through the language's {@link Formats}. A page replaces any
 * message through the element's `strings` property.
 */
import type { QuizMode } from '../domain/attempt.js';
import type { QuestionKind } from '../domain/question.js';
import type { RetryResult } from '../domain/score.js';

/** A message with values: a template with `{name}` slots, or a function of the values. */
export type Message<V> = string | ((values: V) => string);

/** Every word the `<news-quiz>` element shows that does not come from a bank, in one language. */
export interface Strings {
  /** The language these words are in (BCP 47): numbers, percentages and dates follow it. */
  lang: string;

  /** Heading over the articles on the start screen. */
  draws: string;
  questionCount: Message<{ count: number }>;
  passMark: Message<{ mark: number }>;
  /** What each mode means for the reader, on the start screen. */
  modeInfo: Record<QuizMode, string>;
  start: string;
  /** On the start screen when the bank can make fewer questions than the count asks for. */
  fewerQuestions: Message<{ count: number; asked: number }>;

  question: Message<{ n: number; total: number }>;
  /** The progress bar's value, for screen readers. */
  progress: Message<{ n: number; total: number }>;
  /** Practice mode: answers right so far in this round. */
  tally: Message<{ right: number; answered: number }>;
  /** Over the questions of a retry. */
  retrying: Message<{ retry: number }>;
  yourAnswer: string;
  unit: Message<{ unit: string }>;
  blank: string;
  moveUp: Message<{ item: string }>;
  moveDown: Message<{ item: string }>;
  moved: Message<{ item: string; n: number }>;
  orderHint: Message<{ first: string; last: string }>;
  check: string;
  next: string;
  finish: string;
  needAnswer: string;
  right: string;
  partly: string;
  wrong: string;
  /** Beside the option the reader chose. */
  yourPick: string;
  /** Beside the right option, when the reader chose another. */
  rightPick: string;
  correctAnswer: Message<{ answer: string }>;
  placeRight: string;
  placeWrong: Message<{ n: number }>;
  source: Message<{ article: string; paragraph: number }>;
  /** The article a question comes from, above the question: what its words ("the council", "the signal") are about. */
  story: Message<{ article: string }>;

  results: string;
  score: Message<{ score: number; max: number; percent: number }>;
  passed: string;
  failed: string;
  /** After a retry: the result shown is the first round's. */
  recorded: string;
  retryResult: Message<{ retry: number; right: number; max: number }>;
  seed: Message<{ seed: string }>;
  seedHelp: string;
  byArticle: string;
  byKind: string;
  review: string;
  given: Message<{ answer: string }>;
  noAnswer: string;
  retryMissed: string;
  newQuiz: string;
  /** Heading over the student name, Copy results and Download CSV. */
  share: string;
  student: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  /** The name of each kind of question (results chart, copied results). */
  kinds: Record<QuestionKind, string>;
  /** The name of each mode (copied results). */
  modes: Record<QuizMode, string>;

  /** Words in copied results. */
  copyScore: string;
  copySeed: string;
  copyMode: string;
  copyDate: string;
  copyGiven: string;
  copyAnswer: string;
  copyRight: string;
  copyWrong: string;
  copyNone: string;
  copyRetry: Message<RetryResult>;

  notKept: string;
  unreadable: string;
  /** A saved attempt whose quiz has changed since (the bank was edited). */
  changed: string;
  errorTitle: string;
  notFound: string;
  unreachable: string;
  timedOut: string;
  invalid: string;
  /** After the first problems shown, when a bank has more. */
  moreProblems: Message<{ count: number }>;
  tooLarge: string;
  tooLargeGiven: string;
  utf16: string;
  notUtf8: string;
  /** The same for a bank given as the `bank` property or in a child JSON script. */
  invalidGiven: string;
  /** After `invalid`, when the part that lists the problems could not be loaded. */
  unlisted: string;
  /** The heading when the results screen's part could not be loaded; the answers are kept. */
  resultsUnavailable: string;
  resultsUnreachable: string;
  notNumber: string;
  badCount: string;
  noBank: string;
  where: string;
  retry: string;
}

/**
 * What a page may set through the `strings` property: any message, as a template or a function,
 * and any names of kinds or modes. `kinds` and `copyLabels` as `|`-separated lists, the form of
 * earlier versions, are still read (kinds in the order choice, true or false, matching, ordering,
 * number, fill in the blank, short answer; copy labels as score, quiz code, given, answer, right,
 * wrong, no answer).
 */
export type StringOverrides = Partial<Omit<Strings, 'kinds' | 'modes' | 'modeInfo'>> & {
  /** Shown while the bank loads (by default in each language, see `LOADING`). */
  loading?: string;
  kinds?: Partial<Record<QuestionKind, string>> | string;
  modes?: Partial<Record<QuizMode, string>>;
  modeInfo?: Partial<Record<QuizMode, string>>;
  copyLabels?: string;
};

/** The kinds in the order of the `|`-separated `kinds` of earlier versions. */
const LEGACY_KINDS: QuestionKind[] = ['choice', 'truefalse', 'match', 'order', 'number', 'cloze', 'text'];
const LEGACY_COPY = ['copyScore', 'copySeed', 'copyGiven', 'copyAnswer', 'copyRight', 'copyWrong', 'copyNone'] as const;

/** `base` with a page's `overrides` on top. */
export function withOverrides(base: Strings, overrides: StringOverrides): Strings {
  const { kinds, modes, modeInfo, copyLabels, loading: _, ...rest } = overrides;
  const listed = (text: string | undefined, keys: readonly string[]): Record<string, string> =>
    Object.fromEntries((text?.split('|') ?? []).flatMap((word, i) => (word && keys[i] ? [[keys[i], word]] : [])));
  return {
    ...base,
    ...listed(copyLabels, LEGACY_COPY),
    ...rest,
    kinds: { ...base.kinds, ...(typeof kinds === 'string' ? listed(kinds, LEGACY_KINDS) : kinds) },
    modes: { ...base.modes, ...modes },
    modeInfo: { ...base.modeInfo, ...modeInfo },
  };
}

/** Fills `{name}` slots in `template` from `values`. */
export function format(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A message with its values filled in. */
export function say<V extends object>(message: Message<V>, values: V): string {
  return typeof message === 'function' ? message(values) : format(message, values as Record<string, unknown>);
}

/** Numbers, percentages and plural forms in one language, handed to a {@link Translation}. */
export interface Formats {
  /** `n` as the language writes it: `2.5` in English, `2,5` in German. */
  num(n: number): string;
  /** `n` percent as the language writes it: `60%` in English, `60 %` in German and French. */
  pct(n: number): string;
  /**
   * The plural form of `forms` for `n` (through `Intl.PluralRules`), with `#` replaced by the
   * number: `plural(5, { one: '# бал', few: '# бали', many: '# балів', other: '# бала' })`.
   */
  plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string;
}

/**
 * One language's words, made from that language's {@link Formats}. A translation module exports
 * one and imports nothing at run time, so that its chunk stands alone.
 */
export type Translation = (formats: Formats) => Strings;

const made = new Map<string, Formats>();

/**
 * The {@link Formats} of `lang`, made once per page. Its `Intl` formatters are made on first use:
 * the first of a page starts the browser's number formatting, which took most of the time the
 * bundle took to load when the English words were made with it.
 */
export function formats(lang: string): Formats {
  let f = made.get(lang);
  if (!f) {
    let numbers: Intl.NumberFormat | undefined;
    let percents: Intl.NumberFormat | undefined;
    let rules: Intl.PluralRules | undefined;
    const num = (n: number): string => (numbers ??= new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })).format(n);
    f = {
      num,
      pct: (n) => (percents ??= new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })).format(n / 100),
      plural: (n, forms) => (forms[(rules ??= new Intl.PluralRules(lang)).select(n)] ?? forms.other).replace('#', num(n)),
    };
    made.set(lang, f);
  }
  return f;
}

/**
 * Makes the number formatters of `lang` that the start screen uses: the first of a page takes a
 * while (the browser loads its number data), so a quiz makes them in a task of their own.
 */
export function prepareFormats(lang: string): void {
  formats(lang).plural(1, { other: '#' });
}
