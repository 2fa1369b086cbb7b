/**
 * What the kinds share when they build a question from a plan: the common
 * fields, drawing names, options in one form, what a typed answer is checked
 * against, shuffles that never leave everything in place, and where the parts
 * of a question come from. Pure.
 */
import type { Fact, NumberSlot, SlotValue } from './bank.js';
import type { NumberAnswer, TextAnswer } from './question.js';
import type { BankIndex } from './bank-index.js';
import type { EntityTiers } from './distractors.js';
import { acceptedRange } from './distractors.js';
import { formatNumber, moneyText, numberInSentence, renderStatement, takesThe, unitFor } from './render.js';
import { articleDate, inItsYear } from './standalone.js';
import { afterQuestionWord, askedNouns, normalize, sameRoot } from './text.js';
import type { Rng } from './random.js';
import { sample, shuffle } from './random.js';
import type { Plan } from './plan.js';

/** The fields every question of a plan shares; `explanation` defaults to the fact's statement. */
export function common(plan: Plan, explanation: string) {
  return {
    id: plan.id,
    facts: plan.facts,
    article: plan.article,
    paragraph: plan.paragraph,
    difficulty: plan.difficulty,
    explanation,
  };
}

/** A fact's feedback: the bank's explanation, else its statement. */
export function explain(index: BankIndex, fact: Fact): string {
  return fact.explanation === undefined ? renderStatement(index, fact) : inItsYear(fact.explanation, articleDate(index, fact.article));
}

/** Up to `n` names from the tiers, best tier first, distinct after normalisation from each other and the answer. */
export function drawNames(index: BankIndex, rng: Rng, t: EntityTiers, answerId: string, n: number): string[] {
  const chosen: string[] = [];
  const norms = new Set(index.norms(answerId));
  for (const tier of t.tiers) {
    const need = n - chosen.length;
    if (need <= 0) break;
    // The test records what it accepts, so that later names are checked against earlier ones.
    sample(rng, tier, need, (id) => {
      if (chosen.includes(id) || !t.accept(id)) return false;
      const forms = index.norms(id);
      if (forms.some((f) => norms.has(f))) return false;
      for (const f of forms) norms.add(f);
      chosen.push(id);
      return true;
    });
  }
  return chosen;
}

/**
 * The shape of a name, to keep the options of one question in one form: a
 * bare code ("F-16"), a code with a name ("F-15 Eagle"), an acronym ("NATO") or a name; and its
 * last word when that is a noun of its type or a place ("air base",
 * "airfield"); and an initial inside it. How many words a name has is no shape here: "United
 * States" stands well beside "China" (the choice of distractors prefers names of one length where it
 * can, see `loneShape`).
 */
function shape(index: BankIndex, id: string, form: string): string[] {
  const words = form.trim().split(/\s+/);
  const code = /^[A-Za-z]{1,4}-?\d/.test(words[0]!);
  const acronym = words.length === 1 && /^[A-Z]{2,6}$/.test(form.trim());
  const kind = code ? (words.length === 1 ? 'code' : 'code+name') : acronym ? 'acronym' : 'name';
  const last = normalize(words[words.length - 1]!);
  const typeWords = index.typeWords(index.entity(id)?.type ?? '');
  const tail = words.length > 1 && (typeWords.has(last) || /^(?:base|airfield|airport|region|oblast|province|city|port)$/.test(last)) ? last : '-';
  // An initial inside a name ("John F. Kirby", "J. Robert Oppenheimer") among names written without one.
  const initial = words.length > 2 && words.some((w) => /^\p{Lu}\.$/u.test(w)) ? 'initial' : '-';
  return [kind, tail, initial];
}

/**
 * The form each option shows (label or alias), chosen so that no option, and
 * above all not the answer, is the one of its shape: not a bare "F-16" beside
 * "F-15 Eagle" and "F-35 Lightning II", not "Pskov airfield" among air bases.
 * Labels win where shapes allow, the answer's label most of all. The first id
 * is the answer.
 */
export function parallelForms(index: BankIndex, ids: readonly string[]): string[] {
  const choices = ids.map((id) => {
    const e = index.entity(id);
    const forms = e ? [e.label, ...(e.aliases ?? []).filter((a) => a.length > 1)].slice(0, 5) : [id];
    return forms.map((form) => ({ form, shape: shape(index, id, form) }));
  });
  let best = choices.map((c) => c[0]!.form);
  let bestCost = Infinity;
  const chosen: { form: string; shape: string[] }[] = [];
  const visit = (i: number, aliases: number): void => {
    // Costs only grow down the tree: a choice that already costs as much as the best can do no better.
    if (aliases >= bestCost) return;
    if (i === choices.length) {
      // The answer alone in its shape gives it away; a distractor alone in its shape only looks odd.
      // Plain loops: every combination of up to five forms of four names is costed (625 of them).
      let cost = aliases;
      for (let o = 0; o < chosen.length; o++) {
        const shape = chosen[o]!.shape;
        for (let f = 0; f < shape.length; f++) {
          let alone = true;
          for (let k = 0; k < chosen.length && alone; k++) if (k !== o && chosen[k]!.shape[f] === shape[f]) alone = false;
          if (alone) cost += o === 0 ? 100 : 10;
        }
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = chosen.map((c) => c.form);
      }
      return;
    }
    choices[i]!.forEach((choice, k) => {
      chosen.push(choice);
      // The answer's own label is worth more than a distractor's looking alike.
      visit(i + 1, aliases + (k > 0 ? (i === 0 ? 30 : 1) : 0));
      chosen.pop();
    });
  };
  visit(0, 0);
  return best;
}

