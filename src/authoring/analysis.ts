/**
 * The one pass of the NLP over an article: each body paragraph is tagged by
 * compromise once, split into sentences, and every token of a sentence gets
 * compromise's tags (verb, noun, plural, person, place, ...) by its offset.
 * Everything later reads these tags; nothing calls the tagger again per
 * clause, so drafting grows linearly with the text.
 */
import nlp from 'compromise';
import { sentenceSpans, tokenize, type Token } from './tokens.js';

/** A token of a sentence with compromise's tags. Offsets are within the sentence. */
export interface Word extends Token {
  tags: ReadonlySet<string>;
}

/** A sentence of a body paragraph. */
export interface Sentence {
  /** Paragraph number, from 1. */
  paragraph: number;
  /** Place in its paragraph, from 0. */
  index: number;
  text: string;
  /** Where it starts in its paragraph. */
  offset: number;
  words: Word[];
}

interface Term {
  start: number;
  end: number;
  tags: string[];
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** Tags each paragraph once and returns its sentences with tagged words. */
export function analyse(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const json = nlp(paragraph).json({ offset: true, terms: { offset: true } }) as {
      terms: { text: string; tags: string[]; offset: { start: number; length: number } }[];
    }[];
    const terms: Term[] = [];
    for (const s of json) {
      for (const t of s.terms) if (t.offset.length > 0) terms.push({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags });
    }
    let k = 0;
    sentenceSpans(paragraph).forEach((span, index) => {
      const words: Word[] = tokenize(span.text).map((token) => {
        const at = span.start + token.start;
        while (k < terms.length && terms[k]!.end <= at) k += 1;
        const term = terms[k];
        const tags = term && term.start <= at && at < term.end ? new Set(term.tags) : NO_TAGS;
        return { ...token, tags };
      });
      correctTags(words);
      sentences.push({ paragraph: p + 1, index, text: span.text, offset: span.start, words });
    });
  });
  return sentences;
}

/** Verbs whose past tense is spelt as their base form, which the tagger reads as a noun after a noun ("the storm hit"). */
const SAME_PAST = new Set(['hit', 'cut', 'put', 'set', 'cost', 'hurt', 'shut', 'spread', 'quit', 'let', 'beat', 'cast', 'burst', 'split', 'shed', 'bid', 'slit', 'thrust', 'upset']);

/**
 * Two readings of the tagger that would leave a clause without its verb, corrected:
 * - After a noun, a verb whose past is spelt as its base, followed by what opens its object (a determiner, a name, a
 *   figure: "the earthquake hit southern Turkey", "the storm hit the coast") is that verb, not part of a compound noun.
 * - It marks every base form of a verb an infinitive, also where it is the clause's own verb: a plural in the present
 *   ("officials say"), or such a past ("the council cut the budget"). It is an infinitive only after "to", a helper
 *   ("will", "did") or another verb ("helped rebuild"), maybe with "not" or another adverb between; where a subject
 *   stands before it and its object opens after it, the mark goes.
 */
function correctTags(words: Word[]): void {
  words.forEach((word, k) => {
    const next = words[k + 1];
    if (SAME_PAST.has(word.text) && word.tags.has('Noun') && !word.tags.has('Verb') && words[k - 1]?.tags.has('Noun') && next !== undefined) {
      if (next.tags.has('Determiner') || /^[\p{Lu}\d$€£]/u.test(next.text)) words[k] = { ...word, tags: new Set(['Verb', 'PastTense']) };
      return;
    }
    if (!word.tags.has('Infinitive')) return;
    let j = k - 1;
    while (j >= 0 && words[j]!.tags.has('Adverb') && !words[j]!.tags.has('Verb')) j -= 1;
    const before = words[j];
    if (!before || !/^\p{L}/u.test(before.text)) return;
    if (before.text.toLowerCase() === 'to' || before.tags.has('Verb') || before.tags.has('Modal') || before.tags.has('Auxiliary')) return;
    // The tagger also reads a noun of a compound as a verb ("Il-76 transport planes"): only a subject before it and the
    // start of an object after it (a determiner, a name, a figure) make it the clause's verb.
    if (!before.tags.has('Noun') && !before.tags.has('Pronoun')) return;
    if (next === undefined || !(next.tags.has('Determiner') || /^[\p{Lu}\d$€£]/u.test(next.text))) return;
    const tags = new Set(word.tags);
    tags.delete('Infinitive');
    words[k] = { ...word, tags };
  });
}

/** Whether a word has a tag. */
export const has = (word: Word | undefined, tag: string): boolean => word !== undefined && word.tags.has(tag);

/** Whether a word is a letter word (not a figure or punctuation). */
export const isWord = (word: Word | Token | undefined): boolean => word !== undefined && /^\p{L}/u.test(word.text);

/** Whether a word starts with a capital. */
export const isCapitalised = (word: Word | Token | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word.text);

/** A word's text in lower case, or '' past either end. */
export const lower = (word: Word | Token | undefined): string => (word ? word.text.toLowerCase() : '');

/** Whether two tokens touch (no space between them). */
export const touches = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
