/**
 * Checking a fact bank: every problem, each with its JSON path and a message that says what was
 * expected and what was found; from text (`parseBank`), also its line and column.
 *
 * The checks are the rules of bank-rules.ts, which report each fault as a code; this module says
 * each in words. A page needs the words only for a bank with problems, so the element loads them
 * apart (a chunk beside the bundle, with the JSON scanner). Pure: no DOM, no `node:` imports.
 */
import { BANK_VERSION, BANK_VERSIONS, type Bank, type Entity, type PoolEntity } from './bank.js';
import type { Article, ClaimItem, DateSlot, EntitySlot, EntityType, Fact, NumberSlot, Overlap, Pool, ReasonItem, Role, SequenceEvent, SequenceItem } from './bank.js';
import { MAX_DECIMALS, MAX_PARAGRAPHS, ITEM_KINDS, isSound, placeFaults, type Expected, type Fault, type Faults, type Problem, type RequiredOf, type ShapeName } from './bank-rules.js';
import { editDistance } from './text.js';

export { ID_PATTERN, MAX_DECIMALS, MAX_FIGURE, MAX_PARAGRAPHS, SIGNED_UNIT, SLOT_NAME_PATTERN, isSound, readBank, type BankRead, type Problem } from './bank-rules.js';

/**
 * Checks a parsed bank against the format of `src/domain/bank.ts` and returns every
 * problem (an empty array when the bank is valid). Never throws, whatever `data` is.
 */
export function validateBank(data: unknown): Problem[] {
  // A sound bank, the usual case, is checked once without paths; only a bank with a fault is checked
  // again with them, which finds and places every fault.
  if (isSound(data)) return [];
  const problems: Problem[] = [];
  placeFaults(data, (path, fault) => problems.push({ path, message: message(path, fault) }));
  return problems;
}

/** A string as a message quotes it: in JSON quotes, cut short past 60 characters. */
export const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** The last property of a path as a message names it: `label`, `aliases item`, else `value`. */
const lastKey = (path: string): string => {
  const match = /\.([A-Za-z_$][\w$]*)(\[\d+\])?$/.exec(path);
  return match ? `${match[1]}${match[2] ? ' item' : ''}` : 'value';
};
const list = (words: Iterable<string>): string => [...words].join(', ');

