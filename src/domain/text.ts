/**
 * Text helpers shared by the generator, the checker and the exports:
 * normalising typed names, a transliteration key for Ukrainian and Russian
 * names, edit distance, reading numbers written in digits or words, and the
 * small pieces of English grammar questions need (a/an).
 *
 * Pure: no DOM, no `node:` imports, no locale-dependent calls, so every
 * function gives the same result in Node and in every browser.
 */

import { remembered } from './maps.js';

/** Letters NFKD leaves whole; mapped by hand so "Łódź" and "Straße" normalise. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Leading articles, however many, while a word follows them: "the a cat" is "cat", and "a a a" is "a", so the normal form of a normal form is itself. */
const LEADING_ARTICLE = /^(?:(?:the|a|an) )+(?=\S)/;

/**
 * A leading "a" or "an", after "the" or not, with no space after it: part of a name ("A-bomb", "the An-124",
 * "An124"), no article ({@link normalizeName}).
 */
const JOINED_ARTICLE = /^[\s"'\u2018\u201c(]*(?:the\s+)?an?(?=[^\sa-z])/i;

/** A leading "the", the only article a name whose "a" or "an" is joined to it drops. */
const LEADING_THE = /^the (?=\S)/;

/**
 * Reduce a typed text to the form answers are compared in: Unicode NFKD,
 * diacritics dropped, lower case, letters split from digits ("Il76" becomes
 * "il 76"), apostrophes dropped ("Syrs'kyi" becomes "syrskyi"), any other
 * punctuation turned into a space, spaces collapsed, and leading articles
 * ("the", "a", "an") dropped while a word follows them.
 *
 * @example normalize('  The Il-76 ') // 'il 76'
 */
export function normalize(s: string): string {
  return normalized(s, false);
}

/**
 * {@link normalize} for a typed name and the forms it is compared with: a leading "a" or "an" joined to what follows
 * is part of the name, not an article ("A-bomb" is "a bomb", never "bomb"; "An124" is "an 124").
 */
export function normalizeName(s: string): string {
  return normalized(s, JOINED_ARTICLE.test(s));
}

/** {@link normalize}, dropping only a leading "the" when `keep` says an "a" or "an" is joined to the name. */
function normalized(s: string, keep: boolean): string {
  const ascii = asciiNormal(s, keep);
  if (ascii !== null) return ascii;
  let out = s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  out = out.replace(/[ßæœøłđðþıħ]/g, (c) => LETTERS[c] ?? c);
  out = out.replace(/['’ʼ`´]/g, '');
  out = out.replace(/[^a-z0-9]+/g, ' ');
  out = out.replace(/([a-z])(?=[0-9])|([0-9])(?=[a-z])/g, '$1$2 ');
  out = out.replace(/ +/g, ' ').trim();
  return out.replace(keep ? LEADING_THE : LEADING_ARTICLE, '');
}

/**
 * The words of a text in ASCII, lower case, letters split from digits, joined by single spaces,
 * in one pass without regular expressions (a large bank runs hundreds of thousands of names and
 * statements through {@link normalize}); `null` for a text with any other character, which takes
 * the general way. Apostrophes go without a trace ("Syrs'kyi" is "syrskyi"), and backticks too
 * when `backtick` says so; anything else but letters and digits separates words.
 */
export function asciiWords(s: string, backtick: boolean): string | null {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return null;
  const lower = s.toLowerCase();
  const n = lower.length;
  // The output is built from runs of the lower-case text, so that a text already in words comes back whole.
  let out = '';
  let run = -1;
  // What the last character kept was: 0 nothing yet, 1 a letter, 2 a digit; whether a separator came after it;
  // whether a single space inside the run stands between it and the next character.
  let last = 0;
  let gap = false;
  let spaced = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    const sort = c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (sort === 0) {
      if (c === 32 && run >= 0 && !spaced && i + 1 < n && isWordCode(lower.charCodeAt(i + 1))) {
        spaced = true;
        continue;
      }
      if (run >= 0) out += lower.slice(run, spaced ? i - 1 : i);
      run = -1;
      spaced = false;
      if (c !== 39 && (c !== 96 || !backtick)) gap = true;
      continue;
    }
    if (spaced) {
      spaced = false;
    } else if (last !== 0 && (gap || last !== sort)) {
      if (run >= 0) out += lower.slice(run, i);
      out += ' ';
      run = -1;
    }
    if (run < 0) run = i;
    last = sort;
    gap = false;
  }
  if (run >= 0) out = run === 0 && !out ? lower : out + lower.slice(run);
  return out;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/** {@link normalize} of a text in ASCII, the same character for character (NFKD leaves ASCII as it is); `null` for any other. */
function asciiNormal(s: string, keep: boolean): string | null {
  const out = asciiWords(s, true);
  if (out === null) return null;
  const first = out.charCodeAt(0);
  return first === 97 || first === 116 ? out.replace(keep ? LEADING_THE : LEADING_ARTICLE, '') : out;
}

/** Where a hash of a text starts (FNV-1a's offset basis). */
export const HASH_START = 0x811c9dc5 | 0;

/** A hash with one more character (FNV-1a, 32 bits). */
export const fold = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** The hash of a text, as {@link fold} builds it a character at a time. */
export function hashOf(text: string): number {
  let h = HASH_START;
  for (let i = 0; i < text.length; i++) h = fold(h, text.charCodeAt(i));
  return h;
}

/**
 * The {@link hashOf} of {@link normalize}(s), or `null` when that is empty. A text in ASCII (most
 * names) is hashed as it is read, its normal form never made: the letters and digits in lower case,
 * apostrophes and backticks dropped, one space wherever anything else or a change between letters
 * and digits parts two of them, and a leading "the", "a" or "an" dropped when a word follows it.
 */
export function normalHash(s: string): number | null {
  let h = HASH_START;
  // What the last letter or digit kept was: 0 none yet, 1 a letter, 2 a digit; and whether a break came after it.
  let last = 0;
  let gap = false;
  // The first word's last four characters (8 bits each: a word of four or more is never an article's
  // code), or -1 once a second word has begun.
  let first = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) {
      const normal = normalize(s);
      return normal ? hashOf(normal) : null;
    }
    if (c === 39 || c === 96) continue;
    if (c >= 65 && c <= 90) c += 32;
    const sort = c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (sort === 0) {
      gap = true;
      continue;
    }
    if (last !== 0 && (gap || last !== sort)) {
      // A first word "the", "a" or "an" is dropped: the hash starts again at the next, which is first in its turn.
      if (first === 0x746865 || first === 0x61 || first === 0x616e) {
        h = HASH_START;
        first = c;
      } else {
        h = fold(h, 32);
        first = -1;
      }
    } else if (first >= 0) {
      first = (first << 8) | c;
    }
    h = fold(h, c);
    last = sort;
    gap = false;
  }
  return last === 0 ? null : h;
}

/** Multi-letter spellings first, so "kh" is read before "h" and "shch" before "sh". */
const TRANSLIT: [RegExp, string][] = [
  [/shch/g, 's'],
  [/kh/g, 'h'],
  [/zh/g, 'z'],
  [/ts/g, 'c'],
  [/ch/g, 'c'],
  // A hard "c" that opens a word, spelt "k" as often: "Karl" and "Carl", "Kristina" and "Christina".
  [/^c(?=[aoulr])/, 'k'],
  [/sh/g, 's'],
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/(?:yj|yi|yy|iy|ij|ii|y|j)$/g, 'i'],
  [/y/g, 'i'],
  [/j/g, 'i'],
  [/ie/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/**
 * A key that is equal for the usual romanisations of one Ukrainian or Russian
 * name: w→v, x→ks, kh→h, zh→z, ts/ch→c, a hard c that opens a word→k, sh→s, a word-final
 * yj/yi/yy/iy/ij/ii/y/j→i, any other y or j→i, ie→i ("Kiev", "Kyjiv" and
 * "Kyiv" alike), doubled letters collapsed. Applied
 * word by word to the {@link normalize}d text, so "Syrskyj", "Syrskyi",
 * "Syrsky" and "Sirskiy" share the key "sirski", as do "Pskow" and "Pskov".
 */
export function translitKey(s: string): string {
  return normalize(s).split(' ').map(translitWord).join(' ');
}

/** The transliteration key of one normalised word, remembered: a name's words recur in every comparison. */
const translitWord = remembered((word) => (/^[0-9]+$/.test(word) ? word : TRANSLIT.reduce((w, [from, to]) => w.replace(from, to), word)));

/** Scratch rows for {@link editDistance}, grown as needed: checking an answer allocates nothing. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The optimal-string-alignment (restricted Damerau–Levenshtein) distance:
 * how many insertions, deletions, substitutions and swaps of two adjacent
 * letters turn `a` into `b`. Works on UTF-16 code units; normalise first.
 *
 * With `limit`, stops as soon as the distance must exceed it and returns
 * `limit + 1`: enough to tell "within budget" or "closer than" cheaply.
 * With `near`, a letter put for another costs two unless `near` holds for
 * the two letters' codes.
 */
export function editDistance(a: string, b: string, limit = Infinity, near?: (x: number, y: number) => boolean): number {
  if (a === b) return 0;
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : near && !near(ai, bj) ? 2 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later row is at least this row's minimum (a swap reaches back one row, so check two).
    if (rowMin > limit) {
      let prevMin = Infinity;
      for (let j = 0; j < cols; j++) if (prev[j]! < prevMin) prevMin = prev[j]!;
      if (prevMin > limit) return over;
    }
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  const d = prev[b.length]!;
  return d > limit ? over : d;
}

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const ORDINALS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
];

/**
 * The English number words, the one list they are read and written with: 0 to 19 by value, the tens by their digit
 * (20 at 2), and the ordinals 1 to 19 by value ("first" at 1, none at 0).
 */
export { SMALL as NUMBER_WORDS_TO_NINETEEN, TENS as TENS_WORDS, ORDINALS as ORDINAL_WORDS_TO_NINETEENTH };

/** The scale words a figure is read and written with, largest first, by their value ("1.5 million"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
]);

/** Every number word parseNumber knows, with its value and role. */
const NUMBER_WORDS = new Map<string, { value: number; role: 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' }>();
SMALL.forEach((w, i) => NUMBER_WORDS.set(w, { value: i, role: i < 10 ? 'unit' : 'teen' }));
TENS.forEach((w, i) => w && NUMBER_WORDS.set(w, { value: i * 10, role: 'tens' }));
// "Dozen" multiplies as "hundred" does: "two dozen", "a dozen".
NUMBER_WORDS.set('hundred', { value: 100, role: 'hundred' });
NUMBER_WORDS.set('dozen', { value: 12, role: 'hundred' });
SCALE_WORDS.forEach((value, w) => NUMBER_WORDS.set(w, { value, role: 'scale' }));

/** What a word that multiplies the figure before it multiplies by ("hundred", "dozen", "million"); `undefined` for any other. */
function multiplier(word: string | undefined): number | undefined {
  const entry = NUMBER_WORDS.get(word ?? '');
  return entry && (entry.role === 'hundred' || entry.role === 'scale') ? entry.value : undefined;
}

/** Misspellings too far from the right word for the edit-distance budget, or common enough to name. */
const MISSPELLINGS: Record<string, string> = {
  fourty: 'forty',
  fourtie: 'forty',
  ninty: 'ninety',
  nintey: 'ninety',
  twelth: 'twelve',
  tweleve: 'twelve',
  fivety: 'fifty',
  fiveteen: 'fifteen',
  eightteen: 'eighteen',
  eigthy: 'eighty',
  thirtee: 'thirty',
  tousand: 'thousand',
  thousend: 'thousand',
  milion: 'million',
  hundered: 'hundred',
  hundret: 'hundred',
};

/** Words a reader may put before a figure; the qualifier is the fact's business, not the reader's. */
const LEAD_WORDS =
  /^(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|over|under|exactly|just|only|up to|at least|at most|more than|less than|fewer than|no fewer than|no more than|no less than|in the year|in|ca\.?)(?=[\s\d]|$)|[~≈<>≥≤=+])\s*/;

/** No figure a reader types is longer; a pasted essay is not read. */
const MAX_NUMBER_INPUT = 120;

/** Read one number word, forgiving a small typo when exactly one number word is that close. */
function numberWord(token: string): string | null {
  if (NUMBER_WORDS.has(token)) return token;
  // "Hundreds", "dozens", "tens": no figure, however close to one.
  if (token.endsWith('s') && NUMBER_WORDS.has(token.slice(0, -1))) return null;
  const named = MISSPELLINGS[token];
  if (named) return named;
  const budget = typoBudget(token.length);
  if (!budget) return null;
  let best: string | null = null;
  let bestDistance = budget + 1;
  let tied = false;
  for (const word of NUMBER_WORDS.keys()) {
    const d = editDistance(token, word, budget);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance) {
      tied = true;
    }
  }
  return best && !tied ? best : null;
}

