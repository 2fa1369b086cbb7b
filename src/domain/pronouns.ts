/**
 * Which pronoun the bank's own writing uses for a person, and which one a sentence uses: "Who said
 * that the moment of winning was overwhelming for her?" among three women and one man leaves the man
 * out by grammar, not by the article. The bank has no field for it; its texts tell it where they speak
 * of one person alone in a sentence ("Murphy chose peacemakers because his film ..."). Pure.
 */
import type { BankIndex } from './bank-index.js';
import { renderStatement } from './render.js';
import { afterQuestionWord, askedNouns } from './text.js';

/** The two sets of third-person pronouns a sentence can point with. */
export type Pronoun = 'he' | 'she';

const WORDS: Record<Pronoun, RegExp> = {
  he: /\b(?:he|him|his|himself)\b/gi,
  she: /\b(?:she|her|hers|herself)\b/gi,
};

const count = (text: string, p: Pronoun): number => text.match(WORDS[p])?.length ?? 0;

/** The pronoun a text uses, where it uses one set only: "he" for "he believed ... his", none for "he ... her". */
export function pronounIn(text: string): Pronoun | undefined {
  const he = count(text, 'he');
  const she = count(text, 'she');
  return he && !she ? 'he' : she && !he ? 'she' : undefined;
}

/** The other set: what a person of one pronoun cannot be pointed at with. */
export const otherPronoun = (p: Pronoun): Pronoun => (p === 'he' ? 'she' : 'he');

const known = new WeakMap<BankIndex, Map<string, Pronoun | null>>();

/**
 * The pronoun the bank's texts use for a person: read from the sentences of the facts that name them
 * (statement, wordings, feedback) and of the items that name them or are theirs, where no other person
 * is named in the sentence (or none, after a sentence that names them alone). Only one set used, and
 * at least once; else none (a name the bank writes nothing of, as a pool's, is never ruled out by it).
 * Worked out per person when first asked.
 */
export function pronounOf(index: BankIndex, id: string): Pronoun | undefined {
  let cache = known.get(index);
  if (!cache) known.set(index, (cache = new Map()));
  const seen = cache.get(id);
  if (seen !== undefined) return seen ?? undefined;
  const texts: string[] = [];
  for (const fact of index.factsNaming(id)) texts.push(renderStatement(index, fact), ...Object.values(fact.ask ?? {}), fact.explanation ?? '');
  const e = index.entity(id);
  const names = e ? [e.label, ...(e.aliases ?? [])] : [];
  for (const item of index.bank.understanding ?? []) {
    const parts = [item.explanation];
    if (item.kind === 'claim') parts.push(item.claim, item.about);
    else if (item.kind === 'reason') parts.push(item.question, item.answer);
    // A claim is the speaker's: "he would not back any budget" is its speaker's pronoun.
    if (item.kind === 'claim' && item.speaker === id) texts.push(`${names[0] ?? ''} said ${item.claim}.`, item.explanation);
    else if (names.some((n) => parts.some((t) => t.includes(n)))) texts.push(...parts);
  }
  let he = 0;
  let she = 0;
  for (const text of texts) {
    // A sentence that names no one points back at the one person the sentence before it named ("It was David
    // Reitze who found it mind-boggling; he went on ...").
    let before: string | undefined;
    for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
      const people = [...index.namedIn(sentence)].filter((n) => index.isPersonType(index.entity(n)?.type ?? ''));
      const about = people.length === 1 ? people[0] : people.length === 0 ? before : undefined;
      if (people.length) before = people.length === 1 ? people[0] : undefined;
      if (about !== id) continue;
      he += count(sentence, 'he');
      she += count(sentence, 'she');
    }
  }
  const found: Pronoun | null = he && !she ? 'he' : she && !he ? 'she' : null;
  cache.set(id, found);
  return found ?? undefined;
}

/** Words that mark a name as of one sex: "Best Actress" is no award a man won, "Best Actor" is left (an actor may be anyone). */
const MARKED: Record<Pronoun, RegExp> = {
  he: /\b(?:man|men|male|king|prince|father|brother|husband|boys?|gentleman|spokesman|chairman|businessman|congressman|sportsman)\b/i,
  she: /\b(?:actress(?:es)?|woman|women|female|queen|princess|mother|sister|daughter|wife|girls?|lady|ladies|spokeswoman|chairwoman|businesswoman|congresswoman|sportswoman)\b/i,
};

/** Whether a name is marked by its words as of the sex a pronoun points at ("Best Actress" for "she"). */
export const markedFor = (name: string, pronoun: Pronoun): boolean => MARKED[pronoun].test(name);

/**
 * The pronoun of the people a text names, where there are some and the bank's writing gives them all
 * the same one: "Which award did Cillian Murphy win ...?" is about a man.
 */
export function pronounOfPeopleIn(index: BankIndex, text: string): Pronoun | undefined {
  const people = [...index.namedIn(text)].filter((id) => index.isPersonType(index.entity(id)?.type ?? ''));
  const pronouns = new Set(people.map((id) => pronounOf(index, id)));
  const [only] = pronouns;
  return pronouns.size === 1 ? only : undefined;
}

/** Nouns of a role marked as of one sex, and the word for anyone in that role. */
const UNMARKED: Record<string, string> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', chairman: 'chair', chairwoman: 'chair',
  businessman: 'businessperson', businesswoman: 'businessperson', congressman: 'member of Congress',
  congresswoman: 'member of Congress', sportsman: 'athlete', sportswoman: 'athlete',
};

/** Any noun of {@link UNMARKED}, as a whole word. */
const UNMARKED_NOUN = new RegExp(`\\b(?:${Object.keys(UNMARKED).join('|')})\\b`, 'i');

/**
 * A question that asks for a person by a noun of one sex ("Which spokeswoman ...?"), asked by the word for anyone in
 * that role ("Which spokesperson ...?") where an option is a person the bank's writing does not point at with that
 * sex's pronoun: a man offered beside "spokeswoman", or a name the bank tells nothing of, would be struck out by it.
 */
export function unmarkedAsk(index: BankIndex, prompt: string, options: readonly string[]): string {
  const asked = askedNouns(afterQuestionWord(prompt)).join(' ');
  const sex = (['he', 'she'] as const).find((p) => markedFor(asked, p));
  if (!sex || options.every((id) => pronounOf(index, id) === sex)) return prompt;
  return prompt.replace(UNMARKED_NOUN, (noun) => UNMARKED[noun.toLowerCase()]!);
}
