/**
 * The rules of a fact bank: every check of the format, each reporting what it found wrong as a
 * {@link Fault} (a code and what the message needs) at a JSON path. The words of the messages are
 * in validate.ts ({@link validateBank} there), which a page loads only for a bank with problems:
 * a sound bank, the usual case, is checked by these rules alone ({@link readBank}, {@link isSound}).
 *
 * Two passes: first the ids (so that references can be checked wherever they stand),
 * then each part against a table of its fields, with a few rules that look at several
 * fields at once. Pure: no DOM, no `node:` imports.
 */
import { BANK_VERSIONS } from './bank.js';
import type {
  Article,
  Bank,
  ClaimItem,
  DateSlot,
  Entity,
  EntitySlot,
  EntityType,
  Fact,
  NumberSlot,
  Overlap,
  Pool,
  PoolEntity,
  ReasonItem,
  Role,
  SequenceEvent,
  SequenceItem,
} from './bank.js';
import { indexPath, memberPath, propertyNamesAtMost } from './json-path.js';
import { fold, hashOf, normalHash, normalize } from './text.js';

/** One thing wrong with a bank. */
export interface Problem {
  /** JSON path of the value at fault, e.g. `$.facts[3].slots.airfield.entity`. */
  path: string;
  /** What is wrong, saying what was expected and what was found. */
  message: string;
  /** 1-based line of the value in the source text, when checked from text. */
  line?: number;
  /** 1-based column (in characters) of the value in the source text, when checked from text. */
  column?: number;
}

/** Ids: lower-case letters, digits and `-`, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Slot names as they stand in `{slot}`: letters, digits, `-` and `_`, starting with a letter. */
export const SLOT_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

const QUALIFIERS = ['exactly', 'about', 'nearly', 'at-least', 'more-than', 'at-most', 'fewer-than'];
const OVERLAP_KINDS = ['distinct-events', 'same-event'];
/** The kinds of an author's item of understanding (`understanding[].kind`): each is also a kind of question. */
export const ITEM_KINDS: readonly (ReasonItem | ClaimItem | SequenceItem)['kind'][] = ['reason', 'claim', 'sequence'];
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

/**
 * A bank's text as the quick path reads it: `JSON.parse`, the checks without paths, and a count of
 * the property names the text gives ({@link propertyNamesAtMost}). The usual case, a sound bank, ends here with `bank` set; for any other
 * text, `parseBank` (src/domain/parse.ts) scans the text and says what is wrong and where.
 */
export interface BankRead {
  /** The bank, when the text is a sound one; else `null`. */
  bank: Bank | null;
  /** The text without a leading byte-order mark (browsers ignore it; columns count from after it). */
  body: string;
  /** What `JSON.parse` made of the text, or `undefined` when it could not read it. */
  data: unknown;
  /** What `JSON.parse` threw, when it could not read the text. */
  unreadable?: unknown;
  /** `[]` when the checks found no fault (plain JSON, a property perhaps named twice); `null` when only `validateBank` and a scan can tell. */
  checked: Problem[] | null;
}

/** Reads a bank's text the quick way (see {@link BankRead}). Never throws. */
export function readBank(text: string): BankRead {
  const body = typeof text === 'string' ? (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) : '';
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { bank: null, body, data: undefined, unreadable: error, checked: null };
  }
  // A sound bank, the usual case, is read by the engine and checked once, without paths; a property
  // named twice is found by counting the names the text gives against those JSON.parse kept. Only a
  // bank with something to place (or a count that differs) is scanned, by `parseBank`.
  const keys = soundKeys(data);
  if (keys === null) return { bank: null, body, data, checked: null };
  return { bank: keys === propertyNamesAtMost(body) ? (data as Bank) : null, body, data, checked: [] };
}

/** Whether `data` is a sound bank: the quick check without paths, which stops at the first fault. Never throws. */
export function isSound(data: unknown): data is Bank {
  return soundKeys(data) !== null;
}

/**
 * Reports every fault of `data` with its path: the checks of {@link isSound}, with paths made. Never
 * throws, whatever `data` is (`validateBank` in validate.ts says each fault in words).
 */
export function placeFaults(data: unknown, report: Report): void {
  try {
    checkBank(data, report);
  } catch (error) {
    // Plain JSON data never gets here; a hostile object (a throwing getter, a proxy) might.
    report('$', ['threw', error]);
  }
}

/**
 * Whether the checks make the path of each value they check. A first pass over a bank makes none
 * and stops at the first problem: a sound bank, the usual case, needs no path, and making one for
 * each of its millions of values took about half the time of the checks. A bank with a problem is
 * then checked again with paths ({@link placeFaults}), which finds and places every problem.
 */
let placing = true;

/** How many properties the checks have read (each object's keys, once): see {@link soundKeys}. */
let keysRead = 0;

