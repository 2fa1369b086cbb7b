/**
 * Feedback for drafted facts that tells the student something the question
 * did not: the fact's whole source sentence (when the fact is one of its
 * clauses, or leaves out its attribution) and a sentence of context beside it
 * from the same article, so the feedback is never the question with its
 * answer filled in.
 *
 * The context is a neighbouring sentence that no other fact comes from and
 * that names none of the bank's answers (a quiz leaves out a question whose
 * answer or true statement another question's feedback shows, so more in
 * feedback means fewer quizzes): the first of the same paragraph, then the sentence before it (which
 * often names what the fact's sentence points back to), then the paragraphs
 * beside it, then a sentence further off that names one of the fact's names.
 * It must be about the same thing (a name, or two words, in common with the
 * fact's sentence; a name in common when it stands further off) and
 * stand on its own: never a piece of a quotation whose speaker it does not
 * name, never a sentence that opens with a word pointing back ("Since then,
 * its cars ...", "It added ..."). Pure.
 */
import type { Bank } from '../domain/bank.js';
import { indexOf } from '../domain/bank-index.js';
import { renderStatement } from '../domain/render.js';
import { NUMBER_WORDS_TO_NINETEEN } from '../domain/text.js';
import type { Sentence } from './analysis.js';

/** What the feedback of one drafted fact is made from. */
export interface ExplainInput {
  /** The fact's id in the bank. */
  id: string;
  /** The sentence the fact comes from. */
  sentence: Sentence;
  /** Whether that sentence gives other facts too (its whole text may show their answers). */
  shared: boolean;
}

/** A context sentence longer than this many words is not added (feedback is read in a glance). */
const MAX_CONTEXT_WORDS = 40;
/** A context sentence must bring at least this many content words the feedback does not already have. */
const MIN_NEW_WORDS = 3;

