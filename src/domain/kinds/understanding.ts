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
import { sample, shuffle } from '../random.js';
import type { Scope } from './kind.js';

/** The plans of one kind of understanding item, one per item (or per way of asking it), in id order. */
export function itemPlans(
  index: BankIndex,
  { articles }: Scope,
  kind: UnderstandingPlan['kind'],
  ways: readonly (UnderstandingPlan['way'] | undefined)[] = [undefined],
): UnderstandingPlan[] {
  const plans: UnderstandingPlan[] = [];
  const items = (index.bank.understanding ?? []).filter((i): i is Understanding => i.kind === kind).sort((a, b) => compare(a.id, b.id));
  for (const item of items) {
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

/** The answer among three of the alternatives, in a seeded order; `null` with fewer than three. */
export function withAlternatives(rng: Rng, answer: string, wrong: readonly string[]): { options: string[]; correct: number } | null {
  const seen = new Set([answer.trim().toLowerCase()]);
  const distinct = wrong.filter((w) => {
    const key = w.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chosen = sample(rng, distinct, 3, () => true);
  if (chosen.length < 3) return null;
  const options = shuffle(rng, [answer, ...chosen]);
  return { options, correct: options.indexOf(answer) };
}