/** Thrown by the first pass at its first problem. */
class Unsound {}

const memberAt = (path: string, key: string): string => (placing ? memberPath(path, key) : path);
const itemAt = (path: string, i: number): string => (placing ? indexPath(path, i) : path);

/**
 * Checks `data` without paths: the number of properties of all its objects when it has no problem,
 * else `null`. The checks read every object of a sound bank (a property they do not know is a
 * problem), so the count is every property the data holds.
 */
function soundKeys(data: unknown): number | null {
  placing = false;
  keysRead = 0;
  try {
    checkBank(data, () => {
      throw new Unsound();
    });
    return keysRead;
  } catch {
    // A problem, or a hostile object that threw: the checks with paths say which.
    return null;
  } finally {
    placing = true;
  }
}

/**
 * What a check can find wrong, by code: what its message needs besides the path. The words are in
 * validate.ts, one message for each code.
 */
export interface Faults {
  /** Not the kind of value expected. */
  expected: [what: Expected, value: unknown];
  /** Not an object where a part of the bank of this shape stands. */
  notObject: [shape: ShapeName, value: unknown];
  /** A text that is empty or white space. */
  empty: [];
  /** A text without a letter or digit. */
  noLetter: [value: string];
  /** A string that does not match its pattern. */
  invalid: [value: string, rule: 'id' | 'url' | 'language'];
  notCount: [value: number];
  notFinite: [value: number];
  tooLarge: [value: number];
  tooPrecise: [value: number];
  /** A tolerance below 0. */
  negative: [value: unknown];
  negativeCount: [number: number, unit: string];
  notOneOf: [value: unknown, values: readonly unknown[]];
  notIsoDate: [value: string];
  noSuchDate: [value: string];
  /** Fewer items than a list needs; `why` says why it needs them. */
  tooFew: [least: number, found: number, why: 'overlap' | 'alternatives' | 'sequence' | null];
  slotName: [key: string];
  /** A required property missing from an object of this shape. */
  missing: [shape: ShapeName, name: string];
  unknownProperty: [key: string, shape: ShapeName, fields: string[]];
  duplicateId: [id: string, first: string];
  poolClash: [id: string, entity: string];
  /** A fact names a pool entry, at `at`, where an entity must stand. */
  poolEntry: [ref: string, at: string];
  /** An unknown reference; `candidates` are the ids to suggest from, `null` once the budget is spent. */
  unknownRef: [kind: 'article' | 'type' | 'entity' | 'fact', ref: string, candidates: Iterable<string> | null];
  unknownAvoid: [ref: string, candidates: Iterable<string> | null];
  beyond: [paragraph: number, article: string, paragraphs: number];
  noSlot: [name: string, slots: string[]];
  unmatched: [];
  unusedSlot: [slot: string];
  askNoSlot: [slot: string, slots: string[]];
  givesAway: [slot: string];
  sameAsAnswer: [answerKey: string];
  listedTwice: [fact: string];
  sameFacts: [];
  cycle: [chain: string[]];
  sameName: [name: string, owner: string, at: string, type: string];
  poolName: [name: string, owner: string, at: string];
  notTypable: [label: string];
  noSlots: [];
  twoValues: [kinds: string[]];
  noValue: [keys: string[]];
  unsupportedVersion: [value: unknown];
  /** A hostile object threw while it was read. */
  threw: [error: unknown];
}

/** What a check found wrong: a code of {@link Faults} and what its message needs. */
export type Fault = { [C in keyof Faults]: [C, ...Faults[C]] }[keyof Faults];

/** The kinds of value an `expected` fault names. */
export type Expected = 'string' | 'boolean' | 'count' | 'number' | 'date' | 'array' | 'object' | 'bank' | 'slot' | 'understanding';

/** The parts of a bank that have a shape of fields (see {@link Shape}). */
export type ShapeName =
  | 'role'
  | 'entitySlot'
  | 'numberSlot'
  | 'dateSlot'
  | 'article'
  | 'type'
  | 'entity'
  | 'fact'
  | 'pool'
  | 'poolEntry'
  | 'overlap'
  | 'event'
  | 'reason'
  | 'claim'
  | 'sequence'
  | 'understanding'
  | 'bank';

/** Takes a fault found at `path`. */
export type Report = (path: string, fault: Fault) => void;
type Data = Record<string, unknown>;

/** Checks the value at `path` and reports what is wrong with it. */
type Validator = (value: unknown, path: string, report: Report) => void;

/** A field of an object: its check and whether it must be present (validate.ts says why). */
interface Field {
  check: Validator;
  required?: true;
}

/**
 * The fields of a part of the bank, typed by its interface in `bank.ts`: one entry per property,
 * none more, and `required` exactly where the property is not optional. The types and the
 * validator cannot drift apart; `test/node/schema.test.mjs` holds the JSON Schema to both.
 */