/** Read a figure written in English words ("forty-three", "two hundred and five", "1.5 million"); decimals by {@link pointNumber}. */
function parseWords(tokens: string[]): number | null {
  let total = 0;
  let current = 0;
  // What may follow: after "forty" only a unit ("forty-three"), after "three" only "hundred" or a scale, ...
  let last: 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'start';
  let lastScale = Infinity;
  let any = false;
  for (const raw of tokens) {
    if (raw === 'and') {
      if (last === 'start') return null;
      continue;
    }
    let value: number;
    let role: 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';
    if (/^[0-9]+(?:\.[0-9]+)?$/.test(raw)) {
      if (last !== 'start' && last !== 'scale') return null;
      value = Number(raw);
      role = 'teen';
    } else {
      const word = numberWord(raw);
      if (!word) return null;
      ({ value, role } = NUMBER_WORDS.get(word)!);
    }
    switch (role) {
      case 'unit':
      case 'teen':
        if (last === 'unit' || last === 'teen') return null;
        if (last === 'tens' && role === 'teen') return null;
        current += value;
        break;
      case 'tens':
        if (last === 'unit' || last === 'teen' || last === 'tens') return null;
        current += value;
        break;
      case 'hundred':
        if (last === 'hundred' || current >= 100) return null;
        current = (current || 1) * value;
        break;
      case 'scale':
        if (value >= lastScale) return null;
        total += (current || 1) * value;
        current = 0;
        lastScale = value;
        break;
    }
    last = role;
    any = true;
  }
  return any ? total + current : null;
}

