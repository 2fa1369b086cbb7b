/**
 * The question generator: every question a bank can make
 * ({@link allQuestions}), and a seeded quiz chosen from them ({@link generate}).
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
import type { Bank, Fact, Understanding } from './bank.js';
import type { GenerateOptions, Question, QuestionKind, Quiz } from './question.js';
import { QUESTION_KINDS } from './question.js';
import type { BankIndex } from './bank-index.js';
import { indexOf } from './bank-index.js';
import type { Plan } from './plan.js';
import { compare, principal } from './plan.js';
import { askBits, sortBits } from './kinds/shared.js';
import { KINDS } from './kinds/index.js';
import { rolesToldOnce } from './kinds/claim.js';
import type { Scope } from './kinds/index.js';
import { shownTexts } from './check.js';
import type { WordUse } from './reveal.js';
import { bothUses, contentStems, tellingStems, wordUseOf } from './reveal.js';
import type { Correction, Item, Steps, Supply } from './select.js';
import { finish, fuller, fullness, selecting } from './select.js';
import { stream } from './random.js';
import { NUMBER_WORDS_TO_NINETEEN, ORDINAL_WORDS_TO_NINETEENTH, normalize } from './text.js';
import { renderStatement } from './render.js';

export type { Steps } from './select.js';

/** The seed used when none is given; every quiz prints its seed, so it can always be made again. */
export const DEFAULT_SEED = 'news-quiz';

/** How many other seeded orders a quiz that falls short is drawn in before the best of them is taken. */
const RETRIES = 8;

/**
 * How many in all, for the count asked, while every order drawn is short of questions, before the bank is said
 * to be too small for it: a bank near its limit may fill a quiz only in the ninth order of one seed in a
 * thousand, and a quiz that fails for one seed and not for the next serves no one.
 */
const RETRIES_SHORT = 32;

/** How many counts above the fullest single draw a short quiz tries, largest first, for the capacity it names. */
const CAPACITY_WINDOW = 8;

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

/** Options for {@link allQuestions}: those of {@link generate} without the count; the seed is optional. */
export type AllQuestionsOptions = Omit<GenerateOptions, 'count' | 'seed'> & { seed?: string };

/** @deprecated The old name of `AllQuestionsOptions`. */
export type CandidateOptions = AllQuestionsOptions;

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
function filterKey(options: AllQuestionsOptions): string {
  return JSON.stringify([options.kinds ?? null, options.difficulty ?? null, options.articles ?? null]);
}

interface Checked {
  kinds: QuestionKind[];
  articles: Set<string> | null;
  difficulty?: 1 | 2 | 3;
}

/** The options checked: the kinds asked, the articles (or `null` for all), the difficulty. */
function checkOptions(bank: Bank, options: AllQuestionsOptions): Checked {
  const kinds = checkKinds(options.kinds);
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
const supplyCache = new WeakMap<Bank, Map<string, Supply>>();

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

function fits(checked: Checked): (plan: Plan) => boolean {
  return (plan) => checked.difficulty === undefined || plan.difficulty === checked.difficulty;
}

/** The bank-wide plans of the kinds asked: match, order, and the author's questions of understanding. */
function bankPlans(index: BankIndex, checked: Checked, facts: readonly Fact[]): Plan[] {
  const scope: Scope = { articles: checked.articles, facts };
  const plans: Plan[] = [];
  const fit = fits(checked);
  for (const kind of checked.kinds) {
    const from = KINDS[kind].fromBank;
    // A loop, not push(...list): a large bank's list would not fit in a call's arguments.
    if (from) for (const plan of from(index, scope)) if (fit(plan)) plans.push(plan);
  }
  return plans;
}

/** Every plan the options allow: each fact's plans, kind by kind, then the bank-wide plans. */
export function plansFor(bank: Bank, options: AllQuestionsOptions): Plan[] {
  const checked = checkOptions(bank, options);
  return cached(planCache, bank, filterKey(options), () => {
    const index = indexOf(bank);
    const plans: Plan[] = [];
    const facts = factsFor(bank, checked.articles);
    const fit = fits(checked);
    for (const fact of facts) {
      for (const kind of checked.kinds) {
        const from = KINDS[kind].fromFact;
        if (from) for (const plan of from(index, fact)) if (fit(plan)) plans.push(plan);
      }
    }
    for (const plan of bankPlans(index, checked, facts)) plans.push(plan);
    return plans;
  });
}

/** The number words one to ten, whole words in a text. */
const NUMBER_WORDS = new RegExp(`\\b(${NUMBER_WORDS_TO_NINETEEN.slice(1, 11).join('|')})\\b`, 'g');

/**
 * The ordinals from the second to the nineteenth, in words or digits, "twice" and "thrice": each tells a count ("her second
 * Oscar" tells how many she has won). "First" is left out: it tells no count a question asks.
 */
const ORDINALS = /\b(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)|([2-9]|1[0-9])(?:st|nd|rd|th)|(twice)|thrice)\b/g;