export type Fields<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? { check: Validator; required?: never } : { check: Validator; required: true } };

/** The properties of `T` that must be present: those a message says the reason for when one is missing. */
export type RequiredOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** An object kind: its name (validate.ts words it), its fields, and rules over several fields. */
interface Shape {
  name: ShapeName;
  fields: Record<string, Field>;
  /** The fields' names, listed once. */
  names?: string[];
  rules?: (item: Data, path: string, report: Report) => void;
}

/** The shape of the part of the bank typed `T` (see {@link Fields}). */
const shape = <T>(name: ShapeName, fields: Fields<T>, rules?: Shape['rules']): Shape => ({ name, fields, names: Object.keys(fields), ...(rules ? { rules } : {}) });

/**
 * The ids of one kind, each with its place in `items`, the objects that define them: no object is
 * made for each id, and a path only when a message needs one (a large bank has hundreds of
 * thousands of ids).
 */
class Ids extends Map<string, number> {
  constructor(
    private readonly items: readonly unknown[],
    /** The path of the object at a place. */
    readonly pathOf: (place: number) => string,
  ) {
    super();
  }

  /** The object at a place. */
  at(place: number): Data {
    return this.items[place] as Data;
  }

  /** The object that defines `id`, if one does (an unknown id has no place: `items[undefined]`). */
  item(id: string): Data | undefined {
    return this.items[this.get(id)!] as Data | undefined;
  }

  /** The path of the object that defines `id`, which one does. */
  path(id: string): string {
    return this.pathOf(this.get(id)!);
  }
}

/** Every id in the bank, by kind; filled before the parts are checked. */
interface Index {
  articles: Ids;
  types: Ids;
  entities: Ids;
  pool: Ids;
  facts: Ids;
}

const has = (item: object, key: string): boolean => Object.hasOwn(item, key);
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);


/** A check from a test that returns the fault, or `undefined` when the value fits. */
const simple =
  (test: (value: unknown) => Fault | undefined): Validator =>
  (value, path, report) => {
    const fault = test(value);
    if (fault !== undefined) report(path, fault);
  };

/** A letter or a digit of any script: what makes a text more than blank, invisible or symbols. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether a text opens with an ASCII letter or digit: then it is neither blank nor symbols alone, without a look at the rest. */
const opensWithWord = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
};

const text = simple((value) => {
  if (typeof value !== 'string') return ['expected', 'string', value];
  if (opensWithWord(value)) return undefined;
  if (value.trim() === '') return ['empty'];
  return WORD_CHARACTER.test(value) ? undefined : ['noLetter', value];
});

const pattern = (re: RegExp, rule: Faults['invalid'][1]): Validator =>
  simple((value) => {
    if (typeof value !== 'string') return ['expected', 'string', value];
    return re.test(value) ? undefined : ['invalid', value, rule];
  });

const id = pattern(ID_PATTERN, 'id');

const bool = simple((value) => (typeof value === 'boolean' ? undefined : ['expected', 'boolean', value]));

/** The most paragraphs an article may have: paragraph counts and numbers run from 1 to this. */
export const MAX_PARAGRAPHS = 10_000;

/** Figures (and tolerances) are below this: twelve digits at most, which a reader reads and types. */
export const MAX_FIGURE = 1e12;

/** The most digits a figure may have after the decimal point. */
export const MAX_DECIMALS = 6;

/** A whole number from 1 to {@link MAX_PARAGRAPHS}: paragraph counts and paragraph numbers. */
const count = simple((value) => {
  if (typeof value !== 'number') return ['expected', 'count', value];
  return Number.isInteger(value) && value >= 1 && value <= MAX_PARAGRAPHS ? undefined : ['notCount', value];
});

const finite = simple((value) => {
  if (typeof value !== 'number') return ['expected', 'number', value];
  return Number.isFinite(value) ? undefined : ['notFinite', value];
});

/**
 * A figure a reader can read and type back: above -{@link MAX_FIGURE} and below it (twelve
 * digits), with at most {@link MAX_DECIMALS} digits after the point.
 */
const figure = simple((value) => {
  if (typeof value !== 'number') return ['expected', 'number', value];
  if (!Number.isFinite(value)) return ['notFinite', value];
  if (Math.abs(value) >= MAX_FIGURE) return ['tooLarge', value];
  return Number(value.toFixed(MAX_DECIMALS)) === value ? undefined : ['tooPrecise', value];
});

/**
 * Units of a scale that runs below zero: only a figure with one of these may be negative (a
 * temperature, a change in per cent or points). Anything else is a count, and a count is never
 * negative. The JSON Schema's number slot holds the same pattern (`schema.test.mjs` checks it).
 */
export const SIGNED_UNIT = /(?:^|[^A-Za-z])(?:degrees?|[Cc]elsius|[Ff]ahrenheit|per ?cent|percent|percentage points?|points?)(?:$|[^A-Za-z])|[°%]/;

