/**
 * The review sheet's content: every question a bank can make, each with what
 * another seed could show instead (every distractor, every false statement,
 * every accepted form), the slots no question asks and why, and sentences
 * that point outside themselves. For a person to read before a class sees the
 * questions (`news-quiz review`). Pure.
 */
import type { Bank, Fact } from './bank.js';
import type { Question, QuestionKind } from './question.js';
import { QUESTION_KINDS } from './question.js';
import { indexOf } from './bank-index.js';
import type { BankIndex } from './bank-index.js';
import { compare, principal, slotsOf, stemGivesAway, wordingFor } from './plan.js';
import type { Alternatives, Kind } from './kinds/index.js';
import { KINDS } from './kinds/index.js';
import { DEFAULT_SEED, build, plansFor } from './generate.js';
import { fairAlternatives } from './kinds/understanding.js';
import { orderCue } from './kinds/sequence.js';
import { contentStems, optionEchoes, reveals, tellingStems } from './reveal.js';
import { renderStatement } from './render.js';
import { VISIBLY_LONGER, loneEcho, longestBy, toneCue } from './balance.js';
import type { Pointer } from './standalone.js';
import { ownText, pointsBack } from './standalone.js';
import { namesFigure, rootOf } from './text.js';

/** One question with what else it could show. */
export interface ReviewEntry {
  question: Question;
  alternatives: Alternatives[];
}

/** A slot no question asks, and why. */
export interface NotAsked {
  fact: string;
  slot: string;
  why: string;
}

/** A sentence of the bank that may not stand alone. */
export interface ReviewNote {
  /** JSON path: `$.facts[3].text`. */
  path: string;
  message: string;
}

/** Everything the review sheet shows. */
export interface Review {
  seed: string;
  /** Questions by kind. */
  counts: Record<QuestionKind, number>;
  entries: ReviewEntry[];
  notAsked: NotAsked[];
  notes: ReviewNote[];
}


/**
 * Words an explanation may use without saying anything of its own: words about the article itself
 * ("the article notes", "its paragraph") and emphasis ("a mere", "not just").
 */
const MERE_WORDS = new Set(
  (
    'paragraph paragraphs story piece text writer author reporter news note notes noted tell tells told mention mentions ' +
    'mentioned point points stress stresses add adds gives give call calls called describ describes described put puts ' +
    'mere merely even indeed really still already whole alone own way ways thing things something case fact here there'
  )
    .split(' ')
    .flatMap((w) => [...contentStems(w)]),
);

/** An explanation with fewer new words than this only restates its fact. */
export const RESTATES_BELOW = 4;

/** The roots of a text's content words: small words, words about the article and emphasis dropped. */
function contentRoots(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of contentStems(text)) if (s.length > 2 && !MERE_WORDS.has(s)) out.add(rootOf(s));
  return out;
}

/**
 * The content words of an explanation (by root) that the sentences it follows (`shown`: a fact's
 * statement with its slots filled, a claim, a reason's question and answer) do not already have.
 */
export function newWords(explanation: string, shown: readonly string[]): string[] {
  const known = new Set<string>();
  for (const t of shown) for (const r of contentRoots(t)) known.add(r);
  return [...contentRoots(explanation)].filter((r) => !known.has(r));
}

/** Notes on explanations that only restate what their question shows, or leave out the answer they explain. */
function explanationNotes(bank: Bank, index: BankIndex, asked: ReadonlySet<string>): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const restates = (path: string, explanation: string, shown: string[]) => {
    const fresh = newWords(explanation, shown);
    if (fresh.length >= RESTATES_BELOW) return;
    notes.push({
      path,
      message:
        `restates what the question already shows (${fresh.length ? `only ${fresh.join(', ')} new` : 'no new word'}): ` +
        'the feedback teaches nothing; say why it matters or what else its paragraph says',
    });
  };
  bank.facts.forEach((fact, i) => {
    if (typeof fact.explanation !== 'string') return;
    const path = `$.facts[${i}].explanation`;
    restates(path, fact.explanation, [renderStatement(index, fact)]);
    for (const [slot, v] of Object.entries(fact.slots)) {
      if (!asked.has(`${fact.id}.${slot}`)) continue;
      let named: boolean;
      let answer: string;
      if ('entity' in v) {
        const entity = index.entity(v.entity);
        if (!entity) continue;
        named = index.namedIn(fact.explanation).has(v.entity);
        answer = entity.label;
      } else if ('number' in v) {
        named = namesFigure(fact.explanation, v.number);
        answer = String(v.number);
      } else {
        const year = Number(v.date.slice(0, 4));
        named = namesFigure(fact.explanation, year);
        answer = String(year);
      }
      if (!named) {
        notes.push({
          path,
          message: `does not name the answer it explains (${slot}: ${answer}), at most a description of it: name it, and say why it matters or what else its paragraph says`,
        });
      }
    }
  });
  (bank.understanding ?? []).forEach((u, i) => {
    const path = `$.understanding[${i}].explanation`;
    if (u.kind === 'reason') restates(path, u.explanation, [u.question, u.answer]);
    if (u.kind === 'claim') restates(path, u.explanation, [u.claim, u.about, index.entity(u.speaker)?.label ?? '']);
  });
  return notes;
}