/** The keys of the names (`e:<id>`) and figures (`n:<value>`) a text shows. */
function keysIn(index: BankIndex, text: string): string[] {
  const keys = [...index.namedIn(text)].map((id) => `e:${id}`);
  // "11K" in a headline is 11,000.
  for (const m of text.matchAll(/\b(\d[\d,]*(?:\.\d+)?)(k?)\b/gi)) keys.push(`n:${Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1)}`);
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(NUMBER_WORDS)) keys.push(`n:${NUMBER_WORDS_TO_NINETEEN.indexOf(m[1]!)}`);
  for (const m of lower.matchAll(ORDINALS)) keys.push(`n:${m[1] ? ORDINAL_WORDS_TO_NINETEENTH.indexOf(m[1]) : m[2] ? Number(m[2]) : m[3] ? 2 : 3}`);
  return keys;
}

/** The entity a text is the name of, whole ("Pskov airfield"); `undefined` for a text that is no one name. */
function wholeName(index: BankIndex, text: string): string | undefined {
  const norm = normalize(text);
  for (const id of index.namedIn(text)) if (index.norms(id).includes(norm)) return id;
  return undefined;
}

const peopleCache = new WeakMap<Plan, readonly string[]>();

/**
 * The people a plan is about: those its facts name, a claim's speaker, and those its question names in the
 * author's words (a fact's hand-phrased question, a reason's question: "according to <the lab's director>").
 */
function peopleOf(index: BankIndex, plan: Plan): readonly string[] {
  const out = new Set<string>();
  const facts = 'fact' in plan ? [plan.fact] : plan.facts.map((id) => index.facts.get(id));
  for (const fact of facts) {
    for (const v of Object.values(fact?.slots ?? {})) if ('entity' in v) out.add(v.entity);
  }
  const asked = 'slot' in plan ? plan.fact.ask?.[plan.slot] : 'item' in plan && plan.item.kind === 'reason' ? plan.item.question : undefined;
  if (asked) for (const id of index.namedIn(asked)) out.add(id);
  if ('item' in plan && plan.item.kind === 'claim') out.add(plan.item.speaker);
  return [...out].filter((id) => {
    const e = index.entity(id);
    return e !== undefined && index.isPersonType(e.type);
  });
}

/** The keys of a fact's values: what its statement says. */
function valueKeys(fact: Fact): string[] {
  return Object.values(fact.slots).map((v) => ('entity' in v ? `e:${v.entity}` : 'number' in v ? `n:${v.number}` : `n:${Number(v.date.slice(0, 4))}`));
}

const tellingCache = new WeakMap<Question, string[]>();
const shownKeysCache = new WeakMap<Question, string[]>();
const stemsCache = new WeakMap<Question, ReadonlySet<string>>();
const wrongKeysCache = new WeakMap<Question, readonly string[]>();
const toldKeysCache = new WeakMap<Question, readonly string[]>();

/**
 * A figure that tells one fact from another (`n:<figure>`): not a count up to ten, which many facts share
 * ("two", "third"), but 87 per cent, €1.8 billion or 2011.
 */
const telltaleFigure = (key: string) => key.startsWith('n:') && !(Number.isInteger(Number(key.slice(2))) && Math.abs(Number(key.slice(2))) <= 10);

/**
 * The names (`e:<entity>`) and telling figures (`n:<figure>`) a question offers as wrong options: options
 * that are one name or a figure, not statements that name things ("Russia's defence minister went to Kyiv
 * ..."), each name by the one name it is ("Pskov airfield", not the Pskov region it names too).
 */
