/**
 * Words of a sentence that point back to something named before it, which a
 * question on its own would leave the student to guess: "the city", "the
 * coalition", "the Spaniard", "the other", "such a plan", "this plan", and the
 * "also" that says another fact came first.
 *
 * A definite description is resolved to the name when one entity of its kind
 * (its type, or a name that ends with its noun: "the Observatory") was named
 * in the few sentences before it; "also" and "too" go (the statement stays
 * true without them); anything else that points back leaves the clause out.
 * Pure: reads the tags computed in analysis.ts.
 */
import { has, lower, type Sentence, type Word } from './analysis.js';
import type { FoundEntity } from './entities.js';

/** Entity types a noun of a definite description may stand for. */
const KIND_NOUNS: Record<string, readonly string[]> = {
  city: ['city', 'place'],
  capital: ['city', 'place'],
  town: ['town', 'city', 'place'],
  village: ['town', 'place'],
  base: ['airfield'],
  airfield: ['airfield'],
  country: ['country'],
  nation: ['country'],
  province: ['region'],
  region: ['region'],
  state: ['region', 'country'],
  party: ['party'],
  company: ['company', 'organisation'],
  firm: ['company', 'organisation'],
  carmaker: ['company'],
  group: ['organisation', 'company', 'news-organisation'],
  organisation: ['organisation', 'news-organisation'],
  organization: ['organisation', 'news-organisation'],
  agency: ['organisation', 'news-organisation'],
  alliance: ['organisation', 'party'],
  coalition: ['organisation', 'party'],
  film: ['film', 'work'],
  movie: ['film', 'work'],
  book: ['book', 'work'],
  show: ['show', 'work'],
  tournament: ['event'],
  championship: ['event'],
};

/** Nouns that are always of something ("the duration of the signal", "the result of the vote"): without the "of", the thing is the one told of before. */
const RELATIONAL_NOUNS = /^(?:duration|result|results|cause|outcome|effect|impact|reason|aim|purpose|rest|remainder|details|length|majority|bulk|consequence|consequences|aftermath)$/;

/** Determiners and words that say "the one named before" or "another one than that". */
const POINTING = /^(?:such|this|these|those|aforementioned|latter|former)$/i;
/** "this year", "these days": words of time after "this", which point at the article's date, not back. */
const TIME_NOUNS = /^(?:year|month|week|weekend|morning|afternoon|evening|night|season|spring|summer|autumn|fall|winter|time|century|decade|day|days|weeks|months|years)$/i;

/** A change to the sentence's text; `check` says what the teacher should check. */
export interface PointingEdit {
  start: number;
  end: number;
  text: string;
  check?: string;
}

/** What the words that point back ask of a part of a sentence: edits, or a reason to leave it out. */
export type Pointing = { edits: PointingEdit[] } | { leave: string };

/** The entities named before a sentence, the most recent last, with how many sentences back. */
export interface NamedBefore {
  entity: FoundEntity;
  /** Sentences back: 0 is the same sentence. */
  distance: number;
  /** In the same sentence: where the name starts (a description points back only to a name before it). */
  start?: number;
}

/** How many sentences back a description may find its name. */
const REACH = 3;

const isCommonNoun = (w: Word | undefined): boolean => w !== undefined && /^\p{Ll}/u.test(w.text) && has(w, 'Noun') && !has(w, 'Pronoun') && !has(w, 'Preposition') && !has(w, 'Determiner');

/** Whether a description ("the common council") shortens an entity's name: its noun ends the name, which holds each of its words. */
function shortens(description: string, entity: FoundEntity): boolean {
  const name = entity.label.toLowerCase().split(/\s+/);
  const words = description.toLowerCase().split(/\s+/).slice(1);
  return words.length > 0 && name[name.length - 1] === words[words.length - 1] && words.every((x) => name.includes(x));
}

/**
 * Farther back than a few sentences, a description is the name it shortens ({@link shortens}): the one entity named
 * before it that the description fits, a name of several words ("the common council" for the Dunmore Common Council
 * named three paragraphs up; never "the council" where two councils were named).
 */
function namedInFull(named: readonly NamedBefore[], at: number, fits: (e: FoundEntity) => boolean, description: string): FoundEntity | undefined {
  const before = [...new Set(named.filter((n) => n.distance > 0 || (n.start ?? Infinity) < at).map((n) => n.entity))].filter(fits);
  if (before.length !== 1) return undefined;
  const entity = before[0]!;
  return entity.type !== 'person' && entity.label.split(/\s+/).length > 1 && shortens(description, entity) ? entity : undefined;
}

/**
 * The words of `sentence` between `from` and `to` (offsets) that point back, resolved against the
 * names before (`named`, nearest last) and the words of the article before the sentence (`earlier`).
 * `skip` says whether a word is already cut from the statement (inside an edit or a quotation).
 */