/** How many paragraphs away a context sentence that shares a name with the fact may stand. */
const FAR = 2;

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
/** Words too common to say two sentences are about the same thing. */
const PLAIN_WORDS = new Set(['said', 'says', 'also', 'that', 'this', 'with', 'from', 'have', 'been', 'were', 'will', 'would', 'their', 'there', 'they', 'which', 'about', 'after', 'before', 'more', 'than', 'into', 'over', 'when', 'what', 'first', 'last', 'year', 'years', 'time', 'still', 'only', 'just', 'some', 'other', 'many', 'most', 'very', 'where', 'while', 'because', 'could', 'should', 'being', 'were', 'them', 'then', 'told', 'added', 'like', 'make', 'made']);
const contentWords = (s: string): Set<string> => new Set(words(s).filter((w) => w.length > 3 && !PLAIN_WORDS.has(w)).map((w) => w.replace(/(?:'s|’s|s)$/, '')));

/**
 * Words that open a sentence and point back to something before it: next to another sentence
 * than its own, the reader cannot tell what they mean ("Since then, its cars ...", "It added ...").
 */
const POINTS_BACK = /^["“‘']?(?:it|its|it's|it’s|they|their|them|this|these|those|that|there|he|she|his|her|him|we|our|i|you|such|both|the\s+other|others|since\s+then|then|but|and|so|also|however|meanwhile|still|yet|instead|just\s+to|even\s+so|by\s+then|at\s+the\s+time|in\s+(?:the\s+)?(?:meantime|end|past)|that's|that’s)\b/i;

/** Whether each sentence of a paragraph stands inside a quotation opened in a sentence before it (or is a piece of one). */
function quotationPieces(paragraph: readonly Sentence[]): Set<Sentence> {
  const pieces = new Set<Sentence>();
  let open = false;
  for (const s of paragraph) {
    const marks = s.text.match(/["“”]/g) ?? [];
    // A sentence that opens inside a quotation, or leaves one open, or closes one it did not open.
    const closesFirst = marks[0] === '”' || (marks[0] === '"' && !/^\s*"/.test(s.text) && marks.length % 2 === 1);
    if (open || marks.length % 2 === 1 || closesFirst) pieces.add(s);
    for (const m of marks) open = m === '“' ? true : m === '”' ? false : !open;
    if (closesFirst && marks.length % 2 === 1) open = false;
  }
  return pieces;
}

/** The source sentence as feedback: one space, a final full stop. */
export function asFeedback(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return /[.!?]["”’)]*$/.test(s) ? s : `${s}.`;
}

/**
 * Sets each fact's `explanation` in the bank: the source sentence (or, when that sentence gives
 * other facts too, the fact's own statement with its values) and one sentence of context.
 */
export function explainFacts(bank: Bank, inputs: readonly ExplainInput[], sentences: readonly Sentence[]): void {
  const index = indexOf(bank);
  // Every answer a quiz may ask: the values of every slot.
  const answers = new Set<string>();
  for (const f of bank.facts) {
    // A main actor, named in most facts, is never asked: naming it again costs nothing.
    for (const v of Object.values(f.slots)) if (!('entity' in v && index.common(v.entity))) answers.add('entity' in v ? `e:${v.entity}` : 'number' in v ? `n:${v.number}` : `n:${Number(v.date.slice(0, 4))}`);
  }
  const keysIn = (text: string): Set<string> => {
    const keys = new Set<string>([...index.namedIn(text)].map((id) => `e:${id}`));
    for (const m of text.matchAll(/\b\d[\d,]*(?:\.\d+)?\b/g)) keys.add(`n:${Number(m[0].replace(/,/g, ''))}`);
    for (const w of words(text)) {
      const k = NUMBER_WORDS_TO_NINETEEN.indexOf(w);
      if (k > 0) keys.add(`n:${k}`);
    }
    return keys;
  };
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  const pieces = new Set<Sentence>();
  for (const list of byParagraph.values()) for (const s of quotationPieces(list)) pieces.add(s);
  const byId = new Map(bank.facts.map((f) => [f.id, f]));
  // A sentence another fact comes from would tell that fact's statement questions (true or false, which is true).
  const sources = new Set(inputs.map((i) => i.sentence));
  for (const input of inputs) {
    const fact = byId.get(input.id);
    if (!fact) continue;
    const statement = renderStatement(index, fact);
    const own = keysIn(statement);
    // The whole sentence, unless other facts come from it: it would show their answers, or tell their statements.
    const base = input.shared ? statement : asFeedback(input.sentence.text);
    const shown = new Set([...keysIn(base), ...own]);
    const known = contentWords(`${base} ${statement}`);
    const here = byParagraph.get(input.sentence.paragraph) ?? [];
    const previous = byParagraph.get(input.sentence.paragraph - 1) ?? [];
    const next = byParagraph.get(input.sentence.paragraph + 1) ?? [];
    const at = input.sentence.index;
    // In order of preference; `before` says where the sentence reads beside the fact's.
    const candidates: { s: Sentence; before: boolean }[] = [];
    const push = (s: Sentence | undefined, before: boolean) => {
      if (s) candidates.push({ s, before });
    };
    push(here[at + 1], false);
    push(here[at - 1], true);
    push(previous[previous.length - 1], true);
    push(next[0], false);
    // Then the sentences of the paragraphs near it, nearest first, when they name one of the fact's names.
    for (let d = 1; d <= FAR; d++) {
      for (const p of [input.sentence.paragraph - d, input.sentence.paragraph + d]) {
        for (const s of byParagraph.get(p) ?? []) if (!candidates.some((c) => c.s === s)) push(s, p < input.sentence.paragraph);
      }
    }
    // What the fact's own sentence is about: its names and its content words.
    const ownNames = index.namedIn(`${input.sentence.text} ${statement}`);
    const ownWords = contentWords(input.sentence.text);
    const namesPerson = [...ownNames].some((id) => index.isPersonType(index.entity(id)?.type ?? ''));
    // The first candidate that no fact comes from, that is about the same thing, stands on its own,
    // adds words of its own and shows no other answer.
    const chosen = candidates.find(({ s, before }) => {
      const text = s.text;
      if (sources.has(s) || pieces.has(s)) return false;
      const n = words(text).length;
      if (n > MAX_CONTEXT_WORDS || n < 5 || /\?["”’)]*\s*$/.test(text.trim())) return false;
      // "She ..." after a sentence that names one person reads on from it; any other opening that points back does not.
      // The sentence right after the fact's, in its paragraph, reads on from it: "But ..." or "She ..." (when it names one person) may open it.
      const nextTo = !before && s === here[at + 1];
      const opening = POINTS_BACK.exec(text);
      if (opening && !(nextTo && (/^["“‘']?(?:but|and|so|yet|however|still|meanwhile|instead)$/i.test(opening[0]) || (/^["“‘']?(?:he|she)$/i.test(opening[0]) && namesPerson)))) return false;
      // A sentence beside the fact's in its paragraph is about the same thing; one further off must share a name, or two words and the paragraph.
      const sharedName = [...index.namedIn(text)].some((id) => ownNames.has(id));
      const sharedWords = [...contentWords(text)].filter((w) => ownWords.has(w)).length;
      const adjacent = s === previous[previous.length - 1] || s === next[0];
      if (!sharedName && !nextTo && s !== here[at - 1] && (s.paragraph !== input.sentence.paragraph && !adjacent || sharedWords < 2)) return false;
      if ([...contentWords(text)].filter((w) => !known.has(w)).length < MIN_NEW_WORDS) return false;
      return ![...keysIn(text)].some((k) => answers.has(k) && !shown.has(k));
    });
    if (!chosen) {
      if (base !== statement) fact.explanation = base;
      else delete fact.explanation;
      continue;
    }
    const context = asFeedback(chosen.s.text);
    fact.explanation = chosen.before ? `${context} ${base}` : `${base} ${context}`;
  }
}
