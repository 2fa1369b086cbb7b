/**
 * Which pronoun the bank's own writing uses for a person, and which one a sentence uses: "Who said
 * that the moment of winning was overwhelming for her?" among three women and one man leaves the man
 * out by grammar, not by the article. The bank has no field for it; its texts tell it where they speak
 * of one person alone in a sentence ("Murphy chose peacemakers because his film ..."). Pure.
 */
import type { BankIndex } from './bank-index.js';
import { renderStatement } from './render.js';

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
 * is named in the sentence. Only one set used, and at least once; else none (a name the bank writes
 * nothing of, as a pool's, is never ruled out by it). Worked out per person when first asked.
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
    for (const sentence of text.split(/(?<=[.!?;:])\s+/)) {
      const people = [...index.namedIn(sentence)].filter((n) => index.isPersonType(index.entity(n)?.type ?? ''));
      if (people.length !== 1 || people[0] !== id) continue;
      he += count(sentence, 'he');
      she += count(sentence, 'she');
    }
  }
  const found: Pronoun | null = he && !she ? 'he' : she && !he ? 'she' : null;
  cache.set(id, found);
  return found ?? undefined;
}
