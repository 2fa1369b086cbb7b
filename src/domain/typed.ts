/**
 * Typed answers: whether a name or a figure a reader typed is the answer, the
 * way a fair teacher would mark it.
 *
 * Names forgive case, diacritics, a leading "the" or title, transliteration
 * variants, initials ("V. Putin"), acronyms ("MoD"), a plural or the type's
 * noun after the name ("F-16s", "F-16 jets") or before it ("the city of
 * Kherson", "the film Poor Things"), a possessive ("WWII's"), a count the
 * question asks by ("two black holes"), a place's country after a comma
 * ("Kyiv, Ukraine"), the words the question itself gives ("Air Force" when
 * it asks which Ukrainian service), and small typos;
 * never an input closer to another name of the same type, never a typo that
 * changes the first letter, the figures or a short name, and never a typo on
 * top of a listed spelling variant (so "Kiel" does not pass for "Kiev").
 *
 * Figures are read from digits or words, with the unit or its abbreviation
 * after them ("24yrs"); a hedge ("43 or 44"), a qualifier the article does not
 * use ("more than 2" for exactly two; "about" only for a figure the article
 * gives as approximate or in round hundreds) or another unit ("30 km" for
 * miles) is not the answer. "11.000" may be eleven thousand.
 *
 * Pure: no DOM, no `node:` imports.
 */
import type { Qualifier } from './bank.js';
import { MONTH_NAMES } from './dates.js';
import type { NumberAnswer, TextAnswer } from './question.js';
import { contentStems } from './reveal.js';
import { remembered } from './maps.js';
import { NUMBER_WORDS_TO_NINETEEN, ORDINAL_WORDS_TO_NINETEENTH, SCALE_WORDS, TENS_WORDS, editDistance, namesFigure, normalize, normalizeName, parseNumber, translitKey, typoBudget } from './text.js';

/** No name a reader types is longer; a pasted essay is not compared letter by letter. */
const MAX_TEXT_INPUT = 200;

/** No figure a reader types is longer. */
const MAX_NUMBER_INPUT = 120;

// ---------------------------------------------------------------- said around an answer

/**
 * How sure a reader says they are, before or after the answer: "I think Kyiv", "maybe 43", "Kyiv, I'm sure". These
 * words leave the answer as it is, for names and figures alike; a word that changes what is claimed ("not", a
 * second name or figure, "or", "about 43", "43ish") is another matter, and makes the answer none.
 */
const SURE_WORDS = [
  'i think', 'i believe', 'i guess', 'i reckon', 'i would say', "i'd say", "i'm sure", "i'm pretty sure", "i'm quite sure",
  "i'm fairly sure", 'pretty sure', 'probably', 'maybe', 'perhaps', 'possibly',
];

/** What leads up to the answer: "it was Kyiv", "the answer is 43", "answer: 43", "there were 43". */
const ANSWER_LEADS = [
  'the answer is', 'my answer is', 'answer is', 'the answer', 'my answer', 'answer', 'it was', 'it is', "it's", 'that was', 'that is',
  "that's", 'they were', 'they are', 'there were', 'there are', 'he was', 'she was', 'he is', 'she is',
];

