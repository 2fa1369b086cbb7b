/**
 * Assembling a quiz from what a bank can ask.
 *
 * 1. The mix: how many questions of each kind, drawn per seed within bounds
 *    (at most one match, one order and one sequence; at most a fifth true or
 *    false; at least three in ten asking what the news means, where the bank
 *    allows it), so that quizzes differ in shape, not only in content.
 * 2. The questions: each kind's share drawn from the facts (and whole plans)
 *    of the least-used article first, in a seeded order; no fact (nor an
 *    event told twice) asked twice while unused facts remain; never a
 *    question whose answer another question of the quiz shows or asks,
 *    checked on everything a reader sees: prompts, statements, options,
 *    items, pairs, feedback; nor one whose figure follows from a figure
 *    shown by arithmetic (a year's cost and a month's); nor, but as a last
 *    resort, one whose answer the start screen's title or headlines show, a
 *    second claim of one speaker, or a third question on facts of one paragraph;
 *    past the mix's bounds before any last resort, and an item of understanding
 *    beside a question on its facts last of all.
 * 3. The order: the story's, article by article and paragraph by paragraph,
 *    as a reader who has just read the articles goes through them (see {@link placeOf}).
 *
 * What is drawn from is a {@link Supply}: per kind and article, the facts that
 * may give a question of that kind (planned only when drawn) and whole plans.
 * A quiz of 20 from 10,000 facts thus looks at little more than it draws. Pure.
 */
import type { Fact } from './bank.js';
import type { Question, QuestionKind } from './question.js';
import { ITEM_KINDS } from './bank-rules.js';
import { QUESTION_KINDS, UNDERSTANDING_KINDS } from './question.js';
import type { Plan } from './plan.js';
import type { Rng } from './random.js';
import { below, shuffle, stream } from './random.js';
import type { WordUse } from './reveal.js';
import { contentStems, derives, headlineReveals, optionEchoes, reveals, splits } from './reveal.js';

/** One thing to draw: a fact (planned into its plans of the deck's kind) or a whole plan. */
export type Item = Fact | Plan;

/** What a quiz is drawn from. */
export interface Supply {
  /** The bank's articles, in its order: a quiz follows it. */
  articles: readonly string[];
  /** Facts by article, in id order; a key fact stands twice (it comes up about twice as often). */
  facts: Map<string, Fact[]>;
  /** Whether a fact may give a question of a kind (cheap: judged from its slots). */
  serves(fact: Fact, kind: QuestionKind): boolean;
  /** The bank-wide plans (match, order, understanding) by kind, then article, in id order. */
  plans: Map<QuestionKind, Map<string, Plan[]>>;
  /** How many facts or plans may give each kind: the kinds a quiz can be drawn from. */
  sizes: Map<QuestionKind, number>;
  /** The plans of one kind an item gives (for a plan, itself), already filtered. */
  expand(item: Item, kind: QuestionKind): Plan[];
  /** Facts told as the same event as this one: asking one uses them all up. */
  sameEvent(fact: string): Iterable<string>;
  /** The keys of what a question asks for (`e:<entity>`, `n:<figure>`): no other question of the quiz may show them. */
  answerKeys(plan: Plan, question: Question): string[];
  /**
   * The values a true statement of a true-or-false question affirms, but the story's main actors (its figures and
   * other names): a headline that shows one tells the student the statement is true ("wins seven awards" above
   * "Oppenheimer collected seven Academy Awards").
   */
  affirms(plan: Plan, question: Question): string[];
  /** The keys of the names and figures a question shows: anywhere a reader sees before answering, and its feedback. */
  shownKeys(question: Question): Iterable<string>;
  /** The word stems that tell a statement answer from its stem and other options ({@link tellingStems}); empty for a name or figure. */
  telling(question: Question): string[];
  /** The word stems of everything a question shows, feedback included ({@link contentStems}). */
  stems(question: Question): ReadonlySet<string>;
  /** How the words are used in the texts of two articles (or one): how rare a shared word is. */
  wordUse(article: string, other: string): WordUse;
  /** At most this many of a kind in one quiz, when the kind limits it. */
  most(kind: QuestionKind): number | undefined;
  /** The people a plan is about: its facts' people, a claim's speaker. */
  people(plan: Plan): readonly string[];
  /** The names (`e:<entity>`) and telling figures (`n:<figure>`) a question offers as wrong options (options that are names or figures, not statements). */
  wrongKeys(question: Question): readonly string[];
  /**
   * The names a question's prompt tells of (its feedback names them only to correct them), and the telling
   * figures its prompt, answer and feedback state as what they are (not those it offers as wrong options).
   */
  toldKeys(question: Question): readonly string[];
  /**
   * The false statements of a "which is true" question, each as the fact it was made from, the keys of the
   * right values it changed (`e:<entity>`, `n:<figure>`) and of the names it kept that are no main actor's;
   * empty for other kinds.
   */
  corrections(question: Question): readonly Correction[];
  /** The keys of the names and figures a question tells as they are: what it shows and its feedback, but its wrong options. */
  affirmedKeys(question: Question): readonly string[];
  /**
   * The word stems of the name a typed question wants, or of the right names a false statement changed, but
   * those the question itself says: a headline that says most of them tells the answer ("Detection of
   * gravitational waves opens new window" above "Which new window on the universe did Reitze say the team
   * was opening?", or above "... that of radio astronomy. True or false?", for gravitational wave astronomy).
   */
  unsaid(plan: Plan, question: Question): readonly string[];
  /**
   * What the start screen shows of an article whose questions are in the quiz, before the first question:
   * the quiz's title and the article's headline (its keys, as {@link shownKeys}, and its word stems).
   */
  headline(article: string): { keys: readonly string[]; stems: ReadonlySet<string> };
}