/** Reports a negative figure whose unit is a count. */
function signedFigure(slot: Data, path: string, report: Report): void {
  const { number, unit } = slot;
  if (typeof number !== 'number' || !(number < 0) || typeof unit !== 'string' || SIGNED_UNIT.test(unit)) return;
  report(memberPath(path, 'number'), ['negativeCount', number, unit]);
}

const oneOf = (values: readonly unknown[]): Validator => simple((value) => (values.includes(value) ? undefined : ['notOneOf', value, values]));

const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const isoDate = simple((value) => {
  if (typeof value !== 'string') return ['expected', 'date', value];
  const match = ISO_DATE.exec(value);
  if (!match) return ['notIsoDate', value];
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? undefined : ['noSuchDate', value];
});

const nullable =
  (check: Validator): Validator =>
  (value, path, report) => {
    if (value !== null) check(value, path, report);
  };

const both = (...checks: Validator[]): Validator => {
  // One reporter for every call, which notes a failure and passes the problem on (the state is saved
  // around each call, should a check come back to this one).
  let failed = false;
  let outer: Report = () => {};
  const once: Report = (p, m) => {
    failed = true;
    outer(p, m);
  };
  return (value, path, report) => {
    const wasFailed = failed;
    const wasOuter = outer;
    failed = false;
    outer = report;
    try {
      for (const check of checks) if (!failed) check(value, path, once);
    } finally {
      failed = wasFailed;
      outer = wasOuter;
    }
  };
};

/** A distance from a figure: a {@link figure} of 0 or more. */
const tolerance = both(
  figure,
  simple((value) => ((value as number) >= 0 ? undefined : ['negative', value])),
);

const arrayOf =
  (item: Validator, least = 0, why: Faults['tooFew'][2] = null): Validator =>
  (value, path, report) => {
    if (!Array.isArray(value)) return report(path, ['expected', 'array', value]);
    if (value.length < least) report(path, ['tooFew', least, value.length, why]);
    for (let i = 0; i < value.length; i++) item(value[i], itemAt(path, i), report);
  };

/** An object whose keys are slot names (`slots`, `ask`). */
const recordOf =
  (item: Validator): Validator =>
  (value, path, report) => {
    if (!isData(value)) return report(path, ['expected', 'object', value]);
    for (const key in value) {
      if (!has(value, key)) continue;
      keysRead++;
      const at = memberAt(path, key);
      if (!SLOT_NAME_PATTERN.test(key)) report(at, ['slotName', key]);
      item(value[key], at, report);
    }
  };

const objectOf =
  (shape: Shape): Validator =>
  (value, path, report) => {
    checkObject(value, path, shape, report);
  };

/** Checks an object against its shape: missing, unknown and ill-formed fields, then its rules. */
function checkObject(value: unknown, path: string, shape: Shape, report: Report): void {
  if (!isData(value)) return report(path, ['notObject', shape.name, value]);
  const fields = shape.names ?? Object.keys(shape.fields);
  for (const name of fields) {
    const field = shape.fields[name]!;
    if (has(value, name)) field.check(value[name], memberAt(path, name), report);
    else if (field.required) report(path, ['missing', shape.name, name]);
  }
  // Own keys in their order without a list made for each object (a bank has millions of them).
  for (const key in value) {
    if (!has(value, key)) continue;
    keysRead++;
    if (!has(shape.fields, key)) report(memberPath(path, key), ['unknownProperty', key, shape.name, fields]);
  }
  shape.rules?.(value, path, report);
}

/**
 * Records every id of the list at `listPath` in `into`, item `i` at `place(i)`, reporting duplicates
 * and clashes with `clashes`.
 */
function collect(list: unknown, listPath: string, into: Ids, report: Report, place: (i: number) => number, clashes?: Ids): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!isData(item) || typeof item.id !== 'string') continue;
    const id = item.id;
    if (into.has(id)) report(memberPath(indexPath(listPath, i), 'id'), ['duplicateId', id, into.path(id)]);
    else if (clashes?.has(id)) report(memberPath(indexPath(listPath, i), 'id'), ['poolClash', id, clashes.path(id)]);
    else into.set(id, place(i));
  }
}

/** The ids of a list of the bank (`articles`, ...), each at its index in the list. */
function listIds(bank: Data, key: 'articles' | 'types' | 'entities' | 'facts', report: Report): Ids {
  const list = bank[key];
  const path = `$.${key}`;
  const ids = new Ids(Array.isArray(list) ? list : [], (i) => indexPath(path, i));
  collect(list, path, ids, report, (i) => i);
  return ids;
}