/** Phrases as a regular expression's alternatives, longest first; an apostrophe may be left out ("im sure", "its"). */
const phrases = (list: string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((p) => p.replace(/'/g, "'?").replace(/ /g, '\\s+')).join('|');

/** The words said before an answer, on a lower-case text: one or more {@link SURE_WORDS}, then one of the {@link ANSWER_LEADS}. */
const FRAME_BEFORE = new RegExp(`^(?:(?:${phrases(SURE_WORDS)})(?:\\s+that)?[\\s,]+)*(?:(?:${phrases(ANSWER_LEADS)})[\\s,:]+)?`);

/** The words said after an answer: "Kyiv, I think", "43 maybe". */
const FRAME_AFTER = new RegExp(`(?:[\\s,]+(?:${phrases(SURE_WORDS)}))+$`);

/** A lower-case input without the words a reader says around the answer; the input itself when nothing else is left. */
function withoutFrame(text: string): string {
  const bare = text.replace(FRAME_AFTER, '').replace(FRAME_BEFORE, '');
  return bare || text;
}

// ---------------------------------------------------------------- names

/** One word of a form, prepared for comparing. */
interface Word {
  /** The normalised word ("syrskyj"), or the figure in digits for a number word or Roman numeral. */
  text: string;
  /** Its transliteration key ("sirski"). */
  key: string;
  /** Whether it is a figure: digits, a number word, a Roman numeral. */
  figure: boolean;
  /** Whether the form writes it in small letters ("air base"), not as a name's capitalised word ("Noe"). */
  small?: boolean;
}

/** A form (label, alias, spelling) or an input, as words. */
interface Form {
  words: Word[];
  /** The words run together and keyed, to catch "Jongun" for "Jong-un": set by {@link joinedKey} when first needed. */
  joinedKey?: string;
  /** A listed spelling variant: matched exactly (by its key), never with typos on top. */
  exact: boolean;
}

/** Roman numerals up to 399 ("ii", "xiv"). */
const ROMAN = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

function romanValue(s: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!]!;
    const next = values[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * A word as a figure in digits, or `null`: digits, a number word up to nineteen or a ten ("twenty", "ninety"), an
 * ordinal word up to the nineteenth ("Second World War" and "2nd World War" are one name), a Roman numeral of two
 * letters or more, or a lone i, v or x that ends a name of several words ("World War I"; a lone letter elsewhere is
 * an initial).
 */
function figureOf(word: string, last: boolean, several: boolean): string | null {
  if (/^[0-9]+$/.test(word)) return String(Number(word));
  const small = NUMBER_WORDS_TO_NINETEEN.indexOf(word);
  if (small >= 0) return String(small);
  const tens = TENS_WORDS.indexOf(word);
  if (tens >= 2) return String(tens * 10);
  const ordinal = ORDINAL_WORDS_TO_NINETEENTH.indexOf(word);
  if (ordinal > 0) return String(ordinal);
  if (ROMAN.test(word) && (word.length > 1 || (last && several && /^[ivx]$/.test(word)))) return String(romanValue(word));
  // II or III typed with the letter l at the end of a name ("World War ll").
  if (last && several && /^l{2,3}$/.test(word)) return String(word.length);
  return null;
}

/** The suffix English writes after a figure as an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * An abbreviation ending in I, II or III ("WWII"): two to four consonants (not "y"), then the numeral, which a student
 * may type with the letter l ("WWll").
 */
const ROMAN_SUFFIX = /^([b-df-hj-np-tv-xz]{2,4}?)(i{1,3}|l{1,3})$/;

function toWords(normal: string): Word[] {
  // "WWII" is "WW" and 2, so that it is never a typo of "WWI".
  const split = normal
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => {
      const m = ROMAN_SUFFIX.exec(w);
      return m ? [m[1]!, m[2]!.replace(/l/g, 'i')] : [w];
    });
  // An ordinal is its figure: "14th" (normalised "14 th") is 14, "2nd World War" is "2 World War", and "the 14th of
  // September" is "14 September".
  const parts: string[] = [];
  let ordinal = false;
  for (const w of split) {
    const last = parts[parts.length - 1];
    if (last !== undefined && /^[0-9]+$/.test(last) && w === ordinalSuffix(Number(last))) {
      ordinal = true;
      continue;
    }
    if (w === 'of' && ordinal) {
      ordinal = false;
      continue;
    }
    ordinal = ORDINAL_WORDS_TO_NINETEENTH.indexOf(w) > 0;
    parts.push(w);
  }
  return parts.map((w, i) => {
    const figure = figureOf(w, i === parts.length - 1, parts.length > 1);
    return figure !== null ? { text: figure, key: figure, figure: true } : { text: w, key: translitKey(w), figure: false };
  });
}

function formOf(words: Word[], exact: boolean): Form {
  return { words, exact };
}

/**
 * The form's words run together and keyed as one word, worked out when first needed: "blackholes" is "black
 * holes", though "kh" across the join reads as one letter.
 */
function joinedKey(form: Form): string {
  return (form.joinedKey ??= translitKey(form.words.map((w) => w.text).join('')));
}

/** Whether a text has a normalised word as a whole word written in small letters. */
function inSmallLetters(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** A text prepared as a form; `null` when nothing is left after normalising. */
function prepare(text: unknown, exact = false): Form | null {
  if (typeof text !== 'string') return null;
  return exact ? prepareAnew(text, true) : preparedText(text);
}

function prepareAnew(text: string, exact: boolean): Form | null {
  const normal = normalizeName(text.replace(/&/g, ' and '));
  return normal ? formOf(toWords(normal).map((w) => (inSmallLetters(text, w.text) ? { ...w, small: true } : w)), exact) : null;
}

/** Texts prepared (not as exact spellings), remembered: a name is compared with many others while a quiz is made. Forms are never changed, but for the key {@link joinedKey} keeps. */
const preparedText = remembered((text) => prepareAnew(text, false));

/** The sum of word distances, and whether every word stayed within its budget. */
interface Distance {
  /** Distance counting transliteration variants as equal. */
  d: number;
  /** Distance of the plain spelling, to break ties ("WWII" is closer to "WWII" than to "WWI"). */
  raw: number;
}

const FAR: Distance = { d: Infinity, raw: Infinity };
const closer = (a: Distance, b: Distance) => a.d < b.d || (a.d === b.d && a.raw < b.raw);

const sorted = (s: string) => [...s].sort().join('');

/**
 * Short forms of the days, the months and a few words, and their full word: "Tues", "Sept", "ammo" are no typos, and
 * they hold both ways ("September" for a bank's "Sept", "Sep" for "Sept").
 */
const SHORT_FORMS: Record<string, string> = {
  mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', weds: 'wednesday', thu: 'thursday', thur: 'thursday',
  thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
  ...Object.fromEntries(MONTH_NAMES.map((month) => [month.slice(0, 3).toLowerCase(), month.toLowerCase()])),
  sept: 'september',
  ammo: 'ammunition', admin: 'administration',
};

/** Short forms that are words of their own: a bank's "the Sun" or "Sat" may mean the word, so "Sunday" is not it. */
const WORD_SHORT_FORMS = new Set(['sun', 'sat', 'wed', 'mar']);

/** The full word of a short form ("sept": "september"), or `undefined`. */
const fullWordOf = (word: string): string | undefined => (Object.hasOwn(SHORT_FORMS, word) ? SHORT_FORMS[word] : undefined);

/** Whether an input word and a form's word are one word, one of them or both by a short form ("Sept", "September", "Sep"). */
function sameByShortForm(input: string, form: string): boolean {
  return (fullWordOf(input) ?? input) === (WORD_SHORT_FORMS.has(form) ? form : (fullWordOf(form) ?? form));
}

/**
 * The distance from an input word to a form word, or `null` beyond what may
 * count as a typo of it (when `strict`). Figures must be equal. A typo keeps
 * the first letter ("Prussia" is not a typo of "Russia").
 */
function wordDistance(a: Word, b: Word, strict: boolean, exact: boolean, inside = false): Distance | null {
  if (a.text === b.text) return { d: 0, raw: 0 };
  if (a.figure || b.figure) return strict ? null : FAR;
  if (sameByShortForm(a.text, b.text)) return { d: 0, raw: 1 };
  if (a.key === b.key) return { d: 0, raw: editDistance(a.text, b.text, 8) };
  const d = Math.min(editDistance(a.key, b.key, 4), editDistance(a.text, b.text, 4));
  const raw = editDistance(a.text, b.text, 4);
  if (!strict) return { d, raw };
  if (exact) return null;
  // A word's typos by its length ({@link typoBudget}), but for four letters only two neighbours swapped ("Kyvi"): one
  // letter more or less or another letter makes another short name ("Kiel", "Kirov" for Kyiv). Inside a longer name
  // a short word takes one slip ("World Wat II", "air bace"): the words around it keep the name what it is. Not its
  // first word, nor its last where that is a name's ("Noel" is no slip of Michiel Noe).
  const length = b.text.length;
  const roomy = inside && (length === 3 || length === 4);
  const budget = roomy ? 1 : typoBudget(length);
  if (d > budget) return null;
  // A slip of the finger or the ear: a letter for one far from it on the keyboard and unlike in sound costs two, so
  // "Telegraph" is no typo of Telegram, nor "listed" of lifted, nor "escalators" of excavators.
  if (Math.min(editDistance(a.key, b.key, budget, nearSlip), editDistance(a.text, b.text, budget, nearSlip)) > budget) return null;
  if (a.key[0] !== b.key[0] && a.text[0] !== b.text[0]) return null;
  if (length === 4 && !roomy && !(a.text.length === 4 && sorted(a.text) === sorted(b.text))) return null;
  // Two letters or more cut off the end, or added to it, make another word, not a slip: "Robins" for Robinson.
  if (raw >= 2 && (b.text.startsWith(a.text) || a.text.startsWith(b.text))) return null;
  if (otherEnding(a.text, b.text)) return null;
  return { d, raw };
}

/** The keyboard's rows, each shifted by its stagger: letters a key apart, across or diagonally, are neighbours. */
const KEY_ROWS: [string, number][] = [['qwertyuiop', 0], ['asdfghjkl', 0.25], ['zxcvbnm', 0.75]];
const KEY_AT = new Map(KEY_ROWS.flatMap(([row, shift], y) => [...row].map((c, x) => [c, [x + shift, y] as const])));

/** Letters heard alike: vowels among themselves, consonants that spell one sound or differ only in voice, "kh" and "h". */
const SOUND_ALIKE = ['aeiouy', 'ckq', 'csz', 'xz', 'gj', 'vwf', 'mn', 'bp', 'dt', 'gk', 'hk'];

/** Whether typing one letter for the other is a near slip: keyboard neighbours or letters alike in sound. */
function nearSlip(x: number, y: number): boolean {
  const a = String.fromCharCode(x);
  const b = String.fromCharCode(y);
  const p = KEY_AT.get(a);
  const q = KEY_AT.get(b);
  if (p && q && Math.abs(p[1] - q[1]) <= 1 && Math.abs(p[0] - q[0]) <= 1) return true;
  return SOUND_ALIKE.some((set) => set.includes(a) && set.includes(b));
}

/**
 * Endings that make another word of one stem, by what they make: a doer or a tool ("excavator"), an act or its
 * result ("excavation", "excavating"), a verb's forms ("excavate", "excavated"), a quality, a follower, a belief.
 * Endings of one group are slips of each other ("excavater", "independance"); of two groups, two words.
 */
const ENDINGS: Record<string, string> = Object.fromEntries(
  (
    [
      ['doer', 'er ers or ors ar ars'],
      ['act', 'ion ions ment ments ance ances ence ences al als ure ures'],
      ['verb', 'e es ed ing ings'],
      ['quality', 'ity ities ness'],
      ['follower', 'ist ists ian ians'],
      ['belief', 'ism isms'],
      ['adjective', 'ive ous ic ical able ible ful less'],
    ] as const
  ).flatMap(([group, endings]) => endings.split(' ').map((e) => [e, group])),
);

/**
 * Whether two words of one stem (four letters or more in common from the start) end in endings of two groups:
 * "excavation" or "excavate" typed for "excavators" is another word, not a slip.
 */
function otherEnding(a: string, b: string): boolean {
  let stem = 0;
  while (stem < a.length && a[stem] === b[stem]) stem++;
  if (stem < 4) return false;
  const x = ENDINGS[a.slice(stem)];
  const y = ENDINGS[b.slice(stem)];
  return x !== undefined && y !== undefined && x !== y;
}

/** Words left out of an acronym: "MoD" for Ministry of Defence, "NSC". */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/** Whether an input word is the initials of form words `from` to `to` (exclusive), with or without the small words. */
function isAcronym(word: Word, form: Word[], from: number, to: number): boolean {
  // Initials are one letter a word: a word longer than the span is no acronym of it.
  if (word.figure || word.text.length < 2 || to - from < 2 || word.text.length > to - from) return false;
  let all = '';
  let main = '';
  for (let k = from; k < to; k++) {
    const w = form[k]!;
    // A word of two letters is a short form itself ("US"): "UN" is no acronym of "US National Security Council".
    if (w.figure || (w.text.length < 3 && !ACRONYM_SKIPS.has(w.text))) return false;
    all += w.text[0];
    if (!ACRONYM_SKIPS.has(w.text)) main += w.text[0];
  }
  return word.text === all || (main.length >= 2 && word.text === main);
}

/** Letters of a name (figures aside) from which a short word after its first takes a slip ({@link wordDistance}). */
const LONGER_NAME = 8;

/** The table of {@link distance}, as two flat arrays (distance, plain distance) reused from call to call. */
let tableD = new Float64Array(64);
let tableRaw = new Float64Array(64);

/**
 * The least distance over the ways to line the input's words up with the
 * form's, word for word, where an input letter may stand for a form word as
 * its initial ("V. Putin") and an input word for several as their acronym
 * ("Russian MoD"). `strict` keeps every word within its typo budget (the
 * answer); otherwise any distance counts (a rival, to compare).
 */
function distance(input: Form, form: Form, strict: boolean): Distance {
  const a = input.words;
  const b = form.words;
  // Letters run together or split apart ("Jongun", "Il76"): the same letters, no figures touched.
  if (a.length !== b.length && !a.some((w) => w.figure) && !b.some((w) => w.figure) && joinedKey(input) === joinedKey(form)) {
    return { d: 0, raw: 1 };
  }
  const n = a.length;
  const m = b.length;
  // Strictly, the first words must line up: the same first letter as written or as transliterated (a word, a typo,
  // an initial, an acronym that starts with it), unless the form opens with a small word an acronym skips.
  if (strict && n > 0 && m > 0) {
    const [a0, b0] = [a[0]!, b[0]!];
    if (a0.key && b0.key && a0.text[0] !== b0.text[0] && a0.key[0] !== b0.key[0] && !ACRONYM_SKIPS.has(b0.text)) return FAR;
  }
  let letters = 0;
  for (const w of b) letters += w.figure ? 0 : w.text.length;
  // Cell (i, j) is i input words lined up with j form words; a step never goes back, so each cell is final when read.
  const width = m + 1;
  const size = (n + 1) * width;
  if (tableD.length < size) {
    tableD = new Float64Array(size * 2);
    tableRaw = new Float64Array(size * 2);
  }
  const D = tableD;
  const R = tableRaw;
  D.fill(Infinity, 0, size);
  R.fill(Infinity, 0, size);
  D[0] = 0;
  R[0] = 0;
  const relax = (cell: number, d: number, raw: number) => {
    if (d < D[cell]! || (d === D[cell]! && raw < R[cell]!)) {
      D[cell] = d;
      R[cell] = raw;
    }
  };
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const here = i * width + j;
      const hd = D[here]!;
      if (hd === Infinity) continue;
      const hr = R[here]!;
      const next = here + width + 1;
      const word = wordDistance(a[i]!, b[j]!, strict, form.exact, j > 0 && letters >= LONGER_NAME && (j < m - 1 || b[j]!.small === true));
      if (word) relax(next, hd + word.d, hr + word.raw);
      // An initial: one letter for a word of the form that starts with it (not a figure).
      if (a[i]!.text.length === 1 && !a[i]!.figure && !b[j]!.figure && b[j]!.text.length > 1 && b[j]!.text[0] === a[i]!.text) {
        relax(next, hd, hr + 1);
      }
      for (let k = j + 2; k <= m; k++) if (isAcronym(a[i]!, b, j, k)) relax((i + 1) * width + k, hd, hr + 1);
    }
  }
  return { d: D[n * width + m]!, raw: R[n * width + m]! };
}

/** An answer's forms, prepared once per answer object. */
interface Prepared {
  accept: string[];
  rivals: string[][];
  forms: Form[];
  rivalForms: Form[][];
  trailing: Set<string>;
  loose: Set<string>;
  /** Whether the answer is a proper name: its label or an alias written with a capital. */
  proper: boolean;
}

const preparedAnswers = new WeakMap<TextAnswer, Prepared>();

/**
 * A form without the words a reader may leave out; the form itself when that
 * would leave nothing, or nothing but figures (a name is more than "16").
 */
function withoutLoose(form: Form, loose: Set<string>): Form | null {
  if (!loose.size) return null;
  const words = form.words.filter((w) => !loose.has(w.text));
  if (words.length === form.words.length || !words.some((w) => !w.figure)) return null;
  return formOf(words, form.exact);
}

function prepareAnswer(answer: TextAnswer): Prepared {
  const cached = preparedAnswers.get(answer);
  if (cached && cached.accept === answer.accept && cached.rivals === answer.rivals) return cached;
  const accept = Array.isArray(answer.accept) ? answer.accept : [];
  const spellings = Array.isArray(answer.spellings) ? answer.spellings : [];
  const rivals = Array.isArray(answer.rivals) ? answer.rivals : [];
  const loose = new Set((Array.isArray(answer.loose) ? answer.loose : []).filter((w) => typeof w === 'string').map(normalize).filter(Boolean));
  const trailing = new Set((Array.isArray(answer.trailing) ? answer.trailing : []).filter((w) => typeof w === 'string').map(normalize).filter(Boolean));
  const base = [...accept.map((f) => prepare(f)), ...spellings.map((f) => prepare(f, true))].filter((f): f is Form => f !== null);
  const forms = [...base];
  for (const f of base) {
    const reduced = withoutLoose(f, loose);
    if (reduced) forms.push(reduced);
    // A "the" inside a name, left out as a reader recalls it: "Killers of Flower Moon".
    const inner = f.words.filter((w, i) => i === 0 || w.text !== 'the');
    if (inner.length < f.words.length) forms.push(formOf(inner, f.exact));
  }
  // A country's other names as readers type them ("USA", "America", "Britain"), for the answer and its rivals alike.
  forms.push(...otherCountryNames(base));
  const rivalForms = rivals
    .map((r) => (Array.isArray(r) ? r.map((f) => prepare(f)).filter((f): f is Form => f !== null) : []))
    .map((r) => [...r, ...otherCountryNames(r)])
    .map((r) => [...r, ...r.map((f) => withoutLoose(f, loose)).filter((f): f is Form => f !== null)])
    .filter((r) => r.length > 0);
  const entry = { accept: answer.accept, rivals: answer.rivals, forms, rivalForms, trailing, loose, proper: accept.some((f) => typeof f === 'string' && /\p{Lu}/u.test(f)) };
  preparedAnswers.set(answer, entry);
  return entry;
}

/** A preposition, "last" (before a day), article or possessive and a title a reader may put before a name: "in the Pskov region", "last Monday", "President Putin", "his telescope". */
const LEADING_WORDS =
  /^(?:(?:in|at|on|from|to|by|near|of|since|for|with|during) )?(?:last )?(?:(?:the|a|an|his|her|their) )?(?:(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|president|vice president|general|gen|lieutenant general|lt gen|major general|maj gen|colonel|col|major|captain|capt|admiral|adm|rear admiral|vice admiral|marshal|commander|chief|prime minister|premier|minister|defence minister|defense minister|foreign minister|governor|gov|mayor|secretary|spokesperson|spokesman|spokeswoman|senator|sen|representative|rep|congressman|congresswoman|councilman|councilwoman|councillor|councilor|council member|councilmember|director|ambassador|chancellor|judge|justice|king|queen|prince|princess|pope) )?/;

/**
 * An input without the words said around it and a leading preposition, article or title, as a form; `null` when
 * nothing is left. Remembered: a bank's names are read again and again while a quiz is made.
 */
const bareForm = remembered((input): Form | null => {
  const bare = withoutFrame(normalizeName(input.replace(/&/g, ' and '))).replace(LEADING_WORDS, '');
  return bare ? formOf(toWords(bare), false) : null;
});

/** A count before a name: digits or a number word, no ordinal ("two black holes", not "2nd World War"). */
const COUNT_BEFORE = new RegExp(`^\\s*(?:the\\s+)?(?:[0-9]+|${NUMBER_WORDS_TO_NINETEEN.slice(1).join('|')})\\s+(?=\\S)`, 'i');

/** Words of a type's noun that are not nouns ("kind of film", "day of the week"): never taken for the noun before a name. */
const JOINING_WORDS = new Set(['of', 'the', 'a', 'an', 'for', 'in', 'and']);

/**
 * The readings of an input worth comparing: as typed; without a leading
 * preposition, article or title; without the type's noun or a plural after
 * the name ("F-16 jets", "F-16s", "drone" for "drones" works the other way by
 * the forms' plural) or before it with "of" or "for" ("the city of Kherson");
 * without the words the question gives; without the question's words just
 * before what it asks (`lead`), said again.
 */
function readings(input: string, p: Prepared, lead?: string): Form[] {
  const out: Form[] = [];
  const typed = prepare(input);
  if (!typed) return out;
  const add = (f: Form | null) => {
    if (f && f.words.length && !out.some((o) => o.words.map((w) => w.text).join(' ') === f.words.map((w) => w.text).join(' '))) out.push(f);
  };
  add(typed);
  const bare = bareForm(input);
  if (bare) add(bare);
  // The question's own words just before what it asks, said again before the answer ("the fabric of spacetime"
  // for "... the fabric of what?", "worked with excavators" for "worked with ___"): at least one of them a word
  // of content, not only "of" or "the", and something left after them.
  const said = lead ? (prepare(lead)?.words ?? []) : [];
  for (const f of [typed, bare]) {
    if (!f) continue;
    for (let k = Math.min(said.length, f.words.length - 1); k > 0; k--) {
      const echo = said.slice(-k);
      if (echo.every((w) => JOINING_WORDS.has(w.text)) || echo.some((w, i) => w.text !== f.words[i]!.text)) continue;
      add(formOf(f.words.slice(k), false));
      break;
    }
  }
  // Without the frame as typed, before normalising could drop a name's joined "A-" ("it was A-bomb").
  add(prepare(withoutFrame(input.trim().toLowerCase())));
  // A possessive after the name ("World War II's", "DC's"), which normalising runs into its last word.
  const possessive = /^(.*[^\s'\u2019\u02bc])['\u2019\u02bc]s[\s.!?]*$/i.exec(input);
  if (possessive) {
    add(prepare(possessive[1]));
    add(bareForm(possessive[1]!));
  }
  // A count before the name, as the question counts ("two black holes" for "two of what"), where no form holds a figure.
  const counted = COUNT_BEFORE.exec(input);
  if (counted && !p.forms.some((f) => f.words.some((w) => w.figure))) {
    const rest = input.slice(counted[0].length);
    add(prepare(rest));
    add(bareForm(rest));
  }
  for (const f of [...out]) {
    let words = f.words;
    // "F-16s": the plural s stands apart once letters and digits are split.
    if (words.length > 1 && words[words.length - 1]!.text === 's' && words[words.length - 2]!.figure) words = words.slice(0, -1);
    // The type's noun after the name, in the singular or plural ("F-16 fighters" where the type says fighter).
    const trailing = (t: string) => p.trailing.has(t) || (t.length > 3 && t.endsWith('s') && p.trailing.has(t.slice(0, -1)));
    // A word for what kind of body or thing a name is, after a proper name ("CM-CIC bank", "Telegram channel", "LIGO
    // laboratory", "Best Actor Oscar"); never a place's kind, which names another place, nor after a common noun.
    if (words.length > 1 && KIND_NOUNS.has(words[words.length - 1]!.text) && p.proper) addWords(words.slice(0, -1));
    while (words.length > 1 && trailing(words[words.length - 1]!.text)) words = words.slice(0, -1);
    // The type's noun before the name, joined by "of" or "for" ("the city of Kherson", "the award for Best Actor").
    let nouns = 0;
    while (nouns < words.length && !JOINING_WORDS.has(words[nouns]!.text) && trailing(words[nouns]!.text)) nouns += 1;
    const joined = nouns > 0 && (words[nouns]?.text === 'of' || words[nouns]?.text === 'for') ? nouns + (words[nouns + 1]?.text === 'the' ? 2 : 1) : 0;
    if (joined && joined < words.length) words = words.slice(joined);
    addWords(words);
    // The type's noun just before the name, as the name's own title ("the film Poor Things", "the app Telegram").
    if (!joined && nouns > 0 && nouns < words.length) addWords(words.slice(nouns));
  }
  return out;

  function addWords(words: Word[]): void {
    add(formOf(words, false));
    const last = words[words.length - 1]!;
    // A place's own name ending in "s" ("the Americas", "the Netherlands") is no plural of another.
    if (!last.figure && last.text.length > 3 && last.text.endsWith('s') && !COUNTRIES.has(words.map((w) => w.text).join(' '))) {
      const singular = last.text.endsWith('es') && !last.text.endsWith('ies') ? [last.text.slice(0, -1), last.text.slice(0, -2)] : [last.text.slice(0, -1)];
      for (const s of singular) add(formOf([...words.slice(0, -1), { text: s, key: translitKey(s), figure: false }], false));
    }
    add(withoutLoose(formOf(words, false), p.loose));
  }
}

/** Words for the kind of body or thing a name is, that a reader may put after it: no place's kind ("region", "city"). */
const KIND_NOUNS = new Set(
  'company group firm corporation corp inc ltd plc se ag bank securities laboratory lab observatory institute university channel app network agency newspaper oscar oscars award prize'.split(' '),
);

/**
 * The countries of the world, as a reader types them: another real country a typo away from the answer is that
 * country, not a slip ("Iceland" is not Ireland, "Niger" not Nigeria), even when the bank lists no such rival.
 */
const COUNTRIES = new Set(
  (
    'afghanistan,albania,algeria,andorra,angola,antigua,argentina,armenia,australia,austria,azerbaijan,bahamas,bahrain,' +
    'bangladesh,barbados,belarus,belgium,belize,benin,bhutan,bolivia,bosnia,botswana,brazil,brunei,bulgaria,burkina faso,' +
    'burundi,cambodia,cameroon,canada,cape verde,chad,chile,china,colombia,comoros,congo,costa rica,croatia,cuba,cyprus,' +
    'czechia,czech republic,denmark,djibouti,dominica,ecuador,egypt,el salvador,eritrea,estonia,eswatini,ethiopia,fiji,' +
    'finland,france,gabon,gambia,georgia,germany,ghana,greece,grenada,guatemala,guinea,guyana,haiti,honduras,hungary,' +
    'iceland,india,indonesia,iran,iraq,ireland,israel,italy,jamaica,japan,jordan,kazakhstan,kenya,kiribati,kosovo,kuwait,' +
    'kyrgyzstan,laos,latvia,lebanon,lesotho,liberia,libya,liechtenstein,lithuania,luxembourg,madagascar,malawi,malaysia,' +
    'maldives,mali,malta,mauritania,mauritius,mexico,micronesia,moldova,monaco,mongolia,montenegro,morocco,mozambique,' +
    'myanmar,burma,namibia,nauru,nepal,netherlands,new zealand,nicaragua,niger,nigeria,north korea,north macedonia,norway,' +
    'oman,pakistan,palau,palestine,panama,paraguay,peru,philippines,poland,portugal,qatar,romania,russia,rwanda,samoa,' +
    'san marino,saudi arabia,senegal,serbia,seychelles,sierra leone,singapore,slovakia,slovenia,somalia,south africa,' +
    'south korea,south sudan,spain,sri lanka,sudan,suriname,sweden,switzerland,syria,taiwan,tajikistan,tanzania,thailand,' +
    'togo,tonga,trinidad,tunisia,turkey,turkmenistan,tuvalu,uganda,ukraine,united arab emirates,united kingdom,' +
    'united states,uruguay,uzbekistan,vanuatu,vatican,venezuela,vietnam,yemen,zambia,zimbabwe,england,scotland,wales,' +
    'northern ireland,greenland,usa,u s a,us,u s,uk,u k,uae,america,britain,great britain,holland,russian federation,' +
    'dprk,turkiye,swaziland,macedonia,ivory coast,cabo verde,east timor,timor leste,czech republic,' +
    // Not a country, but a typo away from America: the continents.
    'americas'
  ).split(','),
);

/**
 * Other names of countries that readers type, each group one country's: a bank that writes "United States" need not
 * list "USA" or "America". Only names no other place has.
 */
const COUNTRY_NAMES: string[][] = [
  'united states|united states of america|usa|u s a|us|u s|america|states',
  'united kingdom|uk|u k|britain|great britain',
  'russia|russian federation',
  'north korea|dprk|democratic peoples republic of korea',
  'south korea|republic of korea',
  'china|peoples republic of china|prc',
  'netherlands|holland',
  'czechia|czech republic',
  'united arab emirates|uae',
  'myanmar|burma',
  'eswatini|swaziland',
  'north macedonia|macedonia',
  'turkey|turkiye',
  'ivory coast|cote d ivoire|cote divoire',
  'cape verde|cabo verde',
  'east timor|timor leste',
  'bosnia|bosnia and herzegovina',
  'vatican|vatican city|holy see',
].map((group) => group.split('|'));
const COUNTRY_GROUP = new Map(COUNTRY_NAMES.flatMap((group) => group.map((name) => [name, group] as const)));

/** The other names of the countries among `forms` (never of a listed spelling, matched only as written). */
function otherCountryNames(forms: readonly Form[]): Form[] {
  const out: Form[] = [];
  for (const f of forms) {
    const group = f.exact ? undefined : COUNTRY_GROUP.get(f.words.map((w) => w.text).join(' '));
    for (const name of group ?? []) {
      const form = prepare(name);
      if (form && !forms.includes(form)) out.push(form);
    }
  }
  return out;
}

/**
 * Whether a typed name is the answer: one of the answer's forms (its label,
 * aliases and spellings, and each without the words `loose` lists) read the
 * same way, or within small typos of the label or an alias; and strictly
 * closer to the answer than to every rival (other names of its type) and no
 * other country of the world. Said in a frame ("it was Kyiv", "I think
 * Kyiv") it is the same answer; with a second name ("Kyiv and Lviv") or
 * "not", it is none. A form and its short form in brackets ("National
 * Security Council (NSC)") must both be the answer.
 */
export function matchesText(input: string, answer: TextAnswer, lead?: string, question?: string): boolean {
  if (typeof input !== 'string' || input.length > MAX_TEXT_INPUT || !answer || typeof answer !== 'object') return false;
  const p = prepareAnswer(answer);
  // A title followed by its year in brackets, as a film or book is cited ("Poor Things (2023)").
  const cited = /^(.+?)\s*\((?:1[89]|20)\d\d\)[\s.!?]*$/.exec(input);
  if (cited && matchesReadings(cited[1]!, p, lead)) return true;
  // A form and its short form in brackets must both be the answer, unless the whole is a form of it ("Sputnik (satellite)").
  const bracket = /^([^()]+)\(([^()]+)\)[\s.!?]*$/.exec(input);
  if (bracket && !matchesText(input.replace(/[()]/g, ' '), answer, lead)) {
    if (matchesText(bracket[1]!, answer, lead) && matchesText(bracket[2]!, answer, lead)) return true;
    // Or what it is, in brackets as after a comma ("Oscar Leeser (the mayor)").
    return !bracket[2]!.includes(',') && matchesText(`${bracket[1]!.trim()}, ${bracket[2]!.trim()}`, answer, lead);
  }
  if (matchesReadings(input, p, lead)) return true;
  // Two forms of the answer joined ("defence and military", "NSC / National Security Council"): each is the answer.
  const both = /^(.+?)\s+(?:and|&|\/)\s+(.+)$|^([^/]+)\/([^/]+)$/i.exec(input);
  if (both) {
    const [first, second] = both[1] !== undefined ? [both[1], both[2]!] : [both[3]!, both[4]!];
    if (matchesText(first, answer, lead, question) && matchesText(second, answer, lead, question)) return true;
  }
  // A place and its country after a comma ("Kyiv, Ukraine", "Malatya, Turkey"): the place is the answer, where the
  // answer is no country and the country no other name of its type ("France, Germany" is two answers).
  const comma = /^([^,]+),([^,]+)$/.exec(input);
  if (comma) {
    const country = normalize(comma[2]!.replace(/[.!?]+\s*$/, ''));
    const isForm = (f: Form) => f.words.map((w) => w.text).join(' ') === country;
    const named = (f: Form) => COUNTRIES.has(f.words.map((w) => w.text).join(' '));
    if (COUNTRIES.has(country) && !p.forms.some(named) && !p.forms.some(isForm) && !p.rivalForms.some((r) => r.some((f) => isForm(f) || named(f)))) {
      return matchesReadings(comma[1]!, p);
    }
  }
  // A name and what it is, after a comma, as an article writes it ("Mikhail Vedernikov, the governor of the Pskov
  // region", "Caltech, in southern California"): the name is the answer, where what follows names no rival and
  // hedges nothing ("Kyiv, or Lviv").
  // So too a description of two words or more with no opening word, where it holds a word typed in small letters,
  // as a description is and a second name is not ("Robert Cortinas, budget director", "Gabriela Gonzalez, LIGO
  // spokeswoman"; not "Kyiv, Lviv" nor "Kyiv, lviv"), and no word that denies or adds another answer.
  const apposition = /^([^,]+),\s*((?:(the|a|an|in|at|near|from|who|which|whose|where|its|his|her|their)\s)?[^,]+)$/i.exec(input);
  if (apposition) {
    const words = (prepare(apposition[2]!)?.words ?? []).map((w) => w.text);
    const tail = ` ${words.join(' ')} `;
    const names = (f: Form) => tail.includes(` ${f.words.map((w) => w.text).join(' ')} `);
    const described = apposition[3] !== undefined || (words.length > 1 && /\b\p{Ll}{3,}/u.test(apposition[2]!) && !words.some((w) => DENIALS.test(w) || COUNTRIES.has(w)));
    if (described && words.length <= MAX_WORDS_AROUND && !HEDGES.test(tail) && !p.rivalForms.some((r) => r.some(names))) return matchesReadings(apposition[1]!, p, lead);
  }
  // A name and a phrase after it that says where, when, whose or by whom, with no comma ("Pskov airfield near
  // Estonia", "World War II in 1945", "Liberge-Dondoux from CM-CIC"): the name is the answer, where the phrase holds
  // no word of a rival's name ("Best Actor in a supporting role" beside Best Supporting Actor) and hedges nothing.
  const raw = input.trim().split(/\s+/);
  for (let i = 1; i < raw.length - 1 && i <= MAX_WORDS_AROUND; i++) {
    if (!PHRASE_OPENERS.has(raw[i]!.toLowerCase())) continue;
    const words = (prepare(raw.slice(i).join(' '))?.words ?? []).map((w) => w.text);
    if (words.length > MAX_WORDS_AROUND || words.some((w) => DENIALS.test(w) || HEDGES.test(` ${w} `) || rivalWordsOf(p).has(w))) continue;
    // After a name that a form of the answer goes on from, the phrase may change the answer ("Nobel Prize in
    // Medicine" or "for Medicine" for the Nobel Prize in Physics); where the question says where or when itself, a
    // phrase of the student's own that says it otherwise ("... in New York" for "gathered at ___ in Washington").
    const name = normalize(raw.slice(0, i).join(' '));
    if (p.forms.some((f) => f.words.map((w) => w.text).join(' ').startsWith(`${name} `))) continue;
    if (question !== undefined) {
      const asked = ` ${normalize(question)} `;
      if (asked.includes(` ${raw[i]!.toLowerCase()} `) && !words.every((w) => asked.includes(` ${w} `))) continue;
    }
    if (matchesReadings(raw.slice(0, i).join(' '), p, lead)) return true;
  }
  if (reordered(input, p)) return true;
  // A name written surname first before a comma, as lists and forms write it ("Kirby, John").
  const inverted = /^(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}),\s*(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})[\s.!?]*$/u.exec(input.trim());
  if (inverted && matchesReadings(`${inverted[2]} ${inverted[1]}`, p)) return true;
  return question !== undefined && aroundQuestionWords(input, p, lead, question);
}

/** The words of a name that carry it, in the order of the alphabet: "Nobel Prize in Physics" gives "nobel physics prize". */
function wordBag(form: Form): string {
  return form.words.map((w) => w.text).filter((w) => !JOINING_AROUND.has(w)).map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w)).sort().join(' ');
}

