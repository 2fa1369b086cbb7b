// The generator's invariants over at least 1,000 seeds on the seed bank (and the
// test bank, written to version 1 of the format). Each check is computed from the
// bank and the question alone, not from the generator's internals.
import { expect } from '@open-wc/testing';
import { allQuestions, generate } from '../../src/domain/generate.js';
import type { Bank, Fact, NumberSlot, SlotValue } from '../../src/domain/bank.js';
import type { ChoiceQuestion, MatchQuestion, OrderQuestion, Question, QuestionKind, TrueFalseQuestion } from '../../src/domain/question.js';
import { QUESTION_KINDS, UNDERSTANDING_KINDS } from '../../src/domain/question.js';
import { checkAnswer, matchesNumber, matchesText } from '../../src/domain/check.js';
import { article, normalize } from '../../src/domain/text.js';
import type { WordUse } from '../../src/domain/reveal.js';
import { bothUses, reveals, tellingStems, wordUseOf } from '../../src/domain/reveal.js';
import { givesFigure } from '../../src/domain/balance.js';

const SEEDS = 1000;

async function load(url: string): Promise<Bank> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Bank;
}

/** Every text a reader sees before answering. */
function shown(q: Question): string[] {
  const out = [q.prompt];
  if ('options' in q) out.push(...q.options);
  if (q.kind === 'cloze') out.push(`${q.before} ${q.after}`);
  if (q.kind === 'match') out.push(...q.left, ...q.right);
  if (q.kind === 'order' || q.kind === 'sequence') out.push(...q.items);
  return out;
}