/**
 * Read a figure as a reader types it, or `null` when it is not one.
 *
 * - Digits, with `,` or spaces between thousands ("2,022", "2 022") and `.`
 *   for decimals ("43.0"). A comma followed by one or two digits is a decimal
 *   comma ("43,5" is 43.5, as many readers outside the English-speaking world
 *   write it); followed by three digits it separates thousands.
 * - English words up to the billions, with hyphens and "and" ("two hundred
 *   and forty-three"), common misspellings ("fourty") and one-letter typos
 *   when only one number word is that close; digits mixed with scale words
 *   ("1.5 million").
 * - A leading qualifier ("about", "at least", "~", "in" before a year) is
 *   ignored, and so are words after a figure in digits ("43 planes").
 */
export function parseNumber(input: string): number | null {
  if (typeof input !== 'string' || input.length > MAX_NUMBER_INPUT) return null;
  let s = input.normalize('NFKC').toLowerCase().replace(/[\u00a0\u202f]/g, ' ').trim();
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(LEAD_WORDS, '').trim();
  }
  if (!s) return null;
  const digits = /^([-+−]?)(\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)|\d+)(?:([.,])(\d+))?(?=$|\s|%)/.exec(s);
  if (digits) {
    const [whole, sign, int, mark, frac] = digits;
    const rest = s.slice(whole.length).trim();
    // Well-formed thousands ("2,022") were read as part of `int`; "2022,123" is neither form.
    if (mark === ',' && frac!.length > 2) return null;
    const value = Number(`${int!.replace(/[, ]/g, '')}${frac !== undefined ? `.${frac}` : ''}`);
    return finish(sign!, value, rest);
  }
  const tokens = s
    .split(/[\s-]+/)
    .map((t) => t.replace(/[^a-z0-9.]/g, ''))
    .filter(Boolean);
  // "a hundred", "a dozen", "a million": "a" counts as one only before a word that multiplies.
  if (tokens[0] === 'a' && multiplier(tokens[1]) !== undefined) tokens[0] = 'one';
  const point = tokens.indexOf('point');
  if (point >= 0) return pointNumber(tokens, point);
  const value = parseWords(tokens);
  return value === null ? yearInWords(tokens) : value;
}