/**
 * What a typed name is checked against: the entity's label and aliases (and
 * the slot's own `accept`), its spellings, the other names of its type as
 * rivals, the type's nouns and the noun the question asks for, which a reader
 * may add ("F-16 jets", "Monday afternoon"), and the words of
 * the answer a reader may leave out because the question gives them ("Air
 * Force" for "Ukraine's Air Force" when the question says Ukrainian); a
 * person's short forms the bank need not list ({@link BankIndex.personShortForms}).
 */
export function textAnswer(index: BankIndex, entityId: string, stem = '', extra: readonly string[] = [], asked = askedNouns(afterQuestionWord(stem))): TextAnswer {
  const e = index.entity(entityId)!;
  const rivals: string[][] = [];
  for (const list of [index.byType.get(e.type) ?? [], index.poolByType.get(e.type) ?? []]) {
    for (const id of list) if (id !== entityId) rivals.push(index.forms(id));
  }
  const typeWords = index.typeWords(e.type);
  const stemWords = normalize(stem).split(' ').filter(Boolean);
  const loose = new Set<string>();
  for (const form of [e.label, ...(e.aliases ?? [])]) {
    for (const w of normalize(form).split(' ')) {
      if (typeWords.has(w) || stemWords.some((s) => sameRoot(s, w))) loose.add(w);
    }
  }
  const accept = [e.label, ...(e.aliases ?? []), ...extra];
  // A surname alone and a name without its middle ones, where the bank does not list them already.
  for (const form of index.personShortForms(entityId)) if (!accept.some((a) => normalize(a) === normalize(form))) accept.push(form);
  const answer: TextAnswer = { accept, rivals };
  if (e.spellings?.length) answer.spellings = e.spellings;
  if (loose.size) answer.loose = [...loose];
  const trailing = new Set([...typeWords, ...asked]);
  if (trailing.size) answer.trailing = [...trailing];
  return answer;
}

/** What a typed figure (or year) is checked against. */
export function numberAnswer(value: SlotValue): NumberAnswer {
  if ('number' in value) {
    const [min, max] = acceptedRange(value);
    const answer: NumberAnswer = { value: value.number, min, max, unit: value.unit };
    if (value.qualifier && value.qualifier !== 'exactly') answer.qualifier = value.qualifier;
    // What is counted, and the unit in the singular ("one missile or drone" typed back is the answer).
    answer.words = [value.label, ...(value.unitSingular ? [value.unitSingular] : [])];
    return answer;
  }
  const year = Number((value as { date: string }).date.slice(0, 4));
  return { value: year, min: year, max: year, unit: '' };
}

/**
 * A typed figure's answer as the statements write it: "43 missiles and drones", "four cargo
 * planes" (one to nine in words, so the answer key agrees with the statement it comes from).
 */
export function figureText(v: NumberSlot): string {
  return moneyText(formatNumber(v.number), v.number, v) ?? `${numberInSentence(v.number)} ${unitFor(v.number, v)}`;
}

/** A shuffle that never leaves every item where it was (which would give the answer away). */
export function scramble<T>(rng: Rng, items: readonly T[]): T[] {
  for (let tries = 0; tries < 16; tries++) {
    const out = shuffle(rng, items);
    if (out.some((x, i) => x !== items[i])) return out;
  }
  return [...items.slice(1), items[0]!];
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Where the parts of a question come from, when that is more than the one
 * paragraph it cites: "The roles come from paragraphs 2, 3, 9 and 13." (with
 * the article's title for each article when they span two). Empty for one.
 */
export function sources(index: BankIndex, what: string, refs: readonly { article: string; paragraph: number }[]): string {
  const byArticle = new Map<string, Set<number>>();
  for (const r of refs) {
    let set = byArticle.get(r.article);
    if (!set) byArticle.set(r.article, (set = new Set()));
    set.add(r.paragraph);
  }
  const total = [...byArticle.values()].reduce((n, set) => n + set.size, 0);
  if (total < 2) return '';
  const parts = [...byArticle].map(([article, set]) => {
    const list = [...set].sort((a, b) => a - b);
    const words = `${list.length > 1 ? 'paragraphs' : 'paragraph'} ${andList(list.map(String))}`;
    if (byArticle.size === 1) return words;
    const title = index.bank.articles.find((a) => a.id === article)?.title ?? article;
    return `${words} of \u201c${title}\u201d`;
  });
  return `The ${what} come from ${andList(parts)}.`;
}

/** A name as it stands in a sentence: "the United States", "Vladimir Putin". */
export function nameInSentence(index: BankIndex, id: string): string {
  const e = index.entity(id);
  if (!e) return id;
  return takesThe(e) ? `the ${e.label}` : e.label;
}
