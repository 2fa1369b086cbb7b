/**
 * Checking a fact bank: every problem, each with its JSON path and a message that says
 * what was expected and what was found; from text, also its line and column.
 *
 * Two passes: first the ids (so that references can be checked wherever they stand),
 * then each part against a table of its fields, with a few rules that look at several
 * fields at once. Pure: no DOM, no `node:` imports.
 */
import { BANK_VERSION, BANK_VERSIONS } from './bank.js';
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
import { editDistance, normalize } from './text.js';

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
const UNDERSTANDING_KINDS = ['reason', 'claim', 'sequence'];
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
  /** The problems of {@link validateBank} when it has run (on plain JSON); `null` when only a scan can tell. */
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

/**
 * Checks a parsed bank against the format of `src/domain/bank.ts` and returns every
 * problem (an empty array when the bank is valid). Never throws, whatever `data` is.
 */
export function validateBank(data: unknown): Problem[] {
  return soundKeys(data) === null ? placedProblems(data) : [];
}

/** Every problem of `data`, each with its path: the checks of {@link validateBank}, with paths made. */
function placedProblems(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  try {
    checkBank(data, report);
  } catch (error) {
    // Plain JSON data never gets here; a hostile object (a throwing getter, a proxy) might.
    report('$', `cannot check this value: ${error instanceof Error ? error.message : 'it threw while being read'}`);
  }
  return problems;
}

/**
 * Whether the checks make the path of each value they check. A first pass over a bank makes none
 * and stops at the first problem: a sound bank, the usual case, needs no path, and making one for
 * each of its millions of values took about half the time of the checks. A bank with a problem is
 * then checked again with paths ({@link placedProblems}), which finds and places every problem.
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

type Report = (path: string, message: string) => void;
type Data = Record<string, unknown>;

/** Checks the value at `path` and reports what is wrong with it. */
type Check = (value: unknown, path: string, report: Report) => void;

/** A field of an object: its check and, when it must be present, why. */
interface Field {
  check: Check;
  required?: string;
}

/**
 * The fields of a part of the bank, typed by its interface in `bank.ts`: one entry per property,
 * none more, and `required` exactly where the property is not optional. The types and the
 * validator cannot drift apart; `test/node/schema.test.mjs` holds the JSON Schema to both.
 */
type Fields<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? { check: Check; required?: never } : { check: Check; required: string } };

/** An object kind: what to call it, its fields, and rules over several fields. */
interface Shape {
  what: string;
  fields: Record<string, Field>;
  /** The fields' names, listed once. */
  names?: string[];
  rules?: (item: Data, path: string, report: Report) => void;
}

/** The shape of the part of the bank typed `T` (see {@link Fields}). */
const shape = <T>(what: string, fields: Fields<T>, rules?: Shape['rules']): Shape => ({ what, fields, names: Object.keys(fields), ...(rules ? { rules } : {}) });

/** A place an id is defined: the object that defines it, and where (its path, made only when a message needs it). */
class Entry {
  constructor(
    private readonly list: string,
    private readonly at: number,
    readonly item: Data,
  ) {}

  get path(): string {
    return indexPath(this.list, this.at);
  }
}

/** Every id in the bank, by kind; filled before the parts are checked. */
interface Index {
  articles: Map<string, Entry>;
  types: Map<string, Entry>;
  entities: Map<string, Entry>;
  pool: Map<string, Entry>;
  facts: Map<string, Entry>;
}

const has = (item: object, key: string): boolean => Object.prototype.hasOwnProperty.call(item, key);
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A string as a message quotes it: in JSON quotes, cut short past 60 characters. */
export const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
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

const expected = (what: string, value: unknown): string => `expected ${what}, found ${kindOf(value)}`;

/** A check from a test that returns the message, or `undefined` when the value fits. */
const simple =
  (test: (value: unknown, path: string) => string | undefined): Check =>
  (value, path, report) => {
    const message = test(value, path);
    if (message !== undefined) report(path, message);
  };

/** A letter or a digit of any script: what makes a text more than blank, invisible or symbols. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether a text opens with an ASCII letter or digit: then it is neither blank nor symbols alone, without a look at the rest. */
const opensWithWord = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
};