function indexBank(bank: Data, report: Report): Index {
  const articles = listIds(bank, 'articles', report);
  const types = listIds(bank, 'types', report);
  const entities = listIds(bank, 'entities', report);
  const facts = listIds(bank, 'facts', report);
  // Pool entries, from every pool: entry e of pool p is at e * pools + p (only their paths are read).
  const pools = Array.isArray(bank.pools) ? bank.pools : [];
  const entries = (p: number): string => `${indexPath('$.pools', p)}.entities`;
  const pool = new Ids([], (k) => indexPath(entries(k % pools.length), Math.floor(k / pools.length)));
  pools.forEach((value: unknown, p) => {
    if (isData(value)) collect(value.entities, entries(p), pool, report, (e) => e * pools.length + p, entities);
  });
  return { articles, types, entities, pool, facts };
}

/**
 * How many ids the suggestions for unknown references of one bank may compare: the first unknown
 * references get their "Did you mean", and a bank of thousands of them is still checked in time
 * linear in its size (comparing each with every id would take minutes).
 */
const SUGGESTION_BUDGET = 200_000;

/** What is left of {@link SUGGESTION_BUDGET} in one check. */
interface Budget {
  left: number;
}

/**
 * A reference to an id of one kind; an unknown one gets a suggestion while the budget lasts. An
 * entity reference to a pool entry (`pool`) is a fault of its own: pools hold distractors only.
 */
const reference = (kind: Faults['unknownRef'][0], known: Ids, budget: Budget, pool?: Ids): Validator =>
  both(id, (value, path, report) => {
    const ref = value as string;
    if (known.has(ref)) return;
    if (pool?.has(ref)) return report(path, ['poolEntry', ref, pool.path(ref)]);
    budget.left -= known.size;
    report(path, ['unknownRef', kind, ref, budget.left >= 0 ? known.keys() : null]);
  });

/** Reports a cited paragraph beyond the end of its article. */
function paragraphWithin(item: Data, path: string, index: Index, report: Report): void {
  const { article, paragraph } = item;
  if (typeof article !== 'string' || typeof paragraph !== 'number' || !Number.isInteger(paragraph)) return;
  const paragraphs = index.articles.item(article)?.paragraphs;
  if (typeof paragraphs === 'number' && Number.isInteger(paragraphs) && paragraph > paragraphs) {
    report(memberPath(path, 'paragraph'), ['beyond', paragraph, article, paragraphs]);
  }
}

/** A brace. (A regular expression written in a function is made anew at each call.) */
const BRACE = /[{}]/;
/**
 * Reports `{name}`s that name no slot, stray braces, and returns the names used. A `{name}` is a
 * brace, anything but braces, and a closing brace; any other brace is stray.
 */
function placeholders(s: string, path: string, slots: string[], report: Report): string[] {
  const used: string[] = [];
  let stray = false;
  for (let i = s.search(BRACE); i >= 0 && i < s.length; ) {
    const c = s[i];
    if (c === '{') {
      let end = i + 1;
      while (end < s.length && s[end] !== '{' && s[end] !== '}') end++;
      if (s[end] === '}') {
        const name = s.slice(i + 1, end);
        used.push(name);
        if (!slots.includes(name)) report(path, ['noSlot', name, slots]);
        i = end + 1;
        continue;
      }
      stray = true;
    } else if (c === '}') {
      stray = true;
    }
    i += 1;
  }
  if (stray) report(path, ['unmatched']);
  return used;
}

function factRules(fact: Data, path: string, index: Index, report: Report): void {
  paragraphWithin(fact, path, index, report);
  if (!isData(fact.slots)) return;
  const slots = Object.keys(fact.slots);
  if (typeof fact.text === 'string') {
    const used = placeholders(fact.text, memberAt(path, 'text'), slots, report);
    for (const slot of slots) {
      if (!used.includes(slot)) report(memberPath(memberPath(path, 'slots'), slot), ['unusedSlot', slot]);
    }
  }
  if (isData(fact.ask)) {
    for (const slot of Object.keys(fact.ask)) {
      const at = memberAt(memberAt(path, 'ask'), slot);
      const wording = fact.ask[slot];
      if (!slots.includes(slot)) {
        report(at, ['askNoSlot', slot, slots]);
      } else if (typeof wording === 'string' && placeholders(wording, at, slots, report).includes(slot)) {
        report(at, ['givesAway', slot]);
      }
    }
  }
}

/** Reports an alternative that repeats the answer (it would be a second right option). */
function alternativesRules(item: Data, answerKey: string, path: string, report: Report): void {
  const answer = item[answerKey];
  if (typeof answer !== 'string' || !Array.isArray(item.wrong)) return;
  const norm = (s: string) => s.trim().toLowerCase().replace(/[.!?]+$/, '');
  item.wrong.forEach((w: unknown, i) => {
    if (typeof w === 'string' && norm(w) === norm(answer)) report(indexPath(memberPath(path, 'wrong'), i), ['sameAsAnswer', answerKey]);
  });
}

