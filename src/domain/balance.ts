/**
 * Whether the right option stands out from the others by its form alone, the
 * cue item-writing guides warn about first: the one much longer (or much
 * shorter) than every other, or the only one with a figure, or the only one
 * without. A reader who has not read the article picks it. Pure.
 */

import { NUMBER_WORDS_TO_NINETEEN, TENS_WORDS, normalize, rootOf } from './text.js';

const wordsIn = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;
const hasFigure = (text: string): boolean => /\d/.test(text);

/**
 * Whether `key` stands out from `others` by length or by being alone with or without a figure. By
 * length: the longest by at least three words and a quarter past the others' mean (or past the
 * longest of them), or the shortest by three words and a fifth short of their mean; a statement
 * also by its letters, a fifth past the longest of the others or a fifth short of the shortest.
 */
export function standsOut(key: string, others: readonly string[]): boolean {
  if (others.length < 2) return false;
  const rest = others;
  const n = wordsIn(key);
  const lengths = others.map(wordsIn);
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  if (n - longest >= 3 && (n >= mean * 1.25 || n - longest >= longest / 4)) return true;
  if (shortest - n >= 3 && (n <= mean * 0.8 || shortest - n >= n / 4)) return true;
  // Statements, by their letters: alone the longest by a fifth past the next, or the shortest by a fifth short of it.
  if (n >= 4) {
    const chars = key.trim().length;
    const others = rest.map((t) => t.trim().length);
    if (chars >= Math.max(...others) * 1.2 || chars * 1.2 <= Math.min(...others)) return true;
  }
  const figures = others.map(hasFigure);
  return figures.every((f) => f === figures[0]) && hasFigure(key) !== figures[0];
}

/** Verbs that tell a statement's tense where they come first among its verbs: "It is a three-hour drama" beside "It was made by ...". */
const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'says', 'say', 'remains', 'remain', 'seems', 'seem']);
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'remained', 'seemed']);

/** The tense of a statement by the first verb of {@link PRESENT} or {@link PAST} in it; `undefined` when none is. */
function tenseOf(text: string): 'present' | 'past' | undefined {
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    if (PRESENT.has(w)) return 'present';
    if (PAST.has(w)) return 'past';
  }
  return undefined;
}

/** Words that qualify a statement as uncertain: "could bring talks within months", "how much was done is still unclear". */
const QUALIFIER = /\b(?:might|may|could|possibly|perhaps|probably|likely|unlikely|unclear|uncertain|unknown)\b/i;

/**
 * How the right statement alone differs in tone where every other agrees, or `undefined`: alone in
 * another tense ("It is a three-hour drama" beside three "It was ..."), or alone qualified or alone
 * plain (the one that "could bring" talks, where the others say what happened). A reader who has not
 * read the article picks the statement that does not match the rest, and the guarded one first.
 */
export function toneCue(key: string, others: readonly string[]): string | undefined {
  if (others.length < 2) return undefined;
  const tenses = others.map(tenseOf);
  const tense = tenseOf(key);
  if (tense && tenses.every((t) => t !== undefined && t === tenses[0]) && tense !== tenses[0]) return `alone in the ${tense} tense`;
  const qualified = others.map((o) => QUALIFIER.test(o));
  const own = QUALIFIER.exec(key);
  if (!qualified.every((q) => q === qualified[0]) || !!own === qualified[0]) return undefined;
  return own ? `the only one qualified ("${own[0]}")` : 'the only one not qualified';
}

/** Whether the right statement alone differs in tone where every other agrees ({@link toneCue}). */
export const loneTone = (key: string, others: readonly string[]): boolean => toneCue(key, others) !== undefined;

/** Words that write a figure: "two", "eighteen", "forty", "hundred", "million", "dozen" ("one" too often means "a"). */
const FIGURE_WORDS = new Set([...NUMBER_WORDS_TO_NINETEEN.slice(2), ...TENS_WORDS.filter(Boolean), 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'half']);

/**
 * Whether a statement gives a figure, in digits or in words ("43 of the 44", "two people", "€1.8
 * billion"): not the digits of a name ("F-16", "Il-76", "COVID-19").
 */
export function givesFigure(text: string): boolean {
  if (/(?:^|[^\p{L}\d-])\d/u.test(text)) return true;
  return text.toLowerCase().split(/[^a-z]+/).some((w) => FIGURE_WORDS.has(w));
}

/**
 * Whether a statement answer shows itself by its form among the others, the cues a reader who has
 * not read the article looks for first: the lone longest by a clear margin (a tenth longer than the
 * next, in letters), or the lone one with a figure, or without one, where the others all agree.
 * Stricter than {@link standsOut}: where a bank allows, the statements beside the answer meet it.
 */
export function showsByForm(key: string, others: readonly string[]): boolean {
  if (others.length < 2) return false;
  return key.trim().length > 1.1 * Math.max(...others.map((t) => t.trim().length)) || figureAlone(key, others);
}

/** Letters by which a statement alone the longest is seen to be so, beside statements of about its length. */
export const VISIBLY_LONGER = 3;

/** By how many letters a statement is longer than the longest of the others (negative where it is not the longest). */
export const longestBy = (key: string, others: readonly string[]): number => key.trim().length - Math.max(...others.map((t) => t.trim().length));

