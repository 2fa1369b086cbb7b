/**
 * Choosing a quiz: round-robin over kinds (the scarcest kind first in each
 * round), the least-used article first, seeded tie-breaks; no fact (nor
 * event told twice) asked twice while questions on unused facts remain; never a question whose answer
 * another question shows or asks. The quiz then runs from easy to hard, in a
 * seeded order within each difficulty. No question's wording shows the answer
 * to another (a name or a figure). Pure.
 *
 * What is drawn from is a {@link Pool}: per kind and article, the facts that
 * may give a question of that kind (their plans are drafted only when a fact
 * is drawn), and whole plans (match, order). A quiz of 20 from 10,000 facts
 * thus looks at little more than the facts it draws.
 */
import type { Fact } from './bank.js';
import type { Plan } from './candidates.js';
import type { Question, QuestionKind } from './question.js';
import { QUESTION_KINDS } from './question.js';
import type { Rng } from './random.js';
import { below, shuffle, stream } from './random.js';

/** One thing to draw: a fact (expanded into its plans of the deck's kind) or a whole plan. */
export type Item = Fact | Plan;

/** What a quiz is drawn from. */
export interface Pool {
  /** Items by kind, then by article, each list in a fixed (id) order. */
  decks: Map<QuestionKind, Map<string, Item[]>>;
  /** The plans of one kind an item gives (for a plan, itself), already filtered. */
  expand(item: Item, kind: QuestionKind): Plan[];
  /** Facts told as the same event as this one: asking one uses them all up. */
  sameEvent(fact: string): Iterable<string>;
  /** The answer a plan's question asks for, as a key (`e:<entity>`, `n:<figure>`), or `null` for true-or-false, match, order. */
  answerKey(plan: Plan): string | null;
  /** The keys of the names and figures a text shows (not names the bank mentions everywhere, such as Russia in a bank on Russia). */
  keysIn(text: string): Iterable<string>;
}

/** The wording a reader sees before answering, where another question's answer must not stand. */
function wording(q: Question): string {
  return q.kind === 'cloze' ? `${q.before} ${q.after}` : q.prompt;
}

/** The facts a plan asks about (role questions ask about people, not facts). */
function factsAsked(plan: Plan): string[] {
  return plan.asks.filter((a) => !a.startsWith('role:')).map((a) => a.split('.')[0]!);
}

/**
 * One kind and article's items in a seeded order, drawn one at a time (a
 * Fisher–Yates shuffle done lazily: only what is drawn costs a random
 * number). Items put aside in the first pass come back first in the second.
 */
class Deck {
  private readonly items: Item[];
  private next = 0;
  private readonly deferred: Item[] = [];
  private replay = 0;

  constructor(items: Item[]) {
    this.items = items.slice();
  }

  draw(rng: Rng, strict: boolean): Item | undefined {
    if (!strict && this.replay < this.deferred.length) return this.deferred[this.replay++];
    const n = this.items.length;
    if (this.next >= n) return undefined;
    const j = this.next + below(rng, n - this.next);
    const t = this.items[j]!;
    this.items[j] = this.items[this.next]!;
    this.items[this.next] = t;
    this.next += 1;
    return t;
  }

  defer(item: Item): void {
    this.deferred.push(item);
  }
}

/**
 * Up to `count` questions from the pool, each built by `make` (which may
 * refuse a plan with `null`); fewer when the pool runs out.
 */
