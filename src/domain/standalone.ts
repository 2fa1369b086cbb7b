/**
 * Whether a sentence of the bank stands alone. A true-or-false statement, a
 * sentence with a blank or an option of "which is true" shows a fact's text
 * without the article around it, so a word that points back to something told
 * before ("these developments", "the listening facilities", "those present")
 * leaves the student to guess what it means.
 *
 * Words whose going leaves the statement true go from every sentence made of a
 * fact ("also", "too", "later" after its subject, an opening "At night," or
 * "In response,"); a fact whose text still points back makes none of those
 * questions (its `ask` wordings, which name what they ask about, still ask its
 * slots), and the review sheet says why. "This year" is told as the year of the
 * article's date, in every text a question shows. Pure.
 */

import type { Fact } from './bank.js';
import type { BankIndex } from './bank-index.js';

/**
 * Openings that place a statement after something told before; without them it says less, but nothing false.
 * Not "At first," "Initially," "At night," or "Overnight,": they point at nothing, and without them a statement
 * loses when it held ("At first, city staff had recommended $3.22 a month" is no longer told from the $2.49 they
 * later put forward).
 */
const OPENER =
  /^(?:that (?:day|night|morning|afternoon|evening|week)|the (?:next|following) (?:day|morning|night|week)|(?:hours|days|weeks|minutes|moments) later|later(?: that (?:day|night|week))?|then|meanwhile|earlier|afterwards|soon after(?:wards)?|shortly after(?:wards)?|in response|in return|in turn|by then|at the time|in the end|eventually|finally|as a result|however|instead|still|even so|nonetheless|nevertheless)\s*,\s*/i;

/**
 * Any other opening phrase of time before a comma, told from another moment of the story without a
 * name, a figure or a date of its own ("The week before the vote,", "A few hours later,").
 */
const TIME_OPENER = /^(?:[a-z]+ ){0,4}?(?:day|days|week|weeks|night|nights|morning|evening|afternoon|hours?|minutes?|moments?)\b[a-z ]{0,30}?\b(?:before|after|later|earlier)\b[a-z ]{0,30},\s*|^(?:[a-z]+ ){0,4}?(?:before|after)\b[a-z ]{0,30}\b(?:day|days|week|weeks|night|nights|morning|evening|afternoon|hours?|minutes?|moments?)\b[a-z ]{0,30},\s*/i;

/** "also", and a closing "too" or "as well": another fact came first. */
const ALSO = /\s+also(?=\s)|,?\s+(?:too|as well|likewise)(?=\s*(?:[.,;:!?]|$))/gi;

/** "{governor} later said", "Putin again visited": an adverb of sequence between a subject and its verb. */
const BETWEEN = /(\}|\b\p{Lu}[\p{L}'’-]*)\s+(?:later|then|afterwards|subsequently|again)\s+(?=\p{Ll})/gu;

/** Words of time after "this" or "these": they point at the article's own date, not back. */
const TIME = /^(?:year|years|month|months|week|weeks|weekend|morning|afternoon|evening|night|season|spring|summer|autumn|fall|winter|time|century|decade|day|days)$/i;

/** An opening description: "The listening facilities ...", "One of the project's leaders ...", "Those present ...". */
const DESCRIPTION = /^(?:(?:one|some|many|most|all|each|both|few|none|several) of (?:the|those|these)|the|those|these)\s+/i;

/** Small words a description runs on through ("the signal of the", "the drones that hit the"). */
const JOINING = /^(?:the|a|an|of|in|on|at|for|from|to|by|with|near|between|that|which|who|whose|and|its|their|his|her)$/i;

/** How many words of an opening description may pass before it names something. */
const REACH = 4;

/** Words that end a description as its verb: the common auxiliaries and irregular verbs of news writing. */
const VERB =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|said|says|told|made|gave|took|came|went|got|won|lost|hit|struck|fell|rose|led|met|left|held|kept|sent|set|put|began|became|found|brought|built|saw|stood|spoke|wrote|ran|shot|sold|paid|grew|drew|flew|fought|remains|remained)$/i;