export function pointingBack(sentence: Sentence, from: number, to: number, named: readonly NamedBefore[], earlier: ReadonlySet<string>, skip: (start: number, end: number) => boolean): Pointing {
  const words = sentence.words.filter((w) => w.start >= from && w.end <= to && !skip(w.start, w.end));
  const edits: PointingEdit[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const word = lower(w);
    // "also" and "too" say another fact came first; without them the statement says the same.
    if ((word === 'also' || (word === 'too' && /^[,.;]?$/.test(words[k + 1]?.text ?? '.'))) && has(w, 'Adverb')) {
      const text = sentence.text;
      const start = w.start > 0 && text[w.start - 1] === ' ' ? w.start - 1 : w.start;
      edits.push({ start, end: w.end, text: '' });
      continue;
    }
    if (POINTING.test(word) && (k > 0 || /^(?:such|aforementioned|latter|former)$/i.test(word))) {
      const next = words[k + 1];
      if (/^(?:this|these)$/i.test(word) && TIME_NOUNS.test(lower(next))) continue;
      // "such as": an example, not a pointer.
      if (word === 'such' && lower(next) === 'as') continue;
      // "those who died", "this is": a pronoun, not a pointing determiner (an opening pronoun is dealt with apart).
      if (/^(?:this|these|those)$/i.test(word) && !isCommonNoun(next)) continue;
      // "the former president": a former role, not a pointer.
      if (/^(?:former)$/i.test(word) && lower(words[k - 1]) !== 'the') continue;
      if (/^(?:former|latter)$/i.test(word) && next && isCommonNoun(next) && !/^(?:one|two)$/.test(lower(next))) continue;
      return { leave: `“${w.text} ${next?.text ?? ''}”`.replace(/\s+”$/, '”') };
    }
    // "raise that figure to ...": "that" before a noun that no verb follows is a determiner pointing back, not the "that"
    // of a reported clause ("said that officials were ...").
    if (word === 'that' && k > 0) {
      const next = words[k + 1];
      const then = words[k + 2];
      // A verb of its own after the noun ("said that growth in Spain reached ...") makes it a reported clause.
      const rest = words.slice(k + 2);
      const stop = rest.findIndex((x) => /^[,;:(]$/.test(x.text) || /^(?:and|but|which|who|while|whereas)$/i.test(x.text));
      const verbAfter = rest.slice(0, stop < 0 ? rest.length : stop).some((x, i) => has(x, 'Verb') && !has(x, 'Gerund') && lower(words[k + 1 + i]) !== 'to');
      if (isCommonNoun(next) && !TIME_NOUNS.test(lower(next)) && !has(next, 'Plural') && !verbAfter && !has(then, 'Noun')) return { leave: `“${w.text} ${next!.text}”` };
    }
    if (word === 'the' && lower(words[k + 1]) === 'other') return { leave: '“the other”' };
    if (word !== 'the') continue;
    // "the Observatory" for "the Syrian Observatory for Human Rights": the whole name.
    // The name may be one word of it ("Syrian Observatory for Human Rights"), and named any number of sentences before: it is the only name with that word.
    const short = words[k + 1];
    // Only a word that ends the name written ("the Observatory said"), never the first of a longer one ("the Red Cross", "the Defence Minister").
    const ends = short !== undefined && !/^\p{Lu}/u.test(sentence.words[sentence.words.indexOf(short) + 1]?.text ?? '');
    const longer = short && ends && /^\p{Lu}\p{Ll}+$/u.test(short.text) && !named.some((n) => n.entity.label === short.text)
      ? [...new Set(named.filter((n) => n.entity.type !== 'person' && n.entity.label !== short.text && n.entity.label.split(/\s+/).length > 1 && (n.entity.forms.has(short.text) || n.entity.label.split(/\s+/).includes(short.text))).map((n) => n.entity))]
      : [];
    const whole = longer.length === 1 ? longer[0] : undefined;
    if (whole && short) {
      const label = `the ${whole.label.replace(/^the\s+/i, '')}`;
      edits.push({ start: w.start, end: short.end, text: k === 0 && w.start === from ? label.charAt(0).toUpperCase() + label.slice(1) : label });
      k += 1;
      continue;
    }
    // "the [adjective] noun", not followed by "of" or a clause that says which one it is.
    let j = k + 1;
    let head: Word | undefined;
    // A participle before a noun describes it like an adjective: "the reported attack".
    const participle = (x: Word | undefined, next: Word | undefined): boolean => x !== undefined && /^\p{Ll}+(?:ed|en)$/u.test(x.text) && has(x, 'PastTense') && isCommonNoun(next);
    while (j < words.length && j <= k + 3 && /^\p{Ll}/u.test(words[j]!.text) && (has(words[j]!, 'Adjective') || has(words[j]!, 'Noun') || participle(words[j], words[j + 1])) && !has(words[j]!, 'Preposition') && !has(words[j]!, 'Determiner')) {
      if (isCommonNoun(words[j])) head = words[j];
      j += 1;
    }
    // "the Spaniard", "the American": a person named before by where they come from.
    const demonym = words[k + 1] && has(words[k + 1], 'Demonym') && /^\p{Lu}/u.test(words[k + 1]!.text) && !has(words[k + 2], 'Noun') && !has(words[k + 2], 'Adjective') && !has(words[k + 2], 'ProperNoun');
    if (demonym) return { leave: `“the ${words[k + 1]!.text}”` };
    if (!head || head !== words[j - 1]) continue;
    const after = lower(words[j]);
    if (/^(?:of|that|who|which|whose|where|in|at|for)$/.test(after)) continue;
    // "The service debuted ...", "The reported attack came ...": a description that opens the clause as its subject,
    // with a word the article used before, means the thing told of before; a question on it alone would leave the student
    // to guess (kinds of place and body are resolved below when they can be).
    const describedBefore = words.slice(k + 1, j).some((d) => earlier.has(lower(d)) || earlier.has(lower(d).replace(/s$/, '')));
    const subject = k === 0 && (has(words[j], 'Verb') || (has(words[j], 'Adverb') && has(words[j + 1], 'Verb'))) && !has(words[j], 'Gerund');
    // "presided over the ceremony": the same as the object of a verb when the noun itself was the article's before and the
    // description ends the clause or a phrase of it (a "the ceremony" the statement does not say which).
    const headBefore = earlier.has(lower(head)) || earlier.has(lower(head).replace(/s$/, ''));
    // A finite verb ("presided over the ceremony"), never a gerund ("according to the board" names its source).
    const finiteVerb = (x: Word | undefined): boolean => has(x, 'Verb') && !has(x, 'Gerund');
    const verbBefore = finiteVerb(words[k - 1]) || (finiteVerb(words[k - 2]) && !has(words[k - 1], 'Noun') && !has(words[k - 1], 'Verb'));
    const object = k > 0 && verbBefore && headBefore && (j >= words.length || /^[,.;:!?]$/.test(words[j]!.text) || has(words[j], 'Preposition') || has(words[j], 'Conjunction'));
    // "The duration was ...", "The result is ...": a noun that needs an "of" to say what it is of, said without one.
    const relational = RELATIONAL_NOUNS.test(lower(head));
    const pointsBack = (subject && (describedBefore || relational)) || object;
    const noun = lower(head).replace(/s$/, '');
    const kinds = KIND_NOUNS[noun] ?? KIND_NOUNS[lower(head)];
    const description = sentence.text.slice(w.start, head.end);
    // The nearest entity of that kind, or whose name it shortens ("the council", "the common council" for the
    // Dunmore Common Council; never "the common council" for the Harbour Council).
    // A name the draft could not type may be of the kind too.
    const fits = (e: FoundEntity): boolean => (kinds !== undefined && (kinds.includes(e.type) || e.type === 'unknown')) || shortens(description, e);
    const near = named.filter((n) => n.distance <= REACH && (n.distance > 0 || (n.start ?? Infinity) < w.start) && fits(n.entity));
    const candidates = [...new Set(near.map((n) => n.entity))];
    // Only one entity of the kind named just before: never a guess between two, unless one of them is named in the
    // sentence just before and no other so near ("... an assault on Raqqa. ... the edge of the city").
    const nearest = near.filter((n) => n.distance === 1);
    const closer = new Set(nearest.map((n) => n.entity));
    // A description that would otherwise leave its clause out may shorten a name named farther back.
    const leaves = (kinds === undefined && pointsBack) || (kinds !== undefined && (earlier.has(noun) || named.some((n) => n.distance > 0 && fits(n.entity))));
    const resolved =
      candidates.length === 1 ? candidates[0] : closer.size === 1 && !near.some((n) => n.distance === 0) ? [...closer][0] : candidates.length === 0 && leaves ? namedInFull(named, w.start, fits, description) : undefined;
    if (resolved && (kinds !== undefined || !/^\p{Lu}/u.test(head.text))) {
      // "The Hague" keeps its own "The": never "the The Hague".
      const label = /^the\s/i.test(resolved.label) ? `the ${resolved.label.replace(/^the\s+/i, '')}` : resolved.definite ? `the ${resolved.label}` : resolved.label;
      edits.push({ start: w.start, end: head.end, text: k === 0 && w.start === from ? label.charAt(0).toUpperCase() + label.slice(1) : label, check: `“${description}” is taken to be ${resolved.label}, named before.` });
      k = j - 1;
      continue;
    }
    // Unresolved: the thing told of before, which a question could not name, or a kind of place or body the article
    // named before ("the city" when it named two).
    if (leaves) return { leave: `“${description}”` };
  }
  return { edits };
}