/**
 * A name built with "of", "in" or "for" typed with its own words in another order, as English says such names
 * ("nobel physics prize", "physics nobel prize" for the Nobel Prize in Physics; "defence ministry" for the Ministry of
 * Defence; "treaty of strategic partnership" for a strategic partnership treaty), a plural word as its singular: the
 * answer, where no rival has those words too. Spelled exactly: a reordering with typos on top is read
 * as another name. A person's names reversed ("Syrskyi Oleksandr") are not: the order is part of a person's name.
 */
function reordered(input: string, p: Prepared): boolean {
  const typed = prepare(input.replace(/[.!?]+\s*$/, ''));
  if (!typed) return false;
  const bag = wordBag(typed);
  if (bag.split(' ').length < 2) return false;
  const joined = (f: Form) => f.words.some((w) => JOINING_AROUND.has(w.text));
  return p.forms.some((f) => (joined(f) || joined(typed)) && wordBag(f) === bag) && !p.rivalForms.some((r) => r.some((f) => wordBag(f) === bag));
}

/** The words that open a phrase after a name saying where, when, whose, by whom or for what ("near Estonia", "in 1945"). */
const PHRASE_OPENERS = new Set(['near', 'in', 'at', 'from', 'by', 'for', 'on', 'during', 'after', 'before', 'outside']);

