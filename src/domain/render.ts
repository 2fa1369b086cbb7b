/**
 * Turning a fact's `{slot}` text into English: slot values rendered (names
 * with "the" where they take it, figures with their qualifier and unit in the
 * right number, dates spelled out), a/an chosen by sound, sentence-initial
 * capitals, the wh-question made from a statement, and the blank of a cloze.
 *
 * Bank text is data: it is only ever joined as plain strings, never read as
 * markup. Pure: no DOM, no `node:` imports, no locale-dependent calls.
 */
import type { DateSlot, Fact, NumberSlot, Qualifier, SlotValue } from './bank.js';
import type { BankIndex } from './bank-index.js';
import { renderDate } from './dates.js';
import { article, numberToWords } from './text.js';
import { articleDate, inItsYear, ownText, standsAlone, withoutPointers } from './standalone.js';

/** `{slot}` as it stands in fact text and `ask` wordings. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_-]*)\}/g;

/** A fact's wording with its `{slot}`s made spaces: the words it writes out itself. */
export const withoutSlots = (text: string): string => text.replace(/\{[^}]*\}/g, ' ');

/** The slot names a text refers to, in order of first use. */
export function placeholdersOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exactly: '',
  about: 'about',
  nearly: 'nearly',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'fewer-than': 'fewer than',
};

/** The words a qualifier puts before a figure ("at least"); empty for `exactly`. */
export function qualifierWords(q: Qualifier | undefined): string {
  return QUALIFIER_WORDS[q ?? 'exactly'];
}