/**
 * A false statement offered as an option: the fact it was made from and where the article tells it
 * (`<article>#<paragraph>`), the keys of the right values it changed, and of those it kept.
 */
export interface Correction {
  fact: string;
  at: string;
  keys: readonly string[];
  kept: readonly string[];
}

/**
 * Wrong options another question tells of this many times are cued: "Which representative voted for the
 * budget?" among three names that another question's stem lists as voting against it leaves one to guess,
 * and so does "By how much did orders grow?" among 40 and 87 per cent that other questions give as the
 * rises of profit.
 */
const MOST_TOLD_WRONG = 1;

/** No one is what more questions of a quiz are about, within the mix's bounds. */
const MOST_PER_PERSON = 2;

/**
 * No paragraph of an article gives more questions of a quiz of ten, within the mix's bounds (a fifth of a
 * longer quiz): four questions from an article's first paragraph ask one sentence's facts in turn, and each
 * tells the others' context.
 */
const mostPerParagraph = (count: number) => Math.max(2, Math.ceil(count / 5));

/** How often each kind is drawn into the mix, before bounds. */
const WEIGHT: Record<QuestionKind, number> = {
  truefalse: 2,
  choice: 4,
  support: 2,
  claim: 2,
  reason: 2,
  match: 1,
  order: 1,
  sequence: 1,
  number: 1,
  cloze: 1.5,
  text: 1.5,
};


/** How much a kind shows a reader besides its own answer: those that show most are chosen last. */
const SHOWS: Record<QuestionKind, number> = {
  text: 0,
  number: 0,
  choice: 0,
  cloze: 0,
  claim: 0,
  reason: 0,
  sequence: 0,
  truefalse: 1,
  order: 1,
  match: 2,
  support: 2,
};

/**
 * Kinds that gather facts from across an article (the roles it gives its people, figures or events to put in
 * order): they sum the story up, so they come after the questions on its paragraphs.
 */
const GATHERS: Record<QuestionKind, boolean> = {
  text: false,
  number: false,
  choice: false,
  cloze: false,
  claim: false,
  reason: false,
  truefalse: false,
  support: false,
  sequence: true,
  order: true,
  match: true,
};

/** Where a question stands in a quiz: compared field by field, in this order, the smaller first. */
interface Place {
  /** The article's place in the bank's list; past every article for a question gathering facts of several. */
  article: number;
  /** 1 for a question gathering facts from across its article. */
  gathers: number;
  paragraph: number;
  /** 0 for an author's item, 1 for a question on a fact. */
  item: number;
  difficulty: number;
}

/** The fields of a {@link Place}, in the order they are compared. */
const PLACE_ORDER = ['article', 'gathers', 'paragraph', 'item', 'difficulty'] as const;

/**
 * Where a question stands: the story's order, as a reader who has just read the articles goes through them.
 * Article by article, in the bank's order (the order the start screen lists them in); within one, paragraph by
 * paragraph, so the scene is set before its details and a "why" comes where the story explains it; a question
 * gathering facts from across the article (a match, an order) after its paragraphs, and one across articles
 * last. Within a paragraph the author's items (what was said, why) come before questions on facts, whose
 * feedback may say an item's answer in other words ("beat forecasts" before "clearly better than expected"):
 * the giveaway checks, by names, figures and rare words, cannot see that; they see a name or figure told.
 * Then easy before hard.
 */
function placeOf(plan: Plan, question: Question, articles: readonly string[], item: boolean): Place {
  const across = plan.kind === 'order' && plan.items.some((i) => i.fact.article !== plan.article);
  const rank = articles.indexOf(plan.article);
  return {
    article: across || rank < 0 ? articles.length : rank,
    gathers: GATHERS[plan.kind] ? 1 : 0,
    paragraph: question.paragraph,
    item: item ? 0 : 1,
    difficulty: question.difficulty,
  };
}

/** The share of a quiz that asks what the news means, where the bank allows it. */
const UNDERSTANDING_SHARE = 0.3;

const isUnderstanding = (kind: QuestionKind) => UNDERSTANDING_KINDS.includes(kind);