/** What makes an answer stand out from its alternatives, in words: its tone, a figure, or the lengths compared. */
function formCue(answer: string, wrong: readonly string[]): string {
  const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
  const n = words(answer);
  const lengths = wrong.map(words);
  const figure = (t: string) => /\d/.test(t);
  const tone = toneCue(answer, wrong);
  if (tone) return tone;
  if (wrong.length && wrong.every((w) => figure(w) !== figure(answer))) return figure(answer) ? 'the only one with a figure' : 'the only one without a figure';
  const sorted = [...lengths].sort((a, b) => a - b);
  if (n > sorted[sorted.length - 1]!) return `much the longest: ${n} words against ${sorted.join(', ')}`;
  if (n < sorted[0]!) return `much the shortest: ${n} words against ${sorted.join(', ')}`;
  return `${n} words against ${sorted.join(', ')}, or a first or last word the others share`;
}

/** What each kind of word that points back does to a sentence read on its own. */
const POINTERS: Record<Pointer, string> = {
  'opening pronoun': 'opens with a word that points outside the sentence',
  reference: 'refers back to something the sentence does not name',
  'in response': 'says "in response" without saying to what',
  also: 'says "also" or "too" of something it does not name',
  'pointing word': 'points to something the sentence does not name ("these developments")',
  description: 'opens with a description that names nothing the student can place ("the listening facilities")',
};

/** Notes on the sentences a reader may see on their own: statements, wordings, explanations, the author's items. */
function notesOf(bank: Bank, index: BankIndex): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const check = (path: string, text: string | undefined, after = '') => {
    if (typeof text !== 'string') return;
    const found = pointsBack(text);
    if (found) notes.push({ path, message: `${POINTERS[found.why]}: "${found.words}"${after}` });
  };
  bank.facts.forEach((f, i) => {
    if (typeof f.text === 'string') check(`$.facts[${i}].text`, ownText(index, f), '; no true-or-false, blank or "which is true" is made from it, and only an `ask` asks its slots');
    for (const [slot, wording] of Object.entries(f.ask ?? {})) check(`$.facts[${i}].ask.${slot}`, wording);
  });
  (bank.understanding ?? []).forEach((u, i) => {
    if (u.kind === 'reason') check(`$.understanding[${i}].question`, u.question);
    if (u.kind === 'claim') check(`$.understanding[${i}].claim`, u.claim);
    if (u.kind === 'reason' || u.kind === 'claim') {
      const answer = u.kind === 'reason' ? u.answer : u.claim;
      const fair = fairAlternatives(answer, u.wrong);
      if (!fair.length) {
        notes.push({
          path: `$.understanding[${i}].wrong`,
          message: `beside every three alternatives the answer stands out by its form or tone (${formCue(answer, u.wrong)}): it is never asked; write alternatives like it`,
        });
      } else {
        const margin = Math.min(...fair.map((three) => longestBy(answer, three)));
        if (margin >= VISIBLY_LONGER) {
          notes.push({
            path: `$.understanding[${i}].wrong`,
            message: `the answer is the longest option, by ${margin} letters or more: a reader who has not read the article picks the longest; write an alternative as long as it`,
          });
        }
        if (u.kind === 'reason' && fair.every((three) => loneEcho(answer, three, u.question))) {
          notes.push({
            path: `$.understanding[${i}].wrong`,
            message: 'the answer is the only option that echoes the question\'s words: a reader who has not read the article picks it; let some alternatives share them',
          });
        }
      }
    }
    if (u.kind === 'sequence') {
      const cue = orderCue(u.events.map((e) => e.label));
      if (cue) notes.push({ path: `$.understanding[${i}].events`, message: `the order shows in the events' own words: ${cue}; it is never asked` });
    }
  });
  return notes;
}

