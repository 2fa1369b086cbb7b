/**
 * Choosing a quiz from the plans: round-robin over kinds (the scarcest kind
 * first in each round), the least-used article first, seeded tie-breaks; no
 * fact asked twice while plans on unused facts remain; never a question whose
 * answer another question shows or asks. The quiz then runs from easy to
 * hard, in a seeded order within each difficulty. Pure.
 */
import type { Plan } from './candidates.js';
import type { Question } from './question.js';
import { QUESTION_KINDS } from './question.js';
import { shuffle, stream } from './random.js';

/** The facts a plan asks about (role questions ask about people, not facts). */
function factsAsked(plan: Plan): string[] {
  return plan.asks.filter((a) => !a.startsWith('role:')).map((a) => a.split('.')[0]!);
}

/**
 * Up to `count` questions from `plans` (sorted by id), each built by `make`
 * (which may refuse a plan with `null`); fewer when the plans run out.
 */
export function select(plans: readonly Plan[], count: number, seed: string, make: (plan: Plan) => Question | null): Question[] {
  const rng = stream(seed, 'select');
  const perKind = new Map<string, number>();
  for (const p of plans) perKind.set(p.kind, (perKind.get(p.kind) ?? 0) + 1);
  // The scarcest kinds choose first in each round, or their few plans may find every fact already used.
  const kinds = shuffle(
    rng,
    QUESTION_KINDS.filter((k) => perKind.has(k)),
  ).sort((a, b) => perKind.get(a)! - perKind.get(b)!);
  const buckets = new Map<string, Map<string, Plan[]>>();
  const articleRank = new Map<string, number>();
  shuffle(rng, [...new Set(plans.map((p) => p.article))].sort()).forEach((a, i) => articleRank.set(a, i));
  for (const plan of plans) {
    let byArticle = buckets.get(plan.kind);
    if (!byArticle) buckets.set(plan.kind, (byArticle = new Map()));
    const list = byArticle.get(plan.article);
    if (list) list.push(plan);
    else byArticle.set(plan.article, [plan]);
  }
  for (const byArticle of buckets.values()) {
    for (const [article, list] of byArticle) byArticle.set(article, shuffle(rng, list));
  }
  const picked: Question[] = [];
  const usedFacts = new Set<string>();
  const asked = new Set<string>();
  const shown = new Set<string>();
  const perArticle = new Map<string, number>();
  const refused = new Set<Plan>();
  const usable = (plan: Plan, strict: boolean) =>
    !refused.has(plan) &&
    !plan.asks.some((a) => asked.has(a) || shown.has(a)) &&
    !plan.shows.some((s) => asked.has(s)) &&
    (!strict || factsAsked(plan).every((f) => !usedFacts.has(f)));
  for (const strict of [true, false]) {
    const pointers = new Map<Plan[], number>();
    for (let progressed = true; progressed && picked.length < count; ) {
      progressed = false;
      for (const kind of kinds) {
        if (picked.length >= count) break;
        const byArticle = buckets.get(kind)!;
        const articles = [...byArticle.keys()].sort(
          (a, b) => (perArticle.get(a) ?? 0) - (perArticle.get(b) ?? 0) || articleRank.get(a)! - articleRank.get(b)!,
        );
        for (const article of articles) {
          const list = byArticle.get(article)!;
          let i = pointers.get(list) ?? 0;
          let question: Question | null = null;
          // What is unusable now stays unusable (the sets only grow), so the pointer never goes back.
          while (i < list.length && !question) {
            const plan = list[i++]!;
            if (!usable(plan, strict)) continue;
            question = make(plan);
            if (!question) {
              refused.add(plan);
              continue;
            }
            picked.push(question);
            for (const a of plan.asks) asked.add(a);
            for (const s of plan.shows) shown.add(s);
            for (const f of factsAsked(plan)) usedFacts.add(f);
            perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
          }
          pointers.set(list, i);
          if (question) {
            progressed = true;
            break;
          }
        }
      }
    }
  }
  // Easy questions first; within one difficulty, a seeded order, so the scarce kinds do not always lead.
  const order = stream(seed, 'order');
  return shuffle(order, picked).sort((a, b) => a.difficulty - b.difficulty);
}