/** How full a drawn quiz is: its length, its questions of understanding up to the share (as far as the supply has them), and how far it is past the kinds' caps. */
export interface Fullness {
  length: number;
  deeper: number;
  /** Questions past their kind's cap: of understanding (a third "why"), and of the other kinds. */
  overDeeper: number;
  over: number;
  /**
   * Questions taken as a last resort, past what the first passes allow: an item beside a question on its
   * facts, a third question on one person or from one paragraph, a figure the sum of two others, an answer
   * a headline shows, a second claim of one speaker.
   */
  resorts: number;
  full: boolean;
}

/**
 * What a headline on the start screen may not give away in a pass of the draw: anything (`all`), an answer but not
 * a true statement's figure or name it affirms (`answers`: the student must still tie the headline to the
 * statement), or nothing (`none`, the last resort).
 */
type Headlines = 'all' | 'answers' | 'none';

/**
 * One pass of the draw: whether it takes fresh facts only (`strict`), keeps within the mix's bounds
 * (`bounded`), takes last resorts ({@link Fullness.resorts}: `resorting`), and what headlines may give away.
 */
interface Pass {
  strict: boolean;
  bounded: boolean;
  resorting: boolean;
  /** An item beside a question on its facts: the last of the last resorts. */
  pairing: boolean;
  headlines: Headlines;
  /** Only questions of understanding, up to their share. */
  deeper?: boolean;
}

/** How many questions of a drawn quiz were taken as a last resort ({@link Fullness.resorts}). */
const RESORTS = new WeakMap<readonly Question[], number>();

/** How full a drawn quiz is, to compare two draws of one seed ({@link fuller}). */
export function fullness(supply: Supply, count: number, questions: readonly Question[]): Fullness {
  // As many as the supply has of them within their caps: a bank whose only such kind is "which statement" gives two in ten.
  const wanted = wantedDeeper(supply, count);
  const deeper = Math.min(wanted, questions.filter((q) => isUnderstanding(q.kind)).length);
  const perKind = new Map<QuestionKind, number>();
  for (const q of questions) perKind.set(q.kind, (perKind.get(q.kind) ?? 0) + 1);
  let over = 0;
  let overDeeper = 0;
  for (const [kind, n] of perKind) {
    const past = Math.max(0, n - cap(supply, kind, count));
    if (isUnderstanding(kind)) overDeeper += past;
    else over += past;
  }
  const resorts = RESORTS.get(questions) ?? 0;
  return { length: questions.length, deeper, overDeeper, over, resorts, full: questions.length >= count && deeper >= wanted && over + overDeeper + resorts === 0 };
}

/** How many questions of understanding a quiz of `count` wants: the share, as far as the supply has them within their caps. */
function wantedDeeper(supply: Supply, count: number): number {
  // A bank whose only such kind is "which statement" gives two in ten.
  const available = UNDERSTANDING_KINDS.reduce((n, k) => n + Math.min(supply.sizes.get(k) ?? 0, cap(supply, k, count)), 0);
  return Math.min(Math.ceil(count * UNDERSTANDING_SHARE), available);
}

/**
 * Whether a draw is fuller than another: longer, then fewer of the other kinds past their caps, then more
 * questions of understanding (up to the share), then fewer questions taken as a last resort (an answer the
 * start screen shows is a question lost), then fewer questions of understanding past their caps: a third
 * "why" question serves a class better than a quiz with no third question of what the news means.
 */
export function fuller(a: Fullness, b: Fullness): boolean {
  if (a.length !== b.length) return a.length > b.length;
  if (a.over !== b.over) return a.over < b.over;
  if (a.deeper !== b.deeper) return a.deeper > b.deeper;
  if (a.resorts !== b.resorts) return a.resorts < b.resorts;
  return a.overDeeper < b.overDeeper;
}

/**
 * A weighted draw among `kinds` (non-empty). A kind with few items to give is
 * drawn less often, so that its few facts do not come up in most quizzes.
 */
function weighted(rng: Rng, kinds: readonly QuestionKind[], sizes: ReadonlyMap<QuestionKind, number>): QuestionKind {
  const weight = (k: QuestionKind) => Math.round(WEIGHT[k] * 8 * Math.min(1, (sizes.get(k) ?? 0) / 8));
  const total = kinds.reduce((n, k) => n + weight(k), 0);
  if (total <= 0) return kinds[0]!;
  let x = below(rng, total);
  for (const k of kinds) {
    x -= weight(k);
    if (x < 0) return k;
  }
  return kinds[kinds.length - 1]!;
}

/** The most of one kind a quiz of `count` takes: the kind's own limit, a fifth for true or false and each kind of understanding, else about a third. */
function cap(supply: Supply, kind: QuestionKind, count: number): number {
  const own = supply.most(kind);
  if (own !== undefined) return own;
  if (kind === 'truefalse' || isUnderstanding(kind)) return Math.max(1, Math.round(count * 0.2));
  return Math.max(1, Math.ceil(count * 0.35));
}