/** What a value is, for "found ...". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return `string ${quote(value)}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}

/** The candidate closest to `word` (edit distance with adjacent swaps), if one is close enough to be a slip. */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  for (const candidate of candidates) {
    const d = editDistance(word, candidate, bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const suggestion = (word: string, candidates: Iterable<string> | null): string => {
  const near = candidates === null ? undefined : closest(word, candidates);
  return near === undefined ? '' : ` Did you mean ${quote(near)}?`;
};

/**
 * A whole number from 1 to {@link MAX_PARAGRAPHS}. Its thousands are grouped by hand: the first
 * `toLocaleString` of a page starts the browser's number formatting, about four fifths of the time
 * the bundle takes to load, for one message.
 */
const WHOLE_COUNT = `a whole number from 1 to ${String(MAX_PARAGRAPHS).replace(/\B(?=(\d{3})+$)/g, ',')}`;

/** What an `expected` fault says was expected. */
const EXPECTED: Record<Expected, string> = {
  string: 'a string',
  boolean: 'true or false',
  count: WHOLE_COUNT,
  number: 'a number',
  date: 'an ISO date string',
  array: 'an array',
  object: 'an object',
  bank: 'a fact bank (an object)',
  slot: 'a slot (an object with "entity", "number" or "date")',
  understanding: 'a question of understanding (an object)',
};

/** What each part of a bank is called. */
const WHAT: Record<ShapeName, string> = {
  role: 'a role',
  entitySlot: 'an entity slot',
  numberSlot: 'a number slot',
  dateSlot: 'a date slot',
  article: 'an article',
  type: 'a type',
  entity: 'an entity',
  fact: 'a fact',
  pool: 'a pool',
  poolEntry: 'a pool entry',
  overlap: 'an overlap',
  event: 'an event',
  reason: 'a reason',
  claim: 'a claim',
  sequence: 'a sequence',
  understanding: 'a question of understanding',
  bank: 'a bank',
};

/** Why a required property of each part must be there: one reason for each, typed by the part's interface. */
type Reasons<T> = Record<RequiredOf<T>, string>;

const understandingReasons = {
  id: 'every question of understanding needs an id',
  article: 'every question of understanding must cite its article',
  paragraph: 'every question of understanding must cite its paragraph',
  explanation: 'every question of understanding explains its answer from the article',
};

const REQUIRED: { [S in ShapeName]: Record<string, string> } = {
  role: {
    title: 'a role needs its title, e.g. "governor of the Pskov region"',
    article: 'every role must cite its article',
    paragraph: 'every role must cite its paragraph',
  } satisfies Reasons<Role>,
  entitySlot: { entity: 'an entity slot names its entity' } satisfies Reasons<EntitySlot>,
  numberSlot: {
    number: 'a number slot holds its figure',
    unit: 'a number slot needs its unit, e.g. "planes"',
    label: 'a number slot needs a label saying what is counted',
  } satisfies Reasons<NumberSlot>,
  dateSlot: {
    date: 'a date slot holds its date',
    label: 'a date slot needs a label saying what happened then',
  } satisfies Reasons<DateSlot>,
  article: {
    id: 'every article needs an id',
    title: 'every article needs its headline as "title"',
    site: 'give the site as the page names it, or null',
    date: 'give the date as the page shows it (ISO), or null',
    paragraphs: 'every article must say how many body paragraphs it has',
    summary: 'every article needs a short summary in our own words (the results show it)',
  } satisfies Reasons<Article>,
  type: {
    id: 'every type needs an id',
    label: 'every type needs a singular noun as "label"',
    plural: 'every type needs a plural noun',
  } satisfies Reasons<EntityType>,
  entity: {
    id: 'every entity needs an id',
    label: 'every entity needs a label to display',
    type: 'every entity needs its most specific type',
  } satisfies Reasons<Entity>,
  fact: {
    id: 'every fact needs an id',
    relation: 'every fact names its relation',
    article: 'every fact must cite its article',
    paragraph: 'every fact must cite its paragraph',
    text: 'every fact needs its statement in our own words',
    slots: 'every fact needs its slots',
  } satisfies Reasons<Fact>,
  pool: {
    type: 'every pool holds names of one type',
    note: 'every pool says where its names come from',
    entities: 'a pool needs its names',
  } satisfies Reasons<Pool>,
  poolEntry: {
    id: 'every pool entry needs an id',
    label: 'every pool entry needs a label to display',
  } satisfies Reasons<PoolEntity>,
  overlap: {
    kind: 'say whether the facts are "distinct-events" or the "same-event"',
    facts: 'an overlap links two or more facts',
    note: 'every overlap says why, in a sentence',
  } satisfies Reasons<Overlap>,
  event: {
    label: 'every event needs a label saying what happened',
    article: 'every event must cite its article',
    paragraph: 'every event must cite its paragraph',
  } satisfies Reasons<SequenceEvent>,
  reason: {
    ...understandingReasons,
    kind: 'say which kind it is',
    question: 'a reason needs its question, e.g. "Why does ...?"',
    answer: 'a reason needs the answer the article gives',
    wrong: 'a reason needs at least three alternatives the article rules out',
  } satisfies Reasons<ReasonItem>,
  claim: {
    ...understandingReasons,
    kind: 'say which kind it is',
    speaker: 'a claim names who made it (an entity id)',
    claim: 'a claim needs what was said, in our words',
    about: 'a claim says what it is about, for "What did ... say about ...?"',
    wrong: 'a claim needs at least three claims the speaker did not make',
  } satisfies Reasons<ClaimItem>,
  sequence: {
    ...understandingReasons,
    kind: 'say which kind it is',
    events: 'a sequence needs its events, earliest first',
  } satisfies Reasons<SequenceItem>,
  understanding: { ...understandingReasons, kind: `say which kind it is: ${list(ITEM_KINDS.map(quote))}` },
  bank: {
    version: `give the format version (${BANK_VERSION})`,
    id: 'every bank needs an id',
    title: 'every bank needs the title a reader sees',
    language: 'give the language of the bank\'s texts, e.g. "en"',
    articles: 'a bank needs the articles its facts come from',
    types: 'a bank needs its entity types',
    entities: 'a bank needs its entities',
    facts: 'a bank needs facts to ask about',
  } satisfies Reasons<Bank>,
};

/** The rule a string of each pattern breaks. */
const RULES: Record<Faults['invalid'][1], string> = {
  id: 'use lower-case letters, digits and "-", starting with a letter or digit',
  url: 'expected an http(s) address',
  language: 'expected a BCP 47 language tag such as "en"',
};

/** Why a list needs the items a `tooFew` fault counts. */
const TOO_FEW: Record<NonNullable<Faults['tooFew'][2]>, string> = {
  overlap: ': an overlap links two or more facts',
  alternatives: ': give at least three alternatives the article rules out',
  sequence: ': a sequence orders three or more events',
};

/** Where an unknown reference of each kind was looked for. */
const WHERE: Record<Faults['unknownRef'][0], string> = {
  article: 'no article has this id',
  type: 'no type has this id',
  entity: 'no entity or pool entry has this id',
  fact: 'no fact has this id',
};

/** The message of each fault, from the path where it was found and what the fault holds. */
const MESSAGES: { [C in keyof Faults]: (path: string, ...args: Faults[C]) => string } = {
  expected: (_, what, value) => `expected ${EXPECTED[what]}, found ${kindOf(value)}`,
  notObject: (_, shape, value) => `expected ${WHAT[shape]} (an object), found ${kindOf(value)}`,
  empty: (path) => `empty ${lastKey(path)}`,
  noLetter: (path, value) => `${lastKey(path)} ${quote(value)} has no letter or digit: a reader sees nothing, or only symbols`,
  invalid: (path, value, rule) => `invalid ${lastKey(path)} ${quote(value)}: ${RULES[rule]}`,
  notCount: (_, value) => `expected ${WHOLE_COUNT}, found ${value}`,
  notFinite: (_, value) => `expected a finite number, found ${value}`,
  tooLarge: (_, value) => `figure ${value} is too large to read or type: figures have at most twelve digits (below 1,000,000,000,000)`,
  tooPrecise: (_, value) => `figure ${value} has more than ${MAX_DECIMALS} digits after the point`,
  negative: (_, value) => `expected a figure of 0 or more, found ${String(value)}`,
  negativeCount: (_, number, unit) =>
    `a count is never negative, found ${number} ${quote(unit)}: only a figure on a scale that runs below zero (degrees, per cent, points) may be, and its unit says so`,
  notOneOf: (_, value, values) =>
    `${typeof value === 'string' ? `unknown ${quote(value)}` : `found ${kindOf(value)}`}: expected one of ${values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ')}`,
  notIsoDate: (_, value) => `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found ${quote(value)}`,
  noSuchDate: (_, value) => `no such date ${quote(value)}`,
  tooFew: (_, least, found, why) => `expected at least ${least} item${least === 1 ? '' : 's'}, found ${found}${why ? TOO_FEW[why] : ''}`,
  slotName: (_, key) => `invalid slot name ${quote(key)}: use letters, digits, "-" and "_", starting with a letter`,
  missing: (_, shape, name) => `missing "${name}": ${REQUIRED[shape][name]}`,
  unknownProperty: (_, key, shape, fields) => {
    const near = closest(key, fields);
    return `unknown property ${quote(key)} (${near === undefined ? `${WHAT[shape]} has: ${list(fields)}` : `did you mean ${quote(near)}?`})`;
  },
  duplicateId: (_, id, first) => `duplicate id ${quote(id)} (also at ${first})`,
  poolClash: (_, id, entity) => `pool id ${quote(id)} collides with the entity at ${entity}: a pool holds names from outside the bank`,
  poolEntry: (_, ref, at) => `${quote(ref)} is a pool entry (${at}): pools hold distractors only; a fact must name an entity of the bank`,
  unknownRef: (_, kind, ref, candidates) => `unknown ${kind} ${quote(ref)} (${WHERE[kind]})${suggestion(ref, candidates)}`,
  unknownAvoid: (_, ref, candidates) => `unknown relation or fact ${quote(ref)} (avoid names a fact's relation or id)${suggestion(ref, candidates)}`,
  beyond: (_, paragraph, article, paragraphs) => `paragraph ${paragraph} is beyond the article ${quote(article)}, which has ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`,
  noSlot: (path, name, slots) => `"{${name}}" in ${lastKey(path)} names no slot (this fact's slots: ${list(slots) || 'none'})${suggestion(name, slots)}`,
  unmatched: (path) => `unmatched brace in ${lastKey(path)}: write {slot} where a slot's value stands`,
  unusedSlot: (_, slot) => `slot ${quote(slot)} is never used in text (write {${slot}} where its value stands)`,
  askNoSlot: (_, slot, slots) => `ask names slot ${quote(slot)}, which this fact does not have (its slots: ${list(slots) || 'none'})${suggestion(slot, slots)}`,
  givesAway: (_, slot) => `the question for slot ${quote(slot)} gives its own answer away: it contains {${slot}}`,
  sameAsAnswer: (_, answerKey) => `this alternative is the ${answerKey} itself: it would be a second right option`,
  listedTwice: (_, fact) => `fact ${quote(fact)} is listed twice`,
  sameFacts: () => 'an overlap needs at least two different facts',
  cycle: (_, chain) => `type parent cycle: ${chain.join(' → ')} (a type cannot be its own ancestor)`,
  sameName: (_, name, owner, at, type) =>
    `name ${quote(name)} is also a name of ${quote(owner)} (${at}), another ${type}, but for case, accents or punctuation: a typed answer could not tell the two apart`,
  poolName: (_, name, owner, at) => `pool name ${quote(name)} is a name of the entity ${quote(owner)} (${at}): a pool name must be wrong for every question of its type`,
  notTypable: (_, label) =>
    `label ${quote(label)} has no letter a–z or digit once accents are dropped, so a typed answer could never match it: write the label in the Latin alphabet (another script may stay as an alias)`,
  noSlots: () => 'a fact needs at least one slot',
  twoValues: (_, kinds) => `a slot holds one value, found ${list(kinds.map(quote))}`,
  noValue: (_, keys) => `a slot needs one of "entity", "number" or "date", found ${keys.length ? `only ${list(keys.map(quote))}` : 'an empty object'}`,
  unsupportedVersion: (_, value) => `unsupported version ${String(value)}: this code reads versions ${list(BANK_VERSIONS.map(String))}`,
  threw: (_, error) => `cannot check this value: ${error instanceof Error ? error.message : 'it threw while being read'}`,
};

/** The message of `fault`, found at `path`. */
function message(path: string, fault: Fault): string {
  const [code, ...args] = fault;
  return (MESSAGES[code] as (path: string, ...args: unknown[]) => string)(path, ...args);
}