/**
 * Notes on a quiz title that says an answer: the start screen shows the title before the first question, so a quiz
 * asks such a question only as a last resort, and a small bank often must. One note per answer, with the questions
 * that ask it.
 */
function titleNotes(bank: Bank, questions: readonly Question[]): ReviewNote[] {
  const title = contentStems(typeof bank.title === 'string' ? bank.title : '');
  const byAnswer = new Map<string, string[]>();
  for (const q of questions) {
    const { options, correct, before, after } = q as { options?: readonly string[]; correct?: number; before?: string; after?: string };
    const around = [q.prompt, before ?? '', after ?? ''];
    let answer: string;
    let others: string[];
    if (options && correct !== undefined && q.kind !== 'truefalse') [answer, others] = [options[correct]!, [...around, ...options.filter((_, i) => i !== correct)]];
    else if (q.kind === 'text' || q.kind === 'cloze') [answer, others] = [q.answerText, around];
    else continue;
    // As the draw judges a headline: all of one or two telling words, or three in five; or the right option alone
    // echoing the title.
    const tells = reveals(title, tellingStems(answer, others));
    const echoes = options !== undefined && correct !== undefined && optionEchoes(title, options, correct);
    if (!tells && !echoes) continue;
    const ids = byAnswer.get(answer) ?? [];
    ids.push(q.id);
    byAnswer.set(answer, ids);
  }
  return [...byAnswer].map(([answer, ids]) => ({
    path: '$.title',
    message: `says the answer "${answer}" of ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}: the start screen shows the title before the first question, so a quiz asks it only as a last resort; name the story without its answers`,
  }));
}

/** Why no question asks a slot of a fact. */
function whyNot(index: BankIndex, fact: Fact, slot: string): string {
  const v = fact.slots[slot]!;
  if (v.given) return 'marked "given": context, never asked';
  if ('entity' in v) {
    if (!index.entity(v.entity)) return 'its entity is unknown';
    if (principal(index, v.entity)) return 'a main actor of the story (named in a fifth of the facts or in a headline, or heading one of those): a reader knows it unread';
  }
  const wording = wordingFor(index, fact, slot);
  if (!wording) return 'no wording with a single answer in the bank: give it an "ask" naming a detail the facts of the same relation lack';
  if ('entity' in v && stemGivesAway(index, v.entity, wording.prompt)) return `its question gives the answer away: "${wording.prompt}"`;
  return 'too few distractors, and no typed form fits';
}

/** The review of a bank: every question it can make (seeded parts from `seed`), with its alternatives. */
export function reviewBank(bank: Bank, seed: string = DEFAULT_SEED): Review {
  const index = indexOf(bank);
  const entries: ReviewEntry[] = [];
  const counts = Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0])) as Record<QuestionKind, number>;
  const asked = new Set<string>();
  for (const plan of plansFor(bank, {})) {
    const question = build(index, plan, seed);
    if (!question) continue;
    counts[question.kind] += 1;
    if (plan.kind === 'choice' || plan.kind === 'text' || plan.kind === 'number' || plan.kind === 'cloze') asked.add(`${plan.fact.id}.${plan.slot}`);
    const kind = KINDS[question.kind] as Kind<QuestionKind>;
    entries.push({ question, alternatives: kind.alternatives?.(index, plan, question as never) ?? [] });
  }
  entries.sort((a, b) => compare(a.question.id, b.question.id));
  const notAsked: NotAsked[] = [];
  for (const fact of [...bank.facts].sort((a, b) => compare(a.id, b.id))) {
    for (const slot of slotsOf(fact)) if (!asked.has(`${fact.id}.${slot}`)) notAsked.push({ fact: fact.id, slot, why: whyNot(index, fact, slot) });
  }
  const notes = [...titleNotes(bank, entries.map((e) => e.question)), ...notesOf(bank, index), ...explanationNotes(bank, index, asked)];
  return { seed, counts, entries, notAsked, notes };
}
