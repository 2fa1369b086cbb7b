/**
 * Statements: a fact's statement as the article supports it, and false
 * statements made from it by changing one value. A false statement must be
 * false by the article, not merely unsupported, and must not be absurd:
 *
 * - never from a hedged fact ("might bring a treaty" stays possible whatever
 *   the treaty), nor by moving a bound ("at least three" says nothing against
 *   "at least six");
 * - never a person swapped where the sentence gives the person a role
 *   ("North Korea's leader Emmanuel Macron");
 * - never a name that shares a word with another name in the sentence ("Kim
 *   Jong Il and North Korea's leader Kim Jong-un"), that the bank ties to a
 *   name the sentence uses, or that a pool marks to avoid for this relation;
 * - at one end of a span ("from {north} down to {south}"), only a name the
 *   bank places beside that end: a city of the same country may lie anywhere.
 *
 * Used by true-or-false questions and by "which statement does the article
 * support". Pure.
 */
import type { Fact, SlotValue } from './bank.js';
import type { BankIndex } from './bank-index.js';
import { falseAvoids } from './bank-index.js';
import { countAccepted, dateCandidates, entityTiers, numberFalseValues } from './distractors.js';
import { renderStatement, renderValue, inOpenList, withoutSlots } from './render.js';
import { normalize } from './text.js';
import { principal, slotsOf } from './plan.js';
import type { Rng } from './random.js';
import { pick, sample } from './random.js';

/** Words that hedge a statement: with them a changed value is not false, only unsaid. */
const HEDGE = /\b(?:might|may|could|possibly|potentially|perhaps|probably|likely|unlikely|fears?|feared|hopes?|hoped|expects?|expected|would)\b/i;

/**
 * Whether a slot stands under a hedge: as the bank says for the whole fact,
 * else when a hedge word comes before the slot in its sentence ("might result
 * in a new {treaty}"). A hedge after the slot leaves it plain: in "{country}
 * said Pyongyang would pay a price" the speaker is a fact.
 */
export function hedged(fact: Fact, slot: string): boolean {
  if (typeof fact.hedged === 'boolean') return fact.hedged;
  const at = fact.text.indexOf(`{${slot}}`);
  if (at < 0) return false;
  const sentence = fact.text.slice(0, at).split(/[.;!?]\s/).pop()!;
  return HEDGE.test(withoutSlots(sentence));
}

/** Nouns of office: a person next to one of them holds it. */
const ROLE_NOUNS =
  /(?:leader|president|minister|commander(?:-in-chief)?|chief|spokesperson|spokesman|spokeswoman|governor|secretary|head|mayor|chancellor|king|queen|ceo|chair(?:man|woman|person)?|director|general|officer|ambassador|envoy|speaker|premier|deputy|founder|owner|coach|captain|manager|judge|senator|representative)/i;

/**
 * Whether the sentence gives the person in `slot` a role ("North Korea's
 * leader {host}", "{head}, who heads the ...", "{person}, once secretary of
 * ..."): a stranger put there would be absurd, not false.
 */