/** A figure in digits with `,` between thousands ("2,022"); years are written plain by {@link renderDate}. */
export function formatNumber(n: number): string {
  const negative = n < 0;
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.length > 4 || (frac && int!.length > 3) ? int!.replace(/\B(?=(\d{3})+$)/g, ',') : int!;
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * Figures shown side by side (a question's options) in one form: all with as many decimals as the
 * most precise ("8.0" beside 7.8, never "8"), and all from 1,000 up grouped when any is grouped
 * ("5,000" beside "11,000", never "5000") or when they have decimals ("1,003.8", never "1003.8",
 * which no year or code is).
 */
export function formatFigures(list: readonly number[]): string[] {
  const decimals = Math.max(0, ...list.map((n) => String(Math.abs(n)).split('.')[1]?.length ?? 0));
  const texts = list.map((n) => formatNumber(n));
  const grouped = decimals > 0 || texts.some((t) => t.includes(','));
  return list.map((n) => {
    const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
    const group = grouped ? int!.length > 3 : int!.length > 4;
    return `${n < 0 ? '-' : ''}${group ? int!.replace(/\B(?=(\d{3})+$)/g, ',') : int!}${frac ? `.${frac}` : ''}`;
  });
}

/** A figure inside a sentence: one to nine in words, the rest in digits (news style). */
export function numberInSentence(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 9 ? numberToWords(n) : formatNumber(n);
}

/** Words that leave a list open: "..., A and B, among other films"; "such as A and B"; "including A". */
const OPEN_LIST = /\b(?:among (?:other|others)\b|and (?:many |several )?others\b|and other\b|such as\b|including\b)/i;

/**
 * Whether a slot is one name of a list the fact leaves open ("the Dark Knight trilogy, {film} and
 * Memento, among other films"): a blank there has more right answers than the bank's name, so no
 * typed question asks it. Pure.
 */
export function inOpenList(fact: { text: string }, slot: string): boolean {
  if (!OPEN_LIST.test(fact.text)) return false;
  const token = `{${slot}}`;
  const at = fact.text.indexOf(token);
  if (at < 0) return false;
  const before = fact.text.slice(0, at);
  const after = fact.text.slice(at + token.length);
  // A name beside another in an enumeration: a comma, "and" or "or" on either side.
  return /(?:,|\band|\bor)\s*$/i.test(before) || /^\s*(?:,|and\b|or\b)/i.test(after);
}

/** Units of money written with their sign before the figure, as news style does: "$2.49 a month", "€3 million". */
const MONEY_UNIT = /^(?:((?:thousand|million|billion|trillion)) )?(dollars?|euros?)\b(.*)$/i;
const MONEY_SIGN: Record<string, string> = { dollar: '$', dollars: '$', euro: '€', euros: '€' };

/**
 * A figure (already written: "2.49", "3") with its unit: money with its sign before it
 * ("$2.49 a month", "$3 million"), any other unit after it ("2.49 percent"); `null` when the unit
 * is not money, so the caller writes the figure and the unit its own way.
 */
export function moneyText(figure: string, n: number, slot: NumberSlot): string | null {
  const m = MONEY_UNIT.exec(unitFor(n, slot));
  if (!m) return null;
  const negative = figure.startsWith('-');
  return `${negative ? '-' : ''}${MONEY_SIGN[m[2]!.toLowerCase()]}${negative ? figure.slice(1) : figure}${m[1] ? ` ${m[1]}` : ''}${m[3]}`;
}

/** The unit in the right number for a figure: "1 plane", "2 planes", "1 person". */
export function unitFor(n: number, slot: NumberSlot): string {
  if (Math.abs(n) !== 1) return slot.unit;
  return slot.unitSingular ?? slot.unit.replace(/s$/, '');
}

export { renderDate } from './dates.js';

/** How precise a date is: the question word "which year", "which month", "which date". */
export function dateGrain(iso: string): 'year' | 'month' | 'date' {
  const parts = iso.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'date';
}

/**
 * Whether the fact's text already names the unit in the few words after
 * `{slot}` ("{planes} Russian {plane} cargo planes", "{downed} of the
 * {launched} missiles"): then the placeholder stands for the figure alone.
 */
export function unitInText(text: string, slot: string, value: NumberSlot, fact?: Fact): boolean {
  const at = text.indexOf(`{${slot}}`);
  if (at < 0) return false;
  // "{intercepted} of the {launched}" with one unit: the unit follows the second figure only ("43 of the 44 missiles").
  const joined = /^\s*(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?\{([A-Za-z][A-Za-z0-9_-]*)\}/.exec(text.slice(at + slot.length + 2));
  const next = joined && fact?.slots[joined[1]!];
  if (next && 'number' in next && normalizeUnit(next.unit) === normalizeUnit(value.unit)) return true;
  const after = text.slice(at + slot.length + 2).split(/[.,;:!?]/)[0]!;
  const words = after.trim().split(/\s+/).slice(0, 6).map((w) => w.toLowerCase());
  const first = (s: string) => s.trim().split(/\s+/)[0]!.toLowerCase();
  const unitWords = [first(value.unit), first(value.unitSingular ?? value.unit.replace(/s$/, ''))];
  return words.some((w) => unitWords.includes(w));
}

/** Whether the words just before `{slot}` already carry the qualifier ("at least {dead}"). */
function qualifierInText(text: string, slot: string, q: Qualifier | undefined): boolean {
  const words = qualifierWords(q);
  if (!words) return true;
  const before = text.slice(0, text.indexOf(`{${slot}}`)).toLowerCase().trimEnd();
  return before.endsWith(words);
}

/** Last words of a name that make it take "the" in a sentence ("the Collective Security Treaty Organization"). */
const INSTITUTION =
  /\b(?:organi[sz]ation|council|ministry|union|alliance|treaty|republic|kingdom|states|emirates|federation|forces?|service|agency|administration|committee|assembly|parliament|congress|senate|army|navy|guard|bank|fund|court|commission|department|office|party|league|coalition|association|institute|university|corporation|peninsula|sea|ocean|gulf|strait|river|channel|region|province|district|airfield|base|war|revolution|crisis)$/i;

/**
 * Whether a name takes "the" inside a sentence: as the bank says, else when a
 * name of several words ends in an institution's or a place's noun ("the
 * Kyiv regional military administration", "the Korean Peninsula"), unless it
 * opens with a possessive ("Ukraine's Air Force") or is written in capitals.
 */
export function takesThe(entity: { label: string; definite?: boolean }): boolean {
  if (typeof entity.definite === 'boolean') return entity.definite;
  const label = entity.label.trim();
  // A common noun ("strategic partnership treaty") takes whatever article its sentence gives it.
  if (!/^\p{Lu}/u.test(label) || !/\s/.test(label) || /^\S+['’]s\b/.test(label) || label === label.toUpperCase()) return false;
  return INSTITUTION.test(label);
}

/** Whether the words before a slot already determine it: "the {x}", "Russia's {x}", "its {x}". */
function determined(before: string): boolean {
  return /(?:\b(?:the|a|an)(?:\s+\p{L}+)?|['’]s|s['’]|\b(?:its|his|her|their|our|your|this|that|these|those))\s*$/iu.test(before);
}

/** A slot's value as it reads inside the fact's text. */
export function renderValue(index: BankIndex, fact: Fact, slot: string, value: SlotValue, text = ownText(index, fact)): string {
  if ('entity' in value) {
    const entity = index.entity(value.entity);
    if (!entity) return value.entity;
    const at = text.indexOf(`{${slot}}`);
    return takesThe(entity) && !(at >= 0 && determined(text.slice(0, at))) ? `the ${entity.label}` : entity.label;
  }
  if ('number' in value) {
    const parts: string[] = [];
    if (!qualifierInText(text, slot, value.qualifier)) parts.push(qualifierWords(value.qualifier));
    const unitShown = !unitInText(text, slot, value, fact);
    const money = unitShown ? moneyText(formatNumber(value.number), value.number, value) : null;
    if (money) parts.push(money);
    else {
      parts.push(numberInSentence(value.number));
      if (unitShown) parts.push(unitFor(value.number, value));
    }
    return parts.filter(Boolean).join(' ');
  }
  return renderDate((value as DateSlot).date);
}

const normalizeUnit = (unit: string) => unit.trim().toLowerCase();

/** Upper-case the first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Replace every `{slot}` in `text` by what `fill` gives, fixing a preceding
 * "a"/"an" to suit the new words and capitalising a value that opens the
 * sentence. `fill` returns `null` to leave the placeholder for a later pass.
 */
export function fillText(text: string, fill: (slot: string) => string | null): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index!;
    let before = text.slice(last, start);
    const value = fill(m[1]!);
    if (value === null) {
      out += before + m[0];
      last = start + m[0].length;
      continue;
    }
    const indefinite = /(^|\s)(a|an|A|An)\s$/.exec(before);
    if (indefinite) {
      const word = article(value);
      const cased = indefinite[2]![0] === 'A' ? capitalize(word) : word;
      before = before.slice(0, before.length - indefinite[2]!.length - 1) + `${cased} `;
    }
    out += before + value;
    last = start + m[0].length;
  }
  out += text.slice(last);
  return capitalize(out);
}

/**
 * Each fact's statement as it stands, kept per bank index (a bank is read-only once generated from): a
 * "which is true" question renders the statement of every fact of its article, and explanations and word
 * counts render them again.
 */
const statements = new WeakMap<BankIndex, WeakMap<Fact, string>>();

/** The fact's statement with every slot filled; `override` swaps one slot's value (for a false statement). */
export function renderStatement(
  index: BankIndex,
  fact: Fact,
  override?: { slot: string; value: SlotValue },
): string {
  if (override) return fillStatement(index, fact, override);
  let byFact = statements.get(index);
  if (!byFact) statements.set(index, (byFact = new WeakMap()));
  let text = byFact.get(fact);
  if (text === undefined) byFact.set(fact, (text = fillStatement(index, fact)));
  return text;
}

/** {@link renderStatement}, worked out. */
function fillStatement(index: BankIndex, fact: Fact, override?: { slot: string; value: SlotValue }): string {
  return fillText(ownText(index, fact), (slot) => {
    const value = override && override.slot === slot ? override.value : fact.slots[slot];
    return value ? renderValue(index, fact, slot, value) : null;
  });
}

/** End a sentence with a question mark. */
export function asQuestion(s: string): string {
  return `${s.trim().replace(/[.!?:;,]+$/, '')}?`;
}

/** Words that, right after `{slot}`, show the slot is the subject or an object, not a modifier. */
const FUNCTION_WORDS = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should',
  'said', 'says', 'did', 'does', 'do', 'in', 'on', 'at', 'to', 'from', 'for', 'of', 'with', 'by', 'near', 'inside',
  'outside', 'about', 'after', 'before', 'over', 'under', 'into', 'as', 'than', 'that', 'which', 'who', 'while',
  'since', 'until', 'during',
]);

const APPROXIMATELY = /^(some|about|around|roughly|nearly|almost|approximately)$/i;

const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'from', 'to', 'before', 'after', 'during', 'through']);