/** The words of an answer's rivals' names that are not its own nor small joining words, worked out once per answer. */
const rivalWordSets = new WeakMap<Prepared, Set<string>>();
function rivalWordsOf(p: Prepared): Set<string> {
  let set = rivalWordSets.get(p);
  if (!set) {
    const own = new Set(p.forms.flatMap((f) => f.words.map((w) => w.text)));
    set = new Set(p.rivalForms.flatMap((r) => r.flatMap((f) => f.words.map((w) => w.text))).filter((w) => !own.has(w) && !JOINING_AROUND.has(w)));
    rivalWordSets.set(p, set);
  }
  return set;
}

/** Small words that may join the question's words said around a name ("in Washington", "of the LIGO laboratory"). */
const JOINING_AROUND = new Set(['of', 'the', 'a', 'an', 'in', 'at', 'on', 'from', 'near', 'for', 'by', 'to', 'with', 'since', 'over']);

/** The words a student may end a sentence with after the question's words: what it was done to ("Oscar Leeser vetoed it"). */
const OBJECTS = new Set(['it', 'them', 'him', 'her', 'this', 'that']);

/** The subjects a student opens a sentence with. */
const SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** Words a student may open a sentence with before the question's words: a subject and a helper ("he works at", "it is based in"). */
const SENTENCE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'its', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'been', 'be']);