/**
 * A year from 1000 to 2099 read aloud in two pairs of figures, which no other figure's words make: "twenty
 * sixteen", "nineteen forty-five", "nineteen oh five". `null` for any other words ("twenty five" is 25, read
 * before this; "forty forty" is no year).
 */
function yearInWords(tokens: string[]): number | null {
  for (let k = 1; k < tokens.length; k++) {
    const century = parseWords(tokens.slice(0, k));
    const oh = tokens[k] === 'oh' || tokens[k] === 'o';
    const rest = parseWords(tokens.slice(oh ? k + 1 : k));
    if (century === null || rest === null || century < 10 || century > 20 || !Number.isInteger(century + rest)) continue;
    if (oh ? rest >= 1 && rest <= 9 : rest >= 10 && rest <= 99) return century * 100 + rest;
  }
  return null;
}

/**
 * A decimal read aloud: "seven point eight", "point five", "one point three billion": the whole part in words
 * (none for "point five"), one digit word after another, then at most a scale word.
 */
function pointNumber(tokens: string[], point: number): number | null {
  const whole = point === 0 ? 0 : parseWords(tokens.slice(0, point));
  if (whole === null) return null;
  let digits = '';
  let i = point + 1;
  for (; i < tokens.length; i++) {
    const word = numberWord(tokens[i]!);
    const digit = /^[0-9]$/.test(tokens[i]!) ? Number(tokens[i]) : word ? NUMBER_WORDS.get(word)!.value : NaN;
    if (!(digit >= 0 && digit <= 9) || (word && NUMBER_WORDS.get(word)!.role !== 'unit')) break;
    digits += String(digit);
  }
  if (!digits) return null;
  let value = Number(`${whole}.${digits}`);
  if (i < tokens.length) {
    const scale = numberWord(tokens[i]!);
    if (i + 1 < tokens.length || !scale || NUMBER_WORDS.get(scale)!.role !== 'scale') return null;
    value *= NUMBER_WORDS.get(scale)!.value;
  }
  return value;
}

