/**
 * Whether one question gives away another whose answer is a whole statement
 * (which statement the article supports, what someone said, why, true or
 * false). Names and figures are matched by value (the generator's answer
 * keys); a statement can only be matched by its words: the words that tell the
 * right option from the stem and the other options. When another question's
 * text or feedback shows most of them, a reader who has seen it knows the
 * answer. Pure.
 *
 * Words are compared by a light stem (plural, -ed, -ing and a final -e taken
 * off: "killed" and "kill", "believed" and "believe"), with number words read
 * as digits. A full stemmer (Porter's) would add about 2.5 KB to the element
 * for a test that needs only these endings.
 */
import { remembered } from './maps.js';
import { NUMBER_WORDS_TO_NINETEEN, normalize } from './text.js';

/** Words that carry no claim of their own: what any statement may say. */
const SMALL_WORDS = new Set(
  (
    'a an the of and or but nor in on at to for by with from into onto over under about after before as than then ' +
    'so that this these those there here which who whom whose what where when why how its it his her hers their ' +
    'them they he she we you i me my our your is was are were be been being am has have had do does did not no ' +
    'yes also only just very more most much many some any all each every both either neither own same other ' +
    'such can could may might must shall should will would said say says saying according article articles report ' +
    'reports reported true false statement statements one'
  ).split(' '),
);