export function select(pool: Pool, count: number, seed: string, make: (plan: Plan) => Question | null): Question[] {
  const rng = stream(seed, 'select');
  const size = (kind: QuestionKind) => [...pool.decks.get(kind)!.values()].reduce((n, list) => n + list.length, 0);
  // The scarcest kinds choose first in each round, or their few plans may find every fact already used.
  const kinds = shuffle(
    rng,
    QUESTION_KINDS.filter((k) => pool.decks.has(k)),
  ).sort((a, b) => size(a) - size(b));
  const articles = new Set<string>();
  for (const byArticle of pool.decks.values()) for (const a of byArticle.keys()) articles.add(a);
  const articleRank = new Map<string, number>();
  shuffle(rng, [...articles].sort()).forEach((a, i) => articleRank.set(a, i));
  const decks = new Map<QuestionKind, Map<string, Deck>>();
  for (const [kind, byArticle] of pool.decks) {
    const m = new Map<string, Deck>();
    for (const [article, items] of byArticle) m.set(article, new Deck(items));
    decks.set(kind, m);
  }

  const picked: Question[] = [];
  const usedFacts = new Set<string>();
  const asked = new Set<string>();
  const shown = new Set<string>();
  const perArticle = new Map<string, number>();
  const answers = new Set<string>();
  const shownKeys = new Set<string>();
  // "How many miles separate the Pskov airfield from the Estonian border?" gives away "close to the border of which NATO member?".
  const givesAway = (plan: Plan, question: Question) => {
    const answer = pool.answerKey(plan);
    if (answer && shownKeys.has(answer)) return true;
    for (const k of pool.keysIn(wording(question))) if (answers.has(k) && k !== answer) return true;
    return false;
  };
  const open = (plan: Plan) => !plan.asks.some((a) => asked.has(a) || shown.has(a)) && !plan.shows.some((x) => asked.has(x));
  const fresh = (plan: Plan) => factsAsked(plan).every((f) => !usedFacts.has(f));

  /** The first plan of the item that can be asked now, built; `deferred` when only used facts stand in the way. */
  const attempt = (item: Item, kind: QuestionKind, strict: boolean): { plan: Plan; question: Question } | 'deferred' | null => {
    const plans = pool.expand(item, kind);
    let deferred = false;
    for (const plan of plans.length > 1 ? shuffle(rng, plans) : plans) {
      if (!open(plan)) continue;
      if (strict && !fresh(plan)) {
        deferred = true;
        continue;
      }
      const question = make(plan);
      if (question && !givesAway(plan, question)) return { plan, question };
    }
    return deferred ? 'deferred' : null;
  };

  for (const strict of [true, false]) {
    for (let progressed = true; progressed && picked.length < count; ) {
      progressed = false;
      for (const kind of kinds) {
        if (picked.length >= count) break;
        const byArticle = decks.get(kind)!;
        const order = [...byArticle.keys()].sort(
          (a, b) => (perArticle.get(a) ?? 0) - (perArticle.get(b) ?? 0) || articleRank.get(a)! - articleRank.get(b)!,
        );
        let found = false;
        for (const article of order) {
          const deck = byArticle.get(article)!;
          // An item found closed stays closed (the sets only grow); one on a used fact waits for the second pass.
          for (let item = deck.draw(rng, strict); item && !found; item = found ? undefined : deck.draw(rng, strict)) {
            const result = attempt(item, kind, strict);
            if (result === 'deferred') deck.defer(item);
            else if (result) {
              const { plan, question } = result;
              picked.push(question);
              const answer = pool.answerKey(plan);
              if (answer) answers.add(answer);
              for (const k of pool.keysIn(wording(question))) shownKeys.add(k);
              for (const a of plan.asks) asked.add(a);
              for (const x of plan.shows) shown.add(x);
              for (const f of factsAsked(plan)) {
                usedFacts.add(f);
                // One event told twice is one fact to the reader: "at least two" would give away "how many died?".
                for (const g of pool.sameEvent(f)) usedFacts.add(g);
              }
              perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
              found = true;
              // Its other slots may still serve in the second pass.
              if (pool.expand(item, kind).length > 1) deck.defer(item);
            }
          }
          if (found) break;
        }
        if (found) progressed = true;
      }
    }
  }
  // Easy questions first; within one difficulty, a seeded order, so the scarce kinds do not always lead.
  return shuffle(stream(seed, 'order'), picked).sort((a, b) => a.difficulty - b.difficulty);
}