function wrongKeysOf(index: BankIndex, question: Question): string[] {
  const options = (question as { options?: readonly string[] }).options ?? [];
  const correct = (question as { correct?: number }).correct;
  const short = options.filter((o, i) => i !== correct && o.split(' ').length < 5);
  const names = short.flatMap((o) => wholeName(index, o) ?? []).map((id) => `e:${id}`);
  const figures = short.filter((o) => !wholeName(index, o)).flatMap((o) => keysIn(index, o).filter(telltaleFigure).slice(0, 1));
  return [...new Set([...names, ...figures])];
}

const correctionsCache = new WeakMap<Question, readonly Correction[]>();
const affirmedKeysCache = new WeakMap<Question, readonly string[]>();

/**
 * The false statements of a "which is true" question ({@link Supply.corrections}): for each fact it made false,
 * the values of the fact that the false option made from it lacks (the option that keeps all its values but
 * the fewest), and those it keeps.
 */
function correctionsOf(index: BankIndex, question: Question): Correction[] {
  if (question.kind !== 'support') return [];
  const falses = question.options.filter((_, i) => i !== question.correct).map((o) => new Set(keysIn(index, o)));
  const out: Correction[] = [];
  for (const id of question.facts.slice(1)) {
    const fact = index.facts.get(id);
    if (!fact) continue;
    const values = valueKeys(fact);
    let keys: string[] | null = null;
    let option: Set<string> | null = null;
    for (const shown of falses) {
      const lacking = values.filter((k) => !shown.has(k));
      if (lacking.length && (!keys || lacking.length < keys.length)) [keys, option] = [lacking, shown];
    }
    // What it kept: the names of the true statement it still shows, in its slots or its words, but the main actors,
    // whom every other question names.
    const truth = new Set(keysIn(index, renderStatement(index, fact)));
    const telling = (k: string) => k.startsWith('e:') && truth.has(k) && !keys!.includes(k) && !index.common(k.slice(2));
    if (keys && option) out.push({ fact: id, at: `${fact.article}#${fact.paragraph}`, keys, kept: [...option].filter(telling) });
  }
  return out;
}

/** What tells a question's statement answer from its stem and other options; empty when its answer is a name or figure. */
function telling(question: Question): string[] {
  let t = tellingCache.get(question);
  if (!t) {
    const statement = (KINDS[question.kind].statement as ((q: Question) => { key: string; others: string[] } | null) | undefined)?.(question);
    tellingCache.set(question, (t = statement ? tellingStems(statement.key, statement.others) : []));
  }
  return t;
}

/** The word stems of everything a question shows and its feedback. */
function stemsOf(question: Question): ReadonlySet<string> {
  let s = stemsCache.get(question);
  if (!s) stemsCache.set(question, (s = contentStems([...shownTexts(question), question.explanation].join(' '))));
  return s;
}

/** The names (labels and other names) of the entities in an article's facts' slots. */
function* articleNames(index: BankIndex, article: string): Generator<string> {
  for (const fact of index.byArticle.get(article) ?? []) {
    for (const v of Object.values(fact.slots)) {
      const e = 'entity' in v ? index.entity(v.entity) : undefined;
      if (e) yield* [e.label, ...(e.aliases ?? [])];
    }
  }
}

/** The texts of an article: each fact's statement (its values named), wordings and feedback, and each author's item. */
function* articleTexts(index: BankIndex, article: string, items: readonly Understanding[]): Generator<string> {
  for (const fact of index.byArticle.get(article) ?? []) {
    const statement = fact.text.replace(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g, (_, slot: string) => {
      const v = fact.slots[slot];
      return !v ? '' : 'entity' in v ? (index.entity(v.entity)?.label ?? '') : 'number' in v ? String(v.number) : v.date;
    });
    yield [statement, ...Object.values(fact.ask ?? {}), fact.explanation ?? ''].join(' ');
  }
  for (const item of items) {
    const parts = [item.explanation];
    if (item.kind === 'reason') parts.push(item.question, item.answer, ...item.wrong);
    else if (item.kind === 'claim') parts.push(item.claim, item.about, ...item.wrong);
    else parts.push(...item.events.map((e) => e.label));
    yield parts.join(' ');
  }
}