/** A word's light stem: "victims" → "victim", "killed" → "kill", "believed" and "believe" → "believ". */
function stemOf(word: string): string {
  if (word.length <= 3) return word;
  let s = word;
  if (s.length > 4 && s.endsWith('ies')) s = `${s.slice(0, -3)}y`;
  else if (/(?:sses|ches|shes|xes)$/.test(s)) s = s.slice(0, -2);
  else if (/[^su]s$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  // "stopped" → "stopp" → "stop".
  if (/([bdgmnprt])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

const NUMBER_WORDS = new Map<string, string>(NUMBER_WORDS_TO_NINETEEN.map((w, i) => [w, String(i)]));

/** Each word's stem ({@link stemOf}), a number word as digits, remembered: a quiz reads the same words again and again. */
const stemOfWord = remembered((word) => NUMBER_WORDS.get(word) ?? stemOf(word));

/** The stems of a text's words that carry its claim: small words dropped, number words as digits. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalize(text).split(' ')) {
    if (!w || SMALL_WORDS.has(w)) continue;
    out.add(stemOfWord(w));
  }
  return out;
}

/** The stems that tell `key` from `others` (the stem of the question and the other options): what a reader must know. */
export function tellingStems(key: string, others: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of others) for (const s of contentStems(text)) seen.add(s);
  return [...contentStems(key)].filter((s) => !seen.has(s));
}

/**
 * How often words are used in the texts of a few articles: by how many of their facts and authors' items
 * (each one text: statement, wordings, feedback), among how many. A word few of them use points to
 * one fact; a word most of them use ("Russia" in a story about Russia) points to none.
 */
export interface WordUse {
  /** How many texts were counted. */
  texts: number;
  /** How many of them use a stem. */
  uses(stem: string): number;
  /**
   * Whether a stem is a word of a name the articles give (a person, a place, a body): two questions on one
   * subject share its name, not their claims, and names are matched by value where they answer.
   */
  names(stem: string): boolean;
}

/** The word use of some texts, each stem counted once per text, and the stems of the names they give. */
export function wordUseOf(texts: Iterable<string>, names: Iterable<string> = []): WordUse {
  const counts = new Map<string, number>();
  let n = 0;
  for (const text of texts) {
    n += 1;
    for (const s of contentStems(text)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const named = new Set<string>();
  // An article names its people and places again and again: each name's words read once.
  const read = new Set<string>();
  for (const name of names) {
    if (read.has(name)) continue;
    read.add(name);
    for (const s of contentStems(name)) named.add(s);
  }
  return { texts: n, uses: (stem) => counts.get(stem) ?? 0, names: (stem) => named.has(stem) };
}

/** The word use of two sets of texts together (those of two articles). */
export function bothUses(a: WordUse, b: WordUse): WordUse {
  return a === b ? a : { texts: a.texts + b.texts, uses: (stem) => a.uses(stem) + b.uses(stem), names: (stem) => a.names(stem) || b.names(stem) };
}

/** A stem's weight in `use`: the bits of surprise of meeting it in one of the texts (at least that of a word all use). */
function weightOf(use: WordUse, stem: string): number {
  return Math.log2((use.texts + 1) / Math.max(1, Math.min(use.texts, use.uses(stem))));
}

/**
 * Whether a stem is a rare word of a claim in `use`: used by at most an eighth of the texts (two, in a small
 * article), so it points to one fact or two, and no word of a name: "Daniel Cho" shown elsewhere tells
 * nothing of what the statement says about him.
 */
function isRare(use: WordUse, stem: string): boolean {
  return !use.names(stem) && use.uses(stem) <= Math.max(2, use.texts / 8);
}

/**
 * Whether a text's stems show the answer whose telling stems are `telling`: all of one or two, else three
 * in five; or, where the words' use in the articles is known, two or more rare telling words that carry
 * two fifths of the telling words' weight ("science" and "politics" shown, "a three-hour drama about
 * science and politics" the answer). Common words weigh little: "Russia" and "Ukraine" shown tell
 * nothing about a statement on them (a raw count of two in five would join too many pairs).
 */
export function reveals(stems: ReadonlySet<string>, telling: readonly string[], use?: WordUse): boolean {
  if (!telling.length) return false;
  let hits = 0;
  for (const s of telling) if (stems.has(s)) hits += 1;
  if (hits >= Math.min(2, telling.length) && hits >= Math.ceil(0.6 * telling.length)) return true;
  if (!use || hits < 2) return false;
  let rare = 0;
  let shown = 0;
  let total = 0;
  for (const s of telling) {
    const w = weightOf(use, s);
    total += w;
    if (!stems.has(s)) continue;
    shown += w;
    if (isRare(use, s)) rare += 1;
  }
  return rare >= 2 && shown >= 0.4 * total;
}

/**
 * Whether the right option alone echoes a headline's stems: two or more of its words there, or all of a short
 * option's one or two, and none of any wrong option's ("a completely new way to study the universe" under "... opens
 * new window on universe"; "the cold" under "... the search, the toll and the cold").
 */
export function optionEchoes(stems: ReadonlySet<string>, options: readonly string[], correct: number): boolean {
  const own = [...contentStems(options[correct]!)];
  const echoes = options.map((o) => [...contentStems(o)].filter((s) => stems.has(s)).length);
  return echoes[correct]! >= Math.min(2, Math.max(1, own.length)) && echoes.every((n, i) => i === correct || n === 0);
}

/**
 * Whether a headline shows the answer whose telling stems are `telling`: as {@link reveals}, or by one rare
 * word of it. A headline is a few words chosen to stand out: "CEO Slams German 'Interference'" above
 * "A listed company must make its decisions without outside interference" tells which option is right.
 */
export function headlineReveals(stems: ReadonlySet<string>, telling: readonly string[], use: WordUse): boolean {
  return reveals(stems, telling, use) || telling.some((s) => stems.has(s) && isRare(use, s));
}

/**
 * Factors by which one figure follows from another with a reader's arithmetic over time: a month and
 * a year (12), a week and a year (52), a day and a week (7), a year (365), a day (24), an hour (60). A
 * quiz that shows $29.93 a year gives away $2.49 a month. Doubling, halving, tenfold, a hundredfold and
 * a thousandfold are left out: they join too many unrelated counts (12 trains and 1,200 residents).
 */
const CONVERSIONS = [7, 12, 24, 52, 60, 365];

/** Half a unit of a figure's last written decimal: how far its rounding may have moved it (none for a whole number, a count). */
function slack(n: number): number {
  const decimals = String(n).split('.')[1]?.length ?? 0;
  return decimals ? 0.5 * 10 ** -decimals : 0;
}

/**
 * Whether a figure is the sum or the difference of two others, all three written with two decimals or more
 * (sums of money), within their rounding: $38.59 a year less $29.93 is $8.66, so a quiz that shows both asks
 * nothing with "by how much". Whole numbers and figures of one decimal are left out: among the many counts and
 * rounded figures a quiz shows, some add up by chance (2.4 less 1.4 is within rounding of 1.03). Pure.
 */
export function splits(a: number, figures: readonly number[]): boolean {
  const cents = (f: number) => (String(f).split('.')[1]?.length ?? 0) >= 2;
  if (!cents(a)) return false;
  const parts = figures.filter((f) => cents(f) && f !== a);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const x = parts[i]!;
      const y = parts[j]!;
      const within = slack(x) + slack(y) + slack(a) + 1e-9;
      if (Math.abs(Math.abs(x - y) - Math.abs(a)) <= within || Math.abs(Math.abs(x + y) - Math.abs(a)) <= within) return true;
    }
  }
  return false;
}

/**
 * Whether one figure follows from the other by a {@link CONVERSIONS} factor, within the rounding of the
 * written figures: 12 × $2.49 is $29.88, and $29.93 rounds a yearly sum that 2.49 rounds monthly. Whole
 * numbers are taken as exact (39 weeks are not 2022 years / 52), and a small whole number (under 10) is
 * never the smaller of the two: "2 regions" and "24 years" are not one figure told twice. Pure.
 */
export function derives(a: number, b: number): boolean {
  const [small, large] = Math.abs(a) < Math.abs(b) ? [Math.abs(a), Math.abs(b)] : [Math.abs(b), Math.abs(a)];
  if (!small || (small < 10 && Number.isInteger(small))) return false;
  // A year is no quantity (figures and years share their keys): 168 × 12 is not the year 2016.
  if (Number.isInteger(large) && large >= 1800 && large <= 2100) return false;
  return CONVERSIONS.some((f) => Math.abs(large - small * f) <= f * slack(small) + slack(large) + 1e-9);
}