const text = simple((value, path) => {
  if (typeof value !== 'string') return expected('a string', value);
  if (opensWithWord(value)) return undefined;
  if (value.trim() === '') return `empty ${lastKey(path)}`;
  return WORD_CHARACTER.test(value) ? undefined : `${lastKey(path)} ${quote(value)} has no letter or digit: a reader sees nothing, or only symbols`;
});

const pattern = (re: RegExp, rule: string): Check =>
  simple((value, path) => {
    if (typeof value !== 'string') return expected('a string', value);
    return re.test(value) ? undefined : `invalid ${lastKey(path)} ${quote(value)}: ${rule}`;
  });

const id = pattern(ID_PATTERN, 'use lower-case letters, digits and "-", starting with a letter or digit');

const bool = simple((value) => (typeof value === 'boolean' ? undefined : expected('true or false', value)));

/** The most paragraphs an article may have: paragraph counts and numbers run from 1 to this. */
export const MAX_PARAGRAPHS = 10_000;

/** Figures (and tolerances) are below this: twelve digits at most, which a reader reads and types. */
export const MAX_FIGURE = 1e12;

/** The most digits a figure may have after the decimal point. */
export const MAX_DECIMALS = 6;

/**
 * A whole number from 1 to {@link MAX_PARAGRAPHS}: paragraph counts and paragraph numbers. Its
 * thousands are grouped by hand: the first `toLocaleString` of a page starts the browser's number
 * formatting, about four fifths of the time the bundle takes to load, for one message.
 */
const WHOLE_COUNT = `a whole number from 1 to ${String(MAX_PARAGRAPHS).replace(/\B(?=(\d{3})+$)/g, ',')}`;
const count = simple((value) => {
  if (typeof value !== 'number') return expected(WHOLE_COUNT, value);
  return Number.isInteger(value) && value >= 1 && value <= MAX_PARAGRAPHS ? undefined : `expected ${WHOLE_COUNT}, found ${value}`;
});

const finite = simple((value) => {
  if (typeof value !== 'number') return expected('a number', value);
  return Number.isFinite(value) ? undefined : `expected a finite number, found ${value}`;
});

/**
 * A figure a reader can read and type back: above -{@link MAX_FIGURE} and below it (twelve
 * digits), with at most {@link MAX_DECIMALS} digits after the point.
 */