/**
 * Words that deny, doubt, add a second answer or set one apart ("not", "or", "and", "except", "other than"): never
 * read as the question's words said again, even where the question has them.
 */
const DENIALS =
  /^(?:not|no|never|nor|neither|none|or|either|and|plus|also|but|except|besides|than|other|instead|maybe|perhaps|possibly|probably|doubt|cannot|(?:is|was|are|were|do|does|did|ca|wo|has|have|had|could|would|should|ai)nt|t)$/;

/** The most words before and after a name that {@link aroundQuestionWords} reads as the question's. */
const MAX_WORDS_AROUND = 8;

/**
 * A name said in a sentence made of the question's own words, before it or after it ("he works at CM-CIC" for
 * "who works at ___", "it is based in the Netherlands" for "has its base in ___", "Il-76 military cargo planes" for
 * "Which type of military cargo plane ...?", "National Press Club, Washington" for "At which venue in Washington
 * ...?"): the name is the answer, where every other word is one of the question's (by its stem), a small word
 * joining them or, before the name, a subject and its helper; and none names a rival, denies or doubts.
 */
function aroundQuestionWords(input: string, p: Prepared, lead: string | undefined, question: string): boolean {
  const raw = input.trim().split(/\s+/);
  if (raw.length < 2) return false;
  const said = contentStems(question);
  const saidWords = new Set(normalize(question).split(' '));
  // "&", "+" and "/" between names join two answers, as "and" does.
  const words = raw.map((w) => (/^[&+/]$/.test(w) ? ['and'] : normalize(w).split(' ').filter(Boolean)));
  const isSaid = (w: string) => {
    if (saidWords.has(w)) return true;
    const stems = contentStems(w);
    return stems.size > 0 && [...stems].every((stem) => said.has(stem));
  };
  const fits = (list: string[], openers: boolean) =>
    list.every((w) => !DENIALS.test(w) && (JOINING_AROUND.has(w) || (openers ? SENTENCE_OPENERS : OBJECTS).has(w) || isSaid(w)));
  // How many words at each end could be the question's: the most before and after the name.
  // Or the shortest sentence a student writes: a subject (a pronoun or a name the question gives), one verb of their
  // own in small letters and the name, with a small joining word between ("they met in Washington", "she won for Poor
  // Things", "EADS owns Eurocopter"); no word of it denies or doubts.
  const ownVerb = (SUBJECTS.has(raw[0]!.toLowerCase()) || (/^\p{Lu}/u.test(raw[0]!) && fits(words[0]!, false))) && /^[a-z]+$/.test(raw[1] ?? '') && !DENIALS.test(raw[1]!);
  let before = 0;
  while (before < Math.min(MAX_WORDS_AROUND, raw.length - 1) && fits(words[before]!, true)) before++;
  if (ownVerb && before < 2) {
    before = 2;
    while (before < raw.length - 1 && words[before]!.every((w) => JOINING_AROUND.has(w))) before++;
  }
  let after = 0;
  while (after < Math.min(MAX_WORDS_AROUND, raw.length - 1) && fits(words[raw.length - 1 - after]!, false)) after++;
  // A word of a rival's name ("Claudia" of Claudia Ordaz before "Niland") makes another name of the answer's.
  // So does a country beside a country that is the answer ("France, Germany" where the question says Germany): a second
  // answer, where beside a city or a body it says where ("Kyiv Ukraine").
  const countries = p.forms.some((f) => COUNTRIES.has(f.words.map((w) => w.text).join(' ')));
  const own = new Set(p.forms.map((f) => f.words.map((w) => w.text).join(' ')));
  const countryIn = (list: string[][]) => {
    const flat = list.flat();
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= flat.length; i++) {
        const name = flat.slice(i, i + n).join(' ');
        if (COUNTRIES.has(name) && !own.has(name)) return true;
      }
    }
    return false;
  };
  const rivalIn = (list: string[][]) => list.flat().some((w) => rivalWordsOf(p).has(w) && !SENTENCE_OPENERS.has(w)) || (countries && countryIn(list));
  for (let i = 0; i <= before; i++) {
    for (let k = i === 0 ? 1 : 0; k <= after && i + k < raw.length; k++) {
      const around = [...words.slice(0, i), ...words.slice(raw.length - k)];
      if (around.flat().every((w) => JOINING_AROUND.has(w) || SENTENCE_OPENERS.has(w)) || rivalIn(around)) continue;
      const name = raw.slice(i, raw.length - k).join(' ').replace(/[,;:\u2013\u2014-]+$/, '');
      if (name && matchesReadings(name, p, lead)) return true;
    }
  }
  return false;
}

