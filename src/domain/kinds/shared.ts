/**
 * What several kinds share: marking and reading back one option among
 * several, an arrangement (order, sequence), a typed name or figure; and the
 * plan of a question on one slot of a fact. Pure.
 */
import { isFigure, type Fact } from '../bank.js';
import type { Answer, NumberAnswer, QuestionKind, TextAnswer } from '../question.js';
import type { BankIndex } from '../bank-index.js';
import { unitKey } from '../bank-index.js';
import { matchesNumber, matchesText } from '../typed.js';
import type { SlotPlan, Wording } from '../plan.js';
import { difficultyOf, principal, slotsOf, wordingFor } from '../plan.js';

/** A question answered by picking one option. */
export interface OptionsQuestion {
  prompt: string;
  options: string[];
  correct: number;
}

export const optionPoints = (q: OptionsQuestion, answer: Answer): number => (Number.isInteger(answer) && answer === q.correct ? 1 : 0);
export const optionDescribe = (q: OptionsQuestion, answer: Answer): string => (typeof answer === 'number' ? (q.options[answer] ?? '') : '');
export const optionShown = (q: OptionsQuestion): string[] => [q.prompt, ...q.options];

/** The right option as a statement, told from the stem and the other options. */
export const optionStatement = (q: OptionsQuestion & { correct: number }): { key: string; others: string[] } => ({
  key: q.options[q.correct]!,
  others: [q.prompt, ...q.options.filter((_, i) => i !== q.correct)],
});

/** A question answered by arranging items. */
export interface ArrangeQuestion {
  prompt: string;
  items: string[];
  order: number[];
}

/**
 * The share of item pairs placed in the right relative order (1 − the
 * normalised Kendall tau distance): one swap of two neighbours among four
 * items keeps 5/6, the reverse order earns 0. A malformed arrangement earns 0.
 */
export function arrangePoints(q: ArrangeQuestion, answer: Answer): number {
  const n = q.order.length;
  if (!Array.isArray(answer) || answer.length !== n || n === 0) return 0;
  const seen = new Set<number>();
  for (const index of answer) {
    if (!Number.isInteger(index) || index < 0 || index >= n || seen.has(index)) return 0;
    seen.add(index);
  }
  if (n === 1) return 1;
  const rank = new Array<number>(n);
  q.order.forEach((item, position) => (rank[item] = position));
  let inOrder = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (rank[answer[i]!]! < rank[answer[j]!]!) inOrder += 1;
  }
  return inOrder / ((n * (n - 1)) / 2);
}

export const arrangeDescribe = (q: ArrangeQuestion, answer: Answer): string =>
  Array.isArray(answer) ? answer.map((i) => q.items[i] ?? '?').join(' > ') : '';
export const arrangeShown = (q: ArrangeQuestion): string[] => [q.prompt, ...q.items];

/**
 * The words a question puts just before what it asks, where it asks at its end ("Gravitational waves are likened
 * to ripples in the fabric of" for "... the fabric of what?"): a reader may say them again before the answer.
 */
export const leadOf = (prompt: string): string | undefined => /^(.*\S)\s+(?:what|which|whom)(?:\s+[^\s?]+){0,3}\s*\?\s*$/i.exec(prompt)?.[1];

/**
 * A typed name's points; `lead`: the question's words just before the blank or the question word ({@link leadOf});
 * `question`: all its words, which a reader may say again after the name.
 */
export const textPoints = (expected: TextAnswer, answer: Answer, lead?: string, question?: string): number =>
  typeof answer === 'string' && matchesText(answer, expected, lead, question) ? 1 : 0;

/** A typed figure's points: a string is read as typed, a finite number taken as it is; `question`: its words, which may give another figure the answer is "out of". */
export function figurePoints(expected: NumberAnswer, answer: Answer, question?: string): number {
  if (typeof answer === 'number') return Number.isFinite(answer) && answer >= expected.min && answer <= expected.max ? 1 : 0;
  return typeof answer === 'string' && matchesNumber(answer, expected, question) ? 1 : 0;
}

export const typedDescribe = (_q: unknown, answer: Answer): string => (typeof answer === 'string' ? answer.trim() : String(answer));

/** Which values a slot holds that a kind can ask for. */
export type SlotSort = 'name' | 'figure' | 'bound' | 'year' | 'date';