/** Whether the answer is the lone statement with a figure, or without one, where the others all agree. */
export function figureAlone(key: string, others: readonly string[]): boolean {
  const figures = others.map(givesFigure);
  return others.length > 1 && figures.every((f) => f === figures[0]) && givesFigure(key) !== figures[0];
}

/**
 * Whether the right figure is the odd one out of the options' spacing: the others, sorted, are evenly
 * spaced and the four are not ("€41.1, €43.1, €45.1 billion" against "€49.1 billion"). A reader who
 * has not read the article picks the figure that breaks the series.
 */
export function oddFigure(sorted: readonly number[], key: number): boolean {
  if (sorted.length < 4) return false;
  const even = (xs: readonly number[]) => {
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    const tol = Math.max(...gaps.map(Math.abs)) * 1e-6 + 1e-9;
    return gaps.every((g) => Math.abs(g - gaps[0]!) <= tol);
  };
  const others = sorted.filter((_, i) => i !== sorted.indexOf(key));
  return even(others) && !even(sorted);
}

/**
 * Whether the right figure alone is the middle of two others ("2.82, 3.22, 3.62" with "8.66"): options
 * drawn a step either side of the answer leave it the centre of the set, and a reader who has not read
 * the article picks the centre. Where another option is a centre too (four evenly spaced), nothing shows.
 */
export function loneCentre(sorted: readonly number[], key: number): boolean {
  const centre = (m: number) => {
    const tol = Math.max(1, Math.abs(m)) * 1e-9;
    return sorted.some((a) => a < m && sorted.some((b) => b > m && Math.abs(a + b - 2 * m) <= tol));
  };
  return centre(key) && sorted.every((m) => m === key || !centre(m));
}

/** A name's first and last words, letters only and lower case: "an" and "26" of "An-26"; one word is both. */
function endsOf(name: string): [string, string] {
  const words = name.toLowerCase().split(/[\s\-–]+/).filter(Boolean);
  return [words[0] ?? '', words[words.length - 1] ?? ''];
}

/**
 * Whether the right name is the only one without a first or last word all the others share: "Il-76"
 * among "An-12", "An-22" and "An-26"; "Kyiv" among "Kharkiv region", "Sumy region" and "Odesa region".
 */
export function loneName(key: string, others: readonly string[]): boolean {
  if (others.length < 2) return false;
  const [first, last] = endsOf(key);
  const ends = others.map(endsOf);
  const shared = (at: 0 | 1) => ends.every((e) => e[at] === ends[0]![at]) && ends[0]![at] !== (at === 0 ? first : last);
  return shared(0) || shared(1);
}

/**
 * Whether the right name is the only one of its number of words where the others all agree ("Second
 * World War" among "Cold War", "Korean War" and "Vietnam War"), or longer or shorter than every other
 * by two words or more ("Killers of the Flower Moon" among "Barbie", "Poor Things" and "Oppenheimer").
 */
export function loneShape(key: string, others: readonly string[]): boolean {
  if (others.length < 2) return false;
  const words = others.map(wordsIn);
  const n = wordsIn(key);
  if (words.every((w) => w === words[0]) && n !== words[0]) return true;
  return n >= Math.max(...words) + 2 || n <= Math.min(...words) - 2;
}

/** Words of a question that say nothing of its answer: a word of the answer that shares them echoes nothing. */
const QUESTION_WORDS = new Set(['which', 'what', 'where', 'when', 'whose', 'about', 'does', 'with', 'from', 'that', 'this', 'have', 'were', 'according', 'article', 'articles', 'said', 'says']);

/** Letters a word of an option must share with a word of the stem to echo it ("copter" of "helicopter" in "Eurocopter"). */
const ECHO_LETTERS = 5;

/** The words of four letters or more of a text, normalised, question words aside. */
function echoWords(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !QUESTION_WORDS.has(w));
}

/** Whether two words share a root or a run of {@link ECHO_LETTERS} letters. */
function echo(a: string, b: string): boolean {
  if (rootOf(a) === rootOf(b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i + ECHO_LETTERS <= short.length; i++) if (long.includes(short.slice(i, i + ECHO_LETTERS))) return true;
  return false;
}

/**
 * Whether the right option is the only one that echoes the stem, by a word's root or a run of its
 * letters: "Eurocopter" alone among "Sikorsky", "Bell" and "AgustaWestland" for "Which helicopter
 * group ...?". A reader who has not read the article picks the option shaped like the question.
 */
export function loneEcho(key: string, others: readonly string[], stem: string): boolean {
  const stemWords = echoWords(stem);
  const echoes = (option: string) => echoWords(option).some((w) => stemWords.some((s) => echo(w, s)));
  return others.length > 1 && echoes(key) && !others.some(echoes);
}

/** Every way to take `k` of `n` items, as index lists, in order (n choose k is small here: at most a few dozen). */
export function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, chosen: number[]) => {
    if (chosen.length === k) return void out.push(chosen.slice());
    for (let i = start; i <= n - (k - chosen.length); i++) {
      chosen.push(i);
      walk(i + 1, chosen);
      chosen.pop();
    }
  };
  walk(0, []);
  return out;
}
