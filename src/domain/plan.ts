/**
 * Plans: the questions a bank allows, before anything seeded is drawn. A plan
 * fixes the question's id, kind, source, what it asks and shows, and its
 * difficulty; each kind's module (`kinds/`) makes plans and builds questions
 * from them. Also here: what the kinds share while planning (the wording of a
 * question on one slot, whether a stem gives its answer away, whether an
 * answer is one of the story's main actors, the difficulty). Pure.
 */
import type { Fact, Understanding } from './bank.js';
import type { QuestionKind } from './question.js';
import type { Answers, BankIndex } from './bank-index.js';
import { answersFor, namedInWording } from './bank-index.js';
import { askQuestion, fallbackQuestion, placeholdersOf } from './render.js';
import { normalize, rootOf, sameRoot } from './text.js';

/** What every plan has. */
interface PlanBase {
  /** The question id: `<fact>.<slot>.<kind>`, `<fact>.<kind>`, `roles.<article>.<n>`, `order.<unit>.<n>`, `<item>.<kind>`. */
  id: string;
  kind: QuestionKind;
  article: string;
  paragraph: number;
  difficulty: 1 | 2 | 3;
  /** Facts it is made from. */
  facts: string[];
  /** What it asks (`fact.slot`, `role:person`, `item:id`): no two questions of a quiz ask the same thing. */
  asks: string[];
  /** What its wording shows (`fact.slot`): never shown in one question and asked in another. */
  shows: string[];
  /** A key fact or point: it may come up in most quizzes. */
  key: boolean;
}

/** A question on one slot of a fact: choice, text, number, cloze. */
export interface SlotPlan extends PlanBase {
  kind: 'choice' | 'text' | 'number' | 'cloze';
  fact: Fact;
  slot: string;
}

/** A question on a fact's whole statement: true or false, or which statement the article supports. */
export interface StatementPlan extends PlanBase {
  kind: 'truefalse' | 'support';
  fact: Fact;
}

/** People to pair with the roles one article gives them. */
export interface MatchPlan extends PlanBase {
  kind: 'match';
  people: string[];
}

/** One item of an order question. */
export interface OrderItem {
  fact: Fact;
  slot: string;
  label: string;
  /** The value compared: the figure, or the date as a number (yyyymmdd). */
  value: number;
  low: number;
  high: number;
}

/** Figures of one unit, or dates, to put in order. */
export interface OrderPlan extends PlanBase {
  kind: 'order';
  items: OrderItem[];
  ends: 'numbers' | 'dates';
}

/** A question of understanding written by the bank's author. */
export interface UnderstandingPlan extends PlanBase {
  kind: 'reason' | 'claim' | 'sequence';
  item: Understanding;
  /** For a claim: ask what was said, or who said it. */
  way?: 'what' | 'who';
}

/** A question the bank can make, before its seeded parts are drawn. */
export type Plan = SlotPlan | StatementPlan | MatchPlan | OrderPlan | UnderstandingPlan;

/** The plan of a question on a fact's whole statement (true or false, which is true): it asks and shows every slot. */
export function statementPlan(fact: Fact, kind: 'truefalse' | 'support'): StatementPlan {
  const all = slotsOf(fact).map((s) => `${fact.id}.${s}`);
  return {
    id: `${fact.id}.${kind}`,
    kind,
    article: fact.article,
    paragraph: fact.paragraph,
    difficulty: difficultyOf(kind, { prominence: fact.prominence }),
    facts: [fact.id],
    asks: all,
    shows: all,
    key: fact.key === true,
    fact,
  };
}


/** The wording of a question on one slot, and what it names, when its answer is unique in the bank. */
export interface Wording {
  prompt: string;
  /** The other slots the wording names. */
  named: string[];
  answers: Answers;
}

const wordings = new WeakMap<Fact, Map<string, Wording | null>>();

/**
 * The question on one slot: the fact's hand-phrased `ask`, else the statement
 * turned into a question; `null` when neither has a unique answer in the bank.
 */
export function wordingFor(index: BankIndex, fact: Fact, slot: string): Wording | null {
  let bySlot = wordings.get(fact);
  if (!bySlot) wordings.set(fact, (bySlot = new Map()));
  if (bySlot.has(slot)) return bySlot.get(slot)!;
  let result: Wording | null = null;
  const ask = fact.ask?.[slot];
  if (ask) {
    const prompt = askQuestion(index, fact, ask);
    if (prompt) {
      const named = namedInWording(index, fact, slot, ask);
      const answers = answersFor(index, fact, slot, named);
      if (answers.keys.size === 1) result = { prompt, named, answers };
    }
  }
  if (!result) {
    const prompt = fallbackQuestion(index, fact, slot);
    if (prompt) {
      const named = placeholdersOf(fact.text).filter((s) => s !== slot);
      const answers = answersFor(index, fact, slot, named);
      if (answers.keys.size === 1) result = { prompt, named, answers };
    }
  }
  bySlot.set(slot, result);
  return result;
}

/** Small words that say nothing about which answer is meant. */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'its', 'his', 'her', 'their',
  'is', 'was', 'are', 'were', 'be', 'this', 'that', 'which', 'who', 'what', 'where', 'when', 'how', 'many', 'much',
]);

const tellingCache = new WeakMap<BankIndex, Map<string, string[]>>();
const rootCounts = new WeakMap<BankIndex, Map<string, Map<string, number>>>();