function overlapRules(overlap: Data, path: string, report: Report): void {
  if (!Array.isArray(overlap.facts)) return;
  const seen = new Set<unknown>();
  overlap.facts.forEach((fact: unknown, i) => {
    if (seen.has(fact) && typeof fact === 'string') report(indexPath(memberPath(path, 'facts'), i), ['listedTwice', fact]);
    seen.add(fact);
  });
  if (overlap.facts.length >= 2 && seen.size < 2) report(memberPath(path, 'facts'), ['sameFacts']);
}

/** Reports each cycle of `parent` links once, at the first type of the cycle. */
function parentCycles(_bank: Data, index: Index, report: Report): void {
  const reported = new Set<string>();
  for (const start of index.types.keys()) {
    if (reported.has(start)) continue;
    const chain = [start];
    let next = index.types.item(start)!.parent;
    while (typeof next === 'string' && index.types.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = index.types.item(next)!.parent;
    }
    if (next === start) {
      chain.forEach((type) => reported.add(type));
      report(memberPath(index.types.path(start), 'parent'), ['cycle', [...chain, start]]);
    }
  }
}

/** The fields of an entity or a pool entry that hold the names a reader sees and types. */
const NAME_FIELDS = ['label', 'aliases', 'spellings'] as const;

/**
 * Calls `visit` with each name of an entity or pool entry, its field and its place in the list
 * (`-1` for the label); {@link namePath} makes its path, only for a message.
 */
function eachName(item: Data, visit: (name: string, field: string, i: number) => void): void {
  for (const field of NAME_FIELDS) {
    const value = item[field];
    if (typeof value === 'string') visit(value, field, -1);
    else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') visit(value[i] as string, field, i);
  }
}

/** The path of a name {@link eachName} visited. */
const namePath = (path: string, field: string, i: number): string => (i < 0 ? memberPath(path, field) : indexPath(memberPath(path, field), i));

/**
 * Reports a name that two entities of one type share once compared as typed answers are (case,
 * accents and punctuation aside): a typed answer would be as close to the wrong one as to the
 * right one and marked wrong, and a question could show the name twice. A pool name that is a
 * name of an entity of its type is reported too: a pool name must be wrong for every question.
 * Entities of different types may share a name ("Pskov", the region and the airfield).
 */
function distinctNames(bank: Data, index: Index, report: Report): void {
  const { entities } = index;
  // Each name's first owner, by type and name as typed answers compare them: a hash table in a flat
  // array, by the type's hash and the name's {@link normalHash}, so that no normal form is made or
  // kept for each of a large bank's hundreds of thousands of names (names are normalised only to
  // tell a name from another of the same hash). Its size is a power of two over twice the names
  // (counted first), so that it is at most half full; `mask` is that size less one.
  let mask = 1;
  // (Maps are read with forEach: a for-of loop makes an object for each entry it reads.)
  entities.forEach((place) => eachName(entities.at(place), () => (mask += 2)));
  mask = 2 ** Math.ceil(Math.log2(mask)) - 1;
  // Two numbers a slot, side by side: a name's hash and its first owner (its place among the
  // entities, plus one; 0 for an empty slot).
  const table = new Int32Array((mask + 1) * 2);
  // The entity or pool whose names are read, and the hash of its type.
  let place = 0;
  let type = '';
  let typeHash = 0;
  /**
   * The slot of `name` of `type`: the one that holds it, or the empty one where it would go. A slot
   * of the same hash holds it when its owner has the name: being first in line, the owner is the
   * first entity with the name.
   */
  const slotOf = (name: string, hash: number): number => {
    // Most names are new: the empty slot where the hash falls takes them, never normalised.
    let normal: string | undefined;
    for (let slot = (hash & mask) * 2; ; slot = (slot + 2) % table.length) {
      const owner = table[slot + 1]!;
      if (owner === 0) return slot;
      if (table[slot] !== hash) continue;
      const item = entities.at(owner - 1);
      let found = false;
      normal ??= normalize(name);
      if (item.type === type) eachName(item, (other) => (found ||= normalize(other) === normal));
      if (found) return slot;
    }
  };
  const claim = (name: string, field: string, i: number): void => {
    const normal = normalHash(name);
    if (normal === null) return;
    const hash = fold(normal, typeHash);
    const slot = slotOf(name, hash);
    const owner = table[slot + 1]! - 1;
    if (owner < 0) {
      table[slot] = hash;
      table[slot + 1] = place + 1;
    } else if (owner !== place) {
      report(namePath(entities.pathOf(place), field, i), ['sameName', name, String(entities.at(owner).label), entities.pathOf(owner), type]);
    }
  };
  entities.forEach((at) => {
    const item = entities.at((place = at));
    if (typeof item.type !== 'string') return;
    type = item.type;
    typeHash = hashOf(type);
    eachName(item, claim);
  });
  if (!Array.isArray(bank.pools)) return;
  bank.pools.forEach((pool: unknown, p) => {
    if (!isData(pool) || typeof pool.type !== 'string' || !Array.isArray(pool.entities)) return;
    type = pool.type;
    typeHash = hashOf(type);
    pool.entities.forEach((entry: unknown, e) => {
      if (!isData(entry)) return;
      eachName(entry, (name, field, i) => {
        const normal = normalHash(name);
        const owner = normal === null ? -1 : table[slotOf(name, fold(normal, typeHash)) + 1]! - 1;
        if (owner >= 0) {
          report(namePath(indexPath(`${indexPath('$.pools', p)}.entities`, e), field, i), ['poolName', name, String(entities.at(owner).label), entities.pathOf(owner)]);
        }
      });
    });
  });
}

