/**
 * The question generator: every question a bank can make ({@link candidates}),
 * and a seeded quiz chosen from them ({@link generate}).
 *
 * One seed gives one quiz everywhere: the only randomness is the seeded
 * streams of `random.ts`, one per question (seed + question id), so adding a
 * fact to a bank leaves the other questions as they were. Pure: no DOM, no
 * `node:` imports, no `Math.random`, `Date` or `localeCompare`.
 *
 * What a bank allows is worked out once per bank object and kept while the
 * object lives: treat a bank as read-only once it is generated from (to
 * change it, generate from a changed copy).
 */
import type { Bank, Fact } from './bank.js';
import type { GenerateOptions, Question, QuestionKind, Quiz } from './question.js';
import { QUESTION_KINDS } from './question.js';
import type { BankIndex, Plan } from './candidates.js';
import { indexOf } from './candidates.js';
import { compare, planFact, planMatches, planOrders } from './plan.js';
import { build } from './build.js';
import type { Item, Pool } from './select.js';
import { select } from './select.js';
import { NUMBER_WORDS_TO_NINETEEN } from './text.js';

/** The seed used when none is given; every quiz prints its seed, so it can always be made again. */
export const DEFAULT_SEED = 'news-quiz';

/** How many questions a quiz has when no count is given. */
export const DEFAULT_COUNT = 10;

/** A quiz that cannot be made as asked; `message` says what is wrong. */
export class GenerateError extends Error {
  override name = 'GenerateError';
  constructor(
    message: string,
    /** When the count is more than the bank can fill: how many questions it can make with these options (and seed); else `null`. */
    readonly capacity: number | null = null,
  ) {
    super(message);
  }
}

/** A value as a message shows it: numbers as written (`Infinity`, not JSON's `null`), anything else as JSON. */
const shown = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

/** Options for {@link candidates}: those of {@link generate} without the count; the seed is optional. */
export type CandidateOptions = Omit<GenerateOptions, 'count' | 'seed'> & { seed?: string };

function checkKinds(kinds: readonly string[] | undefined): QuestionKind[] {
  if (kinds === undefined) return [...QUESTION_KINDS];
  if (!Array.isArray(kinds) || kinds.length === 0) throw new GenerateError(`kinds must list at least one of ${QUESTION_KINDS.join(', ')}`);
  for (const kind of kinds) {
    if (!(QUESTION_KINDS as readonly string[]).includes(kind)) {
      throw new GenerateError(`unknown question kind "${kind}"; the kinds are ${QUESTION_KINDS.join(', ')}`);
    }
  }
  return QUESTION_KINDS.filter((k) => kinds.includes(k));
}

/** The filter part of the options, as a cache key. */
function filterKey(options: CandidateOptions): string {
  return JSON.stringify([options.kinds ?? null, options.difficulty ?? null, options.articles ?? null]);
}

/** The options checked: the kinds asked, the articles (or `null` for all), the difficulty. */
function checkOptions(bank: Bank, options: CandidateOptions): { kinds: Set<QuestionKind>; articles: Set<string> | null; difficulty?: 1 | 2 | 3 } {
  const kinds = new Set(checkKinds(options.kinds));
  const { difficulty, articles } = options;
  if (difficulty !== undefined && difficulty !== 1 && difficulty !== 2 && difficulty !== 3) {
    throw new GenerateError(`difficulty must be 1, 2 or 3; got ${shown(difficulty)}`);
  }
  let articleSet: Set<string> | null = null;
  if (articles !== undefined) {
    const known = bank.articles.map((a) => a.id);
    for (const a of articles) {
      if (!known.includes(a)) throw new GenerateError(`unknown article "${a}"; the bank's articles are ${known.join(', ')}`);
    }
    articleSet = new Set(articles);
  }
  return { kinds, articles: articleSet, difficulty };
}

