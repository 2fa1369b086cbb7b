/**
 * What the author's questions of understanding share: the plans of one kind
 * from the bank's `understanding` items in the articles asked for, and
 * options of the answer among alternatives. Pure.
 */
import type { Understanding } from '../bank.js';
import type { BankIndex } from '../bank-index.js';
import type { UnderstandingPlan } from '../plan.js';
import { compare, difficultyOf } from '../plan.js';
import type { Rng } from '../random.js';
import { pick, shuffle } from '../random.js';
import { combinations, loneEcho, showsByForm, standsOut } from '../balance.js';
import type { Scope } from './kind.js';
import { push } from '../maps.js';

const itemLists = new WeakMap<BankIndex, Map<string, Understanding[]>>();

/** The bank's understanding items of one kind, in id order: sorted once per bank. */
function itemsOf(index: BankIndex, kind: Understanding['kind']): Understanding[] {
  let byKind = itemLists.get(index);
  if (!byKind) {
    byKind = new Map();
    for (const item of index.bank.understanding ?? []) push(byKind, item.kind, item);
    for (const list of byKind.values()) list.sort((a, b) => compare(a.id, b.id));
    itemLists.set(index, byKind);
  }
  return byKind.get(kind) ?? [];
}

/** The plans of one kind of understanding item, one per item (or per way of asking it), in id order. */
export function itemPlans(
  index: BankIndex,
  { articles }: Scope,
  kind: UnderstandingPlan['kind'],
  ways: readonly (UnderstandingPlan['way'] | undefined)[] = [undefined],
): UnderstandingPlan[] {
  const plans: UnderstandingPlan[] = [];
  for (const item of itemsOf(index, kind)) {
    const from = item.kind === 'sequence' ? item.events.map((e) => e.article) : [item.article];
    if (articles && !from.every((a) => articles.has(a))) continue;
    for (const way of ways) {
      plans.push({
        id: way ? `${item.id}.${kind}.${way}` : `${item.id}.${kind}`,
        kind,
        article: item.article,
        paragraph: item.paragraph,
        difficulty: difficultyOf(kind, { prominence: item.prominence }),
        facts: [...(item.facts ?? [])],
        asks: [`item:${item.id}`],
        shows: [],
        key: item.key === true,
        item,
        ...(way ? { way } : {}),
      });
    }
  }
  return plans;
}

/**
 * Every three of the alternatives beside which the answer does not stand out by its form (much
 * the longest or shortest, alone with or without a figure); repeats and the answer itself left out.
 * Where some threes also leave it no lone longest by a tenth ({@link showsByForm}), only those: a
 * reader who has not read the article picks the longest answer first.
 */
export function fairAlternatives(answer: string, wrong: readonly string[], stem = ''): string[][] {
  const seen = new Set([answer.trim().toLowerCase()]);
  const distinct = wrong.filter((w) => {
    const key = w.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Twelve are plenty to choose three from, and keep the choice cheap.
  const pool = distinct.slice(0, 12);
  const fair = combinations(pool.length, 3)
    .map((c) => c.map((i) => pool[i]!))
    .filter((three) => !standsOut(answer, three));
  const even = fair.filter((three) => !showsByForm(answer, three));
  const best = even.length ? even : fair;
  // Where some of those threes echo the stem too, or none does, the answer is not the only one shaped like the question.
  const unechoed = best.filter((three) => !loneEcho(answer, three, stem));
  return unechoed.length ? unechoed : best;
}

/**
 * The answer among three of the alternatives, in a seeded order; `null` with
 * fewer than three, or when every three of them leave the answer standing out
 * by its form: such an item is better not asked than asked with its answer showing.
 */
export function withAlternatives(rng: Rng, answer: string, wrong: readonly string[], stem: string): { options: string[]; correct: number } | null {
  const fair = fairAlternatives(answer, wrong, stem);
  if (!fair.length) return null;
  const options = shuffle(rng, [answer, ...pick(rng, fair)]);
  return { options, correct: options.indexOf(answer) };
}