/**
 * The wh-phrase for one slot and the words around it, or `null` when the
 * statement cannot be turned into a question safely (the slot is joined by
 * "and" or a comma to another, or modifies a noun the question would garble): then only
 * a hand-phrased `ask` can ask that slot.
 *
 * The phrase stays where the value stood ("Russia's defence minister went to
 * which city ...?"); when the value opens the statement the question reads
 * as a plain wh-question ("Which country warned ...?").
 */
export function fallbackQuestion(index: BankIndex, fact: Fact, slot: string): string | null {
  // A statement that points back to what it does not name makes no question of its own.
  if (!standsAlone(index, fact)) return null;
  const text = ownText(index, fact);
  const token = `{${slot}}`;
  const at = text.indexOf(token);
  if (at < 0 || text.indexOf(token, at + 1) >= 0) return null;
  let before = text.slice(0, at);
  let after = text.slice(at + token.length);
  const value = fact.slots[slot];
  if (!value) return null;
  const prevWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  const nextWord = /^\s*([^\s.,;:!?]+)/.exec(after)?.[1] ?? '';
  const nextIsPunct = /^\s*[.,;:!?]/.test(after) || after.trim() === '';
  if (/^(and|or|nor|&)$/i.test(prevWord) || /^(and|or|nor|&)$/i.test(nextWord)) return null;
  if (/^(a|an)$/i.test(prevWord)) return null;
  // "the head of his {party}" cannot ask "his which party?".
  if (/^(his|her|its|their|our|your|my)$/i.test(prevWord)) return null;
  if (/\{/.test(nextWord) || /\}$/.test(prevWord)) return null;
  // One of a list of names ("{a}, {b}, {c} and {d} voted ..."): "who, {b}, ..." would garble.
  if (/^\s*,\s*\{/.test(after) || /\}\s*,\s*$/.test(before)) return null;
  let phrase: string;
  if ('entity' in value) {
    const entity = index.entity(value.entity);
    const type = entity ? index.type(entity.type) : undefined;
    if (!type) return null;
    const opening = at === 0;
    if (opening && /^\s*,/.test(after)) return null;
    const nextLower = /^[a-z]/.test(nextWord);
    if (/^the$/i.test(prevWord) && nextLower && !FUNCTION_WORDS.has(nextWord)) {
      // "the {airfield} air base" reads as "which air base": the noun after the name says what is asked.
      before = before.replace(/the\s*$/i, '');
      phrase = 'which';
    } else if (!nextIsPunct && !nextLower) {
      return null; // "{plane} Il-76 ..." or "{person} Putin": the name modifies what follows.
    } else if (!nextIsPunct && !FUNCTION_WORDS.has(nextWord) && !opening) {
      return null; // "{plane} cargo planes": a name used as a modifier.
    } else {
      phrase = type.ask ? type.ask.toLowerCase() : `which ${type.label}`;
    }
  } else if ('number' in value) {
    // "Nearly how many" is no question: a figure the article gives as nearly so much is asked "about how many".
    let q = qualifierWords(value.qualifier === 'nearly' ? 'about' : value.qualifier);
    if (/^the$/i.test(prevWord)) before = before.replace(/the\s*$/i, '');
    if (APPROXIMATELY.test(prevWord)) {
      // "some 30 miles" asks "about how many miles".
      before = before.replace(/\S+\s*$/, '');
      q = 'about';
    } else if (q && before.toLowerCase().trimEnd().endsWith(q)) {
      q = ''; // "at least {dead}": the qualifier already stands before the figure.
    }
    phrase = [q, 'how many', unitInText(text, slot, value, fact) ? '' : value.unit].filter(Boolean).join(' ');
  } else {
    const grain = dateGrain(value.date);
    if (PREPOSITIONS.has(prevWord.toLowerCase())) {
      phrase = `which ${grain === 'date' ? 'date' : grain}`;
      if (grain === 'date' && /^in$/i.test(prevWord)) before = before.replace(/in\s*$/i, 'on ');
    } else {
      phrase = 'when';
    }
  }
  const filled = fillText(`${before}\u0000${after}`, (other) => {
    const v = fact.slots[other];
    return v ? renderValue(index, fact, other, v) : null;
  });
  return asQuestion(capitalize(filled.replace('\u0000', phrase)));
}

