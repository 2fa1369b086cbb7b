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
import type { Bank } from './bank.js';
import type { GenerateOptions, Question, QuestionKind, Quiz } from './question.js';
import { QUESTION_KINDS } from './question.js';
import type { Plan } from './candidates.js';
import { indexOf } from './candidates.js';
import { compare, planFact, planMatches, planOrders } from './plan.js';
import { build } from './build.js';
import { select } from './select.js';

/** The seed used when none is given; every quiz prints its seed, so it can always be made again. */
export const DEFAULT_SEED = 'news-quiz';

/** How many questions a quiz has when no count is given. */
export const DEFAULT_COUNT = 10;

/** A quiz that cannot be made as asked; `message` says what is wrong. */
export class GenerateError extends Error {
  override name = 'GenerateError';
}

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

/** Plans by bank object and filter: they do not depend on the seed, so a second quiz from one bank reuses them. */
const planCache = new WeakMap<Bank, Map<string, Plan[]>>();

/** The plans the options allow: facts in id order, then match and order plans. */
function plansFor(bank: Bank, options: CandidateOptions): Plan[] {
  const key = JSON.stringify([options.kinds ?? null, options.difficulty ?? null, options.articles ?? null]);
  let byKey = planCache.get(bank);
  if (!byKey) planCache.set(bank, (byKey = new Map()));
  let plans = byKey.get(key);
  if (!plans) {
    plans = makePlans(bank, options);
    byKey.set(key, plans);
  }
  return plans;
}

function makePlans(bank: Bank, options: CandidateOptions): Plan[] {
  const kinds = new Set(checkKinds(options.kinds));
  const { difficulty, articles } = options;
  if (difficulty !== undefined && difficulty !== 1 && difficulty !== 2 && difficulty !== 3) {
    throw new GenerateError(`difficulty must be 1, 2 or 3; got ${JSON.stringify(difficulty)}`);
  }
  let articleSet: Set<string> | null = null;
  if (articles !== undefined) {
    const known = bank.articles.map((a) => a.id);
    for (const a of articles) {
      if (!known.includes(a)) throw new GenerateError(`unknown article "${a}"; the bank's articles are ${known.join(', ')}`);
    }
    articleSet = new Set(articles);
  }
  const index = indexOf(bank);
  const plans: Plan[] = [];
  // Facts by id, not bank order, so that where a fact stands in the file never changes a quiz.
  const facts = bank.facts.filter((f) => !articleSet || articleSet.has(f.article)).sort((a, b) => compare(a.id, b.id));
  for (const fact of facts) for (const plan of planFact(index, fact, kinds)) plans.push(plan);
  if (kinds.has('match')) plans.push(...planMatches(index, articleSet));
  if (kinds.has('order')) plans.push(...planOrders(index, articleSet));
  return difficulty === undefined ? plans : plans.filter((p) => p.difficulty === difficulty);
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
  if (!Number.isInteger(count) || count < 1) throw new GenerateError(`count must be a whole number of at least 1; got ${JSON.stringify(count)}`);
  const plans = plansFor(bank, options);
  const index = indexOf(bank);
  const questions = select(plans, count, seed, (plan) => build(index, plan, seed));
  if (questions.length < count) {
    const kinds = checkKinds(options.kinds);
    const filters = [
      `of the kinds asked (${kinds.join(', ')})`,
      options.difficulty !== undefined ? `at difficulty ${options.difficulty}` : '',
      options.articles !== undefined ? `from ${options.articles.length === 1 ? 'article' : 'articles'} ${options.articles.join(', ')}` : '',
    ].filter(Boolean);
    throw new GenerateError(
      `the bank can make only ${questions.length} question${questions.length === 1 ? '' : 's'} ${filters.join(' ')}; asked for ${count}`,
    );
  }
  return { bank: bank.id, seed, questions };
}