/** Rules over the whole bank, run after its parts are checked, in this order. */
const BANK_RULES: ((bank: Data, index: Index, report: Report) => void)[] = [parentCycles, distinctNames];

/** An entity's label is the answer a typed question shows: it must keep a letter the checker reads. */
function typableLabel(entity: Data, path: string, report: Report): void {
  const { label } = entity;
  // A label that opens with a letter or digit of ASCII keeps it once normalised: no need to normalise it.
  if (typeof label === 'string' && !opensWithWord(label) && WORD_CHARACTER.test(label) && normalize(label) === '') {
    report(memberPath(path, 'label'), ['notTypable', label]);
  }
}

function checkBank(data: unknown, report: Report): void {
  if (!isData(data)) return report('$', ['expected', 'bank', data]);
  const index = indexBank(data, report);

  const budget: Budget = { left: SUGGESTION_BUDGET };
  const article = reference('article', index.articles, budget);
  const type = reference('type', index.types, budget);
  const entity = reference('entity', index.entities, budget, index.pool);
  const fact = reference('fact', index.facts, budget);
  const texts = arrayOf(text);
  const relations = new Set<string>();
  index.facts.forEach((place) => {
    const relation = index.facts.at(place).relation;
    if (typeof relation === 'string') relations.add(relation);
  });
  const relationOrFact = both(id, (value, path, r) => {
    const ref = value as string;
    if (relations.has(ref) || index.facts.has(ref)) return;
    const candidates = budget.left > 0 ? [...relations, ...index.facts.keys()] : null;
    budget.left -= relations.size + index.facts.size;
    r(path, ['unknownAvoid', ref, candidates]);
  });
  const given = { check: bool };

  const role = shape<Role>(
    'role',
    {
      title: { check: text, required: true },
      article: { check: article, required: true },
      paragraph: { check: count, required: true },
      former: { check: bool },
    },
    (item, path, r) => paragraphWithin(item, path, index, r),
  );
  const nameFields: Fields<Omit<PoolEntity, 'near' | 'avoid'>> = {
    id: { check: id, required: true },
    label: { check: text, required: true },
    aliases: { check: texts },
    spellings: { check: texts },
    definite: { check: bool },
  };
  // The key a slot holds decides its shape; each shape names that key `required` for the types' sake.
  const slotShapes: Record<string, Shape> = {
    entity: shape<EntitySlot>('entitySlot', { entity: { check: entity, required: true }, accept: { check: texts }, given }),
    number: shape<NumberSlot>('numberSlot', {
      number: { check: figure, required: true },
      qualifier: { check: oneOf(QUALIFIERS) },
      unit: { check: text, required: true },
      unitSingular: { check: text },
      label: { check: text, required: true },
      tolerance: { check: tolerance },
      given,
    }, signedFigure),
    date: shape<DateSlot>('dateSlot', {
      date: { check: isoDate, required: true },
      label: { check: text, required: true },
      given,
    }),
  };
  const atLeastOneSlot = simple((v) => (isData(v) && Object.keys(v).length === 0 ? ['noSlots'] : undefined));
  const slot: Validator = (value, path, r) => {
    if (!isData(value)) return r(path, ['expected', 'slot', value]);
    // The usual slot holds exactly one of the keys: its shape is found without a list made.
    let one: Shape | undefined;
    let held = 0;
    for (const kind in slotShapes) {
      if (has(value, kind)) {
        one = slotShapes[kind];
        held++;
      }
    }
    if (held === 1) return checkObject(value, path, one!, r);
    const kinds = Object.keys(slotShapes).filter((kind) => has(value, kind));
    if (kinds.length > 1) return r(path, ['twoValues', kinds]);
    r(path, ['noValue', Object.keys(value)]);
  };

  const articleShape = shape<Article>('article', {
    id: { check: id, required: true },
    title: { check: text, required: true },
    site: { check: nullable(text), required: true },
    date: { check: nullable(isoDate), required: true },
    url: { check: pattern(URL_PATTERN, 'url') },
    paragraphs: { check: count, required: true },
    summary: { check: text, required: true },
  });
  const typeShape = shape<EntityType>('type', {
    id: { check: id, required: true },
    parent: { check: type },
    label: { check: text, required: true },
    plural: { check: text, required: true },
    ask: { check: text },
  });
  const entityShape = shape<Entity>('entity', {
    ...nameFields,
    type: { check: type, required: true },
    roles: { check: arrayOf(objectOf(role)) },
  }, typableLabel);
  const factShape = shape<Fact>(
    'fact',
    {
      id: { check: id, required: true },
      relation: { check: id, required: true },
      article: { check: article, required: true },
      paragraph: { check: count, required: true },
      text: { check: text, required: true },
      slots: { check: both(recordOf(slot), atLeastOneSlot), required: true },
      ask: { check: recordOf(text) },
      explanation: { check: text },
      prominence: { check: oneOf([1, 2, 3]) },
      key: { check: bool },
      hedged: { check: bool },
    },
    (item, path, r) => factRules(item, path, index, r),
  );
  const poolShape = shape<Pool>('pool', {
    type: { check: type, required: true },
    note: { check: text, required: true },
    entities: {
      check: arrayOf(objectOf(shape<PoolEntity>('poolEntry', { ...nameFields, near: { check: arrayOf(entity) }, avoid: { check: arrayOf(relationOrFact) } })), 1),
      required: true,
    },
  });
  const overlapShape = shape<Overlap>(
    'overlap',
    {
      kind: { check: oneOf(OVERLAP_KINDS), required: true },
      facts: { check: arrayOf(fact, 2, 'overlap'), required: true },
      note: { check: text, required: true },
    },
    overlapRules,
  );

  // Questions of understanding, by their kind.
  const understandingFields = {
    id: { check: id, required: true },
    article: { check: article, required: true },
    paragraph: { check: count, required: true },
    explanation: { check: text, required: true },
    facts: { check: arrayOf(fact) },
    key: { check: bool },
    prominence: { check: oneOf([1, 2, 3]) },
  } as const;
  const alternatives = arrayOf(text, 3, 'alternatives');
  const eventShape = shape<SequenceEvent>(
    'event',
    {
      label: { check: text, required: true },
      article: { check: article, required: true },
      paragraph: { check: count, required: true },
    },
    (item, path, r) => paragraphWithin(item, path, index, r),
  );
  const understandingShapes: Record<string, Shape> = {
    reason: shape<ReasonItem>(
      'reason',
      {
        ...understandingFields,
        kind: { check: oneOf(['reason']), required: true },
        question: { check: text, required: true },
        answer: { check: text, required: true },
        wrong: { check: alternatives, required: true },
      },
      (item, path, r) => alternativesRules(item, 'answer', path, r),
    ),
    claim: shape<ClaimItem>(
      'claim',
      {
        ...understandingFields,
        kind: { check: oneOf(['claim']), required: true },
        speaker: { check: entity, required: true },
        claim: { check: text, required: true },
        about: { check: text, required: true },
        wrong: { check: alternatives, required: true },
      },
      (item, path, r) => alternativesRules(item, 'claim', path, r),
    ),
    sequence: shape<SequenceItem>('sequence', {
      ...understandingFields,
      kind: { check: oneOf(['sequence']), required: true },
      events: { check: arrayOf(objectOf(eventShape), 3, 'sequence'), required: true },
    }),
  };
  const understanding: Validator = (value, path, r) => {
    if (!isData(value)) return r(path, ['expected', 'understanding', value]);
    const kind = value.kind;
    if (typeof kind === 'string' && understandingShapes[kind]) {
      checkObject(value, path, understandingShapes[kind]!, r);
      return paragraphWithin(value, path, index, r);
    }
    const fields: Record<string, Field> = { ...understandingFields, kind: { check: oneOf(ITEM_KINDS), required: true } };
    checkObject(value, path, { name: 'understanding', fields }, r);
  };

  checkObject(
    data,
    '$',
    shape<Bank>('bank', {
      $schema: { check: text },
      version: {
        check: both(finite, simple((v) => (BANK_VERSIONS.includes(v as number) ? undefined : ['unsupportedVersion', v]))),
        required: true,
      },
      id: { check: id, required: true },
      title: { check: text, required: true },
      language: { check: pattern(LANGUAGE_TAG, 'language'), required: true },
      articles: { check: arrayOf(objectOf(articleShape), 1), required: true },
      types: { check: arrayOf(objectOf(typeShape)), required: true },
      entities: { check: arrayOf(objectOf(entityShape)), required: true },
      facts: { check: arrayOf(objectOf(factShape), 1), required: true },
      pools: { check: arrayOf(objectOf(poolShape)) },
      overlaps: { check: arrayOf(objectOf(overlapShape)) },
      understanding: { check: arrayOf(understanding) },
    }),
    report,
  );
  for (const rule of BANK_RULES) rule(data, index, report);
}