/** Every text a question shows, feedback included. */
function texts(q: Question): string[] {
  const out = [...shown(q), q.answerText, q.explanation];
  if (q.kind === 'cloze') out.push(`${q.before}${q.answerText}${q.after}`);
  return out;
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const OPTION_KINDS: QuestionKind[] = ['choice', 'truefalse', 'support', 'claim', 'reason'];

type Named = { id: string; label: string; aliases?: string[]; spellings?: string[]; type: string };

/** Every name of the bank and its pools. */
function names(bank: Bank): Map<string, Named> {
  const out = new Map<string, Named>();
  for (const e of bank.entities) out.set(e.id, e);
  for (const p of bank.pools ?? []) for (const e of p.entities) out.set(e.id, { ...e, type: p.type });
  return out;
}

/** The entity an option shows (by its label or an alias). */
function entityOf(bank: Bank, option: string): string | undefined {
  for (const [id, e] of names(bank)) if ([e.label, ...(e.aliases ?? [])].includes(option)) return id;
  return undefined;
}

/** The nouns of a type and its ancestors, lower case. */
function typeNouns(bank: Bank, type: string): Set<string> {
  const out = new Set<string>();
  for (let t = bank.types.find((x) => x.id === type); t; t = t.parent ? bank.types.find((x) => x.id === t!.parent) : undefined) {
    for (const w of `${t.label} ${t.plural}`.toLowerCase().split(/\s+/)) out.add(w);
  }
  return out;
}

/**
 * A name's shape: a bare code ("F-16"), a code with a name, an acronym
 * ("NATO") or a name; and its last word when that is a noun of its type or a
 * place's ("air base", "airfield").
 */
function shape(bank: Bank, option: string): [string, string] {
  const words = option.split(/\s+/);
  const code = /^[A-Za-z]{1,4}-?\d/.test(words[0]!);
  const acronym = words.length === 1 && /^[A-Z]{2,6}$/.test(option);
  const last = words[words.length - 1]!.toLowerCase();
  const type = names(bank).get(entityOf(bank, option) ?? '')?.type ?? '';
  const tail = words.length > 1 && (typeNouns(bank, type).has(last) || /^(?:base|airfield|airport|region|oblast|province|city|port)$/.test(last)) ? last : '-';
  return [code ? (words.length === 1 ? 'code' : 'code+name') : acronym ? 'acronym' : 'name', tail];
}

/** Checks a question against the bank; returns what is wrong, one line each. */
/** The kinds whose options may share words moved into the question. */
const FRAMED = ['claim', 'reason'];

/** An option of a claim or reason as the whole statement: the words every option shares, moved into the question, put back. */
function whole(q: Question, option: string): string {
  const frame = FRAMED.includes(q.kind) && / (?:…|___ [^?]*\.)$/.test(q.prompt) ? (/\? ([^?]+)$/.exec(q.prompt) ?? / said (.+)$/.exec(q.prompt))?.[1] : undefined;
  if (!frame) return option;
  return frame.endsWith(' …') ? `${frame.slice(0, -2)} ${option}` : frame.replace(/\.$/, '').replace('___', option);
}

function problems(bank: Bank, q: Question): string[] {
  const out: string[] = [];
  const fail = (m: string) => out.push(`${q.id}: ${m}`);
  const { idPattern, plurals } = context(bank);
  const all = names(bank);
  const forms = (id: string) => {
    const e = all.get(id)!;
    return [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])];
  };

  // Citations.
  const art = bank.articles.find((a) => a.id === q.article);
  if (!art) fail(`unknown article ${q.article}`);
  else if (!(q.paragraph >= 1 && q.paragraph <= art.paragraphs)) fail(`paragraph ${q.paragraph} out of range`);
  for (const f of q.facts) if (!bank.facts.some((x) => x.id === f)) fail(`unknown fact ${f}`);
  if (!['match', 'claim', 'reason', 'sequence'].includes(q.kind) && q.facts.length === 0) fail('cites no fact');
  if (![1, 2, 3].includes(q.difficulty)) fail(`difficulty ${q.difficulty}`);

  // Text hygiene and grammar.
  for (const t of texts(q)) {
    if (typeof t !== 'string' || !t.trim()) fail('empty text');
    if (/[{}]|undefined|NaN|\bnull\b|\[object/.test(t)) fail(`leftover in "${t}"`);
    const raw = idPattern && idPattern.exec(t);
    if (raw) fail(`raw id ${raw[1]} in "${t}"`);
    for (const m of t.matchAll(/(?:^|[\s(])([Aa]n?) ([A-Za-z0-9][\w-]*)/g)) {
      if (article(m[2]!) !== m[1]!.toLowerCase()) fail(`"${m[1]} ${m[2]}" in "${t}"`);
    }
    for (const [pattern, what] of plurals) if (pattern.test(t)) fail(`${what} in "${t}"`);
    if (/\b(?:the|a|an) the\b/i.test(t)) fail(`doubled article in "${t}"`);
    // Two figures of one unit joined by "of" name the unit once: "43 of the 44 missiles".
    for (const m of t.matchAll(/\b\d+ ([a-z ]+?) (?:out )?of (?:the )?\d+ \1\b/g)) fail(`unit said twice in "${m[0]}"`);
  }
  const ends = ['cloze', 'match', 'order', 'sequence'].includes(q.kind) ? ':' : '?';
  // A claim or reason may end with the words its options share, after its question ("... ? The budget debate had …"),
  // or, for a claim, be one sentence with a gap: "Cortney Niland, city representative, said the budget debate had …".
  const gapped = FRAMED.includes(q.kind) && / (?:…|___ [^?]*\.)$/.test(q.prompt);
  const framed = gapped ? /^([^?]+\?) ((?:[^?]*___[^?]*\.)|(?:[^?]* …))$/.exec(q.prompt) : null;
  const said = gapped && q.kind === 'claim' && !framed && / said /.test(q.prompt);
  const asked = framed ? framed[1]! : q.prompt;
  if (gapped && !framed && !said) fail(`a frame with no question or speaker before it: ${q.prompt}`);
  if (!said && !asked.endsWith(ends)) fail(`prompt does not end with "${ends}": ${q.prompt}`);
  if (!said && ends === '?' && (asked.match(/\?/g) ?? []).length !== 1) fail(`more than one question mark: ${q.prompt}`);
  if (said && q.prompt.includes('?')) fail(`a question mark in a claim told as one sentence: ${q.prompt}`);
  if (!/^[A-Z0-9"'‘“]/.test(q.prompt)) fail(`prompt does not start with a capital: ${q.prompt}`);
  if (/\bthat (?:The|A|An|It)\b/.test(q.prompt)) fail(`a capital after "that": ${q.prompt}`);

  // The right answer checks as right.
  const right: Record<QuestionKind, unknown> = {
    choice: (q as ChoiceQuestion).correct,
    truefalse: (q as ChoiceQuestion).correct,
    support: (q as ChoiceQuestion).correct,
    claim: (q as ChoiceQuestion).correct,
    reason: (q as ChoiceQuestion).correct,
    text: q.answerText,
    number: q.answerText,
    cloze: q.answerText,
    match: (q as MatchQuestion).pairs,
    order: (q as OrderQuestion).order,
    sequence: (q as OrderQuestion).order,
  };
  if (!checkAnswer(q, right[q.kind] as never).correct) fail(`its own answer "${q.answerText}" does not check as correct`);

  if (OPTION_KINDS.includes(q.kind) && q.kind !== 'truefalse') {
    const c = q as unknown as ChoiceQuestion;
    if (c.options.length !== 4) fail(`${c.options.length} options`);
    if (!(c.correct >= 0 && c.correct < c.options.length)) fail('correct out of range');
    if (new Set(c.options.map(normalize)).size !== c.options.length) fail(`options not distinct: ${c.options.join(' | ')}`);
    if (c.answerText !== c.options[c.correct]) fail('answerText is not the correct option');
  }
  const [factId, slot] = q.id.split('.');
  const fact = bank.facts.find((f) => f.id === factId);
  if (q.kind === 'choice') {
    const value = fact!.slots[slot!]!;
    const distractors = q.options.filter((_, i) => i !== q.correct);
    if ('entity' in value) {
      const answer = { accept: forms(value.entity), rivals: [] };
      if (!matchesText(q.options[q.correct]!, answer)) fail('correct option is not the answer');
      for (const d of distractors) if (matchesText(d, answer)) fail(`distractor "${d}" is accepted as the answer`);
      for (const d of distractors) {
        const id = entityOf(bank, d);
        if (!id) fail(`distractor "${d}" is no entity`);
        else if (competitorAnswers(bank, fact!, slot!, q.prompt, { entity: id })) fail(`distractor "${d}" also answers it`);
        const pool = (bank.pools ?? []).flatMap((p) => p.entities).find((e) => e.id === id);
        if (pool?.avoid?.includes(fact!.relation) || pool?.avoid?.includes(fact!.id)) fail(`distractor "${d}" is marked to avoid for ${fact!.relation}`);
      }
      // Options in one form: the answer is never the only one of its shape.
      const shapes = q.options.map((o) => shape(bank, o));
      for (const f of [0, 1]) {
        if (shapes.every((s, i) => i === q.correct || s[f] !== shapes[q.correct]![f])) fail(`the answer alone is shaped "${shapes[q.correct]![f]}": ${q.options.join(' | ')}`);
      }
    } else if ('number' in value) {
      // The figure of each option, its sign and unit aside ("$2.29 a month", "$3 million").
      const numbers = q.options.map((o) => figuresIn(o)[0] ?? NaN);
      if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) fail(`numeric options not ascending: ${q.options}`);
      const typed = { value: value.number, min: value.number - tol(value), max: value.number + tol(value), unit: value.unit };
      for (const d of distractors) if (matchesNumber(d, typed)) fail(`distractor ${d} within tolerance`);
      const [low, high] = bounds(fact!, slot!, value);
      for (const n of numbers) {
        if (n < low || n > high) fail(`option ${n} outside the bounds ${low}..${high}`);
        if (Number.isInteger(value.number) && !Number.isInteger(n)) fail(`option ${n} not whole`);
        // Another figure of the story offered only within a factor of three (the scale slips of a count aside).
        const other = bank.facts.some((f) => f !== fact && Object.values(f.slots).some((w) => 'number' in w && w.number === n && normalize(w.unit) === normalize(value.unit)));
        const slip = Number.isInteger(value.number) && [2, 0.5, 10, 0.1].some((k) => n === value.number * k);
        if (other && !slip && value.number > 0 && (n > value.number * 3 || n < value.number / 3)) fail(`option ${n}, another figure of the story, is over three times off ${value.number}`);
      }
      for (const d of distractors) {
        if (competitorAnswers(bank, fact!, slot!, q.prompt, { ...value, number: figuresIn(d)[0] ?? NaN })) fail(`distractor ${d} also answers it`);
      }
    }
  }
  if (q.kind === 'truefalse') {
    if (q.options.join() !== 'True,False') fail('options are not True, False');
    const statement = q.prompt.replace(/ True or false\?$/, '');
    if (statement === q.prompt) fail('prompt lacks "True or false?"');
    if (q.correct === 1) out.push(...falseStatementProblems(bank, fact!, statement, q.id));
  }
  if (q.kind === 'support') {
    const c = q as unknown as ChoiceQuestion;
    c.options.forEach((option, i) => {
      if (i === c.correct) return;
      const source = q.facts.map((id) => bank.facts.find((f) => f.id === id)!).find((f) => matchTemplate(f, option));
      if (!source) fail(`false statement "${option}" is no fact's statement with one value changed`);
      else out.push(...falseStatementProblems(bank, source, option, q.id));
    });
  }
  const item = bank.understanding?.find((u) => q.id.startsWith(`${u.id}.`));
  if (q.kind === 'reason' && item?.kind === 'reason') {
    const c = q as unknown as ChoiceQuestion;
    if (q.answerText !== c.options[c.correct] || normalize(whole(q, q.answerText)) !== normalize(item.answer)) fail('the answer is not the reason the bank gives');
    const wrong = new Set(item.wrong.map(normalize));
    for (const [i, o] of c.options.entries()) if (i !== c.correct && !wrong.has(normalize(whole(q, o)))) fail(`option "${o}" is not the bank's`);
  }
  if (q.kind === 'claim' && item?.kind === 'claim') {
    const c = q as unknown as ChoiceQuestion;
    if (q.id.endsWith('.who')) {
      if (!forms(item.speaker).includes(c.options[c.correct]!)) fail('the answer is not the speaker');
      for (const [i, o] of c.options.entries()) if (i !== c.correct && !entityOf(bank, o)) fail(`option "${o}" is no name of the bank`);
    } else {
      // The claim as written, or with what it points back to named ("the results" as "EADS's results for 2011").
      const named = (claim: string) => [claim, ...[...claim.matchAll(/\b(?:the|such an?) [\p{L}-]+/giu)].map((m) => claim.slice(0, m.index) + item.about + claim.slice(m.index! + m[0].length))].map(normalize);
      if (!named(item.claim).includes(normalize(whole(q, c.options[c.correct]!)))) fail('the answer is not the claim');
      const wrong = new Set(item.wrong.flatMap(named));
      for (const [i, o] of c.options.entries()) if (i !== c.correct && !wrong.has(normalize(whole(q, o)))) fail(`option "${o}" is not the bank's`);
    }
  }
  if (q.kind === 'match') {
    if (q.left.length < 3 || q.left.length !== q.right.length) fail('sizes');
    if ([...q.pairs].sort().join() !== q.left.map((_, i) => i).join()) fail(`pairs not one to one: ${q.pairs}`);
    if (new Set(q.right.map(normalize)).size !== q.right.length) fail('roles repeat');
    if (new Set(q.left).size !== q.left.length) fail('people repeat');
    for (const [i, name] of q.left.entries()) {
      const person = bank.entities.find((e) => e.label === name);
      if (!person?.roles?.some((r) => q.right[q.pairs[i]!]!.endsWith(r.title))) fail(`${name} is not ${q.right[q.pairs[i]!]}`);
    }
  }
  if (q.kind === 'order') {
    if (q.items.length < 3) fail('fewer than 3 items');
    if ([...q.order].sort().join() !== q.items.map((_, i) => i).join()) fail('order is no permutation');
    const values = q.order.map((i) => valueOfLabel(bank, q.items[i]!));
    if (values.some((v) => v === null)) {
      fail('an item is no label of the bank');
      return out;
    }
    if (values.some((v, i) => i > 0 && !(v!.value > values[i - 1]!.value))) fail(`not strictly increasing (a tie?): ${values.map((v) => v?.value)}`);
    // Only comparable figures: one unit for all, or dates only.
    if (new Set(values.map((v) => v?.unit)).size !== 1) fail(`items of different units: ${values.map((v) => v?.unit)}`);
  }
  if (q.kind === 'sequence' && item?.kind === 'sequence') {
    const expected = item.events.map((e) => normalize(e.label));
    if (q.order.map((i) => normalize(q.items[i]!)).join('|') !== expected.join('|')) fail('the order is not the events\' order');
  }
  return out;
}

/** Words of sequence a statement may leave out of its fact's words ("also", "later"): it stays true without them. */
const SEQUENCE_WORDS = /\s+(?:also|later|then|afterwards|subsequently|again)\b|,?\s+(?:too|as well|likewise)(?=\s*[.,;:!?]|$)/gi;

/** A sentence without its words of sequence. */
function plainOf(text: string): string {
  return text.replace(SEQUENCE_WORDS, '').trim();
}

/**
 * A fact's text as a pattern with one group per slot, to find which value a statement changed. A
 * statement follows its fact's words, where a word of sequence and an opening phrase ("At night,")
 * may go: both are compared without them.
 */
function template(fact: Fact): { pattern: RegExp; slots: string[] } {
  const slots: string[] = [];
  // An opening phrase before a comma that names no slot may go.
  const opening = /^[^{},]{1,40},\s*/.exec(fact.text)?.[0] ?? '';
  // "this year" may be told as the article's year ("in 2012").
  const source = plainOf(fact.text.slice(opening.length))
    .split(/(\{[A-Za-z][A-Za-z0-9_-]*\})/)
    .map((part) => {
      const m = /^\{(.+)\}$/.exec(part);
      if (m) {
        slots.push(m[1]!);
        return '(.+?)';
      }
      return escape(part)
        .replace(/\\?\s+/g, '\\s+')
        .replace(/\b(?:this|last|next)\\s\+year/gi, '(?:in\\s+)?(?:\\d{4}|this\\s+year|last\\s+year|next\\s+year)');
    })
    .join('');
  const lead = opening ? `(?:${escape(plainOf(opening)).replace(/\\?\s+/g, '\\s+')}\\s*)?` : '';
  return { pattern: new RegExp(`^${lead}${source}$`, 'i'), slots };
}

function matchTemplate(fact: Fact, statement: string): RegExpExecArray | null {
  return template(fact).pattern.exec(plainOf(statement.trim()));
}

const HEDGE = /\b(?:might|may|could|possibly|potentially|perhaps|probably|likely|unlikely|fears?|feared|hopes?|hoped|expects?|expected|would)\b/i;

/**
 * What is wrong with a false statement made from `fact`: it must change
 * exactly one value, never a bound ("at least"), never under a hedge, never
 * a value the bank marks as given, and the article's own statement must
 * differ from it.
 */
function falseStatementProblems(bank: Bank, fact: Fact, statement: string, id: string): string[] {
  const out: string[] = [];
  const { slots } = template(fact);
  const changed = matchTemplate(fact, statement);
  const truth = matchTemplate(fact, trueStatementOf(bank, fact));
  if (!changed || !truth) return [`${id}: "${statement}" does not follow its fact's wording`];
  const differ = slots.filter((_, i) => normalize(changed[i + 1]!) !== normalize(truth[i + 1]!));
  if (differ.length !== 1) return [`${id}: "${statement}" changes ${differ.length} values of ${fact.id}`];
  const slot = differ[0]!;
  const value = fact.slots[slot]!;
  if ('number' in value && value.qualifier && value.qualifier !== 'exactly' && value.qualifier !== 'about') out.push(`${id}: false statement from the bound "${value.qualifier}" of ${fact.id}.${slot}`);
  const before = fact.text.slice(0, fact.text.indexOf(`{${slot}}`)).split(/[.;!?]\s/).pop()!;
  if (fact.hedged === true || (fact.hedged === undefined && HEDGE.test(before.replace(/\{[^}]*\}/g, ' ')))) out.push(`${id}: false statement under a hedge in ${fact.id}`);
  if (value.given) out.push(`${id}: false statement changes the given ${fact.id}.${slot}`);
  if ('number' in value) {
    // A false figure a tenth of the true one away at least: "25 years" for 24 tests the eye, not the reading.
    const moved = figuresIn(changed[slots.indexOf(slot) + 1]!)[0];
    if (moved !== undefined && Math.abs(moved - value.number) < Math.abs(value.number) / 10 - 1e-9) out.push(`${id}: false figure ${moved} within a tenth of ${value.number} (${fact.id}.${slot})`);
  }
  return out;
}

const trueStatements = new WeakMap<Bank, Map<string, string>>();

/** A fact's statement as the generator renders it true (from a true/false question or a support question's answer). */
function trueStatementOf(bank: Bank, fact: Fact): string {
  let map = trueStatements.get(bank);
  if (!map) {
    map = new Map();
    for (let i = 0; i < 40; i++) {
      for (const q of allQuestions(bank, { seed: `truth-${i}`, kinds: ['truefalse', 'support'] })) {
        const id = q.facts[0]!;
        if (q.kind === 'truefalse' && q.correct === 0) map.set(id, q.prompt.replace(/ True or false\?$/, ''));
        if (q.kind === 'support') map.set(id, q.answerText);
      }
    }
    trueStatements.set(bank, map);
  }
  return map.get(fact.id) ?? '';
}

const falseStatements = new WeakMap<Bank, Map<string, string[]>>();

/** The false statements the generator makes of a fact (from its false true-or-false questions); none for a fact it cannot make false. */
function falseStatementsOf(bank: Bank, fact: Fact): string[] {
  let map = falseStatements.get(bank);
  if (!map) {
    map = new Map();
    for (let i = 0; i < 40; i++) {
      for (const q of allQuestions(bank, { seed: `false-${i}`, kinds: ['truefalse'] })) {
        if (q.kind !== 'truefalse' || q.correct !== 1) continue;
        const list = map.get(q.facts[0]!) ?? [];
        list.push(q.prompt.replace(/ True or false\?$/, ''));
        map.set(q.facts[0]!, list);
      }
    }
    falseStatements.set(bank, map);
  }
  return map.get(fact.id) ?? [];
}

type Context = { idPattern: RegExp | null; plurals: [RegExp, string][] };
const contexts = new WeakMap<Bank, Context>();

/** What the checks need from a bank, worked out once. */
function context(bank: Bank): Context {
  let c = contexts.get(bank);
  if (c) return c;
  // Ids with a hyphen that no label or statement uses: they may never show.
  const bankWords = JSON.stringify(bank.entities.map((e) => [e.label, e.aliases])) + bank.facts.map((f) => f.text).join(' ');
  const ids = [...bank.entities.map((e) => e.id), ...bank.facts.map((f) => f.id)].filter((id) => id.includes('-') && !bankWords.includes(id));
  const idPattern = ids.length ? new RegExp(`(?:^|[^\\w-])(${ids.map(escape).join('|')})(?:[^\\w-]|$)`) : null;
  const plurals: [RegExp, string][] = [];
  const many = `(?:${SMALL.slice(2).join('|')}|\\d*[02-9]|\\d+\\d)`;
  for (const f of bank.facts) {
    for (const v of Object.values(f.slots)) {
      if (!('number' in v)) continue;
      const singular = v.unitSingular ?? v.unit.replace(/s$/, '');
      if (singular === v.unit) continue;
      plurals.push([new RegExp(`\\b(one|1) ${escape(v.unit)}\\b`), `"one ${v.unit}"`]);
      plurals.push([new RegExp(`\\b${many} ${escape(singular)}\\b(?! or)`), `a plural figure with "${singular}"`]);
    }
  }
  c = { idPattern, plurals };
  contexts.set(bank, c);
  return c;
}

/** The words that show a name in a text: its label, aliases and spellings, and its adjective ("Estonian", "Ukrainian"). */
function nameForms(e: Named): string[] {
  const out = new Set<string>();
  for (const f of [e.label, ...(e.aliases ?? []), ...(e.spellings ?? [])]) {
    const n = normalize(f);
    if (n.length < 3) continue;
    out.add(n);
    out.add(`${n}n`);
    out.add(`${n.replace(/[ae]$/, '')}ian`);
    out.add(`${n.replace(/a$/, '')}an`);
  }
  return [...out];
}

/** How a figure may show in a text: digits, or one to ten in words. */
const figureForms = (n: number): string[] => [String(n), n >= 0 && n <= 10 ? SMALL[n]! : String(n)];

/** What a question asks for, as names and figures another question must not show. */
function answersOf(bank: Bank, q: Question): { names: string[]; figures: number[] } {
  const all = names(bank);
  const [factId, slot] = q.id.split('.');
  const fact = bank.facts.find((f) => f.id === factId);
  const value = fact && slot ? fact.slots[slot] : undefined;
  if (value && ['choice', 'text', 'number', 'cloze'].includes(q.kind)) {
    if ('entity' in value) return { names: [value.entity], figures: [] };
    if ('number' in value) return { names: [], figures: [value.number] };
    return { names: [], figures: [Number(value.date.slice(0, 4))] };
  }
  if (q.kind === 'match') return { names: q.left.map((l) => [...all].find(([, e]) => e.label === l)![0]), figures: [] };
  const item = bank.understanding?.find((u) => q.id.startsWith(`${u.id}.`));
  if (q.kind === 'claim' && q.id.endsWith('.who') && item?.kind === 'claim') return { names: [item.speaker], figures: [] };
  return { names: [], figures: [] };
}

/**
 * Questions of one quiz that give another away: a name or figure one asks for
 * standing anywhere in what another shows (prompt, statement, options, items,
 * pairs, the sentence of a cloze), or two facts of one event both asked.
 */
function giveaways(bank: Bank, questions: Question[], large = true): string[] {
  const out: string[] = [];
  const all = names(bank);
  for (const q of questions) {
    const { names: asked, figures } = answersOf(bank, q);
    for (const other of questions) {
      if (other === q) continue;
      const words = ` ${shown(other).map(normalize).join(' | ')} `;
      for (const id of asked) {
        const hit = nameForms(all.get(id)!).find((f) => words.includes(` ${f} `));
        if (hit) out.push(`${other.id} shows "${hit}", the answer to ${q.id}`);
      }
      // A figure by its digits as written ("3.22" is not "3"), or one to ten in words.
      const digits = figuresIn(shown(other).join(' '));
      for (const n of figures) {
        const hit = digits.includes(n) ? String(n) : figureForms(n).find((f) => !/\d/.test(f) && words.includes(` ${f} `));
        if (hit) out.push(`${other.id} shows "${hit}", the answer to ${q.id}`);
      }
    }
  }
  // A person asked for by name: their family name alone, anywhere another question shows it, feedback
  // included ("the world Oppenheimer made" beside "the physicist ___"), whatever else that word names.
  for (const q of questions) {
    for (const id of answersOf(bank, q).names) {
      const e = all.get(id)!;
      if (!isPerson(bank, e.type)) continue;
      for (const form of [e.label, ...(e.aliases ?? [])]) {
        const family = form.trim().split(/\s+/).pop()!;
        if (family.length < 3 || !/^\p{Lu}/u.test(family)) continue;
        const word = new RegExp(`(?<![\\p{L}])${escape(family)}(?![\\p{L}])`, 'u');
        for (const other of questions) if (other !== q && texts(other).some((t) => word.test(t))) out.push(`${other.id} writes "${family}", the answer to ${q.id}`);
      }
    }
  }
  // A statement answer (which is true, what someone said, why, a true statement) whose telling words another
  // question shows, rare words weighing more: two or more of those few of its articles' texts use
  // ("science", "politics" beside "a three-hour drama about science and politics").
  const use = articleUses(bank);
  for (const q of questions) {
    const telling = tellingOf(q);
    if (!telling.length) continue;
    for (const other of questions) {
      if (other === q) continue;
      const stems = shownStems(other);
      if (reveals(stems, telling, bothUses(use.get(q.article)!, use.get(other.article)!))) out.push(`${other.id} shows the telling words of ${q.id}: ${telling.filter((t) => stems.has(t)).join(', ')}`);
    }
  }
  // An author's item (a claim, a reason, a sequence) and another question on one of the facts it is about
  // (a "which is true" question is about its true statement's fact).
  // A small bank may pair them as a last resort, as it reuses facts (docs/bank-format.md, "A quiz").
  if (large) for (const q of questions.filter((x) => ['claim', 'reason', 'sequence'].includes(x.kind))) {
    for (const other of questions) {
      const about = other.kind === 'support' ? other.facts.slice(0, 1) : other.facts;
      const shared = other === q ? [] : about.filter((f) => q.facts.includes(f));
      if (shared.length) out.push(`${other.id} asks about ${shared.join(', ')}, which ${q.id} is about`);
    }
  }
  // A count another question's text or feedback gives by an ordinal: "her second Oscar" tells "how many Oscars has
  // she won?" (2), as "twice" does.
  for (const q of questions) {
    for (const n of answersOf(bank, q).figures) {
      if (!Number.isInteger(n) || n < 2 || n > 19) continue;
      const forms = [ORDINALS[n]!, `${n}(?:st|nd|rd|th)`, ...(n === 2 ? ['twice'] : n === 3 ? ['thrice', 'three times'] : [])];
      const ordinal = new RegExp(`(?<![\\p{L}\\d])(?:${forms.join('|')})(?![\\p{L}])`, 'iu');
      for (const other of questions) {
        if (other === q) continue;
        const hit = texts(other).map((t) => ordinal.exec(t)?.[0]).find(Boolean);
        if (hit) out.push(`${other.id} writes "${hit}", from which the answer to ${q.id} (${n}) follows`);
      }
    }
  }
  // A figure another question's text or feedback gives by a reader's arithmetic: a year's cost and a month's.
  for (const q of questions) {
    for (const n of answersOf(bank, q).figures) {
      for (const other of questions) {
        if (other === q) continue;
        const hit = figuresIn(texts(other).join(' ')).find((m) => convertible(n, m));
        if (hit !== undefined) out.push(`${other.id} shows ${hit}, from which the answer to ${q.id} (${n}) follows by arithmetic`);
      }
    }
  }
  const asked = questions.filter((q) => !['match', 'order', 'sequence', 'claim', 'reason', 'support'].includes(q.kind)).map((q) => q.facts[0]!);
  for (const o of bank.overlaps ?? []) {
    if (o.kind === 'same-event' && o.facts.filter((f) => asked.includes(f)).length > 1) out.push(`one event asked twice: ${o.facts.join(', ')}`);
  }
  return out;
}

/** Whether a type is a kind of person (it or an ancestor asks "Who"). */
function isPerson(bank: Bank, type: string): boolean {
  for (let t = bank.types.find((x) => x.id === type); t; t = t.parent ? bank.types.find((x) => x.id === t!.parent) : undefined) {
    if (t.ask?.toLowerCase() === 'who') return true;
  }
  return false;
}

const uses = new WeakMap<Bank, Map<string, WordUse>>();

/** How each article uses its words: its facts (statement with values named, wordings, feedback) and its authors' items, one text each. */
function articleUses(bank: Bank): Map<string, WordUse> {
  let map = uses.get(bank);
  if (map) return map;
  const all = names(bank);
  const byArticle = new Map<string, string[]>();
  const add = (a: string, text: string) => byArticle.set(a, [...(byArticle.get(a) ?? []), text]);
  const namesOf = new Map<string, string[]>();
  for (const f of bank.facts) {
    const statement = f.text.replace(/\{([A-Za-z][\w-]*)\}/g, (_, slot: string) => {
      const v = f.slots[slot]!;
      return 'entity' in v ? all.get(v.entity)!.label : 'number' in v ? String(v.number) : v.date;
    });
    add(f.article, [statement, ...Object.values(f.ask ?? {}), f.explanation ?? ''].join(' '));
    for (const v of Object.values(f.slots)) {
      if ('entity' in v) namesOf.set(f.article, [...(namesOf.get(f.article) ?? []), all.get(v.entity)!.label, ...(all.get(v.entity)!.aliases ?? [])]);
    }
  }
  for (const u of bank.understanding ?? []) {
    const words = u.kind === 'reason' ? [u.question, u.answer, ...u.wrong] : u.kind === 'claim' ? [u.claim, u.about, ...u.wrong] : u.events.map((e) => e.label);
    add(u.article, [u.explanation, ...words].join(' '));
  }
  map = new Map([...byArticle].map(([a, t]) => [a, wordUseOf(t, namesOf.get(a))]));
  uses.set(bank, map);
  return map;
}

const stemCache = new WeakMap<Question, Set<string>>();

/** The stems of the words that carry a claim (small words dropped) in everything a question shows, feedback included. */
function shownStems(q: Question): Set<string> {
  let stems = stemCache.get(q);
  if (!stems) stemCache.set(q, (stems = new Set(tellingStems(texts(q).join(' '), []))));
  return stems;
}

/** What tells a statement answer from its question and its other options: the key's own words; none for a name or a figure. */
function tellingOf(q: Question): string[] {
  if (q.kind === 'truefalse') return q.correct === 0 ? tellingStems(q.prompt.replace(/ True or false\?$/, ''), []) : [];
  if (q.kind === 'support' || q.kind === 'reason' || (q.kind === 'claim' && !q.id.endsWith('.who'))) {
    return tellingStems(q.options[q.correct]!, [q.prompt, ...q.options.filter((_, i) => i !== q.correct)]);
  }
  return [];
}

/** The figures written in digits in a text. */
function figuresIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** Whether one figure is another times 7, 12, 24, 52, 60 or 365 (a week, a year, a day, an hour), as far as the decimals written allow (whole numbers exact; a small whole number aside). */
function convertible(a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (lo <= 0 || (lo < 10 && Number.isInteger(lo))) return false;
  // A year (1800 to 2100) is no quantity.
  if (Number.isInteger(hi) && hi >= 1800 && hi <= 2100) return false;
  const half = (n: number) => (Number.isInteger(n) ? 0 : 0.5 / 10 ** String(n).split('.')[1]!.length);
  return [7, 12, 24, 52, 60, 365].some((f) => Math.abs(hi - lo * f) <= f * half(lo) + half(hi) + 1e-9);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tol(v: NumberSlot): number {
  return v.tolerance ?? (v.qualifier === 'about' ? v.number / 10 : 0);
}

/** A figure and another of the same unit in one fact bound each other ("43 of 44"); counts are positive. */
function bounds(fact: Fact, slot: string, v: NumberSlot): [number, number] {
  let low = v.number >= 1 ? 1 : -Infinity;
  let high = Infinity;
  for (const [s, w] of Object.entries(fact.slots)) {
    if (s === slot || !('number' in w) || normalize(w.unit) !== normalize(v.unit)) continue;
    if (w.number > v.number) high = Math.min(high, w.number - 1);
    if (w.number < v.number) low = Math.max(low, w.number + 1);
  }
  return [low, high];
}

/** The figure or date an order item's label stands for, with its unit ("date" for a date). */
function valueOfLabel(bank: Bank, label: string): { value: number; unit: string } | null {
  // A label's "this year" may be told as the article's year ("sales growth EADS forecasts for 2012").
  const sameLabel = (own: string) =>
    own === label || new RegExp(`^${escape(own).replace(/\b(?:this|last|next) year\b/g, '(?:in )?\\d{4}')}$`).test(label);
  for (const f of bank.facts) {
    for (const v of Object.values(f.slots)) {
      if ('number' in v && sameLabel(v.label)) return { value: v.number, unit: normalize(v.unit) };
      if ('date' in v && sameLabel(v.label)) return { value: Number(v.date.replace(/-/g, '').padEnd(8, '0')), unit: 'date' };
    }
  }
  return null;
}

const same = (a: SlotValue, b: SlotValue) => JSON.stringify('entity' in a ? a.entity : 'number' in a ? a.number : a.date) === JSON.stringify('entity' in b ? b.entity : 'number' in b ? b.number : b.date);

/** How a slot value shows in a prompt, any of these. */
function shows(bank: Bank, v: SlotValue): string[] {
  if ('entity' in v) {
    const e = bank.entities.find((x) => x.id === v.entity);
    return e ? [e.label, ...(e.aliases ?? [])] : [];
  }
  if ('number' in v) return [String(v.number), SMALL[v.number] ?? String(v.number)];
  return [v.date.slice(0, 4)];
}

/**
 * Whether `candidate` is the value of `slot` in another fact of the same
 * relation that the prompt does not rule out: the prompt must show some other
 * detail of `fact` that the other fact has differently (or lacks, for facts
 * marked as distinct events).
 */
function competitorAnswers(bank: Bank, fact: Fact, slot: string, prompt: string, candidate: SlotValue): boolean {
  const text = normalize(prompt);
  for (const other of bank.facts) {
    if (other === fact || other.relation !== fact.relation) continue;
    const theirs = other.slots[slot];
    if (!theirs || !same(theirs, candidate)) continue;
    const distinct = (bank.overlaps ?? []).some((o) => o.kind === 'distinct-events' && o.facts.includes(fact.id) && o.facts.includes(other.id));
    const ruledOut = Object.entries(fact.slots).some(([s, v]) => {
      if (s === slot || !shows(bank, v).some((f) => ` ${text} `.includes(` ${normalize(f)} `))) return false;
      const w = other.slots[s];
      return w ? !same(v, w) : distinct;
    });
    if (!ruledOut) return true;
  }
  return false;
}

describe('the invariant checks themselves', () => {
  it('catch broken questions (so a green run means something)', async () => {
    const bank = await load('/test/fixtures/generator-bank.json');
    const all = allQuestions(bank, { seed: 'checks' });
    const choice = all.find((q) => q.id === 'pskov-strike.airfield.choice') as ChoiceQuestion;
    const numeric = all.find((q) => q.id === 'intercepted.downed.choice') as ChoiceQuestion;
    const match = all.find((q) => q.kind === 'match') as MatchQuestion;
    const order = all.find((q) => q.kind === 'order') as OrderQuestion;
    let tf: TrueFalseQuestion | undefined;
    for (let i = 0; !tf; i++) {
      const q = allQuestions(bank, { seed: `checks-${i}`, kinds: ['truefalse'] }).find((x) => x.id === 'front-span.truefalse') as TrueFalseQuestion;
      if (q.correct === 1 && q.prompt.includes('Kherson')) tf = q;
    }
    for (const q of [choice, numeric, match, order, tf]) expect(problems(bank, q), q.id).to.deep.equal([]);
    const broken: [Question, RegExp][] = [
      [{ ...choice, options: [...choice.options.slice(0, 3), choice.options[choice.correct]!.toUpperCase()] }, /not distinct|accepted as the answer/],
      [{ ...choice, prompt: 'Which airfield did {x} hit?' }, /leftover/],
      [{ ...choice, prompt: 'Was it a F-16 or a Il-76?' }, /"a F-16"/],
      [{ ...choice, prompt: choice.prompt.replace('?', '.') }, /does not end with/],
      [{ ...choice, correct: (choice.correct + 1) % 4 }, /correct option is not the answer|answerText is not/],
      [{ ...choice, explanation: 'It was pskov-strike.' }, /raw id pskov-strike/],
      [{ ...choice, prompt: 'Which airfield did drones hit?', options: choice.options.map((o, i) => (i === choice.correct ? o : i === (choice.correct + 1) % 4 ? 'Morozovsk' : o)) }, /also answers it/],
      [{ ...choice, options: choice.options.map((o, i) => (i === choice.correct ? `${o} airfield` : o)), answerText: `${choice.options[choice.correct]} airfield` }, /the answer alone is shaped/],
      [{ ...numeric, options: ['41', '43', '44', '47'], correct: 1, answerText: '43' }, /outside the bounds/],
      [{ ...numeric, options: ['44', '43', '41', '40'] }, /not ascending/],
      [{ ...numeric, explanation: 'Drones damaged 1 planes.' }, /one planes/],
      [{ ...numeric, explanation: 'It shot down 43 missiles of the 44 missiles.' }, /unit said twice/],
      [{ ...match, pairs: match.pairs.map(() => 0) }, /one to one/],
      [{ ...order, items: order.items.map(() => order.items[0]!) }, /tie/],
      [{ ...tf, prompt: tf.prompt.replace('Kherson', 'Odesa') }, /changes 2 values/],
      [{ ...tf, prompt: tf.prompt.replace('eastern front', 'southern front') }, /does not follow/],
    ];
    for (const [q, pattern] of broken) expect(problems(bank, q).join('\n'), q.prompt).to.match(pattern);
    expect(giveaways(bank, [choice, numeric])).to.deep.equal([]);
    expect(giveaways(bank, [choice, { ...numeric, prompt: 'How many drones hit Pskov?' }]).join()).to.match(/shows "pskov", the answer to pskov-strike\.airfield\.choice/);
    expect(giveaways(bank, [choice, { ...numeric, options: ['Pskov', 'b', 'c', 'd'] }]).join()).to.match(/the answer to pskov-strike/);
    expect(giveaways(bank, [match, { ...choice, prompt: `Did ${match.left[0]} say so?` }]).join()).to.match(/the answer to roles/);
  });
});

// `large`: the bank has facts enough for ten questions on fresh facts, every kind and the spread rule. A
// one-article bank of 13 facts (the budget vote) reuses a fact's other slots once fresh facts run out
// (docs/bank-format.md, "A quiz"), and cannot keep each fact under the spread limit: the invariants and
// giveaway checks still hold on it.
// `paired`: in how many quizzes at most a small bank pairs an item with a question on its facts (its last pass).
// The budget vote's two sides are two facts of four names each: a choice among one side's names beside a
// question whose stem lists the other side is never drawn (it leaves a guess between two; 37% of its quizzes
// had one), and the bank, short of other questions, pairs an item in its last pass in about 3.4% of quizzes
// (31 to 40 in three sets of 1,000 seeds), against about 1.1% with the cue allowed.
// `crammed`: in how many quizzes at most three questions on facts come from one paragraph (a last resort; before
// that rule: 4.6%, 34%, 0%, 84% and 50% of 1,000 quizzes of these banks; after it 0%, 0.9%, 0%, 15% and 3.2%). The
// awards night's rose to about 7% (3.5% to 6.9% over another 1,000 seeds) when a true statement whose figure its
// headline shows ("wins seven awards" above "Oppenheimer collected seven Academy Awards") became a last resort
// (40% to 2% of its quizzes): a third question from one paragraph is the lesser flaw, and the one taken first.
// Since a quiz that cannot keep the mix's bounds goes past them before it takes any last resort, the test bank's,
// the yearly results' and the awards night's are 0.1%, 14.0% and 6.4% (0.9%, 15.1% and 9.0% before); over seeds
// 1,000 to 3,999 the awards night's is 7.3% (10.2% before), hence a bound above this sample's.
// `refuted`: in how many quizzes at most a "which is true" question has two or more false statements that another
// question on the fact each was made from tells the right value of (a last resort; the awards night's were before
// that rule in 11.6% of 1,000 quizzes, after it in 0.1%; the other banks' in none).
for (const [name, url, understanding, large, paired, crammed, refuted] of [
  ['the seed bank', '/questions/russia-ukraine-2024.json', true, true, 0, 0, 0],
  ['the test bank (format version 1)', '/test/fixtures/generator-bank.json', false, true, 0, 0.005, 0],
  ['a bank written from the docs (a city budget vote)', '/test/fixtures/banks/el-paso-budget.json', true, false, 0.04, 0, 0],
  // One article of 18 facts and 5 or 6 items each: fresh facts for every quiz, but not the spread rule (a fact
  // in up to 91% of quizzes), and a draw that takes an item's facts first leaves two items of understanding in
  // about one seed of a thousand: held to the other invariants until the assembly spreads a small bank better.
  ['a bank written from the docs by a third author (a company\'s yearly results)', '/test/fixtures/banks/eads-2011.json', false, false, 0.01, 0.15, 0],
  ['a bank written from the docs by a third author (an awards night)', '/test/fixtures/banks/oscars-2024.json', false, false, 0.01, 0.08, 0.005],
] as const) {
  describe(`generator invariants over ${SEEDS} seeds: ${name}`, function () {
    this.timeout(300000);
    let bank: Bank;
    let quizzes: Question[][];
    before(async () => {
      bank = await load(url);
      quizzes = Array.from({ length: SEEDS }, (_, i) => generate(bank, { seed: `seed-${i}`, count: 10 }).questions);
    });

    it('every quiz: ten valid questions, unique ids, both articles, no fact asked twice, nothing given away', () => {
      const found: string[] = [];
      quizzes.forEach((questions, i) => {
        if (found.length > 20) return;
        if (questions.length !== 10) found.push(`seed-${i}: ${questions.length} questions`);
        const ids = questions.map((q) => q.id);
        if (new Set(ids).size !== ids.length) found.push(`seed-${i}: repeated id`);
        const asked = questions.filter((q) => !['match', 'support'].includes(q.kind)).flatMap((q) => q.facts);
        if (large && new Set(asked).size !== asked.length) found.push(`seed-${i}: a fact asked twice: ${asked.filter((f, j) => asked.indexOf(f) !== j).join(', ')}`);
        if (new Set(questions.map((q) => q.article)).size !== bank.articles.length) found.push(`seed-${i}: an article left out`);
        found.push(...giveaways(bank, questions, large).map((m) => `seed-${i}: ${m}`));
        for (const q of questions) found.push(...problems(bank, q));
      });
      expect(found).to.deep.equal([]);
    });

    it(`asks no more than two questions on facts from one paragraph but as a last resort (in at most ${crammed * 100}% of quizzes)`, () => {
      const items = new Set((bank.understanding ?? []).map((u) => u.id));
      const found = quizzes.filter((questions) => {
        const perParagraph = new Map<string, number>();
        for (const q of questions) {
          if (items.has(q.id.split('.')[0]!)) continue;
          const at = `${q.article}#${q.paragraph}`;
          perParagraph.set(at, (perParagraph.get(at) ?? 0) + 1);
        }
        return [...perParagraph.values()].some((n) => n > 2);
      }).length;
      expect(found / SEEDS).to.be.at.most(crammed);
    });

    it(`strikes out no two false statements of a "which is true" question by another question's words but as a last resort (in at most ${refuted * 100}% of quizzes)`, () => {
      // What a question tells as it is: what it shows and its feedback, but its wrong options.
      const told = (q: Question) => {
        const parts = q as unknown as Record<string, unknown>;
        const lists = ['left', 'right', 'items'].flatMap((k) => (Array.isArray(parts[k]) ? (parts[k] as string[]) : []));
        return [q.prompt, q.answerText, q.explanation, parts.before, parts.after, ...lists].filter((t) => typeof t === 'string').join(' ').toLowerCase();
      };
      // The feedback names each false statement's right value in the order of the facts they were made from.
      const struck = (questions: Question[]) =>
        questions.some((s) => {
          if (s.kind !== 'support') return false;
          const rights = [...s.explanation.matchAll(/\u201c([^\u201d]+)\u201d should be \u201c([^\u201d]+)\u201d/g)].map((m) => m[2]!.toLowerCase());
          expect(rights.length, s.explanation).to.equal(s.facts.length - 1);
          return rights.filter((r, i) => questions.some((q) => q !== s && q.facts.includes(s.facts[i + 1]!) && told(q).includes(r))).length > 1;
        });
      expect(quizzes.filter(struck).length / SEEDS).to.be.at.most(refuted);
    });

    if (!large) {
      it(`pairs an author's item with a question on one of its facts only as a last resort (in at most ${paired * 100}% of quizzes)`, () => {
        const found = quizzes.filter((questions) => giveaways(bank, questions, true).some((m) => m.includes(' is about'))).length;
        expect(found / SEEDS).to.be.at.most(paired);
      });
    }

    // Three questions on one person (a vote, the reason for it, what she said of it) read as one topic: a bank
    // with facts enough never asks them. A small one may, where it runs short or where the person speaks in its
    // items of understanding (never held back: they are what a quiz asks for first): measured, not bounded.
    if (large) it("no person is what three questions of a quiz are about (their facts' people, a claim's speaker)", () => {
      let crowded = 0;
      const found: string[] = [];
      quizzes.forEach((questions, i) => {
        const many = peopleInThree(bank, questions, false);
        if (many.length) {
          crowded += 1;
          found.push(`seed-${i}: ${many.join(', ')}`);
        }
      });
      expect(found.slice(0, 10), `${crowded} quizzes`).to.deep.equal([]);
    });

    it('the mix of kinds varies within bounds: at most one match, order and sequence, at most two true or false', () => {
      const mixes = new Set<string>();
      const found: string[] = [];
      quizzes.forEach((questions, i) => {
        const count = (k: QuestionKind) => questions.filter((q) => q.kind === k).length;
        for (const k of ['match', 'order', 'sequence'] as const) if (count(k) > 1) found.push(`seed-${i}: ${count(k)} ${k}`);
        if (count('truefalse') > 2) found.push(`seed-${i}: ${count('truefalse')} true or false`);
        for (const k of QUESTION_KINDS) if (count(k) > 4) found.push(`seed-${i}: ${count(k)} ${k}`);
        mixes.add(QUESTION_KINDS.map(count).join(','));
      });
      expect(found.slice(0, 10)).to.deep.equal([]);
      expect(mixes.size, 'different mixes of kinds').to.be.at.least(50);
    });

    if (understanding) {
      it('at least three questions of ten ask what the news means, and every kind appears', () => {
        const seen = new Set<QuestionKind>();
        quizzes.forEach((questions, i) => {
          const deeper = questions.filter((q) => UNDERSTANDING_KINDS.includes(q.kind)).length;
          expect(deeper, `seed-${i}`).to.be.at.least(3);
          for (const q of questions) seen.add(q.kind);
        });
        // Every kind but order, which the seed bank's figures do not allow (see generate.test.ts).
        if (large) expect([...seen].sort()).to.deep.equal(QUESTION_KINDS.filter((k) => k !== 'order').sort());
      });
    }

    if (large) it('spreads what is asked: no fact or item in more than 40% of quizzes unless key (or its article is too small for that)', () => {
      // What a question asks about: its fact (the true statement's, for "which statement"), each fact of an
      // order question, the author's item for a question of understanding.
      const asked = (q: Question): string[] => {
        const item = bank.understanding?.find((u) => q.id.startsWith(`${u.id}.`));
        if (item) return [item.id];
        if (q.kind === 'order') return q.facts;
        if (q.kind === 'match') return [q.id];
        return [q.facts[0]!];
      };
      const uses = new Map<string, number>();
      for (const questions of quizzes) {
        for (const id of new Set(questions.flatMap(asked))) uses.set(id, (uses.get(id) ?? 0) + 1);
      }
      const key = new Set([...bank.facts, ...(bank.understanding ?? [])].filter((f) => f.key).map((f) => f.id));
      // An article of few facts cannot keep each under 40% while it gives its share of ten questions:
      // there, no fact may come up more than half as often again as its article's average, over the facts
      // it asks at all. (The test bank's arms-talks article has ten; its letters fact makes only a "which
      // is true" whose right option alone says "arms talks", the words of the headline above the quiz,
      // asked only as a last resort: 22% of quizzes before that rule, none after; its other nine share
      // the article's questions, telegram-videos 64% then 79%, against a limit of 75% over ten, 83% over nine.)
      const articleOf = new Map<string, string>([...bank.facts, ...(bank.understanding ?? [])].filter((f) => uses.has(f.id)).map((f) => [f.id, f.article]));
      const limit = (id: string) => {
        const article = articleOf.get(id);
        const items = [...articleOf.values()].filter((a) => a === article).length;
        return Math.max(0.4, (1.5 * 10) / bank.articles.length / items);
      };
      const over = [...uses]
        .filter(([id, n]) => !key.has(id) && n / SEEDS > limit(id))
        .map(([id, n]) => `${id}: ${((n / SEEDS) * 100).toFixed(0)}% (limit ${(limit(id) * 100).toFixed(0)}%)`);
      expect(over).to.deep.equal([]);
      for (const id of key) expect((uses.get(id) ?? 0) / SEEDS, id).to.be.below(0.75);
    });

    it('every question the bank can make, for many seeds: the invariants hold', () => {
      const found: string[] = [];
      for (let i = 0; i < SEEDS && found.length < 20; i += 10) {
        for (const q of allQuestions(bank, { seed: `all-${i}` })) found.push(...problems(bank, q));
      }
      expect(found).to.deep.equal([]);
    });

    it('the correct option is in each place about equally often, and true and false are balanced', () => {
      const places = [0, 0, 0, 0];
      let trueCount = 0;
      let falseCount = 0;
      for (let i = 0; i < SEEDS; i++) {
        for (const q of allQuestions(bank, { seed: `balance-${i}`, kinds: ['choice', 'truefalse', 'support'] })) {
          if ((q.kind === 'choice' || q.kind === 'support') && q.options.length === 4) places[q.correct]! += 1;
          else if (q.kind === 'truefalse' && q.correct === 0) trueCount += 1;
          else if (q.kind === 'truefalse') falseCount += 1;
        }
      }
      const total = places.reduce((a, b) => a + b, 0);
      for (const p of places) expect(p / total, `places ${places}`).to.be.within(0.22, 0.28);
      expect(trueCount / (trueCount + falseCount), `${trueCount} true, ${falseCount} false`).to.be.within(0.45, 0.55);
    });

    it('a "which is true" answer shows itself by its form only where the article allows nothing else: never the lone longest by a tenth, nor alone with or without a figure', () => {
      const found: string[] = [];
      let total = 0;
      for (let i = 0; i < SEEDS; i += 4) {
        for (const q of allQuestions(bank, { seed: `form-${i}`, kinds: ['support'] })) {
          if (q.kind !== 'support') continue;
          total += 1;
          const key = q.options[q.correct]!;
          const others = q.options.filter((_, j) => j !== q.correct);
          const fact = bank.facts.find((f) => f.id === q.facts[0])!;
          // What the article allows: other facts whose false statements, whichever value is changed, would do, with
          // room for one of them to be unusable beside the others (two made false the same way, one's wrong value
          // another's right one).
          const rivals = bank.facts.filter((f) => f.article === fact.article && f.relation !== fact.relation).map((f) => falseStatementsOf(bank, f)).filter((l) => l.length);
          const longEnough = rivals.filter((l) => l.every((r) => r.length * 1.1 >= key.length)).length;
          const longest = key.length > 1.1 * Math.max(...others.map((o) => o.length));
          if (longest && longEnough >= 4) found.push(`${q.id} (${i}): the lone longest, ${key.length} letters against ${others.map((o) => o.length).join(', ')}`);
          const figures = others.map(givesFigure);
          const alone = figures.every((f) => f === figures[0]) && givesFigure(key) !== figures[0];
          if (alone && rivals.filter((l) => l.every((r) => givesFigure(r) === givesFigure(key))).length >= 2) found.push(`${q.id} (${i}): the only one ${givesFigure(key) ? 'with' : 'without'} a figure`);
        }
      }
      expect(total).to.be.above(0);
      expect(found.slice(0, 10), `${found.length} of ${total}`).to.deep.equal([]);
    });

    it('a figure\'s options: the answer never breaks the others\' even spacing, and is not always the smallest or largest', () => {
      const numeric = new Set<string>(bank.facts.flatMap((f) => Object.entries(f.slots).filter(([, v]) => 'number' in v).map(([slot]) => `${f.id}.${slot}.choice`)));
      const found: string[] = [];
      let extreme = 0;
      let total = 0;
      const even = (xs: number[]) => xs.slice(1).every((x, i) => Math.abs(x - xs[i]! - (xs[1]! - xs[0]!)) < 1e-6 * Math.max(1, Math.abs(xs[0]!)));
      for (let i = 0; i < 300; i++) {
        for (const q of allQuestions(bank, { seed: `spacing-${i}`, kinds: ['choice'] })) {
          if (q.kind !== 'choice' || !numeric.has(q.id)) continue;
          const figures = q.options.map((o) => Number(/-?\d[\d,]*(?:\.\d+)?/.exec(o)![0].replace(/,/g, '')));
          const sorted = [...figures].sort((a, b) => a - b);
          const others = sorted.filter((_, j) => j !== sorted.indexOf(figures[q.correct]!));
          if (even(others) && !even(sorted)) found.push(`${q.id}: ${q.options.join(' / ')} (answer ${q.answerText})`);
          total += 1;
          if (figures[q.correct] === sorted[0] || figures[q.correct] === sorted[3]) extreme += 1;
        }
      }
      expect([...new Set(found)].slice(0, 10)).to.deep.equal([]);
      // Where the answer stands is drawn evenly among the places its figures allow: about half are an end.
      if (total) expect(extreme / total, `${extreme} of ${total} at an end`).to.be.below(0.75);
    });

    it('the correct option is not systematically the longest', () => {
      let longest = 0;
      let total = 0;
      for (let i = 0; i < 200; i++) {
        for (const q of allQuestions(bank, { seed: `long-${i}`, kinds: ['choice', 'claim', 'reason', 'support'] })) {
          if (!('options' in q)) continue;
          const lengths = q.options.map((o) => o.length);
          if (new Set(lengths).size === 1) continue;
          total += 1;
          if (lengths[q.correct] === Math.max(...lengths)) longest += 1;
        }
      }
      expect(longest / total).to.be.below(0.5);
    });
  });
}

/**
 * The people three questions of a quiz or more are about: the people their facts name (a "which is true" question's
 * own fact only; a match, about no one), a claim's speaker, and where `named`, a person the prompt names in its words.
 */
function peopleInThree(bank: Bank, questions: readonly Question[], named: boolean): string[] {
  const people = bank.entities.filter((e) => isPerson(bank, e.type));
  const isPersonId = (id: string) => people.some((p) => p.id === id);
  const about = new Map<string, number>();
  for (const q of questions) {
    if (q.kind === 'match') continue;
    const ids = new Set<string>();
    const facts = q.kind === 'support' ? q.facts.slice(0, 1) : q.facts;
    for (const f of facts) for (const v of Object.values(bank.facts.find((x) => x.id === f)?.slots ?? {})) if ('entity' in v && isPersonId(v.entity)) ids.add(v.entity);
    const item = bank.understanding?.find((u) => q.id.startsWith(`${u.id}.`));
    if (item?.kind === 'claim') ids.add(item.speaker);
    if (named) for (const p of people) if (q.prompt.includes(p.label)) ids.add(p.id);
    for (const id of ids) about.set(id, (about.get(id) ?? 0) + 1);
  }
  return [...about].filter(([, n]) => n >= 3).map(([id]) => id);
}

// Two banks written from real articles by others (a physics discovery, an earthquake), smaller than the quiz asks
// of them: each quiz takes some last resort. Which one is a choice: an item of understanding beside a question on
// its facts explains one by the other, so it comes last of all; and a person a question names in its own words
// ("according to <the lab's director>") is what that question is about, as much as a person its fact names.
// Half the seeds of the invariants above: a small bank draws each quiz several times over, and the rates these
// bounds hold apart are far from them (before this rule, 5.3% and 65% of the first 1,000 quizzes).
const SMALL_SEEDS = SEEDS / 2;
describe(`the last resorts of small banks, over ${SMALL_SEEDS} seeds`, function () {
  this.timeout(300000);
  const quizzesOf = async (url: string) => {
    const bank = await load(url);
    return { bank, quizzes: Array.from({ length: SMALL_SEEDS }, (_, i) => generate(bank, { seed: `seed-${i}`, count: 10 }).questions) };
  };

  it('the earthquake bank pairs no item with a question on its facts: it asks its witness twice instead', async () => {
    const { bank, quizzes } = await quizzesOf('/test/fixtures/banks/turkey-syria-earthquake-2023.json');
    const found = quizzes.flatMap((questions, i) => giveaways(bank, questions, true).filter((m) => m.includes(' is about')).map((m) => `seed-${i}: ${m}`));
    expect(found.slice(0, 5), `${found.length} pairs`).to.deep.equal([]);
  });

  it('a person named in the words of three questions (a fact, a speaker or the question itself) in at most 30% of the gravitational-waves quizzes', async () => {
    const { bank, quizzes } = await quizzesOf('/test/fixtures/banks/gravitational-waves-2016.json');
    const crowded = quizzes.filter((questions) => peopleInThree(bank, questions, true).length > 0).length;
    expect(crowded / SMALL_SEEDS).to.be.at.most(0.3);
  });
});