function roleAround(text: string, slot: string): boolean {
  const at = text.indexOf(`{${slot}}`);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at + slot.length + 2, at + slot.length + 2 + 60);
  if (new RegExp(`${ROLE_NOUNS.source}\\s*,?\\s*$`, 'i').test(before)) return true;
  if (/^\s*,\s*(?:who|whose|once|former|formerly|then|now|the|a|an|\S+['’]s)\b/i.test(after)) return true;
  return /^\s*\(/.test(after);
}

/**
 * Whether a personal pronoun after the slot may refer back to its person ("{speaker} said she
 * would ..."): another person put in the slot would make the sentence false by its grammar, not
 * by the article.
 */
function pronounAfter(text: string, slot: string): boolean {
  const at = text.indexOf(`{${slot}}`);
  return at >= 0 && /\b(?:he|she|him|his|her|hers|himself|herself)\b/i.test(text.slice(at + slot.length + 2));
}

/**
 * The other end of a span the slot marks ("from {north} down to {south}", "from {a} in the east
 * to {b}"): another slot of the sentence whose entity is of the slot's own type, joined to it by
 * "from ... to". Each end stands where it does against the other, so a name put at one end must
 * fit there (a city of the same front), which the type alone does not tell.
 */
export function spanEnd(index: BankIndex, fact: Fact, slot: string): string | null {
  const value = fact.slots[slot];
  if (!value || !('entity' in value)) return null;
  const type = index.entity(value.entity)?.type;
  for (const m of fact.text.matchAll(/\bfrom\s+\{([^}]+)\}\s+(?:[\p{L}'’-]+\s+){0,3}?to\s+\{([^}]+)\}/gu)) {
    const other = m[1] === slot ? m[2]! : m[2] === slot ? m[1]! : null;
    const v = other === null ? undefined : fact.slots[other];
    if (v && 'entity' in v && index.entity(v.entity)?.type === type) return other;
  }
  return null;
}

/** The words of every other name the sentence shows, to keep a swapped name from echoing one ("Kim Jong Il" beside "Kim Jong-un"). */
function otherNameWords(index: BankIndex, fact: Fact, slot: string): Set<string> {
  const words = new Set<string>();
  const add = (label: string) => {
    for (const w of normalize(label).split(' ')) if (w.length > 2) words.add(w);
  };
  for (const [other, v] of Object.entries(fact.slots)) {
    if (other === slot || !('entity' in v)) continue;
    const e = index.entity(v.entity);
    if (e) add(e.label);
  }
  for (const id of index.namedIn(withoutSlots(fact.text))) add(index.entity(id)?.label ?? '');
  return words;
}

/**
 * Whether a slot's entity is tied by a role to another entity of the fact
 * (Danylyuk and the council he was secretary of; Kirby and the council he
 * speaks for): changing either makes a stranger hold the other's office.
 */
function tiedInFact(index: BankIndex, fact: Fact, slot: string, id: string): boolean {
  const tied = index.linked(id);
  for (const [other, v] of Object.entries(fact.slots)) if (other !== slot && 'entity' in v && tied.has(v.entity)) return true;
  return false;
}

/**
 * Whether a name reads as a plural in a sentence: its last word is a plural
 * noun ("Ground Forces", "artillery shells"). People and places are never
 * plural ("the United States", "the Philippines").
 */
function pluralName(index: BankIndex, id: string): boolean {
  let known = plurals.get(index);
  if (!known) plurals.set(index, (known = new Map()));
  let plural = known.get(id);
  if (plural === undefined) known.set(id, (plural = readsPlural(index, id)));
  return plural;
}

const plurals = new WeakMap<BankIndex, Map<string, boolean>>();
const labelWords = new WeakMap<BankIndex, Map<string, string[]>>();

/** The normalised words of an entity's label; worked out once per name. */
function wordsOfLabel(index: BankIndex, id: string): string[] {
  let known = labelWords.get(index);
  if (!known) labelWords.set(index, (known = new Map()));
  let words = known.get(id);
  if (!words) known.set(id, (words = normalize(index.entity(id)?.label ?? '').split(' ')));
  return words;
}

function readsPlural(index: BankIndex, id: string): boolean {
  const e = index.entity(id);
  if (!e || index.isPersonType(e.type) || index.isPlaceType(e.type)) return false;
  const last = normalize(e.label).split(' ').pop() ?? '';
  return last.length > 3 && /s$/.test(last) && !/(?:ss|us|is|ics|ws)$/.test(last);
}

/** The names that may replace a slot's value, as tiers read one after another (best first), and the test each must pass. */
type FalseNames = { tiers: readonly (readonly string[])[]; accept: (id: string) => boolean } | null;

/** The first `n` names of the tiers read as one list: a tier of a large bank is never copied whole. */
function firstNames(tiers: readonly (readonly string[])[], n: number): string[] {
  const out: string[] = [];
  for (const tier of tiers) {
    for (const id of tier) {
      if (out.length >= n) return out;
      out.push(id);
    }
  }
  return out;
}

/** Where the first name that passes stands in the tiers read as one list; -1 for none. */
function firstAccepted(names: NonNullable<FalseNames>): number {
  let at = 0;
  for (const tier of names.tiers) {
    for (const id of tier) {
      if (names.accept(id)) return at;
      at += 1;
    }
  }
  return -1;
}

const falseNameCache = new WeakMap<BankIndex, WeakMap<Fact, Map<string, FalseNames>>>();

/** The names that may replace an entity slot's value in a false statement, best first; worked out once per slot. */
function falseNames(index: BankIndex, fact: Fact, slot: string): FalseNames {
  let byFact = falseNameCache.get(index);
  if (!byFact) falseNameCache.set(index, (byFact = new WeakMap()));
  let bySlot = byFact.get(fact);
  if (!bySlot) byFact.set(fact, (bySlot = new Map()));
  let names = bySlot.get(slot);
  if (names === undefined) bySlot.set(slot, (names = findFalseNames(index, fact, slot)));
  return names;
}

function findFalseNames(index: BankIndex, fact: Fact, slot: string): FalseNames {
  const value = fact.slots[slot]!;
  if (!('entity' in value)) return null;
  const entity = index.entity(value.entity);
  if (!entity) return null;
  // The story's main actors are its frame: "Georgia is fighting a war in Ukraine" is absurd, not false.
  if (principal(index, value.entity)) return null;
  if (index.isPersonType(entity.type) && (roleAround(fact.text, slot) || pronounAfter(fact.text, slot))) return null;
  if (tiedInFact(index, fact, slot, value.entity)) return null;
  const others = slotsOf(fact).filter((s) => s !== slot);
  const answers = falseAvoids(index, fact, slot, others);
  const tiers = entityTiers(index, fact, slot, answers, others, false, renderStatement(index, fact));
  const echo = otherNameWords(index, fact, slot);
  const plural = pluralName(index, value.entity);
  // One end of a span takes only a name the bank places beside it (a pool name `near` it): any other
  // city of the country could sit anywhere ("from Odesa down to Kherson" for the north end of a front).
  const span = spanEnd(index, fact, slot) !== null;
  const own = span ? (index.poolByType.get(entity.type) ?? []).filter((id) => index.entity(id)?.near?.includes(value.entity)) : [];
  // The cheap tests first: a long tier of names that echo the sentence costs little. Each name's answer is
  // kept: these names are read again for every false statement drawn from this slot.
  const accepted = new Map<string, boolean>();
  const accept = (id: string) => {
    let ok = accepted.get(id);
    if (ok === undefined) {
      // The sentence's verbs and pronouns agree with the name it had: "the Air Force said it", never "the Ground Forces said it".
      ok = pluralName(index, id) === plural && !wordsOfLabel(index, id).some((w) => echo.has(w)) && tiers.accept(id);
      accepted.set(id, ok);
    }
    return ok;
  };
  return { tiers: span ? [own] : tiers.tiers, accept };
}

/** Whether one slot can be changed into a false statement. */
export function canFalsify(index: BankIndex, fact: Fact, slot: string): boolean {
  const value = fact.slots[slot]!;
  if (value.given || hedged(fact, slot)) return false;
  const others = slotsOf(fact).filter((s) => s !== slot);
  if ('entity' in value) {
    // A name of a list the fact leaves open ("..., A and B, among other films"): another name in its place may be true too.
    if (inOpenList(fact, slot)) return false;
    const names = falseNames(index, fact, slot);
    return !!names && countAccepted({ tiers: names.tiers, accept: names.accept }, 1) >= 1;
  }
  const answers = falseAvoids(index, fact, slot, others);
  if ('number' in value) return numberFalseValues(index, fact, slot, value, answers).length > 0;
  return dateCandidates(index, fact, value, answers).values.length > 0;
}

const falsifiableCache = new WeakMap<Fact, string[]>();

/** The slots of a fact that can be changed into a false statement (none under a hedge). */
export function falsifiable(index: BankIndex, fact: Fact): string[] {
  let slots = falsifiableCache.get(fact);
  if (!slots) {
    slots = slotsOf(fact).filter((slot) => canFalsify(index, fact, slot));
    falsifiableCache.set(fact, slots);
  }
  return slots;
}

/** A false statement, with what it changed: the slot, the article's value and the one put in its place, in words. */
export interface FalseStatement {
  text: string;
  slot: string;
  right: string;
  wrong: string;
}

/** The fact's statement with one slot changed so that the article shows it false; `null` when the slot allows none. */
export function falseStatement(index: BankIndex, fact: Fact, slot: string, rng: Rng): FalseStatement | null {
  const value = fact.slots[slot]!;
  const others = slotsOf(fact).filter((s) => s !== slot);
  let swapped: SlotValue;
  if ('entity' in value) {
    const names = falseNames(index, fact, slot);
    if (!names) return null;
    // The best tier that has any: a swap from the story's own world, drawn among those.
    const [id] = sample(rng, firstNames(names.tiers, Math.max(4, firstAccepted(names) + 4)), 1, names.accept);
    if (!id) return null;
    swapped = { entity: id };
  } else if ('number' in value) {
    const values = numberFalseValues(index, fact, slot, value, falseAvoids(index, fact, slot, others));
    if (!values.length) return null;
    swapped = { ...value, number: pick(rng, values.slice(0, 4)) };
  } else {
    const values = dateCandidates(index, fact, value, falseAvoids(index, fact, slot, others)).values;
    if (!values.length) return null;
    swapped = { ...value, date: pick(rng, values.slice(0, 6)) };
  }
  return {
    text: renderStatement(index, fact, { slot, value: swapped }),
    slot,
    right: renderValue(index, fact, slot, value),
    wrong: renderValue(index, fact, slot, swapped),
  };
}

/** Every false statement a fact allows, slot by slot, for a person reviewing the bank (the quiz draws one). */
export function everyFalseStatement(index: BankIndex, fact: Fact): string[] {
  const out: string[] = [];
  for (const slot of falsifiable(index, fact)) {
    const value = fact.slots[slot]!;
    const others = slotsOf(fact).filter((s) => s !== slot);
    let values: SlotValue[] = [];
    if ('entity' in value) {
      const names = falseNames(index, fact, slot);
      if (names) values = [...new Set(names.tiers.flat())].filter(names.accept).map((entity) => ({ entity }));
    } else if ('number' in value) {
      values = numberFalseValues(index, fact, slot, value, falseAvoids(index, fact, slot, others)).map((number) => ({ ...value, number }));
    } else {
      values = dateCandidates(index, fact, value, falseAvoids(index, fact, slot, others)).values.map((date) => ({ ...value, date }));
    }
    for (const v of values) out.push(renderStatement(index, fact, { slot, value: v }));
  }
  return out;
}