/** Words that make what follows a name after a comma a second answer or a doubt, not a description. */
const HEDGES = / (?:or|not|maybe|perhaps|possibly|probably|either|nor) /;

/** Whether a reading of the input is one of the answer's forms, and closer to it than to every rival. */
function matchesReadings(input: string, p: Prepared, lead?: string): boolean {
  for (const reading of readings(input, p, lead)) {
    let best = FAR;
    for (const form of p.forms) {
      const d = distance(reading, form, true);
      if (closer(d, best)) best = d;
    }
    if (best.d === Infinity) continue;
    if (best.d > 0 && COUNTRIES.has(reading.words.map((w) => w.text).join(' '))) continue;
    const rivalCloser = p.rivalForms.some((rival) => rival.some((form) => !closer(best, distance(reading, form, false))));
    if (!rivalCloser) return true;
  }
  return false;
}

// ---------------------------------------------------------------- figures

/** How a typed figure is qualified, by the words before it. */
const QUALIFIER_WORDS: [RegExp, Qualifier][] = (
  [
    // "just under" and "just over" before "just".
    ['nearly|almost|just under|not quite', 'nearly'],
    ['just over|just above|slightly over|slightly above|slightly more th[ae]n', 'more-than'],
    ['exactly|just|only|precisely', 'exactly'],
    ['about|around|approximately|approx\\.?|roughly|some|close to|circa|ca\\.?|~|≈', 'about'],
    // "Than" is often typed "then" ("more then 11,000").
    ['at least|no fewer th[ae]n|no less th[ae]n|not less th[ae]n|a minimum of|minimum of|minimum|min\\.?|≥|>=', 'at-least'],
    ['more th[ae]n|over|above|upwards of|greater th[ae]n|>', 'more-than'],
    ['at most|no more th[ae]n|not more th[ae]n|up to|a maximum of|maximum of|maximum|max\\.?|≤|<=', 'at-most'],
    ['fewer th[ae]n|less th[ae]n|under|below|<', 'fewer-than'],
  ] as const
).map(([words, q]) => [new RegExp(`^(?:${words})(?![a-z])`), q]);

/** Abbreviations and other names of common units, by the unit's normalised word. */
const UNIT_NAMES: Record<string, string[]> = {
  year: ['years', 'yrs', 'yr', 'y'],
  month: ['months', 'mos', 'mo', 'mths', 'mth'],
  week: ['weeks', 'wks', 'wk'],
  day: ['days', 'd'],
  hour: ['hours', 'hrs', 'hr', 'h'],
  minute: ['minutes', 'mins', 'min'],
  mile: ['miles', 'mi'],
  kilometre: ['kilometres', 'kilometers', 'kilometer', 'km', 'kms'],
  metre: ['metres', 'meters', 'meter', 'm'],
  percent: ['per cent', 'percent', 'pc', 'pct', 'percentage points'],
  person: ['people', 'persons', 'ppl'],
  dollar: ['dollars', 'usd', 'bucks'],
  euro: ['euros', 'eur'],
  pound: ['pounds', 'gbp'],
  tonne: ['tonnes', 'tons', 'ton', 't'],
  kilogram: ['kilograms', 'kg', 'kgs', 'kilos'],
  celsius: ['centigrade'],
  fahrenheit: [],
};

/** Every unit word above, to tell "another unit" ("30 km" for miles) from a slip. */
const KNOWN_UNIT_WORDS = new Map<string, string>();
for (const [unit, names] of Object.entries(UNIT_NAMES)) {
  KNOWN_UNIT_WORDS.set(unit, unit);
  for (const n of names) for (const w of n.split(' ')) KNOWN_UNIT_WORDS.set(w, unit);
}

const CURRENCY: Record<string, string> = { $: 'dollars', '€': 'euros', '£': 'pounds' };

/** The singular of a plain English plural, for comparing unit words. */
function singularOf(word: string): string {
  if (word === 'people') return 'person';
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The words that may follow the figure: the unit's words, their singulars and abbreviations, and the answer's own words. */
function allowedWords(answer: NumberAnswer): { allowed: Set<string>; units: Set<string> } {
  const allowed = new Set<string>();
  const units = new Set<string>();
  const add = (w: string) => {
    allowed.add(w);
    allowed.add(singularOf(w));
    const unit = KNOWN_UNIT_WORDS.get(w) ?? KNOWN_UNIT_WORDS.get(singularOf(w));
    if (unit) {
      units.add(unit);
      allowed.add(unit);
      for (const n of UNIT_NAMES[unit]!) for (const part of n.split(' ')) allowed.add(part);
    }
  };
  for (const w of normalize(String(answer.unit ?? '')).split(' ')) if (w) add(w);
  for (const text of Array.isArray(answer.words) ? answer.words : []) {
    if (typeof text === 'string') for (const w of normalize(text).split(' ')) if (w && !/^[0-9]+$/.test(w)) add(w);
  }
  for (const w of ['of', 'in', 'total', 'all', 'the', 'and']) allowed.add(w);
  return { allowed, units };
}

/** A typed qualifier: one of the fact's, or "20+" (the figure or more), which fits "more than 20" and "at least 20". */
type TypedQualifier = Qualifier | 'plus';

/** Qualifiers a reader may put after the figure ("20 or more", "43ish"), by the words, longest first. */
const QUALIFIERS_AFTER: [string[], TypedQualifier][] = [
  [['or', 'thereabouts'], 'about'],
  [['give', 'or', 'take'], 'about'],
  [['or', 'more'], 'at-least'],
  [['and', 'over'], 'at-least'],
  [['and', 'above'], 'at-least'],
  [['and', 'up'], 'at-least'],
  [['or', 'above'], 'at-least'],
  [['upwards'], 'at-least'],
  [['minimum'], 'at-least'],
  [['maximum'], 'at-most'],
  [['tops'], 'at-most'],
  [['or', 'over'], 'at-least'],
  [['at', 'least'], 'at-least'],
  [['or', 'less'], 'at-most'],
  [['or', 'fewer'], 'at-most'],
  [['at', 'most'], 'at-most'],
  [['or', 'so'], 'about'],
  [['ish'], 'about'],
  [['odd'], 'about'],
  [['plus'], 'plus'],
];

/**
 * Words that say a figure is not the answer, not the only one or not of the size typed, wherever they stand: "not
 * 43", "43 or 44", "between 40 and 45", "43ish", "1.3 trillion", "87 times". (A second figure is refused by itself;
 * "$2.49 more a month" is no hedge, nor is "maybe 43": how sure a reader is leaves the figure as it is, see
 * {@link SURE_WORDS}.)
 */
const REFUSED_WORDS = new Set([
  'not', 'no', 'never', 'none', 'nor', 'or', 'either', 'neither', 'between', 'isnt', 'wasnt', 'arent', 'werent', 'dont',
  'didnt', 'doesnt', 'least', 'most', 'than', 'about', 'around', 'approximately', 'approx',
  'roughly', 'nearly', 'almost', 'ish', 'odd', 'plus', 'something', 'max',
  'min', 'thereabouts', 'somewhere', 'range', 'unsure', 'unknown', 'idk', 'trillion', 'trillions', 'times', 'half',
  'quarter', 'quarters', 'before', 'after', 'until', 'till', 'bc', 'bce', 'upwards', 'minimum', 'maximum', 'tops',
]);

/** Words that make a rate of the unit after them: "$3.22 a month", "per month", "$3.22/month". */
const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);

/** The periods a figure is counted per, by the answer's words: "monthly cost" is per month. */
const PERIOD_WORDS: Record<string, string> = {
  hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year', annually: 'year', yearlong: 'year',
};

/** At most this many words before the figure ("they intercepted 43", "a magnitude of 7.8"). */
const MAX_WORDS_BEFORE = 4;

/** A typed figure: its value, how it is qualified, and the words before and after it (normalised). */
interface Figure {
  value: number;
  qualifier: TypedQualifier | null;
  before: string[];
  rest: string[];
}

/**
 * The typed figure, how it is qualified, and the words around it; `null` when it is no single figure. `millions`
 * says "m" after a figure is million ("$3m"), not metres.
 */