/** What a slot holds, for the kinds that ask one slot; `null` for a slot never asked (given, unknown name, a main actor). */
export function slotSort(index: BankIndex, fact: Fact, slot: string): SlotSort | null {
  const v = fact.slots[slot];
  if (!v || v.given) return null;
  if ('entity' in v) return index.entity(v.entity) && !principal(index, v.entity) ? 'name' : null;
  if ('number' in v) return isFigure(v.qualifier) ? 'figure' : 'bound';
  return v.date.length === 4 ? 'year' : 'date';
}

/** Significant digits a typed figure may have: 953, 24, 11,000; with a decimal part, two (7.8, 1.3). */
const RECALLED_DIGITS = 3;
const RECALLED_DECIMAL_DIGITS = 2;

/**
 * Whether a typed answer may ask for a slot: a name, a year or date, or a figure a reader can recall
 * exactly from reading. "$953.8 million" or "€1.03 billion" typed back is a test of memory, not of
 * reading: such a figure is asked among options, unless the bank gives the slot a tolerance.
 */
export function typeable(fact: Fact, slot: string): boolean {
  const v = fact.slots[slot];
  if (!v || !('number' in v) || typeof v.tolerance === 'number') return true;
  const [whole, part = ''] = Math.abs(v.number).toFixed(9).replace(/\.?0+$/, '').split('.') as [string, string?];
  const digits = (whole + part).replace(/^0+/, '');
  const significant = (part ? digits : digits.replace(/0+$/, '')).length;
  return significant <= (part ? RECALLED_DECIMAL_DIGITS : RECALLED_DIGITS);
}

/** How many rivals an answer has in the bank: names of its type, figures of its unit, dates. */
export function rivalsOf(index: BankIndex, fact: Fact, slot: string): number {
  const v = fact.slots[slot]!;
  if ('entity' in v) {
    const type = index.entity(v.entity)?.type ?? '';
    return Math.max(index.namedByArticle(fact.article, type)?.length ?? 0, index.byType.get(type)?.length ?? 0) - 1;
  }
  if ('number' in v) return index.sortedFigures(unitKey(v.unit)).length - 1;
  return index.dates.length - 1;
}

/**
 * The plans of one kind on the slots of a fact that hold one of `sorts`, each
 * with its wording settled (unique answer in the bank) unless `wordless`
 * (cloze, which asks in the fact's own sentence).
 */
export function slotPlans(
  index: BankIndex,
  fact: Fact,
  kind: SlotPlan['kind'],
  sorts: readonly SlotSort[],
  wordless = false,
): SlotPlan[] {
  const plans: SlotPlan[] = [];
  const slots = slotsOf(fact);
  for (const slot of [...slots].sort()) {
    const sort = slotSort(index, fact, slot);
    if (!sort || !sorts.includes(sort)) continue;
    let wording: Wording | null = null;
    if (!wordless) {
      wording = wordingFor(index, fact, slot);
      if (!wording) continue;
    }
    const key = `${fact.id}.${slot}`;
    const shows = (wording ? wording.named : slots.filter((s) => s !== slot)).map((s) => `${fact.id}.${s}`);
    plans.push({
      id: `${key}.${kind}`,
      kind,
      article: fact.article,
      paragraph: fact.paragraph,
      difficulty: difficultyOf(kind as QuestionKind, { prominence: fact.prominence, rivals: rivalsOf(index, fact, slot) }),
      facts: [fact.id],
      asks: [key],
      shows,
      key: fact.key === true,
      fact,
      slot,
    });
  }
  return plans;
}

const SORT_BITS: Record<SlotSort, number> = { name: 1, figure: 2, bound: 4, year: 8, date: 16 };

/** A fact's slots, as bits: what each holds that a kind may ask (see {@link SlotSort}), and bit 32 for any slot at all. */
export function sortBits(index: BankIndex, fact: Fact): number {
  let bits = 0;
  for (const slot in fact.slots) {
    bits |= 32;
    const sort = slotSort(index, fact, slot);
    if (sort) bits |= SORT_BITS[sort];
  }
  return bits;
}

/** The bits of {@link sortBits} a kind needs one of (its `asks`). */
export function askBits(asks: readonly SlotSort[] | 'any'): number {
  return asks === 'any' ? 32 : asks.reduce((bits, s) => bits | SORT_BITS[s], 0);
}