/**
 * One unordered draw of `count` kinds: understanding kinds first up to their
 * share, then any kind by weight, each within its cap and what the bank has;
 * unless `bounded`, past the caps, any kind the bank still has.
 */
function drawMix(
  rng: Rng,
  supply: Supply,
  sizes: Map<QuestionKind, number>,
  count: number,
  refused: ReadonlySet<QuestionKind>,
  bounded: boolean,
  deeperOnly = false,
): Map<QuestionKind, number> {
  const mix = new Map<QuestionKind, number>();
  const kinds = QUESTION_KINDS.filter((k) => (sizes.get(k) ?? 0) > 0 && !refused.has(k) && (!deeperOnly || isUnderstanding(k)));
  // Past the bounds (only where a quiz cannot be filled within them: a bank of few facts, or one kind
  // asked for alone), any kind the bank still has.
  const room = (k: QuestionKind, capped: boolean) => (mix.get(k) ?? 0) < Math.min(sizes.get(k)!, capped ? cap(supply, k, count) : Infinity);
  const wanted = Math.ceil(count * UNDERSTANDING_SHARE);
  for (let n = 0; n < count; n++) {
    const understanding = [...mix].filter(([k]) => isUnderstanding(k)).reduce((sum, [, v]) => sum + v, 0);
    let open = kinds.filter((k) => room(k, true));
    const deeper = open.filter(isUnderstanding);
    if (understanding < wanted && deeper.length) open = deeper;
    if (!open.length && !bounded) open = kinds.filter((k) => room(k, false));
    if (!open.length) break;
    const k = weighted(rng, open, sizes);
    mix.set(k, (mix.get(k) ?? 0) + 1);
  }
  return mix;
}

/**
 * Items in a seeded order, worked out only as far as it is read (a
 * Fisher–Yates shuffle done lazily: only what is read costs a random number).
 */
class Order {
  private items: Item[] | null = null;
  private rng: Rng | null = null;
  private done = 0;

  /** `source` is copied, and the stream made, only when the order is first read: a quiz reads few of a large bank's. */
  constructor(
    private readonly source: readonly Item[],
    private readonly seed: string,
    private readonly key: string,
  ) {}

  /** The item at place `i`, or `undefined` past the end. */
  at(i: number): Item | undefined {
    if (!this.items) {
      this.items = this.source.slice();
      this.rng = stream(this.seed, this.key);
    }
    const items = this.items;
    const n = items.length;
    while (this.done <= i && this.done < n) {
      const j = this.done + below(this.rng!, n - this.done);
      const t = items[j]!;
      items[j] = items[this.done]!;
      items[this.done] = t;
      this.done += 1;
    }
    return i < n ? items[i] : undefined;
  }
}

/** A question's options that are statements (five words or more), not names or figures. */
function longOptions(question: Question): string[] {
  const options = (question as { options?: readonly string[] }).options ?? [];
  return options.filter((o) => o.split(' ').length >= 5);
}

/** Whether the right option alone echoes a headline ({@link optionEchoes}). */
function echoesHeadline(question: Question, stems: ReadonlySet<string>): boolean {
  const { options, correct } = question as { options?: readonly string[]; correct?: number };
  return options !== undefined && correct !== undefined && optionEchoes(stems, options, correct);
}

/** The figures among keys (`n:<figure>`), as numbers. */
function figures(keys: Iterable<string>): number[] {
  const out: number[] = [];
  for (const k of keys) if (k.startsWith('n:')) out.push(Number(k.slice(2)));
  return out;
}

/**
 * A piece of work done in steps: it yields (nothing) between steps, where its caller may let
 * other work run, and returns its result at the end.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs work done in steps to its end, without a pause. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Up to `count` questions from the supply, each built by `make` (which may refuse a plan with `null`);
 * fewer when the supply runs out. In steps: a step after each question drawn (or each kind found to
 * have none left); {@link finish} runs them to the end.
 */