const figure = simple((value) => {
  if (typeof value !== 'number') return expected('a number', value);
  if (!Number.isFinite(value)) return `expected a finite number, found ${value}`;
  if (Math.abs(value) >= MAX_FIGURE) return `figure ${value} is too large to read or type: figures have at most twelve digits (below 1,000,000,000,000)`;
  return Number(value.toFixed(MAX_DECIMALS)) === value ? undefined : `figure ${value} has more than ${MAX_DECIMALS} digits after the point`;
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
  report(memberPath(path, 'number'), `a count is never negative, found ${number} ${quote(unit)}: only a figure on a scale that runs below zero (degrees, per cent, points) may be, and its unit says so`);
}

const oneOf = (values: readonly unknown[]): Check =>
  simple((value) =>
    values.includes(value)
      ? undefined
      : `${typeof value === 'string' ? `unknown ${quote(value)}` : `found ${kindOf(value)}`}: expected one of ${values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ')}`,
  );

const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const isoDate = simple((value) => {
  if (typeof value !== 'string') return expected('an ISO date string', value);
  const match = ISO_DATE.exec(value);
  if (!match) return `expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found ${quote(value)}`;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? undefined : `no such date ${quote(value)}`;
});

const nullable =
  (check: Check): Check =>
  (value, path, report) => {
    if (value !== null) check(value, path, report);
  };

const both = (...checks: Check[]): Check => {
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
  simple((value) => ((value as number) >= 0 ? undefined : `expected a figure of 0 or more, found ${String(value)}`)),
);

const arrayOf =
  (item: Check, least = 0, why = ''): Check =>
  (value, path, report) => {
    if (!Array.isArray(value)) return report(path, expected('an array', value));
    if (value.length < least) report(path, `expected at least ${least} item${least === 1 ? '' : 's'}, found ${value.length}${why}`);
    for (let i = 0; i < value.length; i++) item(value[i], itemAt(path, i), report);
  };

/** An object whose keys are slot names (`slots`, `ask`). */
const recordOf =
  (item: Check): Check =>
  (value, path, report) => {
    if (!isData(value)) return report(path, expected('an object', value));
    for (const key in value) {
      if (!has(value, key)) continue;
      keysRead++;
      const at = memberAt(path, key);
      if (!SLOT_NAME_PATTERN.test(key)) report(at, `invalid slot name ${quote(key)}: use letters, digits, "-" and "_", starting with a letter`);
      item(value[key], at, report);
    }
  };

const objectOf =
  (shape: Shape): Check =>
  (value, path, report) => {
    checkObject(value, path, shape, report);
  };

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

const suggestion = (word: string, candidates: Iterable<string>): string => {
  const near = closest(word, candidates);
  return near === undefined ? '' : ` Did you mean ${quote(near)}?`;
};

/** Checks an object against its shape: missing, unknown and ill-formed fields, then its rules. */
function checkObject(value: unknown, path: string, shape: Shape, report: Report): void {
  if (!isData(value)) return report(path, expected(`${shape.what} (an object)`, value));
  const fields = shape.names ?? Object.keys(shape.fields);
  for (const name of fields) {
    const field = shape.fields[name]!;
    if (has(value, name)) field.check(value[name], memberAt(path, name), report);
    else if (field.required) report(path, `missing "${name}": ${field.required}`);
  }
  // Own keys in their order without a list made for each object (a bank has millions of them).
  for (const key in value) {
    if (!has(value, key)) continue;
    keysRead++;
    if (!has(shape.fields, key)) {
      const near = closest(key, fields);
      report(memberPath(path, key), `unknown property ${quote(key)} (${near === undefined ? `${shape.what} has: ${list(fields)}` : `did you mean ${quote(near)}?`})`);
    }
  }
  shape.rules?.(value, path, report);
}

/** Records every id of a list in `into`, reporting duplicates and clashes with `clashes`. */
function collect(listValue: unknown, listPath: string, into: Map<string, Entry>, report: Report, clashes?: Map<string, Entry>): void {
  if (!Array.isArray(listValue)) return;
  for (let i = 0; i < listValue.length; i++) {
    const item: unknown = listValue[i];
    if (!isData(item) || typeof item.id !== 'string') continue;
    const first = into.get(item.id);
    const clash = clashes?.get(item.id);
    if (first) report(memberPath(indexPath(listPath, i), 'id'), `duplicate id ${quote(item.id)} (also at ${first.path})`);
    else if (clash) report(memberPath(indexPath(listPath, i), 'id'), `pool id ${quote(item.id)} collides with the entity at ${clash.path}: a pool holds names from outside the bank`);
    else into.set(item.id, new Entry(listPath, i, item));
  }
}

function indexBank(bank: Data, report: Report): Index {
  const index: Index = { articles: new Map(), types: new Map(), entities: new Map(), pool: new Map(), facts: new Map() };
  collect(bank.articles, '$.articles', index.articles, report);
  collect(bank.types, '$.types', index.types, report);
  collect(bank.entities, '$.entities', index.entities, report);
  collect(bank.facts, '$.facts', index.facts, report);
  if (Array.isArray(bank.pools)) {
    for (let i = 0; i < bank.pools.length; i++) {
      const pool: unknown = bank.pools[i];
      if (isData(pool)) collect(pool.entities, `${indexPath('$.pools', i)}.entities`, index.pool, report, index.entities);
    }
  }
  return index;
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

/** A reference to an id of one kind; an unknown one gets a suggestion while the budget lasts. */
const reference = (kind: string, known: Map<string, Entry>, where: string, budget: Budget, elsewhere?: { map: Map<string, Entry>; why: string }): Check =>
  both(id, (value, path, report) => {
    const ref = value as string;
    if (known.has(ref)) return;
    if (elsewhere?.map.has(ref)) return report(path, `${quote(ref)} is a pool entry (${elsewhere.map.get(ref)!.path}): ${elsewhere.why}`);
    budget.left -= known.size;
    report(path, `unknown ${kind} ${quote(ref)} (${where})${budget.left >= 0 ? suggestion(ref, known.keys()) : ''}`);
  });

/** Reports a cited paragraph beyond the end of its article. */
function paragraphWithin(item: Data, path: string, index: Index, report: Report): void {
  const { article, paragraph } = item;
  if (typeof article !== 'string' || typeof paragraph !== 'number' || !Number.isInteger(paragraph)) return;
  const paragraphs = index.articles.get(article)?.item.paragraphs;
  if (typeof paragraphs === 'number' && Number.isInteger(paragraphs) && paragraph > paragraphs) {
    report(memberPath(path, 'paragraph'), `paragraph ${paragraph} is beyond the article ${quote(article)}, which has ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`);
  }
}

/**
 * Reports `{name}`s that name no slot, stray braces, and returns the names used. A `{name}` is a
 * brace, anything but braces, and a closing brace; any other brace is stray.
 */
function placeholders(s: string, path: string, slots: string[], report: Report): string[] {
  const used: string[] = [];
  let stray = false;
  for (let i = s.search(/[{}]/); i >= 0 && i < s.length; ) {
    const c = s[i];
    if (c === '{') {
      let end = i + 1;
      while (end < s.length && s[end] !== '{' && s[end] !== '}') end++;
      if (s[end] === '}') {
        const name = s.slice(i + 1, end);
        used.push(name);
        if (!slots.includes(name)) report(path, `"{${name}}" in ${lastKey(path)} names no slot (this fact's slots: ${list(slots) || 'none'})${suggestion(name, slots)}`);
        i = end + 1;
        continue;
      }
      stray = true;
    } else if (c === '}') {
      stray = true;
    }
    i += 1;
  }
  if (stray) report(path, `unmatched brace in ${lastKey(path)}: write {slot} where a slot's value stands`);
  return used;
}

function factRules(fact: Data, path: string, index: Index, report: Report): void {
  paragraphWithin(fact, path, index, report);
  if (!isData(fact.slots)) return;
  const slots = Object.keys(fact.slots);
  if (typeof fact.text === 'string') {
    const used = placeholders(fact.text, memberAt(path, 'text'), slots, report);
    for (const slot of slots) {
      if (!used.includes(slot)) report(memberPath(memberPath(path, 'slots'), slot), `slot ${quote(slot)} is never used in text (write {${slot}} where its value stands)`);
    }
  }
  if (isData(fact.ask)) {
    for (const slot of Object.keys(fact.ask)) {
      const at = memberAt(memberAt(path, 'ask'), slot);
      const wording = fact.ask[slot];
      if (!slots.includes(slot)) {
        report(at, `ask names slot ${quote(slot)}, which this fact does not have (its slots: ${list(slots) || 'none'})${suggestion(slot, slots)}`);
      } else if (typeof wording === 'string' && placeholders(wording, at, slots, report).includes(slot)) {
        report(at, `the question for slot ${quote(slot)} gives its own answer away: it contains {${slot}}`);
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
    if (typeof w === 'string' && norm(w) === norm(answer)) report(indexPath(memberPath(path, 'wrong'), i), `this alternative is the ${answerKey} itself: it would be a second right option`);
  });
}

function overlapRules(overlap: Data, path: string, report: Report): void {
  if (!Array.isArray(overlap.facts)) return;
  const seen = new Set<unknown>();
  overlap.facts.forEach((fact: unknown, i) => {
    if (seen.has(fact) && typeof fact === 'string') report(indexPath(memberPath(path, 'facts'), i), `fact ${quote(fact)} is listed twice`);
    seen.add(fact);
  });
  if (overlap.facts.length >= 2 && seen.size < 2) report(memberPath(path, 'facts'), 'an overlap needs at least two different facts');
}

/** Reports each cycle of `parent` links once, at the first type of the cycle. */
function parentCycles(_bank: Data, index: Index, report: Report): void {
  const reported = new Set<string>();
  for (const [start, { path }] of index.types) {
    if (reported.has(start)) continue;
    const chain = [start];
    let next = index.types.get(start)!.item.parent;
    while (typeof next === 'string' && index.types.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = index.types.get(next)!.item.parent;
    }
    if (next === start) {
      chain.forEach((type) => reported.add(type));
      report(memberPath(path, 'parent'), `type parent cycle: ${[...chain, start].join(' → ')} (a type cannot be its own ancestor)`);
    }
  }
}

/** The fields of an entity or a pool entry that hold the names a reader sees and types. */
const NAME_FIELDS = ['label', 'aliases', 'spellings'] as const;

/**
 * Calls `visit` with each name of an entity or pool entry, its field and its place in the list
 * (`-1` for the label); {@link namePath} makes its path, only for a message.
 */
function eachName(item: Data, visit: (name: string, field: (typeof NAME_FIELDS)[number], i: number) => void): void {
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
  // The first owner of each normalised name, by type.
  const owners = new Map<string, Map<string, Entry>>();
  for (const entry of index.entities.values()) {
    const { item } = entry;
    const type = item.type;
    if (typeof type !== 'string') continue;
    let ofType = owners.get(type);
    if (!ofType) owners.set(type, (ofType = new Map()));
    const names = ofType;
    eachName(item, (name, field, i) => {
      const normal = normalize(name);
      if (!normal) return;
      const owner = names.get(normal);
      if (!owner) names.set(normal, entry);
      else if (owner !== entry) {
        report(namePath(entry.path, field, i), `name ${quote(name)} is also a name of ${quote(String(owner.item.label))} (${owner.path}), another ${type}, but for case, accents or punctuation: a typed answer could not tell the two apart`);
      }
    });
  }
  if (!Array.isArray(bank.pools)) return;
  bank.pools.forEach((pool: unknown, p) => {
    if (!isData(pool) || typeof pool.type !== 'string' || !Array.isArray(pool.entities)) return;
    const names = owners.get(pool.type);
    pool.entities.forEach((entry: unknown, e) => {
      if (!isData(entry)) return;
      eachName(entry, (name, field, i) => {
        const normal = normalize(name);
        const owner = normal ? names?.get(normal) : undefined;
        if (owner) {
          report(namePath(indexPath(`${indexPath('$.pools', p)}.entities`, e), field, i), `pool name ${quote(name)} is a name of the entity ${quote(String(owner.item.label))} (${owner.path}): a pool name must be wrong for every question of its type`);
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
  if (typeof label === 'string' && WORD_CHARACTER.test(label) && normalize(label) === '') {
    report(memberPath(path, 'label'), `label ${quote(label)} has no letter a–z or digit once accents are dropped, so a typed answer could never match it: write the label in the Latin alphabet (another script may stay as an alias)`);
  }
}

function checkBank(data: unknown, report: Report): void {
  if (!isData(data)) return report('$', expected('a fact bank (an object)', data));
  const index = indexBank(data, report);

  const budget: Budget = { left: SUGGESTION_BUDGET };
  const article = reference('article', index.articles, 'no article has this id', budget);
  const type = reference('type', index.types, 'no type has this id', budget);
  const entity = reference('entity', index.entities, 'no entity or pool entry has this id', budget, {
    map: index.pool,
    why: 'pools hold distractors only; a fact must name an entity of the bank',
  });
  const fact = reference('fact', index.facts, 'no fact has this id', budget);
  const texts = arrayOf(text);
  const relations = new Set<string>();
  for (const { item } of index.facts.values()) if (typeof item.relation === 'string') relations.add(item.relation);
  const relationOrFact = both(id, (value, path, r) => {
    const ref = value as string;
    if (relations.has(ref) || index.facts.has(ref)) return;
    const near = budget.left > 0 ? suggestion(ref, [...relations, ...index.facts.keys()]) : '';
    budget.left -= relations.size + index.facts.size;
    r(path, `unknown relation or fact ${quote(ref)} (avoid names a fact's relation or id)${near}`);
  });
  const given = { check: bool };

  const role = shape<Role>(
    'a role',
    {
      title: { check: text, required: 'a role needs its title, e.g. "governor of the Pskov region"' },
      article: { check: article, required: 'every role must cite its article' },
      paragraph: { check: count, required: 'every role must cite its paragraph' },
      former: { check: bool },
    },
    (item, path, r) => paragraphWithin(item, path, index, r),
  );
  const nameFields = (noun: string): Fields<Omit<PoolEntity, 'near' | 'avoid'>> => ({
    id: { check: id, required: `every ${noun} needs an id` },
    label: { check: text, required: `every ${noun} needs a label to display` },
    aliases: { check: texts },
    spellings: { check: texts },
    definite: { check: bool },
  });
  // The key a slot holds decides its shape; each shape names that key `required` for the types' sake.
  const slotShapes: Record<string, Shape> = {
    entity: shape<EntitySlot>('an entity slot', { entity: { check: entity, required: 'an entity slot names its entity' }, accept: { check: texts }, given }),
    number: shape<NumberSlot>('a number slot', {
      number: { check: figure, required: 'a number slot holds its figure' },
      qualifier: { check: oneOf(QUALIFIERS) },
      unit: { check: text, required: 'a number slot needs its unit, e.g. "planes"' },
      unitSingular: { check: text },
      label: { check: text, required: 'a number slot needs a label saying what is counted' },
      tolerance: { check: tolerance },
      given,
    }, signedFigure),
    date: shape<DateSlot>('a date slot', {
      date: { check: isoDate, required: 'a date slot holds its date' },
      label: { check: text, required: 'a date slot needs a label saying what happened then' },
      given,
    }),
  };
  const atLeastOneSlot = simple((v) => (isData(v) && Object.keys(v).length === 0 ? 'a fact needs at least one slot' : undefined));
  const slot: Check = (value, path, r) => {
    if (!isData(value)) return r(path, expected('a slot (an object with "entity", "number" or "date")', value));
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
    const keys = Object.keys(value).map(quote);
    if (kinds.length > 1) return r(path, `a slot holds one value, found ${list(kinds.map(quote))}`);
    r(path, `a slot needs one of "entity", "number" or "date", found ${keys.length ? `only ${list(keys)}` : 'an empty object'}`);
  };

  const articleShape = shape<Article>('an article', {
    id: { check: id, required: 'every article needs an id' },
    title: { check: text, required: 'every article needs its headline as "title"' },
    site: { check: nullable(text), required: 'give the site as the page names it, or null' },
    date: { check: nullable(isoDate), required: 'give the date as the page shows it (ISO), or null' },
    url: { check: pattern(URL_PATTERN, 'expected an http(s) address') },
    paragraphs: { check: count, required: 'every article must say how many body paragraphs it has' },
    summary: { check: text, required: 'every article needs a short summary in our own words (the start screen shows it)' },
  });
  const typeShape = shape<EntityType>('a type', {
    id: { check: id, required: 'every type needs an id' },
    parent: { check: type },
    label: { check: text, required: 'every type needs a singular noun as "label"' },
    plural: { check: text, required: 'every type needs a plural noun' },
    ask: { check: text },
  });
  const entityShape = shape<Entity>('an entity', {
    ...nameFields('entity'),
    type: { check: type, required: 'every entity needs its most specific type' },
    roles: { check: arrayOf(objectOf(role)) },
  }, typableLabel);
  const factShape = shape<Fact>(
    'a fact',
    {
      id: { check: id, required: 'every fact needs an id' },
      relation: { check: id, required: 'every fact names its relation' },
      article: { check: article, required: 'every fact must cite its article' },
      paragraph: { check: count, required: 'every fact must cite its paragraph' },
      text: { check: text, required: 'every fact needs its statement in our own words' },
      slots: { check: both(recordOf(slot), atLeastOneSlot), required: 'every fact needs its slots' },
      ask: { check: recordOf(text) },
      explanation: { check: text },
      prominence: { check: oneOf([1, 2, 3]) },
      key: { check: bool },
      hedged: { check: bool },
    },
    (item, path, r) => factRules(item, path, index, r),
  );
  const poolShape = shape<Pool>('a pool', {
    type: { check: type, required: 'every pool holds names of one type' },
    note: { check: text, required: 'every pool says where its names come from' },
    entities: {
      check: arrayOf(objectOf(shape<PoolEntity>('a pool entry', { ...nameFields('pool entry'), near: { check: arrayOf(entity) }, avoid: { check: arrayOf(relationOrFact) } })), 1),
      required: 'a pool needs its names',
    },
  });
  const overlapShape = shape<Overlap>(
    'an overlap',
    {
      kind: { check: oneOf(OVERLAP_KINDS), required: 'say whether the facts are "distinct-events" or the "same-event"' },
      facts: { check: arrayOf(fact, 2, ': an overlap links two or more facts'), required: 'an overlap links two or more facts' },
      note: { check: text, required: 'every overlap says why, in a sentence' },
    },
    overlapRules,
  );

  // Questions of understanding, by their kind.
  const understandingFields = {
    id: { check: id, required: 'every question of understanding needs an id' },
    article: { check: article, required: 'every question of understanding must cite its article' },
    paragraph: { check: count, required: 'every question of understanding must cite its paragraph' },
    explanation: { check: text, required: 'every question of understanding explains its answer from the article' },
    facts: { check: arrayOf(fact) },
    key: { check: bool },
    prominence: { check: oneOf([1, 2, 3]) },
  } as const;
  const alternatives = arrayOf(text, 3, ': give at least three alternatives the article rules out');
  const eventShape = shape<SequenceEvent>(
    'an event',
    {
      label: { check: text, required: 'every event needs a label saying what happened' },
      article: { check: article, required: 'every event must cite its article' },
      paragraph: { check: count, required: 'every event must cite its paragraph' },
    },
    (item, path, r) => paragraphWithin(item, path, index, r),
  );
  const understandingShapes: Record<string, Shape> = {
    reason: shape<ReasonItem>(
      'a reason',
      {
        ...understandingFields,
        kind: { check: oneOf(['reason']), required: 'say which kind it is' },
        question: { check: text, required: 'a reason needs its question, e.g. "Why does ...?"' },
        answer: { check: text, required: 'a reason needs the answer the article gives' },
        wrong: { check: alternatives, required: 'a reason needs at least three alternatives the article rules out' },
      },
      (item, path, r) => alternativesRules(item, 'answer', path, r),
    ),
    claim: shape<ClaimItem>(
      'a claim',
      {
        ...understandingFields,
        kind: { check: oneOf(['claim']), required: 'say which kind it is' },
        speaker: { check: entity, required: 'a claim names who made it (an entity id)' },
        claim: { check: text, required: 'a claim needs what was said, in our words' },
        about: { check: text, required: 'a claim says what it is about, for "What did ... say about ...?"' },
        wrong: { check: alternatives, required: 'a claim needs at least three claims the speaker did not make' },
      },
      (item, path, r) => alternativesRules(item, 'claim', path, r),
    ),
    sequence: shape<SequenceItem>('a sequence', {
      ...understandingFields,
      kind: { check: oneOf(['sequence']), required: 'say which kind it is' },
      events: { check: arrayOf(objectOf(eventShape), 3, ': a sequence orders three or more events'), required: 'a sequence needs its events, earliest first' },
    }),
  };
  const understanding: Check = (value, path, r) => {
    if (!isData(value)) return r(path, expected('a question of understanding (an object)', value));
    const kind = value.kind;
    if (typeof kind === 'string' && understandingShapes[kind]) {
      checkObject(value, path, understandingShapes[kind]!, r);
      return paragraphWithin(value, path, index, r);
    }
    const fields: Record<string, Field> = { ...understandingFields, kind: { check: oneOf(UNDERSTANDING_KINDS), required: `say which kind it is: ${list(UNDERSTANDING_KINDS.map(quote))}` } };
    checkObject(value, path, { what: 'a question of understanding', fields }, r);
  };

  checkObject(
    data,
    '$',
    shape<Bank>('a bank', {
      $schema: { check: text },
      version: {
        check: both(finite, simple((v) => (BANK_VERSIONS.includes(v as number) ? undefined : `unsupported version ${String(v)}: this code reads versions ${list(BANK_VERSIONS.map(String))}`))),
        required: `give the format version (${BANK_VERSION})`,
      },
      id: { check: id, required: 'every bank needs an id' },
      title: { check: text, required: 'every bank needs the title a reader sees' },
      language: { check: pattern(LANGUAGE_TAG, 'expected a BCP 47 language tag such as "en"'), required: 'give the language of the bank\'s texts, e.g. "en"' },
      articles: { check: arrayOf(objectOf(articleShape), 1), required: 'a bank needs the articles its facts come from' },
      types: { check: arrayOf(objectOf(typeShape)), required: 'a bank needs its entity types' },
      entities: { check: arrayOf(objectOf(entityShape)), required: 'a bank needs its entities' },
      facts: { check: arrayOf(objectOf(factShape), 1), required: 'a bank needs facts to ask about' },
      pools: { check: arrayOf(objectOf(poolShape)) },
      overlaps: { check: arrayOf(objectOf(overlapShape)) },
      understanding: { check: arrayOf(understanding) },
    }),
    report,
  );
  for (const rule of BANK_RULES) rule(data, index, report);
}