/** Digits then words: scale words multiply ("1.5 million"), any other words are a unit and ignored. */
function finish(sign: string, value: number, rest: string): number | null {
  let out = value;
  if (rest) {
    // "3 4" is two figures, not one.
    if (/^[0-9]/.test(rest)) return null;
    const words = rest.split(/[\s-]+/).filter(Boolean);
    out *= multiplier(words[0]) ?? 1;
  }
  if (!Number.isFinite(out)) return null;
  return sign === '-' || sign === '−' ? -out : out;
}

/** Words for 0 to 999. */
function hundreds(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h) parts.push(`${SMALL[h]} hundred`);
  if (rest) {
    const words = rest < 20 ? SMALL[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${SMALL[rest % 10]}` : '');
    parts.push(h ? `and ${words}` : words);
  }
  return parts.join(' ');
}

/**
 * A number in English words, British style ("two hundred and forty-three").
 * Integers up to the billions; decimals read digit by digit after "point";
 * numbers too large or not finite come back as digits.
 */
export function numberToWords(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e12) return String(n);
  if (n < 0) return `minus ${numberToWords(-n)}`;
  const int = Math.floor(n);
  const fracText = n === int ? '' : String(n).split('.')[1] ?? '';
  let words: string;
  if (int === 0) {
    words = 'zero';
  } else {
    const parts: string[] = [];
    let rest = int;
    for (const [name, value] of SCALE_WORDS) {
      if (rest >= value) {
        parts.push(`${hundreds(Math.floor(rest / value))} ${name}`);
        rest %= value;
      }
    }
    if (rest) parts.push(parts.length && rest < 100 ? `and ${hundreds(rest)}` : hundreds(rest));
    words = parts.join(' ');
  }
  if (fracText) words += ` point ${[...fracText].map((d) => SMALL[Number(d)]).join(' ')}`;
  return words;
}

/** Letters whose English name starts with a vowel sound: "an F-16", "an MP", "an SUV". */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';

/** Words that start with a vowel letter but a consonant sound ("a unit", "a Ukrainian", "a one-off"). */
const CONSONANT_SOUND = /^(?:uni(?![dmnh])|use|usu|uti|ute|uto|ure|uro|ura|uri|ukr|uga|ubiq|eu|ewe|one(?!r)|once|ouija)/i;

/** Words that start with a silent h ("an hour", "an honest"). */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/**
 * The indefinite article for a noun phrase, by how its first word sounds:
 * "an Il-76", "an F-16", "a US base", "an hour", "a one-off", "a Ukrainian",
 * "an 18-year-old", "a NATO base". An all-capital word of up to three letters,
 * or one without vowels, is read letter by letter; a longer one as a word.
 */
export function article(noun: string): 'a' | 'an' {
  const word = noun.trim().replace(/^[^\p{L}\p{N}]+/u, '').split(/[\s]/)[0] ?? '';
  if (!word) return 'a';
  const number = /^\d[\d,]*/.exec(word);
  if (number) {
    const spoken = numberToWords(Number(number[0].replace(/,/g, '')));
    return /^(?:eight|eleven)/.test(spoken) ? 'an' : 'a';
  }
  const letters = /^\p{L}+/u.exec(word)?.[0] ?? '';
  if (!letters) return 'a';
  const plain = letters.normalize('NFKD').replace(/\p{M}+/gu, '');
  const allCaps = plain === plain.toUpperCase() && plain !== plain.toLowerCase();
  const spelled = allCaps && (plain.length <= 3 || !/[AEIOU]/.test(plain) || /^[A-Z]+-/.test(word));
  if (spelled || plain.length === 1) return VOWEL_SOUND_LETTERS.includes(plain[0]!.toUpperCase()) ? 'an' : 'a';
  if (SILENT_H.test(plain)) return 'an';
  if (CONSONANT_SOUND.test(plain)) return 'a';
  return /^[aeiou]/i.test(plain) ? 'an' : 'a';
}

/** How many typos a word of this many letters may carry: 0 up to 3 letters, 1 for 4 to 7, 2 for 8 or more. */
export function typoBudget(letters: number): number {
  return letters <= 3 ? 0 : letters <= 7 ? 1 : 2;
}

/** Endings taken off a word to find its root, longest first: plurals, run-together possessives, demonyms. */
const ROOT_ENDINGS = ['ians', 'ian', 'ean', 'ese', 'ish', 'ia', 'ans', 'an', 'es', 'ns', 'n', 'e', 'a', 'i'];

/**
 * A normalised word's root, for telling that "Korean" names Korea or
 * "Ukraine's" Ukraine: a plural or possessive "s" and one demonym ending
 * taken off, keeping at least four letters ("korea" and "korean" → "kore";
 * "ukraine", "ukraines", "ukrainian" → "ukrain"; "russia", "russian" → "russ").
 */
export function rootOf(word: string): string {
  let r = word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  for (const end of ROOT_ENDINGS) {
    if (r.endsWith(end) && r.length - end.length >= 4) {
      r = r.slice(0, -end.length);
      break;
    }
  }
  return r;
}

/** Whether two normalised words share a root ({@link rootOf}); words of three letters or fewer only when equal. */
export function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  return rootOf(a) === rootOf(b);
}

/** Whether a text names a figure: in digits (with or without thousands commas) or in words. */
export function namesFigure(text: string, n: number): boolean {
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) if (Number(m[0].replace(/,/g, '')) === n) return true;
  return ` ${normalize(text)} `.includes(` ${normalize(numberToWords(n))} `);
}

/** Words that end the noun a question asks for: a verb's helper, an article, a preposition. */
const NOT_NOUNS = new Set(
  'a an the of to in on at for by from with and or but as is are was were be been has have had do does did will would can could should may might must that who whom whose which what when where why how'.split(' '),
);

/** Verbs that may follow the noun asked for and do not end in -ed ("Which spokesperson said ..."). */
const NOT_NOUNS_VERBS = new Set('said says told made makes won wins led leads took takes gave gives saw sees came comes went goes became becomes got gets hit hits put puts'.split(' '));

/**
 * The noun a question asks for, as words a reader may write after the name: "afternoon" of "On which
 * afternoon did the council split?" ("Monday afternoon"), "theoretical physicist" of "which theoretical
 * physicist"; for a blank, the words right after it ("___ afternoon"). Up to three words, none after a
 * helper, article or preposition.
 */
export function askedNouns(text: string): string[] {
  const out: string[] = [];
  for (const w of text.trim().split(/\s+/)) {
    // A word, and the stop or comma that may end the noun phrase.
    const m = /^([\p{L}-]+)([,.;:!?)]*)$/u.exec(w.toLowerCase());
    if (out.length === 3 || !m || NOT_NOUNS.has(m[1]!) || /..ed$/.test(m[1]!) || NOT_NOUNS_VERBS.has(m[1]!)) break;
    out.push(normalize(m[1]!));
    if (m[2]) break;
  }
  return out;
}

/** What a question says after its "which" or "what" ("spokeswoman called the result monumental?"); empty for none. */
export const afterQuestionWord = (stem: string): string => /\b(?:which|what)\s+(.*)$/i.exec(stem)?.[1] ?? '';