/** How many names of a type (bank and pools) use a word of each root: worked out once per type. */
function rootsOfType(index: BankIndex, type: string): Map<string, number> {
  let byType = rootCounts.get(index);
  if (!byType) rootCounts.set(index, (byType = new Map()));
  let counts = byType.get(type);
  if (!counts) {
    counts = new Map();
    // The names of a large bank share most of their words: each word's root worked out once.
    const rootOfWord = new Map<string, string>();
    const root = (w: string): string => {
      let r = rootOfWord.get(w);
      if (r === undefined) rootOfWord.set(w, (r = rootOf(w)));
      return r;
    };
    for (const list of [index.byType.get(type) ?? [], index.poolByType.get(type) ?? []]) {
      for (const id of list) {
        const e = index.entity(id);
        const roots = new Set<string>();
        for (const form of [e?.label ?? '', ...(e?.aliases ?? [])]) for (const w of normalize(form).split(' ')) if (w) roots.add(root(w));
        for (const r of roots) counts.set(r, (counts.get(r) ?? 0) + 1);
      }
    }
    byType.set(type, counts);
  }
  return counts;
}

/**
 * The words of an entity's names that tell it from the other names of its
 * type: not its type's nouns, not small words, not words its rivals share by
 * root ("Ukraine's" tells nothing among Ukraine's Air Force, Navy and Ground Forces).
 */
export function tellingWords(index: BankIndex, id: string): string[] {
  let cache = tellingCache.get(index);
  if (!cache) tellingCache.set(index, (cache = new Map()));
  const known = cache.get(id);
  if (known) return known;
  const type = index.entity(id)?.type ?? '';
  const typeWords = index.typeWords(type);
  const counts = rootsOfType(index, type);
  const own = index.byType.get(type)?.includes(id) || index.poolByType.get(type)?.includes(id) ? 1 : 0;
  const out = new Set<string>();
  for (const form of [index.entity(id)?.label ?? '', ...(index.entity(id)?.aliases ?? [])]) {
    for (const w of normalize(form).split(' ')) {
      if (w.length > 2 && !STOP_WORDS.has(w) && !typeWords.has(w) && !/^[0-9]+$/.test(w) && (counts.get(rootOf(w)) ?? 0) <= own) out.add(w);
    }
  }
  const result = [...out];
  cache.set(id, result);
  return result;
}

/**
 * Whether a stem gives its own answer away: it uses a word of the answer's
 * name, or one of the same root ("Korean" for the Korean Peninsula when the
 * stem says "North Korea"; "Russian" for Russia), or a compound that opens with one
 * ("moonshot" for the Moon).
 */
export function stemGivesAway(index: BankIndex, id: string, stem: string): boolean {
  const telling = tellingWords(index, id);
  if (!telling.length) return false;
  const words = normalize(stem).split(' ');
  // A compound that opens with the name gives it away too ("moonshot" where the answer is the Moon).
  return telling.some((t) => words.some((w) => sameRoot(t, w) || (t.length >= 4 && w.length >= t.length + 3 && w.startsWith(t))));
}

/** A role that heads what it names: "president of Russia", "leader of North Korea". */
const HEAD_ROLE = /^(?:the\s+)?(?:president|leader|supreme leader|prime minister|premier|king|queen|emperor|chancellor|head of state|emir|sultan|monarch)\s+of\s+(.+)$/i;

const principals = new WeakMap<BankIndex, Set<string>>();

/**
 * Whether an entity is one of the story's main actors, whom a reader knows
 * before reading a line: named in a fifth or more of the bank's facts (Russia
 * in a bank on Russia's war), named in an article's headline, or the head of
 * one of those (the president of Russia, the leader of North Korea). Asking
 * for one tests nothing, and every other question names them anyway.
 */
export function principal(index: BankIndex, id: string): boolean {
  let set = principals.get(index);
  if (!set) {
    set = new Set<string>();
    for (const a of index.bank.articles) for (const e of index.namedIn(a.title)) set.add(e);
    const known = (e: string) => set!.has(e) || index.common(e);
    for (const e of index.withRoles) {
      for (const r of e.roles ?? []) {
        const m = HEAD_ROLE.exec(r.title.trim());
        if (m && [...index.namedIn(m[1]!)].some(known)) set.add(e.id);
      }
    }
    // And those named in a fifth of the facts: one lookup per name asked about, not two.
    for (const e of index.commonNames()) set.add(e);
    principals.set(index, set);
  }
  return set.has(id);
}

/** How much a kind asks of a reader, before the content is counted. */
const EFFORT: Record<QuestionKind, number> = {
  truefalse: 0,
  choice: 1,
  support: 1.5,
  claim: 1.5,
  reason: 1.5,
  match: 1.5,
  order: 1.5,
  sequence: 2,
  cloze: 2,
  number: 2.5,
  text: 2.5,
};

/**
 * Difficulty from what the question asks of a reader: the kind's effort, one
 * step more when the bank holds several names of the answer's type (close
 * rivals), half a step more for a detail of the article, half a step less for
 * its headline.
 */
export function difficultyOf(kind: QuestionKind, content: { prominence?: number; rivals?: number }): 1 | 2 | 3 {
  let score = EFFORT[kind];
  if ((content.rivals ?? 0) >= 3) score += 1;
  const prominence = content.prominence ?? 2;
  if (prominence >= 3) score += 0.5;
  if (prominence <= 1) score -= 0.5;
  return score < 1.5 ? 1 : score < 2.5 ? 2 : 3;
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The slots of a fact that its text uses, in order. */
export function slotsOf(fact: Fact): string[] {
  let slots = slotLists.get(fact);
  if (!slots) {
    slots = placeholdersOf(fact.text).filter((s) => fact.slots[s]);
    slotLists.set(fact, slots);
  }
  return slots;
}

const slotLists = new WeakMap<Fact, string[]>();