/**
 * A hand-phrased question with the other slots it names filled in; `null`
 * when it names an unknown slot.
 */
export function askQuestion(index: BankIndex, fact: Fact, asked: string): string | null {
  let missing = false;
  // A wording read on its own points back no more than a statement does: "Who later said ...?" asks "Who said ...?".
  const wording = inItsYear(withoutPointers(asked), articleDate(index, fact.article));
  const filled = fillText(wording, (slot) => {
    const v = fact.slots[slot];
    if (!v) {
      missing = true;
      return null;
    }
    return renderValue(index, fact, slot, v, wording);
  });
  return missing ? null : asQuestion(filled);
}

/**
 * The statement split around one slot for a cloze: the text before and after
 * the blank, with a figure's qualifier and unit kept outside the blank, so the
 * blank holds only what the reader types (a name's own "the" goes in it: "in
 * the ___" would tell that the answer takes one); `null` for a figure of one,
 * which the singular after the blank would give away.
 */
export function clozeParts(index: BankIndex, fact: Fact, slot: string): { before: string; after: string } | null {
  const marker = '\u0000';
  const value = fact.slots[slot];
  if (!value) return null;
  const text = ownText(index, fact);
  const count = text.split(`{${slot}}`).length - 1;
  if (count !== 1) return null;
  let lead = '';
  let trail = '';
  // A name's "the" goes in the blank with it ("in ___", not "in the ___", which would say the answer takes one).
  if ('number' in value) {
    // A figure of one shows itself by the singular after the blank ("at least ___ prize winner").
    if (Math.abs(value.number) === 1) return null;
    if (!qualifierInText(text, slot, value.qualifier)) {
      const q = qualifierWords(value.qualifier);
      if (q) lead = `${q} `;
    }
    if (!unitInText(text, slot, value, fact)) {
      // Money keeps its sign before the blank and its scale after it: "$___ million".
      const money = moneyText('\u0001', value.number, value);
      if (money) {
        const [sign, rest] = money.split('\u0001') as [string, string];
        lead = `${lead}${sign}`;
        trail = rest;
      } else trail = ` ${unitFor(value.number, value)}`;
    }
  }
  const filled = fillText(text, (s) => {
    if (s === slot) return null;
    const v = fact.slots[s];
    return v ? renderValue(index, fact, s, v) : null;
  }).replace(`{${slot}}`, `${lead}${marker}${trail}`);
  const [before, after] = filled.split(marker) as [string, string];
  // "a ___" takes the answer's article, as the sentence reads with it filled in: "a(n)" is no English a
  // student should read, and "a" or "an" tells only how a word of many starts.
  const answer = 'number' in value ? '' : renderValue(index, fact, slot, value);
  const fixedBefore = before.replace(/(^|\s)(a|an)\s$/i, (_m, space: string, word: string) => {
    const fit = answer ? article(answer) : word.toLowerCase();
    return `${space}${word[0] === 'A' ? capitalize(fit) : fit} `;
  });
  return { before: before === '' ? '' : capitalize(fixedBefore), after };
}