function readFigure(input: string, millions: boolean): Figure | null {
  if (typeof input !== 'string' || input.length > MAX_NUMBER_INPUT) return null;
  let s = input.normalize('NFKC').toLowerCase().replace(/[\u00a0\u202f]/g, ' ').replace(/[\u2018\u2019\u02bc]/g, "'").trim();
  // A full stop or other mark that ends the answer: "43.", "2022!"; quotes around it.
  s = s.replace(/[.!?;:,]+$/, '').replace(/^["\u201c]+|["\u201d]+$/g, '').trim();
  s = withoutFrame(s);
  s = s.replace(/[.!?;:,]+$/, '').trim();
  // A currency sign before the figure is its unit after it: "$7.3 billion" is "7.3 billion dollars"; after it too ("3.22$").
  let tail = '';
  s = s.replace(/(^|\s)([$€£])\s*(?=[0-9])/, (_m, space: string, sign: string) => ((tail = CURRENCY[sign]!), space));
  s = s.replace(/([0-9])\s*([$€£])(?=\s|$)/, (_m, digit: string, sign: string) => ((tail = CURRENCY[sign]!), digit));
  // Dollars and cents said apart: "3 dollars and 22 cents" is $3.22.
  s = s.replace(/\b([0-9]+)\s*(dollars?|euros?|pounds?)\s+(?:and\s+)?([0-9]{1,2})\s*(?:cents?|pence|p)\b/, (_m, whole: string, unit: string, cents: string) => `${whole}.${cents.padStart(2, '0')} ${unit}`);
  s = s.replace(/%/g, ' percent ');
  // "20+" is the figure or more; "+20" stays a sign.
  s = s.replace(/([0-9])\s*\+(?=\s|$)/g, '$1 plus').replace(/([0-9a-z])-plus\b/g, '$1 plus');
  // A rate: "$3.22/month" is "$3.22 per month"; "43/44" is two figures.
  s = s.replace(/\s*\/\s*/g, ' per ');
  // Degrees by their sign ("-6°C"), the minus sign, "11k" for 11 thousand, "3bn", "3 mil", "$3m" for millions.
  s = s.replace(/°\s*c\b/g, ' degrees celsius ').replace(/°\s*f\b/g, ' degrees fahrenheit ').replace(/°/g, ' degrees ');
  s = s.replace(/\u2212/g, '-').replace(/([0-9])\s*k\b/g, '$1 thousand');
  s = s.replace(/([0-9])\s*(?:bn|bln|bil|b)\b/g, '$1 billion').replace(/([0-9])\s*(?:mn|mln|mil|mill)\b/g, '$1 million');
  if (millions || tail) s = s.replace(/([0-9])\s*m\b/g, '$1 million');
  // Letters run on to digits ("24yrs", "30km"); keep a decimal point or thousands separator whole.
  s = s.replace(/([0-9])([a-z])/g, '$1 $2').replace(/\s+/g, ' ').trim();
  // "in 2022", "in the year 2022", "the year 2022".
  s = s.replace(/^(?:in\s+)?(?:the\s+year|in)\s+(?=[0-9a-z])/, '');
  // Tens and units run together ("twentyfour"), as two words.
  let tokens = s.split(' ').filter(Boolean).flatMap((t) => JOINED_TENS.exec(t)?.slice(1, 3) ?? [t]);
  // Words before the figure ("they intercepted 43", "magnitude 7.8"): kept to check, and none may hedge.
  const before: string[] = [];
  let qualifier: TypedQualifier | null = null;
  for (;;) {
    const rest = tokens.join(' ');
    const q = QUALIFIER_WORDS.find(([pattern]) => pattern.test(rest));
    if (q) {
      qualifier = q[1];
      tokens = rest.slice(q[0].exec(rest)![0].length).trim().split(' ').filter(Boolean);
      break;
    }
    const t = tokens[0];
    if (t === undefined || !/^[a-z']+$/.test(t) || figureStarts(tokens)) break;
    if (REFUSED_WORDS.has(t.replace(/'/g, '')) || before.length >= MAX_WORDS_BEFORE) return null;
    before.push(t);
    tokens = tokens.slice(1);
  }
  // "minus six", "negative 6": below zero.
  let minus = false;
  if (tokens[0] === 'minus' || tokens[0] === 'negative') {
    minus = true;
    tokens = tokens.slice(1);
  }
  if (!tokens.length) return null;
  if (tail) tokens.push(tail);
  let value: number | null = null;
  let used = 0;
  if (/^[-+−]?[0-9]/.test(tokens[0]!)) {
    // Digits, with spaces between thousands ("2 022") and a scale word after them ("1.5 million").
    let digits = tokens[0]!;
    used = 1;
    if (/^[0-9]{1,3}$/.test(digits)) while (/^[0-9]{3}$/.test(tokens[used] ?? '')) digits += ` ${tokens[used++]}`;
    value = parseNumber(digits);
    const scale = scaleOf(tokens[used]);
    if (value !== null && scale) {
      value *= scale;
      used += 1;
    }
  } else if (/^(?:a|an)$/.test(tokens[0]!) && COUNTED[tokens[1] ?? '']) {
    // "a dozen", "a decade".
    value = 1;
    used = 1;
  } else if (COUNTED[tokens[0]!]?.unit && !tokens[0]!.endsWith('s')) {
    // "decade" alone, as "a decade" (never "decades", which is no figure).
    value = 1;
    used = 0;
  } else if (tokens[0] === 'half' && tokens[1] === 'a' && (COUNTED[tokens[2] ?? ''] || scaleOf(tokens[2]))) {
    // "half a dozen", "half a million".
    value = 0.5;
    used = 2;
  } else {
    // Words: the longest run from the start that reads as one figure ("two hundred and five").
    for (let n = Math.min(tokens.length, 10); n >= 1 && value === null; n--) {
      const run = tokens.slice(0, n);
      if (run.some((t) => /[0-9]/.test(t))) continue;
      value = parseNumber(run.join(' '));
      used = n;
    }
  }
  if (value === null) return null;
  // A run of words read up to an "and" that opens what follows ("two and a half"): the "and" is not the figure's.
  if (used > 1 && tokens[used - 1] === 'and') used -= 1;
  // "two and a half", "2 and a half billion".
  if (tokens[used] === 'and' && tokens[used + 1] === 'a' && tokens[used + 2] === 'half') {
    value += 0.5;
    used += 3;
  }
  // "two dozen", "a decade" (ten years), "half a million" after words.
  const counted = COUNTED[tokens[used] ?? ''];
  if (counted) {
    value *= counted.times;
    used += 1;
    if (counted.unit) tokens.splice(used, 0, counted.unit);
  } else if (!/^[-+−]?[0-9]/.test(tokens[0]!) && scaleOf(tokens[used])) {
    value *= scaleOf(tokens[used])!;
    used += 1;
  }
  if (minus) value = -value;
  // The words after it, split as the unit's own words are (`allowedWords`), marks dropped.
  let rest = wordsOf(tokens.slice(used).join(' '));
  // A qualifier after the figure ("20 or more", "43ish", "20+"), where the fact's bound may be said.
  for (const [words, q] of QUALIFIERS_AFTER) {
    const at = rest.findIndex((_, i) => words.every((w, k) => rest[i + k] === w));
    if (at < 0) continue;
    if (qualifier !== null && qualifier !== q) return null;
    qualifier = q;
    rest = [...rest.slice(0, at), ...rest.slice(at + words.length)];
  }
  return { value, qualifier, before: wordsOf(before.join(' ')), rest };
}

/** A text's normalised words, a leading "a" or "the" kept ("a month" is a rate, not a month). */
const wordsOf = (text: string): string[] => normalize(`x ${text}`).split(' ').slice(1);

/** Whether a figure starts the tokens: digits, a number word, "a dozen", "half a million". */
function figureStarts(tokens: string[]): boolean {
  const [t, next] = tokens;
  if (t === undefined) return false;
  if (/^[-+−]?[0-9]/.test(t) || t === 'minus' || t === 'negative') return true;
  if ((t === 'a' || t === 'an') && COUNTED[next ?? '']) return true;
  if (t === 'half' && next === 'a') return true;
  // "decade" alone is a decade.
  if (COUNTED[t]?.unit && !t.endsWith('s')) return true;
  // "point five" is a half, never a five.
  if (t === 'point' && next !== undefined && parseNumber(`point ${next}`) !== null) return true;
  return t !== 'a' && t !== 'an' && parseNumber(t) !== null;
}

/** A scale word's value ("million"), "bn" for billion too; `undefined` for any other word. */
const scaleOf = (word: string | undefined): number | undefined => SCALE_WORDS.get(word === 'bn' ? 'billion' : (word ?? ''));

/** Tens and units typed as one word: "twentyfour", "fortythree". */
const JOINED_TENS = new RegExp(`^(${TENS_WORDS.filter(Boolean).join('|')})(${NUMBER_WORDS_TO_NINETEEN.slice(1, 10).join('|')})$`);

/** Words that count by a fixed number, some of them in a unit of their own: "two dozen", "a decade" (ten years). */
const COUNTED: Record<string, { times: number; unit?: string }> = {
  dozen: { times: 12 },
  dozens: { times: 12 },
  decade: { times: 10, unit: 'years' },
  decades: { times: 10, unit: 'years' },
  century: { times: 100, unit: 'years' },
  centuries: { times: 100, unit: 'years' },
};

/**
 * Whether a typed qualifier says what the fact says: a bare figure always may; "about" only for a figure the
 * article gives as a round one, a bound only for the same bound; "20+" for "more than 20" or "at least 20".
 */
function qualifierFits(typed: TypedQualifier | null, fact: Qualifier, value: number): boolean {
  if (typed === null || typed === 'exactly') return true;
  if (typed === 'plus') return fact === 'more-than' || fact === 'at-least';
  // "About 20,000" for "nearly 20,000" says no more than the article, and so does "about" a figure in round hundreds
  // or thousands the article gives as it is or as a floor ("about 11,000" for "more than 11,000", "about 400 years"
  // for 400): such a figure is already a round one. "About 43" for 43, or "about 20" for "more than 20", hedges.
  // The figure typed must still be the article's: "about" never widens the range.
  if (typed === 'about') return fact === 'about' || fact === 'nearly' || (value !== 0 && value % 100 === 0 && (fact === 'exactly' || fact === 'more-than' || fact === 'at-least'));
  return typed === fact;
}

/** Words ending in "s" that are no plural of a thing counted ("43 this time", "8 always", "7 perhaps"). */
const NOT_PLURALS = new Set([
  'this', 'thus', 'hers', 'ours', 'yours', 'theirs', 'always', 'perhaps', 'towards', 'afterwards', 'besides', 'sometimes',
  'nowadays', 'whereas', 'does', 'goes', 'series', 'species', 'news', 'means', 'says', 'seems',
]);

/** Whether a word reads as the plural of a thing counted. */
const isPlural = (word: string): boolean => word.length >= 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && !NOT_PLURALS.has(word);

/** Other words for a thing counted, by the singular, as a reader may say them: "24 nations" for 24 countries, "7 Oscars" for Academy Awards. */
const COUNTED_SYNONYMS: Record<string, string> = {
  nation: 'country', firm: 'company', business: 'company', prize: 'award', oscar: 'award', individual: 'person', troop: 'soldier', aircraft: 'plane',
  oblast: 'region', province: 'region', uav: 'drone', corpse: 'body', projectile: 'missile', jet: 'plane', warplane: 'plane', township: 'town',
};

/**
 * What the answer counts: the unit's words and, of each of its wordings, the words up to the first plural ("regions"
 * of "regions Ukrainian drones hit"; the rest tells of other things).
 */
function countedWords(answer: NumberAnswer): Set<string> {
  const counted = new Set<string>();
  const add = (w: string) => {
    counted.add(w);
    counted.add(singularOf(w));
  };
  for (const w of normalize(String(answer.unit ?? '')).split(' ')) if (w) add(w);
  for (const text of Array.isArray(answer.words) ? answer.words : []) {
    if (typeof text !== 'string') continue;
    for (const w of normalize(text).split(' ')) {
      if (!w || /^[0-9]+$/.test(w)) continue;
      add(w);
      if (isPlural(w)) break;
    }
  }
  return counted;
}

/**
 * Words that count people by what befell them, each one of another for a count of people ("11,000 deaths" for people
 * killed), by their singular as {@link singularOf} makes it ("lives" gives "live").
 */
const PEOPLE_COUNTED = new Set(['person', 'people', 'death', 'victim', 'casualty', 'fatality', 'body', 'live', 'civilian', 'individual', 'resident', 'survivor']);

/** Whether a word after a figure names a plural thing counted that the answer does not count ("8 missiles" for drones). */
function countsOther(word: string, counted: Set<string>): boolean {
  if (!isPlural(word) || unitOf(word) !== undefined) return false;
  const one = singularOf(word);
  if (counted.has(word) || counted.has(one) || counted.has(COUNTED_SYNONYMS[one] ?? '')) return false;
  // A slip in the word for what is counted ("three weaks" for weeks) is still that word.
  if (one.length >= 4 && [...counted].some((w) => w.length >= 4 && editDistance(one, w, 1) <= 1)) return false;
  return !(PEOPLE_COUNTED.has(one) && [...counted].some((w) => PEOPLE_COUNTED.has(w)));
}

/** The words of each answer object ({@link allowedWords}, {@link periodsOf}), read once: a class checks one answer many times. */
const answerWords = new WeakMap<NumberAnswer, { unit: unknown; words: unknown; allowed: Set<string>; units: Set<string>; periods: Set<string>; counted: Set<string> }>();

function wordsOfAnswer(answer: NumberAnswer): { allowed: Set<string>; units: Set<string>; periods: Set<string>; counted: Set<string> } {
  const known = answerWords.get(answer);
  if (known && known.unit === answer.unit && known.words === answer.words) return known;
  const entry = { unit: answer.unit, words: answer.words, ...allowedWords(answer), periods: periodsOf(answer), counted: countedWords(answer) };
  answerWords.set(answer, entry);
  return entry;
}

/** The unit a word names ("km" is kilometre), or `undefined`. */
const unitOf = (word: string): string | undefined => KNOWN_UNIT_WORDS.get(word) ?? KNOWN_UNIT_WORDS.get(singularOf(word));

/** The periods the answer counts per ("monthly cost": month), for a rate typed after the figure ("$3.22 a month"). */
function periodsOf(answer: NumberAnswer): Set<string> {
  const periods = new Set<string>();
  const words = normalize([answer.unit, ...(Array.isArray(answer.words) ? answer.words : [])].filter((w) => typeof w === 'string').join(' ')).split(' ');
  words.forEach((w, i) => {
    if (PERIOD_WORDS[w]) periods.add(PERIOD_WORDS[w]!);
    const unit = unitOf(w);
    if (unit && i > 0 && RATE_WORDS.has(words[i - 1]!)) periods.add(unit);
  });
  return periods;
}

/**
 * Whether a typed figure is the answer: read from digits or words ("43",
 * "forty-three", "2,022", "43.", "seven point eight", "$3m"), within `min`
 * to `max`, qualified as the fact is or not at all, and said in any words
 * ("it was 43", "they intercepted 43", "24 years ago", "7 Oscars", "$3.22 a
 * month" for a monthly cost) but none that hedge ("43 or 44", "43ish",
 * "about 43" for exactly 43, "not 43"), another figure, or another unit ("30
 * km" for 30 miles, "$8.66 a month" for a yearly sum).
 */
export function matchesNumber(input: string, answer: NumberAnswer, question?: string): boolean {
  if (!answer || typeof answer !== 'object') return false;
  if (matchesFigure(input, answer)) return true;
  // The figure "out of" another the question gives ("43 out of 44", "43 of the 44 missiles" where it says Russia
  // fired 44): the figure is the answer, and what follows the other figure its unit.
  const outOf = typeof input === 'string' && question !== undefined ? OUT_OF.exec(input) : null;
  if (outOf && namesFigure(question!, Number(outOf[2]!.replace(/,/g, '')))) return matchesFigure(`${outOf[1]}${outOf[3] ?? ''}`, answer);
  // A figure the question gives, said again as when the answer held or what it is of ("87% in 2011", "in 2011 it
  // grew 87%", "87% (2011)"): context, not a second answer. Only the question's own figures.
  if (typeof input === 'string' && question !== undefined) {
    const without = input.replace(AT_FIGURE, (told, figure: string) => (namesFigure(question, Number(figure.replace(/,/g, ''))) ? ' ' : told));
    if (without !== input && matchesFigure(without.trim(), answer)) return true;
  }
  // Thousands set off by points, as much of Europe writes them ("11.000", "1.300.000"): read so when read as a
  // decimal the figure is not the answer. Only whole groups of three count ("11.5" and "1.03" stay decimals).
  const grouped = typeof input === 'string' ? input.replace(/(^|[^0-9.,])([0-9]{1,3}(?:\.[0-9]{3})+)(?![0-9.,])/g, (_m, lead: string, figure: string) => lead + figure.replace(/\./g, ',')) : input;
  return grouped !== input && matchesFigure(grouped, answer);
}

/** A figure in digits after a word that tells when or what of ("in 2011", "for the year 2011"), or in brackets. */
const AT_FIGURE = /(?:\b(?:in|for|after|since|during|of)\s+(?:the\s+)?(?:year\s+)?|\()([0-9][0-9,]*)\)?/gi;

/** A figure, "out of" or "of" another in digits, and words after it: "43 out of 44", "43 of the 44 missiles". */
const OUT_OF = /^(.*?[0-9])\s+(?:out\s+of|of)\s+(?:the\s+)?([0-9][0-9,]*)(\s+[^0-9]*)?$/i;

/** {@link matchesNumber} for the figure as typed. */
function matchesFigure(input: string, answer: NumberAnswer): boolean {
  const read = readFigure(input, /\bmillion\b/i.test(typeof answer.unit === 'string' ? answer.unit : ''));
  if (!read) return false;
  const fact: Qualifier = answer.qualifier ?? 'exactly';
  if (!qualifierFits(read.qualifier, fact, answer.value)) return false;
  const { allowed, units, periods, counted } = wordsOfAnswer(answer);
  const fits = (word: string, i: number, words: string[]): boolean => {
    // The unit's and the answer's own words always may ("degrees below zero", "Il-76 cargo planes").
    if (allowed.has(word) || allowed.has(singularOf(word))) return true;
    if (REFUSED_WORDS.has(word) || /[0-9]/.test(word) || (word !== 'a' && word !== 'an' && parseNumber(word) !== null)) return false;
    if (RATE_WORDS.has(word)) return true;
    const unit = unitOf(word);
    // A stray letter is a slip of the keyboard, not a word ("43x").
    if (!unit) return word.length > 1 || word === 'a';
    if (units.has(unit)) return true;
    // A rate the answer counts per ("a month" for a monthly cost); people for a count of persons or bodies, never
    // for a count of other things the answer names ("24 people" for 24 countries).
    if (i > 0 && RATE_WORDS.has(words[i - 1]!) && periods.has(unit)) return true;
    return unit === 'person' && units.size === 0 && (counted.size === 0 || [...counted].some((w) => PEOPLE_COUNTED.has(w)));
  };
  if (!read.before.every(fits) || !read.rest.every(fits)) return false;
  // A thing counted just after the figure that is not the answer's ("8 missiles" for eight drones, "7 nominations"
  // for seven awards, "200,000 gallons" for $200,000): another count. The answer's own words name what it counts.
  if (read.rest.slice(0, 2).some((word) => countsOther(word, counted))) return false;
  if (!Number.isFinite(read.value)) return false;
  // Within the answer's range, or a figure with decimals rounded to the whole number of three figures or more
  // that a reader remembers ("954 million" for $953.8 million; never "49" for 49.1, nor "2020" for 2022).
  const right = (v: number) =>
    (v >= answer.min && v <= answer.max) || (Number.isInteger(v) && !Number.isInteger(answer.value) && Math.abs(v) >= 100 && v === Math.round(answer.value));
  if (right(read.value)) return true;
  // A unit that holds a scale ("1.3 billion years", "3 million dollars"): the figure typed in full is the
  // figure times that scale ("1.3 billion years" and "1,300,000,000 years" are 1.3).
  const scale = scaleOf((typeof answer.unit === 'string' ? answer.unit : '').trim().toLowerCase().split(/\s+/)[0]);
  if (!scale) return false;
  return right(Number((read.value / scale).toFixed(9)));
}