/** The keys (`w:<word>`) of the capitalised words of a text, a possessive taken off: where a person's family name may stand alone. */
function wordKeys(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{M}'’-]*\p{L}/gu) ?? []).map((w) => `w:${w.replace(/['’]s$/, '')}`);
}

/**
 * The keys of a person's family name as it may stand alone: the last word of each of their names
 * ("Oppenheimer" of "J. Robert Oppenheimer"). A text that writes it gives the person away, whoever
 * else it may name: "the world Oppenheimer made" (the film's title) tells "the physicist ___".
 */
function familyKeys(index: BankIndex, id: string): string[] {
  const e = index.entity(id);
  if (!e || !index.isPersonType(e.type)) return [];
  const out = new Set<string>();
  for (const name of [e.label, ...(e.aliases ?? [])]) {
    const last = name.trim().split(/\s+/).pop() ?? '';
    if (last.length >= 3 && /^\p{Lu}/u.test(last)) out.add(`w:${last}`);
  }
  return [...out];
}

/** What a quiz is drawn from: facts by article (planned only when drawn), and the bank-wide plans. */
function supplyFor(bank: Bank, options: AllQuestionsOptions): Supply {
  const checked = checkOptions(bank, options);
  return cached(supplyCache, bank, filterKey(options), () => {
    const index = indexOf(bank);
    const facts = new Map<string, Fact[]>();
    const sizes = new Map<QuestionKind, number>();
    // Which kinds each fact may give, as bits of QUESTION_KINDS: one small number per fact, not a set.
    const kindsOfFacts = checked.kinds.flatMap((k) => {
      const asks = KINDS[k].asks;
      return asks ? [{ kind: k, place: QUESTION_KINDS.indexOf(k), needs: askBits(asks) }] : [];
    });
    const needsOf = new Map(kindsOfFacts.map(({ kind, needs }) => [kind, needs]));
    /** What the slots of each fact drawn hold, kept once worked out: a small bank is drawn again and again. */
    const drawnSorts = new Map<Fact, number>();
    const counts = new Array<number>(QUESTION_KINDS.length).fill(0);
    // Article by article (in id order) and by id within each: no list of the whole bank made, no map
    // looked up per fact. A fact's kinds are worked out again when it is drawn (`serves`), not kept.
    const inScope: Fact[] = [];
    const byArticle = index.byArticle;
    for (const article of [...byArticle.keys()].sort(compare)) {
      if (checked.articles && !checked.articles.has(article)) continue;
      let list: Fact[] | undefined;
      for (const fact of byArticle.get(article)!) {
        inScope.push(fact);
        const sorts = sortBits(index, fact);
        let mask = 0;
        for (const { place, needs } of kindsOfFacts) {
          if (sorts & needs) {
            mask |= 1 << place;
            counts[place]! += 1;
          }
        }
        if (!mask) continue;
        if (!list) facts.set(article, (list = []));
        list.push(fact);
        // A key fact stands twice: it comes up about twice as often as the others.
        if (fact.key) list.push(fact);
      }
    }
    QUESTION_KINDS.forEach((k, i) => counts[i] && sizes.set(k, counts[i]!));
    const plans = new Map<QuestionKind, Map<string, Plan[]>>();
    // A kind's size counts what it asks, not its plans: a claim asked two ways is one claim.
    const asks = new Map<QuestionKind, Set<string>>();
    for (const plan of bankPlans(index, checked, inScope)) {
      let byArticle = plans.get(plan.kind);
      if (!byArticle) plans.set(plan.kind, (byArticle = new Map()));
      const list = byArticle.get(plan.article) ?? [];
      list.push(plan);
      if (plan.key) list.push(plan);
      byArticle.set(plan.article, list);
      let set = asks.get(plan.kind);
      if (!set) asks.set(plan.kind, (set = new Set()));
      set.add(plan.asks.length === 1 ? plan.asks[0]! : plan.asks.join(' '));
    }
    for (const [kind, set] of asks) sizes.set(kind, set.size);
    const planned = new Map<string, Plan[]>();
    const headlines = new Map<string, { keys: readonly string[]; stems: ReadonlySet<string> }>();
    // How each article uses its words, worked out when a quiz first compares two of its questions.
    let itemsByArticle: Map<string, Understanding[]> | null = null;
    const uses = new Map<string, WordUse>();
    const useOf = (article: string): WordUse => {
      let use = uses.get(article);
      if (!use) {
        if (!itemsByArticle) {
          itemsByArticle = new Map();
          for (const item of bank.understanding ?? []) {
            const list = itemsByArticle.get(item.article) ?? [];
            list.push(item);
            itemsByArticle.set(item.article, list);
          }
        }
        uses.set(article, (use = wordUseOf(articleTexts(index, article, itemsByArticle.get(article) ?? []), articleNames(index, article))));
      }
      return use;
    };
    /** A question's wrong names and telling figures ({@link wrongKeysOf}), worked out once. */
    const wrongKeys = (question: Question): readonly string[] => {
      let keys = wrongKeysCache.get(question);
      if (!keys) wrongKeysCache.set(question, (keys = wrongKeysOf(index, question)));
      return keys;
    };
    return {
      articles: bank.articles.map((a) => a.id),
      facts,
      plans,
      sizes,
      serves(fact: Fact, kind: QuestionKind): boolean {
        let sorts = drawnSorts.get(fact);
        if (sorts === undefined) drawnSorts.set(fact, (sorts = sortBits(index, fact)));
        return (sorts & (needsOf.get(kind) ?? 0)) !== 0;
      },
      sameEvent: (fact: string) => index.sameEventFacts(fact),
      most: (kind) => KINDS[kind].most,
      affirms(plan: Plan, question: Question): string[] {
        if (plan.kind !== 'truefalse' || question.kind !== 'truefalse' || question.correct !== 0) return [];
        return valueKeys(plan.fact).filter((k) => k.startsWith('n:') || !principal(index, k.slice(2)));
      },
      answerKeys(plan: Plan, question: Question): string[] {
        switch (plan.kind) {
          case 'choice':
          case 'text':
          case 'number':
          case 'cloze': {
            const v = plan.fact.slots[plan.slot]!;
            if ('entity' in v) return [`e:${v.entity}`, ...familyKeys(index, v.entity)];
            return ['number' in v ? `n:${v.number}` : `n:${Number(v.date.slice(0, 4))}`];
          }
          case 'match':
            return plan.people.flatMap((id) => [`e:${id}`, ...familyKeys(index, id)]);
          case 'order':
            return plan.items.map((i) => {
              const v = i.fact.slots[i.slot]!;
              return 'number' in v ? `n:${v.number}` : 'date' in v ? `n:${Number(v.date.slice(0, 4))}` : '';
            });
          case 'claim':
            return plan.way === 'who' && plan.item.kind === 'claim' ? [`e:${plan.item.speaker}`, ...familyKeys(index, plan.item.speaker)] : [];
          case 'truefalse': {
            // A false statement is given away by its right value, shown anywhere else; a true one by its words (`telling`).
            if (question.kind !== 'truefalse' || question.correct === 0) return [];
            const shown = new Set(keysIn(index, question.prompt));
            return valueKeys(plan.fact).filter((k) => !shown.has(k));
          }
          case 'support':
          case 'reason':
          case 'sequence':
            return [];
        }
      },
      people(plan: Plan): readonly string[] {
        let list = peopleCache.get(plan);
        if (!list) peopleCache.set(plan, (list = peopleOf(index, plan)));
        return list;
      },
      // What a reader sees before answering, and the feedback after it: in practice mode the feedback of one
      // question is read before the next is answered.
      shownKeys(question: Question): string[] {
        let keys = shownKeysCache.get(question);
        if (!keys) shownKeysCache.set(question, (keys = [...shownTexts(question), question.explanation].flatMap((t) => [...keysIn(index, t), ...wordKeys(t)])));
        return keys;
      },
      wrongKeys,
      corrections(question: Question): readonly Correction[] {
        let list = correctionsCache.get(question);
        if (!list) correctionsCache.set(question, (list = correctionsOf(index, question)));
        return list;
      },
      affirmedKeys(question: Question): readonly string[] {
        let keys = affirmedKeysCache.get(question);
        if (!keys) {
          const options = (question as { options?: readonly string[] }).options ?? [];
          const correct = (question as { correct?: number }).correct;
          const wrong = new Set(options.filter((_, i) => i !== correct).flatMap((o) => keysIn(index, o)));
          const right = new Set([question.prompt, question.answerText].flatMap((t) => keysIn(index, t)));
          affirmedKeysCache.set(question, (keys = [...new Set(this.shownKeys(question))].filter((k) => right.has(k) || !wrong.has(k))));
        }
        return keys;
      },
      toldKeys(question: Question): readonly string[] {
        let keys = toldKeysCache.get(question);
        if (!keys) {
          // The names its prompt tells of (its feedback names them only to correct them), and the figures its
          // prompt, answer and feedback state, but those it offers as wrong options (its feedback corrects them).
          const wrong = new Set(wrongKeys(question));
          const figures = [question.prompt, question.answerText, question.explanation].flatMap((t) => keysIn(index, t)).filter((k) => telltaleFigure(k) && !wrong.has(k));
          toldKeysCache.set(question, (keys = [...new Set([...keysIn(index, question.prompt).filter((k) => k.startsWith('e:')), ...figures])]));
        }
        return keys;
      },
      unsaid(plan: Plan, question: Question): readonly string[] {
        // A typed answer's name, or the right names a false statement changed; a choice among names is
        // judged by its options ({@link echoesHeadline}).
        const typed = (plan.kind === 'text' || plan.kind === 'cloze') && question.kind === plan.kind;
        const changed = plan.kind === 'truefalse' && question.kind === 'truefalse' && question.correct === 1;
        if (!typed && !changed) return [];
        const names = this.answerKeys(plan, question).flatMap((k) => (k.startsWith('e:') ? [index.entity(k.slice(2))?.label ?? ''] : []));
        const said = contentStems(shownTexts(question).join(' '));
        return [...contentStems(names.join(' '))].filter((s) => !said.has(s));
      },
      headline(article: string) {
        let seen = headlines.get(article);
        if (!seen) {
          const text = `${bank.title}. ${index.article(article)?.title ?? ''}`;
          headlines.set(article, (seen = { keys: [...keysIn(index, text), ...wordKeys(text)], stems: contentStems(text) }));
        }
        return seen;
      },
      telling,
      stems: stemsOf,
      // Worked out only when read: most tests of a quiz decide by the words shown alone.
      wordUse(article: string, other: string): WordUse {
        let use: WordUse | undefined;
        const both = () => (use ??= bothUses(useOf(article), useOf(other)));
        return {
          get texts() {
            return both().texts;
          },
          uses: (stem) => both().uses(stem),
          names: (stem) => both().names(stem),
        };
      },
      expand(item: Item, kind: QuestionKind): Plan[] {
        if ('kind' in item) return [item];
        const key = `${item.id}\u0000${kind}`;
        let plans = planned.get(key);
        if (!plans) {
          plans = (KINDS[kind].fromFact?.(index, item) ?? []).filter(fits(checked));
          planned.set(key, plans);
        }
        return plans;
      },
    };
  });
}

/** How many questions the supply could give at most: more than a quiz could take. */
function supplySize(supply: Supply): number {
  let n = 0;
  for (const size of supply.sizes.values()) n += size;
  return n;
}

/** The question a plan makes, drawn from its own stream, with its fields in one order; `null` when the bank does not allow it. */
export function build(index: BankIndex, plan: Plan, seed: string): Question | null {
  const q = KINDS[plan.kind].build(index, plan, stream(seed, plan.id));
  return q && ordered(q);
}

/** The common fields first, in one order, then the kind's own: the JSON reads the same for every question. */
function ordered<Q extends Question>(q: Q): Q {
  const { id, kind, prompt, answerText, facts, article, paragraph, difficulty, explanation, ...own } = q;
  const options = 'options' in own ? { options: own.options } : {};
  return { id, kind, prompt, ...options, answerText, facts, article, paragraph, difficulty, explanation, ...own } as Q;
}

/**
 * Every question the bank can make with these options, sorted by id: what
 * `news-quiz generate --all` prints and `news-quiz review` shows. Seeded parts
 * (distractors, shuffles, true or false) come from `options.seed`, default
 * {@link DEFAULT_SEED}.
 *
 * @throws {GenerateError} for an unknown kind or article, or a difficulty other than 1, 2 or 3.
 */
export function allQuestions(bank: Bank, options: AllQuestionsOptions = {}): Question[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const index = indexOf(bank);
  const out: Question[] = [];
  for (const plan of plansFor(bank, options)) {
    const q = build(index, plan, seed);
    if (q) out.push(q);
  }
  return out.sort((a, b) => compare(a.id, b.id));
}

/** @deprecated The old name of `allQuestions`. */
export function candidates(bank: Bank, options: AllQuestionsOptions = {}): Question[] {
  return allQuestions(bank, options);
}

/**
 * A seeded quiz of `options.count` questions (default {@link DEFAULT_COUNT}),
 * mixed over kinds, articles and facts. The same bank, seed and options give
 * the same quiz, byte for byte, in Node and in every browser.
 *
 * @throws {GenerateError} for an unknown kind or article, a bad count or
 * difficulty, or a count larger than the bank can fill (the message says how
 * many it can make).
 */
export function generate(bank: Bank, options: GenerateOptions): Quiz {
  return finish(generating(bank, options));
}

/**
 * {@link generate} in steps: the same quiz, with a step after each question drawn, where a page
 * may let input and paint run before it goes on (see {@link Steps}).
 *
 * @throws {GenerateError} as {@link generate} does, from the step that finds it.
 */
export function* generating(bank: Bank, options: GenerateOptions): Steps<Quiz> {
  const seed = options.seed;
  if (typeof seed !== 'string') throw new GenerateError(`seed must be a string; got ${JSON.stringify(seed)}`);
  const count = options.count ?? DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 1) throw new GenerateError(`count must be a whole number of at least 1; got ${shown(count)}`);
  const supply = supplyFor(bank, options);
  // What the bank allows is worked out (or was, for an earlier quiz): a step.
  yield;
  const index = indexOf(bank);
  const make = (plan: Plan) => build(index, plan, seed);
  // A small bank can fall short by the order it was drawn in (an early pick shuts out two later ones),
  // in questions or in questions of understanding: other orders, derived from the seed, before settling.
  function* draw(n: number, patient = false): Steps<Question[]> {
    let questions = yield* selecting(supply, n, seed, make);
    let best = fullness(supply, n, questions);
    // Far short (a count well past what the bank holds), no other order fills it: not worth drawing.
    const near = questions.length + CAPACITY_WINDOW >= n;
    const most = (length: number) => (patient && length < n ? RETRIES_SHORT : RETRIES);
    for (let again = 1; near && again <= most(best.length) && !best.full; again++) {
      const other = yield* selecting(supply, n, `${seed}\u0000${again}`, make);
      const score = fullness(supply, n, other);
      if (fuller(score, best)) [questions, best] = [other, score];
    }
    return questions;
  }
  let questions = yield* draw(count, true);
  if (questions.length < count) {
    // A bank near its limit. Its capacity for this seed is the largest smaller count drawn in full
    // (so the count the error below names can always be made, and by the same draw); the fullest
    // quiz the supply gives, cut to the count, is the floor.
    const most = yield* selecting(supply, supplySize(supply), seed, make);
    questions = most.length < count ? most : most.slice(0, count);
    // The counts just above the floor are the ones worth drawing: a draw of many more falls short the same way.
    for (let n = Math.min(count - 1, questions.length + CAPACITY_WINDOW); n > questions.length; n--) {
      const fewer = yield* draw(n);
      if (fewer.length === n) {
        questions = fewer;
        break;
      }
    }
  }
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
  return { bank: bank.id, seed, questions: rolesToldOnce(index, questions) };
}

/**
 * The quiz of {@link generate} or, when the count is more than the bank can fill with these
 * options, as many questions as it can make: the same ones for one seed, everywhere (the element,
 * a class's worksheet and its Moodle export agree). Compare the length with the count to say so.
 *
 * @throws {GenerateError} as {@link generate} does, but not for a count too large unless the bank
 * can make no question at all with these options.
 */
export function generateUpTo(bank: Bank, options: GenerateOptions): Quiz {
  return finish(generatingUpTo(bank, options));
}

/** {@link generateUpTo} in steps, as {@link generating} is {@link generate}. */
export function* generatingUpTo(bank: Bank, options: GenerateOptions): Steps<Quiz> {
  try {
    return yield* generating(bank, options);
  } catch (error) {
    if (!(error instanceof GenerateError) || !error.capacity) throw error;
    return yield* generating(bank, { ...options, count: error.capacity });
  }
}