export function* selecting(supply: Supply, count: number, seed: string, make: (plan: Plan) => Question | null): Steps<Question[]> {
  const rng = stream(seed, 'select');
  const sizes = supply.sizes;
  const articles = new Set<string>(supply.facts.keys());
  for (const byArticle of supply.plans.values()) for (const a of byArticle.keys()) articles.add(a);
  const articleRank = new Map<string, number>();
  const inRankOrder = shuffle(rng, [...articles].sort());
  inRankOrder.forEach((a, i) => articleRank.set(a, i));
  // One seeded order of each article's facts for every kind: a fact that many kinds can ask about comes up
  // no more often than one that few can, so what a quiz asks is spread over the facts.
  const factOrders = new Map<string, Order>();
  for (const [article, facts] of supply.facts) factOrders.set(article, new Order(facts, seed, `facts.${article}`));
  const planOrders = new Map<QuestionKind, Map<string, Order>>();
  for (const [kind, byArticle] of supply.plans) {
    const m = new Map<string, Order>();
    for (const [article, plans] of byArticle) m.set(article, new Order(plans, seed, `plans.${kind}.${article}`));
    planOrders.set(kind, m);
  }
  /** The articles of each map of orders, by their rank: worked out once, not at every draw. */
  const ranked = new Map<Map<string, Order>, string[]>();
  const byRank = (orders: Map<string, Order>): string[] => {
    let list = ranked.get(orders);
    // Every article of the orders is one of `articles`: those of the ranked list, kept in its order (no sort).
    if (!list) ranked.set(orders, (list = inRankOrder.filter((a) => orders.has(a))));
    return list;
  };

  const picked: Question[] = [];
  let resorts = 0;
  const perKind = new Map<QuestionKind, number>();
  const perArticle = new Map<string, number>();
  const usedFacts = new Set<string>();
  const asked = new Set<string>();
  const shown = new Set<string>();
  const answerKeys = new Set<string>();
  const shownKeys = new Set<string>();
  /** The figures asked for and shown so far, as numbers: one may follow from another by arithmetic ({@link derives}). */
  const answerFigures: number[] = [];
  const shownFigures: number[] = [];
  /** How many questions chosen so far are about each person ({@link Supply.people}). */
  const aboutPerson = new Map<string, number>();
  const crowded = (plan: Plan) => supply.people(plan).some((p) => (aboutPerson.get(p) ?? 0) >= MOST_PER_PERSON);
  /** How many questions on facts chosen so far come from each paragraph (`article#paragraph`). */
  const perParagraph = new Map<string, number>();
  const paragraphOf = (question: Question) => `${question.article}#${question.paragraph}`;
  // An item of understanding is about what a paragraph means, not one of its facts: neither held back nor counted.
  const crammed = (plan: Plan, question: Question) => !isItem(plan.kind) && (perParagraph.get(paragraphOf(question)) ?? 0) >= mostPerParagraph(count);
  /** The speakers of the claims chosen so far: a second claim of one speaker reads as the first asked again. */
  const speakers = new Set<string>();
  const speakerOf = (plan: Plan) => (plan.kind === 'claim' && plan.item.kind === 'claim' ? plan.item.speaker : undefined);
  const quotedAgain = (plan: Plan) => speakers.has(speakerOf(plan) ?? '');
  /** Items found closed for a kind: the sets only grow, so they stay closed. */
  const closed = new Map<QuestionKind, Set<Item>>();

  /** The statement answers chosen so far (their telling stems), and the stems each chosen question shows, each with its article. */
  const statements: { telling: string[]; article: string; alternatives: boolean }[] = [];
  const showing: { stems: ReadonlySet<string>; article: string }[] = [];
  /** The statements offered as options so far. */
  const offered = new Set<string>();
  /** The names each chosen question tells of in its words, and those it offers as wrong options. */
  const tellings: (readonly string[])[] = [];
  const wrongOffered: (readonly string[])[] = [];
  const cued = (wrong: readonly string[], told: readonly string[]) => wrong.filter((k) => told.includes(k)).length > MOST_TOLD_WRONG;
  /** Whether a question's wrong options are told of by another question's words, or another's by its words. */
  const cues = (question: Question): boolean => {
    const wrong = supply.wrongKeys(question);
    if (wrong.length && tellings.some((t) => cued(wrong, t))) return true;
    const told = supply.toldKeys(question);
    return told.length > 0 && wrongOffered.some((w) => cued(w, told));
  };
  /** The facts of the "which is true" questions chosen so far, true and made false. */
  const supportFacts = new Set<string>();
  /**
   * What a question shows (names and figures, as keys), the facts it is on, with the other tellings of their
   * events, and where the article tells what it asks (`<article>#<paragraph>`).
   */
  type Shows = { keys: ReadonlySet<string>; facts: ReadonlySet<string>; at: string };
  const showsOf = (question: Question): Shows => {
    const facts = new Set<string>();
    for (const f of question.facts) for (const g of [f, ...supply.sameEvent(f)]) facts.add(g);
    return { keys: new Set(supply.affirmedKeys(question)), facts, at: `${question.article}#${question.paragraph}` };
  };
  /** What each question chosen so far shows. */
  const chosenShows: Shows[] = [];
  /**
   * Whether a question tells the right value a false statement changed, where it is on the fact the statement
   * was made from or on the same paragraph ("How many miles separate the Pskov airfield from the Estonian border?"
   * beside "Because Norway belongs to NATO, the strike on the Pskov airfield ... mattered"), or tells a name the
   * statement kept ("the Morozovsk air base" and "F-16s" in one feedback beside "Ukraine struck the Pskov airfield
   * to prepare the way for its F-16s").
   */
  const refutes = (shows: Shows, c: Correction): boolean =>
    c.keys.some((k) => shows.keys.has(k)) && (shows.facts.has(c.fact) || shows.at === c.at || c.kept.some((k) => shows.keys.has(k)));
  /** The "which is true" questions chosen so far: their false statements, and which of them another question refutes. */
  const chosenSupports: { corrections: readonly Correction[]; refuted: Set<number> }[] = [];
  /**
   * Whether a "which is true" question's false statements are struck out by other questions: more than one of
   * them refuted ({@link refutes}: "Murphy dedicated his Oscar to soldiers" beside "Why did Murphy dedicate his
   * award to peacemakers?"), this question's or one chosen already.
   */
  /** Whether a question chosen so far strikes out a false statement. */
  const struck = (c: Correction) => chosenShows.some((shows) => refutes(shows, c));
  const refuted = (question: Question): boolean => {
    const own = supply.corrections(question);
    if (own.filter(struck).length > MOST_TOLD_WRONG) return true;
    if (!chosenSupports.length) return false;
    const shows = showsOf(question);
    return chosenSupports.some((s) => s.refuted.size + s.corrections.filter((c, i) => !s.refuted.has(i) && refutes(shows, c)).length > MOST_TOLD_WRONG);
  };
  /**
   * Whether a headline the start screen shows gives a question's answer away ("Oppenheimer wins seven
   * awards" above "How many Oscars did Oppenheimer win?"), or the headline of its article, new to the quiz,
   * an answer already chosen.
   */
  const headlineGivesAway = (plan: Plan, question: Question, affirmed = true): boolean => {
    const article = question.article;
    const asks = [...supply.answerKeys(plan, question), ...(affirmed ? supply.affirms(plan, question) : [])];
    const asked = figures(asks);
    const telling = supply.telling(question);
    // One rare word of the headline tells a statement from other statements offered beside it; a true or
    // false statement keeps its words when made false, so only a headline that says it tells it.
    const alternatives = longOptions(question).length > 0;
    const unsaid = supply.unsaid(plan, question);
    const shows = (heading: string) => {
      const { keys, stems } = supply.headline(heading);
      if (keys.some((k) => asks.includes(k)) || figures(keys).some((b) => asked.some((a) => derives(a, b)))) return true;
      if (unsaid.length && unsaid.filter((s) => stems.has(s)).length * 2 >= unsaid.length) return true;
      if (echoesHeadline(question, stems)) return true;
      return telling.length > 0 && (alternatives ? headlineReveals : reveals)(stems, telling, supply.wordUse(heading, article));
    };
    // The start screen shows the headlines of the articles the questions chosen so far come from.
    for (const heading of perArticle.keys()) if (shows(heading)) return true;
    if (perArticle.has(article)) return false;
    if (shows(article)) return true;
    const { keys, stems } = supply.headline(article);
    if (keys.some((k) => answerKeys.has(k)) || figures(keys).some((b) => answerFigures.some((a) => derives(a, b)))) return true;
    return statements.some((t) => (t.alternatives ? headlineReveals : reveals)(stems, t.telling, supply.wordUse(t.article, article)));
  };
  const givesAway = (plan: Plan, question: Question): boolean => {
    // Its answer shown by a question already chosen, or an answer already chosen shown by it (two questions
    // with one answer included: the options of one would show the other's).
    if (supply.answerKeys(plan, question).some((k) => shownKeys.has(k) || answerKeys.has(k))) return true;
    for (const k of supply.shownKeys(question)) if (answerKeys.has(k)) return true;
    // A figure worked out from another: $29.93 a year shown gives away $2.49 a month.
    const asks = figures(supply.answerKeys(plan, question));
    if (asks.some((a) => shownFigures.some((b) => derives(a, b)) || answerFigures.some((b) => derives(a, b)))) return true;
    if (figures(supply.shownKeys(question)).some((b) => answerFigures.some((a) => derives(a, b)))) return true;
    // The same for statements, by their words: a feedback that says what another question's right option says.
    // Rare words weigh more: how the words are used in the two questions' articles.
    const telling = supply.telling(question);
    if (telling.length && showing.some((s) => reveals(s.stems, telling, supply.wordUse(s.article, question.article)))) return true;
    const stems = supply.stems(question);
    if (statements.some((t) => reveals(stems, t.telling, supply.wordUse(t.article, question.article)))) return true;
    // One statement offered twice (a false statement in two "which is true" questions) reads as a slip.
    if (longOptions(question).some((o) => offered.has(o))) return true;
    // Two "which is true" questions on one fact: the feedback of one corrects the other's false statements.
    return question.kind === 'support' && question.facts.some((f) => supportFacts.has(f));
  };
  /**
   * Whether a figure asked is the sum or the difference of two others the quiz shows or asks ($38.59 less $29.93
   * gives away $8.66), this question's or one already chosen.
   */
  const sumsAway = (plan: Plan, question: Question): boolean => {
    const asks = figures(supply.answerKeys(plan, question));
    const all = [...shownFigures, ...answerFigures, ...figures(supply.shownKeys(question)), ...asks];
    return [...asks, ...answerFigures].some((a) => splits(a, all));
  };
  const open = (plan: Plan) => !plan.asks.some((a) => asked.has(a) || shown.has(a)) && !plan.shows.some((x) => asked.has(x));
  const fresh = (facts: readonly string[]) => facts.every((f) => !usedFacts.has(f));
  // The other tellings of an event already in the quiz: never asked, even where facts may be reused
  // (another slot of a fact asked is another question; another telling of its event is the same one).
  const twins = new Set<string>();
  const tellsAgain = (facts: readonly string[]) => facts.some((f) => twins.has(f));
  // The facts an author's item (a claim, a reason, a sequence) is about, and the facts asked on their own:
  // an item and a question on one of its facts explain each other, also where facts may be reused (all
  // but the last pass, which a small bank may need to fill its quiz).
  const discussed = new Set<string>();
  const askedFacts = new Set<string>();
  // The kinds that ask an author's item about facts (`understanding[].facts`), not a fact itself.
  const isItem = (kind: QuestionKind) => (ITEM_KINDS as readonly QuestionKind[]).includes(kind);
  const linked = (plan: Plan) => plan.facts.some((f) => discussed.has(f) || (isItem(plan.kind) && askedFacts.has(f)));

  const places = new Map<Question, Place>();
  const take = (plan: Plan, question: Question, article: string) => {
    picked.push(question);
    places.set(question, placeOf(plan, question, supply.articles, isItem(plan.kind)));
    perKind.set(plan.kind, (perKind.get(plan.kind) ?? 0) + 1);
    perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
    for (const k of supply.answerKeys(plan, question)) answerKeys.add(k);
    for (const k of supply.shownKeys(question)) shownKeys.add(k);
    answerFigures.push(...figures(supply.answerKeys(plan, question)));
    shownFigures.push(...figures(supply.shownKeys(question)));
    const telling = supply.telling(question);
    if (telling.length) statements.push({ telling, article: question.article, alternatives: longOptions(question).length > 0 });
    showing.push({ stems: supply.stems(question), article: question.article });
    for (const o of longOptions(question)) offered.add(o);
    tellings.push(supply.toldKeys(question));
    wrongOffered.push(supply.wrongKeys(question));
    if (question.kind === 'support') for (const f of question.facts) supportFacts.add(f);
    const shows = showsOf(question);
    for (const s of chosenSupports) s.corrections.forEach((c, i) => refutes(shows, c) && s.refuted.add(i));
    const own = supply.corrections(question);
    if (own.length) {
      const refutedNow = new Set<number>();
      own.forEach((c, i) => struck(c) && refutedNow.add(i));
      chosenSupports.push({ corrections: own, refuted: refutedNow });
    }
    chosenShows.push(shows);
    for (const p of supply.people(plan)) aboutPerson.set(p, (aboutPerson.get(p) ?? 0) + 1);
    const at = paragraphOf(question);
    if (!isItem(plan.kind)) perParagraph.set(at, (perParagraph.get(at) ?? 0) + 1);
    const speaker = speakerOf(plan);
    if (speaker) speakers.add(speaker);
    for (const a of plan.asks) asked.add(a);
    for (const x of plan.shows) shown.add(x);
    for (const f of plan.facts) (isItem(plan.kind) ? discussed : askedFacts).add(f);
    // The facts asked about (a support question's false statements only show theirs, changed: the giveaway check guards them).
    for (const f of plan.facts) {
      usedFacts.add(f);
      // One event told twice is one fact to the reader: "at least two" would give away "how many died?".
      for (const g of supply.sameEvent(f)) {
        usedFacts.add(g);
        if (g !== f) twins.add(g);
      }
    }
    for (const f of plan.facts) twins.delete(f);
  };

  /**
   * The articles of `orders`, the least used first, by rank among equals. Only the few articles
   * already drawn from are sorted here; the unused ones come in their rank order as they are read.
   */
  function* leastUsedFirst(orders: Map<string, Order>): Generator<string> {
    const used = [...perArticle.keys()]
      .filter((a) => orders.has(a))
      .sort((a, b) => perArticle.get(a)! - perArticle.get(b)! || articleRank.get(a)! - articleRank.get(b)!);
    for (const article of byRank(orders)) if (!perArticle.has(article)) yield article;
    yield* used;
  }

  /** One question of `kind`, from the least-used article first; `false` when the kind has none left to give now. */
  const drawOne = (kind: QuestionKind, { strict, resorting, pairing, headlines }: Pass): boolean => {
    const byPlans = planOrders.get(kind);
    let shut = closed.get(kind);
    if (!shut) closed.set(kind, (shut = new Set()));
    const orders = byPlans ?? factOrders;
    for (const article of leastUsedFirst(orders)) {
      const items = orders.get(article)!;
      for (let i = 0, item = items.at(0); item; item = items.at(++i)) {
        if (shut.has(item)) continue;
        if (!byPlans && !supply.serves(item as Fact, kind)) {
          shut.add(item);
          continue;
        }
        let stale = false;
        for (const plan of shuffle(rng, supply.expand(item, kind))) {
          if (!open(plan) || tellsAgain(plan.facts)) continue;
          // An item beside a question on its facts only as a last resort. Three questions on one person (a vote,
          // the reason for it, what she said of it) read as one topic: likewise. An item of understanding is
          // never held back by the person: it is what the mix asks for first, and a small bank's items are often
          // one person's. Either is usable in a later pass: not closed.
          if ((strict && !fresh(plan.facts)) || (!pairing && linked(plan)) || (!resorting && !isItem(plan.kind) && crowded(plan))) {
            stale = true;
            continue;
          }
          const question = make(plan);
          if (!question || givesAway(plan, question)) continue;
          // A figure worked out by adding or subtracting two others the quiz gives, or a third question from one
          // paragraph: only as a last resort, where a small bank runs short even past the mix's bounds.
          if (!resorting && (sumsAway(plan, question) || crammed(plan, question))) {
            stale = true;
            continue;
          }
          // A headline that shows the answer, only as a last resort, after every other question the bank
          // allows: a small bank's headline and title name its main figure and actors, and a quiz one
          // question short serves no one.
          if (headlines !== 'none' && headlineGivesAway(plan, question, headlines === 'all')) {
            stale = true;
            continue;
          }
          // Two claims of one speaker ("What did Pikal say about ...?" twice) likewise: the first primes the second.
          if (headlines !== 'none' && quotedAgain(plan)) {
            stale = true;
            continue;
          }
          // Wrong names another question tells of, never: two of three wrong options struck out leave a guess
          // between two. (A small bank pays for it in items beside their facts, in its last pass, more often.)
          if (cues(question)) continue;
          // A "which is true" question whose false statements other questions strike out: only as a last resort.
          if (!resorting && refuted(question)) {
            stale = true;
            continue;
          }
          // What only a later pass lets in is counted, so that another draw of the seed may do without it.
          if ((pairing && linked(plan)) || (resorting && ((!isItem(plan.kind) && crowded(plan)) || sumsAway(plan, question) || crammed(plan, question) || refuted(question)))) resorts += 1;
          else if (headlines !== 'all' && (headlineGivesAway(plan, question) || quotedAgain(plan))) resorts += 1;
          take(plan, question, article);
          return true;
        }
        if (!stale) shut.add(item);
      }
    }
    return false;
  };

  /**
   * Rounds of drawing toward the mix: each round draws the mix again for what is still missing, without
   * the kinds that found nothing. Kinds that show much (whole statements, all of a match's people) come
   * last in a round, so they are built around the answers already chosen; among the rest, the scarcest first.
   */
  function* fill(pass: Pass): Steps<void> {
    const { strict, bounded } = pass;
    const refused = new Set<QuestionKind>();
    const deeperWanted = wantedDeeper(supply, count);
    const done = () => picked.length >= count || (pass.deeper && picked.filter((q) => isUnderstanding(q.kind)).length >= deeperWanted);
    for (let round = 0; round < QUESTION_KINDS.length && !done(); round++) {
      const mix = drawMix(stream(seed, `mix.${strict}.${round}`), supply, sizes, count, refused, bounded, pass.deeper);
      const slots: QuestionKind[] = [];
      for (const [k, n] of mix) for (let i = perKind.get(k) ?? 0; i < n; i++) slots.push(k);
      if (!slots.length) break;
      for (const kind of shuffle(rng, slots).sort((a, b) => SHOWS[a] - SHOWS[b] || sizes.get(a)! - sizes.get(b)!)) {
        if (done()) break;
        if (!refused.has(kind) && !drawOne(kind, pass)) refused.add(kind);
        yield;
      }
    }
  }
  // Each pass runs while the quiz is short. Fresh facts first, within the mix's bounds; then other slots of facts
  // already asked (never anything given away); then past the bounds: the questions of understanding up to their
  // share first (a second claim of one speaker or an answer a headline shows rather than a quiz without them), then
  // any kind; then the last resorts, with a true statement whose figure or name a headline shows, then any answer a
  // headline shows; an item beside a question on its facts last of all.
  const pass = (strict: boolean, bounded: boolean, resorting: boolean, headlines: Headlines, more: Partial<Pass> = {}): Pass => ({ strict, bounded, resorting, pairing: false, headlines, ...more });
  yield* fill(pass(true, true, false, 'all'));
  yield* fill(pass(false, true, false, 'all'));
  for (const headlines of ['all', 'answers', 'none'] as const) yield* fill(pass(false, false, false, headlines, { deeper: true }));
  yield* fill(pass(false, false, false, 'all'));
  for (const headlines of ['all', 'answers', 'none'] as const) yield* fill(pass(false, false, true, headlines));
  yield* fill(pass(false, false, true, 'none', { pairing: true }));
  // The story's order (see {@link placeOf}); questions of one place in a seeded order, so the scarce kinds do not always lead.
  const quiz = shuffle(stream(seed, 'order'), picked).sort((a, b) => {
    const [x, y] = [places.get(a)!, places.get(b)!];
    for (const field of PLACE_ORDER) if (x[field] !== y[field]) return x[field] - y[field];
    return 0;
  });
  RESORTS.set(quiz, resorts);
  return quiz;
}