/** Facts of the chosen articles, by id (not bank order, so where a fact stands in the file never changes a quiz). */
function factsFor(bank: Bank, articles: Set<string> | null): Fact[] {
  return bank.facts.filter((f) => !articles || articles.has(f.article)).sort((a, b) => compare(a.id, b.id));
}

/** Caches by bank object and filter: none depends on the seed, so a second quiz from one bank reuses them. */
const planCache = new WeakMap<Bank, Map<string, Plan[]>>();
const poolCache = new WeakMap<Bank, Map<string, Pool>>();

function cached<T>(cache: WeakMap<Bank, Map<string, T>>, bank: Bank, key: string, make: () => T): T {
  let byKey = cache.get(bank);
  if (!byKey) cache.set(bank, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) {
    value = make();
    byKey.set(key, value);
  }
  return value;
}

/** Every plan the options allow: facts in id order, then match and order plans. */
function plansFor(bank: Bank, options: CandidateOptions): Plan[] {
  const { kinds, articles, difficulty } = checkOptions(bank, options);
  return cached(planCache, bank, filterKey(options), () => {
    const index = indexOf(bank);
    const plans: Plan[] = [];
    const facts = factsFor(bank, articles);
    for (const fact of facts) for (const plan of planFact(index, fact, kinds)) plans.push(plan);
    if (kinds.has('match')) plans.push(...planMatches(index, articles));
    if (kinds.has('order')) plans.push(...planOrders(index, facts));
    return difficulty === undefined ? plans : plans.filter((p) => p.difficulty === difficulty);
  });
}

const NUMBER_WORDS = NUMBER_WORDS_TO_NINETEEN.slice(1, 10);

/** A kind as one bit of a mask. */
function bit(kind: QuestionKind): number {
  return 1 << QUESTION_KINDS.indexOf(kind);
}

const TRUEFALSE = bit('truefalse');
const CHOICE = bit('choice');
const CLOZE = bit('cloze');
const TEXT = bit('text');
const NUMBER = bit('number');

/** The kinds a fact may give, from its slots alone (what {@link planFact} drafts), as a mask. */
function factKinds(index: BankIndex, fact: Fact): number {
  let out = 0;
  for (const slot in fact.slots) {
    const v = fact.slots[slot]!;
    out |= TRUEFALSE;
    if ('entity' in v) {
      if (index.entity(v.entity)) out |= CHOICE | CLOZE | TEXT;
    } else if ('number' in v) {
      out |= CLOZE | NUMBER;
      if (!v.qualifier || v.qualifier === 'exactly' || v.qualifier === 'about') out |= CHOICE;
    } else {
      out |= CHOICE;
      if (v.date.length === 4) out |= CLOZE | NUMBER;
    }
  }
  return out;
}