/** Whether the word at `i` is a verb: an auxiliary or a common irregular verb, or a past form in "-ed". */
function isVerb(words: readonly string[], i: number): boolean {
  const word = words[i];
  return word !== undefined && (VERB.test(word) || /^\p{Ll}{2,}ed$/u.test(word));
}

/**
 * The noun a word of a people or a country at `i` qualifies ("German letter", "Russian air force"), with
 * the index of the word after it: the lowercase words after it, up to a verb or a joining word;
 * `null` when the capitalised words are the name (more than one word, not a people's, or no lowercase
 * noun next: "The Pentagon said", "The plane maker Airbus belongs to").
 */
function headAfter(words: readonly string[], i: number): { words: string; end: number } | null {
  // Only one word of a people or a country qualifies ("German", "Russian", "Chinese", "British", "Israeli"):
  // "The Oscar ceremony" and "The Nobel committee" are named by what qualifies them, "The Russian Defence
  // Ministry" by its own capitals.
  if (!DEMONYM.test(words[i]!) || /^[\p{Lu}\d]/u.test(words[i + 1] ?? '')) return null;
  let j = i + 1;
  const head: string[] = [];
  for (; j < words.length && head.length < 2; j++) {
    const word = words[j]!;
    // A form in "-s" is the noun only before a verb ("jets should"); else it is the verb ("Airbus belongs").
    const verbInS = /^\p{Ll}{2,}s$/u.test(word) && !isVerb(words, j + 1);
    if (!/^\p{Ll}/u.test(word) || JOINING.test(word) || isVerb(words, j) || verbInS) break;
    head.push(word.replace(/[’']s$/, ''));
  }
  return head.length ? { words: head.join(' '), end: j } : null;
}

/** A word of a people or a country, by its ending. */
const DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:an|ese|ish|ch|i)$/u;

/** Nouns of which a country, a city or a group has one, so that its name before them names them. */
const ONE_OF_A_KIND =
  /^(?:government|administration|army|military|navy|air force|armed forces|police|president|prime minister|chancellor|parliament|congress|senate|cabinet|ministry|defen[cs]e ministry|foreign ministry|embassy|capital|economy|central bank|opposition|leader|king|queen|monarch|authorities|people|public|border|coast|coast guard|state|constitution|leadership|team|national team|federation|league|council|committee|commission|court|supreme court|election|presidency|foreign minister|defen[cs]e minister|ambassador)\b/i;

/** What points back in a sentence; the review sheet says each in words. */
export type Pointer = 'opening pronoun' | 'reference' | 'in response' | 'also' | 'pointing word' | 'description';

/** Words that always point back, wherever they stand. */
const POINTING: [RegExp, Pointer][] = [
  [/^(?:He|She|They|It|His|Her|Their|Its)\b/, 'opening pronoun'],
  [/\b(?:the same|the latter|the former|the above|as mentioned)\b/i, 'reference'],
  [/\bin response\s*[.,;]?\s*$/i, 'in response'],
  [/\balso\b|\b(?:too|as well)\s*[.?!]?$/i, 'also'],
  [/\bthat\s+(?:developments?|events?|attacks?|strikes?|moves?|actions?|measures?|decisions?|steps?|talks|efforts?|incidents?|changes?|reports?|claims?)\b/i, 'pointing word'],
];

/** A fact's text with the words that point back but may go taken out (slots and every other word kept). */
export function withoutPointers(text: string): string {
  let out = text.replace(OPENER, '');
  const time = TIME_OPENER.exec(out);
  if (time && !/[\p{Lu}\d]/u.test(time[0].slice(1))) out = out.slice(time[0].length);
  out = out.replace(ALSO, '').replace(BETWEEN, '$1 ');
  return out === text ? text : out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * What in a sentence points back to something it does not name ("these developments", "the
 * listening facilities"), with why, or `null` when it stands alone. `{slot}` counts as a name. A
 * fact's text is looked at as its statements show it ({@link ownText}).
 */
export function pointsBack(text: string): { words: string; why: Pointer } | null {
  const t = text.replace(/\{[^}]*\}/g, 'X');
  for (const [pattern, why] of POINTING) {
    const found = pattern.exec(t);
    if (found) return { words: found[0].trim(), why };
  }
  for (const m of t.matchAll(/\b(this|these|those|such)\s+([\p{L}'’-]+)/giu)) {
    const next = m[2]!;
    if (TIME.test(next) || /^(?:one|as|a|an|is|was|are|were|year's)$/i.test(next) || /^\p{Lu}/u.test(next)) continue;
    return { words: m[0], why: 'pointing word' };
  }
  // "the group's results", "the project's leaders": a possessive of a thing the sentence never names.
  for (const m of t.matchAll(/\bthe (\p{Ll}[\p{L}-]+)['’]s\b/gu)) {
    if (!t.slice(0, m.index).toLowerCase().includes(m[1]!)) return { words: m[0], why: 'reference' };
  }
  const opening = DESCRIPTION.exec(t);
  if (opening) {
    // The description names something (a slot, a name, a figure) within a few words, or before its first comma.
    const rest = t.slice(opening[0].length).split(/[,;:.]/)[0]!.split(/\s+/).filter(Boolean);
    let seen = 0;
    for (let i = 0; i < rest.length; i++) {
      const word = rest[i]!;
      if (/^[\p{Lu}\d]/u.test(word)) {
        // "The German letter asked ...": a capitalised word before the noun it qualifies names nothing
        // when the description ends there, at its verb, unless that noun is one of a kind ("The German
        // government said", "The Russian air force").
        const head = headAfter(rest, i);
        if (head === null || ONE_OF_A_KIND.test(head.words)) return null;
        if (isVerb(rest, head.end)) {
          seen = head.end;
          break;
        }
      }
      seen += 1;
      if (seen >= REACH && !JOINING.test(word)) break;
    }
    return { words: `${opening[0]}${rest.slice(0, seen).join(' ')}`.trim(), why: 'description' };
  }
  return null;
}

/**
 * A text with "this year", "last year" and "next year" told as years of the article's date ("will
 * grow by 6 per cent in 2012", "2012's outlook"): read later, "this year" would mean the reader's
 * year. Unchanged without a date.
 */
export function inItsYear(text: string, date: string | null | undefined): string {
  const year = Number(date?.slice(0, 4));
  if (!year || !/\b(?:this|last|next) year\b/i.test(text)) return text;
  const of = (which: string) => String(year + (/^last$/i.test(which) ? -1 : /^next$/i.test(which) ? 1 : 0));
  return text
    .replace(/\b(this|last|next) year['’]s\b/gi, (_m, w: string) => `${of(w)}'s`)
    .replace(/\b(for|of|by|until|since|from|to|in|during|through|throughout|over|into|before|after) (this|last|next) year\b/gi, (_m, p: string, w: string) => `${p} ${of(w)}`)
    .replace(/\b(this|last|next) year\b/gi, (_m, w: string) => `in ${of(w)}`);
}

const DATES = new WeakMap<BankIndex, Map<string, string | null>>();

/** The date of the article a fact or an item comes from (the bank's dates looked up once per bank). */
export function articleDate(index: BankIndex, article: string): string | null {
  let dates = DATES.get(index);
  if (!dates) DATES.set(index, (dates = new Map(index.bank.articles.map((a) => [a.id, a.date ?? null]))));
  return dates.get(article) ?? null;
}

const MENDED = new WeakMap<Fact, string>();
const ALONE = new WeakMap<Fact, boolean>();

/** A fact's text as its statements show it: {@link withoutPointers}, its years told ({@link inItsYear}), worked out once per fact. */
export function ownText(index: BankIndex, fact: Fact): string {
  let text = MENDED.get(fact);
  if (text === undefined) MENDED.set(fact, (text = inItsYear(withoutPointers(fact.text), articleDate(index, fact.article))));
  return text;
}

/** Whether a fact's text, as its statements show it, stands alone: only then is it a statement, a blank or a question of its own. */
export function standsAlone(index: BankIndex, fact: Fact): boolean {
  let alone = ALONE.get(fact);
  if (alone === undefined) ALONE.set(fact, (alone = pointsBack(ownText(index, fact)) === null));
  return alone;
}
