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

/**
 * The answer among three of the alternatives, in a seeded order; `null` with
 * fewer than three. Where there are more, those closest to the answer in
 * length are drawn from, so that the answer does not stand out as the longest.
 */
export function withAlternatives(rng: Rng, answer: string, wrong: readonly string[]): { options: string[]; correct: number } | null {
  const seen = new Set([answer.trim().toLowerCase()]);
  const distinct = wrong.filter((w) => {
    const key = w.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const words = (s: string) => s.trim().split(/\s+/).length;
  const nearest = distinct
    .map((w, i) => ({ w, i, gap: Math.abs(words(w) - words(answer)) }))
    .sort((a, b) => a.gap - b.gap || a.i - b.i)
    .slice(0, Math.max(3, Math.ceil(distinct.length * 0.75)))
    .map((x) => x.w);
  const chosen = sample(rng, nearest, 3, () => true);
  if (chosen.length < 3) return null;
  const options = shuffle(rng, [answer, ...chosen]);
  return { options, correct: options.indexOf(answer) };
}