/** What {@link generate} draws from: facts by kind and article, drafted into plans only when drawn. */
function poolFor(bank: Bank, options: CandidateOptions): Pool {
  const { kinds, articles, difficulty } = checkOptions(bank, options);
  return cached(poolCache, bank, filterKey(options), () => {
    const index = indexOf(bank);
    let mask = 0;
    for (const k of kinds) mask |= bit(k);
    const decks = new Map<QuestionKind, Map<string, Item[]>>();
    const add = (kind: QuestionKind, article: string, item: Item) => {
      let byArticle = decks.get(kind);
      if (!byArticle) decks.set(kind, (byArticle = new Map()));
      const list = byArticle.get(article);
      if (list) list.push(item);
      else byArticle.set(article, [item]);
    };
    const facts = factsFor(bank, articles);
    for (const fact of facts) {
      const possible = factKinds(index, fact) & mask;
      for (let k = 0; k < QUESTION_KINDS.length; k++) if (possible & (1 << k)) add(QUESTION_KINDS[k]!, fact.article, fact);
    }
    const whole: Plan[] = [];
    if (kinds.has('match')) whole.push(...planMatches(index, articles));
    if (kinds.has('order')) whole.push(...planOrders(index, facts));
    for (const plan of whole) if (difficulty === undefined || plan.difficulty === difficulty) add(plan.kind, plan.article, plan);
    const drafts = new Map<string, Plan[]>();
    const only = new Map<QuestionKind, Set<QuestionKind>>();
    return {
      decks,
      sameEvent: (fact: string) => index.sameEventFacts(fact),
      answerKey(plan: Plan): string | null {
        if (!plan.fact || !plan.slot || plan.kind === 'truefalse') return null;
        const v = plan.fact.slots[plan.slot]!;
        return 'entity' in v ? `e:${v.entity}` : 'number' in v ? `n:${v.number}` : `n:${v.date.slice(0, 4)}`;
      },
      keysIn(text: string): string[] {
        const keys = [...index.namedIn(text)].filter((id) => !index.common(id)).map((id) => `e:${id}`);
        for (const m of text.matchAll(/\b\d[\d,]*\b/g)) keys.push(`n:${m[0].replace(/,/g, '')}`);
        for (const m of text.toLowerCase().matchAll(/\b(one|two|three|four|five|six|seven|eight|nine)\b/g)) {
          keys.push(`n:${NUMBER_WORDS.indexOf(m[1]!) + 1}`);
        }
        return keys;
      },
      expand(item: Item, kind: QuestionKind): Plan[] {
        if ('kind' in item) return [item];
        const key = `${item.id}\u0000${kind}`;
        let plans = drafts.get(key);
        if (!plans) {
          let set = only.get(kind);
          if (!set) only.set(kind, (set = new Set([kind])));
          plans = planFact(index, item, set).filter((p) => difficulty === undefined || p.difficulty === difficulty);
          drafts.set(key, plans);
        }
        return plans;
      },
    };
  });
}

/**
 * Every question the bank can make with these options, sorted by id: what
 * `news-quiz generate --all` prints. Seeded parts (distractors, shuffles,
 * true or false) come from `options.seed`, default {@link DEFAULT_SEED}.
 *
 * @throws {GenerateError} for an unknown kind or article, or a difficulty other than 1, 2 or 3.
 */
export function candidates(bank: Bank, options: CandidateOptions = {}): Question[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const index = indexOf(bank);
  const out: Question[] = [];
  for (const plan of plansFor(bank, options)) {
    const q = build(index, plan, seed);
    if (q) out.push(q);
  }
  return out.sort((a, b) => compare(a.id, b.id));
}

/**
 * A seeded quiz of `options.count` questions (default {@link DEFAULT_COUNT}),
 * spread over kinds, articles and facts. The same bank, seed and options give
 * the same quiz, byte for byte, in Node and in every browser.
 *
 * @throws {GenerateError} for an unknown kind or article, a bad count or
 * difficulty, or a count larger than the bank can fill (the message says how
 * many it can make).
 */
export function generate(bank: Bank, options: GenerateOptions): Quiz {
  const seed = options.seed;
  if (typeof seed !== 'string') throw new GenerateError(`seed must be a string; got ${JSON.stringify(seed)}`);
  const count = options.count ?? DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 1) throw new GenerateError(`count must be a whole number of at least 1; got ${shown(count)}`);
  const pool = poolFor(bank, options);
  const index = indexOf(bank);
  const questions = select(pool, count, seed, (plan) => build(index, plan, seed));
  if (questions.length < count) {
    const kinds = checkKinds(options.kinds);
    const filters = [
      `of the kinds asked (${kinds.join(', ')})`,
      options.difficulty !== undefined ? `at difficulty ${options.difficulty}` : '',
      options.articles !== undefined ? `from ${options.articles.length === 1 ? 'article' : 'articles'} ${options.articles.join(', ')}` : '',
    ].filter(Boolean);
    throw new GenerateError(
      `the bank can make only ${questions.length} question${questions.length === 1 ? '' : 's'} ${filters.join(' ')}; asked for ${count}`,
      questions.length,
    );
  }
  return { bank: bank.id, seed, questions };
}
