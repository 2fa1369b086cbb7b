/**
 * Building: turning a plan into a question, drawing everything seeded
 * (distractors, the false statement, shuffles) from the question's own stream
 * `stream(seed, question id)`. Pure.
 */
import type { Fact, NumberSlot, SlotValue } from './bank.js';
import type {
  ChoiceQuestion,
  ClozeQuestion,
  MatchQuestion,
  NumberAnswer,
  NumberQuestion,
  OrderQuestion,
  Question,
  TextAnswer,
  TextQuestion,
  TrueFalseQuestion,
} from './question.js';
import type { BankIndex, Plan } from './candidates.js';
import { falseAvoids } from './candidates.js';
import { allowsParentType, complete } from './plan.js';
import type { EntityTiers } from './distractors.js';
import { dateCandidates, entityTiers, numberCandidates, numberFalseValues, tolerance } from './distractors.js';
import { clozeParts, dateGrain, formatNumber, numberInSentence, placeholdersOf, qualifierWords, renderDate, renderStatement, renderValue, unitFor } from './render.js';
import type { Rng } from './random.js';
import { coin, pick, sample, shuffle, stream } from './random.js';

/** The question a plan describes, drawn from its own stream; `null` if the bank no longer allows it. */
export function build(index: BankIndex, draft: Plan, seed: string): Question | null {
  const plan = complete(index, draft);
  const q = plan && draw(index, plan, seed);
  return q && ordered(q);
}

/** The common fields first, in one order, then the kind's own: the JSON reads the same for every question. */
function ordered<Q extends Question>(q: Q): Q {
  const { id, kind, prompt, answerText, facts, article, paragraph, difficulty, explanation, ...own } = q;
  const options = 'options' in own ? { options: own.options } : {};
  return { id, kind, prompt, ...options, answerText, facts, article, paragraph, difficulty, explanation, ...own } as Q;
}

function draw(index: BankIndex, plan: Plan, seed: string): Question | null {
  const rng = stream(seed, plan.id);
  switch (plan.kind) {
    case 'choice':
      return buildChoice(index, plan, rng);
    case 'truefalse':
      return buildTrueFalse(index, plan, rng);
    case 'text':
      return buildText(index, plan);
    case 'number':
      return buildNumber(index, plan);
    case 'cloze':
      return buildCloze(index, plan);
    case 'match':
      return buildMatch(index, plan, rng);
    case 'order':
      return buildOrder(index, plan, rng);
  }
}

/** What every question of a fact shares. */
function base(index: BankIndex, plan: Plan) {
  const fact = plan.fact!;
  return {
    id: plan.id,
    facts: plan.facts,
    article: plan.article,
    paragraph: plan.paragraph,
    difficulty: plan.difficulty,
    explanation: fact.explanation ?? renderStatement(index, fact),
  };
}

/** Up to `n` names from the tiers, best tier first, distinct after normalisation from each other and the answer. */
function drawNames(index: BankIndex, rng: Rng, t: EntityTiers, answerId: string, n: number): string[] {
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

/** The label a name shows as an option. */
function label(index: BankIndex, id: string): string {
  return index.entity(id)?.label ?? id;
}

/** What a typed name is checked against: its forms, and the other names of its type as rivals. */
export function textAnswer(index: BankIndex, entityId: string): TextAnswer {
  const type = index.entity(entityId)!.type;
  const rivals: string[][] = [];
  for (const list of [index.byType.get(type) ?? [], index.poolByType.get(type) ?? []]) {
    for (const id of list) if (id !== entityId) rivals.push(index.forms(id));
  }
  return { accept: index.forms(entityId), rivals };
}

/** What a typed figure (or year) is checked against. */
function numberAnswer(value: SlotValue): NumberAnswer {
  if ('number' in value) {
    const tol = tolerance(value);
    return { value: value.number, min: value.number - tol, max: value.number + tol, unit: value.unit };
  }
  const year = Number((value as { date: string }).date.slice(0, 4));
  return { value: year, min: year, max: year, unit: '' };
}

/**
 * A typed figure's answer as the statements write it: "43 missiles and drones", "four cargo
 * planes" (one to nine in words, so the answer key agrees with the statement it comes from).
 */
function figureText(v: NumberSlot): string {
  return `${numberInSentence(v.number)} ${unitFor(v.number, v)}`;
}

function buildChoice(index: BankIndex, plan: Plan, rng: Rng): ChoiceQuestion | null {
  const fact = plan.fact!;
  const slot = plan.slot!;
  const value = fact.slots[slot]!;
  const named = plan.shows.map((s) => s.slice(fact.id.length + 1));
  let options: string[];
  let correct: number;
  if ('entity' in value) {
    const parentOk = allowsParentType(index, index.entity(value.entity)!.type, plan.prompt!);
    const t = entityTiers(index, fact, slot, plan.answers!, named, parentOk, plan.prompt!);
    const distractors = drawNames(index, rng, t, value.entity, 3);
    if (distractors.length < 3) return null;
    const ids = shuffle(rng, [value.entity, ...distractors]);
    options = ids.map((id) => label(index, id));
    correct = ids.indexOf(value.entity);
  } else if ('number' in value) {
    const c = numberCandidates(index, fact, slot, value, plan.answers!);
    if (!c.ranks.length) return null;
    const r = pick(rng, c.ranks);
    const below = sample(rng, c.below.slice(0, r + 1), r, () => true);
    const above = sample(rng, c.above.slice(0, 3 - r + 1), 3 - r, () => true);
    const sorted = [...below, value.number, ...above].sort((a, b) => a - b);
    options = sorted.map(formatNumber);
    correct = sorted.indexOf(value.number);
  } else {
    const c = dateCandidates(index, fact, value, plan.answers!);
    if (!c.ranks.length) return null;
    const r = pick(rng, c.ranks);
    const below = sample(rng, c.below.slice(0, r + 1), r, () => true);
    const above = sample(rng, c.above.slice(0, 3 - r + 1), 3 - r, () => true);
    const sorted = [...below, value.date, ...above].sort();
    options = sorted.map(renderDate);
    correct = sorted.indexOf(value.date);
  }
  return {
    ...base(index, plan),
    kind: 'choice',
    prompt: plan.prompt!,
    options,
    correct,
    answerText: options[correct]!,
  };
}

function buildTrueFalse(index: BankIndex, plan: Plan, rng: Rng): TrueFalseQuestion | null {
  const fact = plan.fact!;
  const truth = renderStatement(index, fact);
  const shared = base(index, plan);
  let statement = truth;
  let isFalse = coin(rng);
  let swapped = '';
  if (isFalse) {
    swapped = pick(rng, plan.falseSlots!);
    const swap = falseStatement(index, fact, swapped, rng);
    if (swap) statement = swap;
    else isFalse = false;
  }
  // The feedback on a false statement must give the right value: the bank's explanation when it names it, else the true statement first.
  const right = isFalse ? renderValue(index, fact, swapped, fact.slots[swapped]!) : '';
  const named = fact.explanation !== undefined && fact.explanation.toLowerCase().includes(right.replace(/^the /, '').toLowerCase());
  return {
    ...shared,
    kind: 'truefalse',
    prompt: `${statement} True or false?`,
    options: ['True', 'False'],
    correct: isFalse ? 1 : 0,
    answerText: isFalse ? 'False' : 'True',
    explanation: isFalse && !named ? (fact.explanation ? `${truth} ${fact.explanation}` : truth) : shared.explanation,
  };
}

/** The fact's statement with one slot swapped for its best distractor, a figure past its tolerance, or another year. */
function falseStatement(index: BankIndex, fact: Fact, slot: string, rng: Rng): string | null {
  const value = fact.slots[slot]!;
  const others = placeholdersOf(fact.text).filter((s) => s !== slot);
  const answers = falseAvoids(index, fact, slot, others);
  let swapped: SlotValue;
  if ('entity' in value) {
    const [id] = drawNames(index, rng, entityTiers(index, fact, slot, answers, others, false, renderStatement(index, fact)), value.entity, 1);
    if (!id) return null;
    swapped = { entity: id };
  } else if ('number' in value) {
    const values = numberFalseValues(index, fact, slot, value, answers);
    if (!values.length) return null;
    swapped = { ...value, number: pick(rng, values.slice(0, 4)) };
  } else {
    const values = dateCandidates(index, fact, value, answers).values;
    if (!values.length) return null;
    swapped = { ...value, date: pick(rng, values.slice(0, 6)) };
  }
  return renderStatement(index, fact, { slot, value: swapped });
}

function buildText(index: BankIndex, plan: Plan): TextQuestion | null {
  const value = plan.fact!.slots[plan.slot!]!;
  if (!('entity' in value)) return null;
  return {
    ...base(index, plan),
    kind: 'text',
    prompt: plan.prompt!,
    answerText: label(index, value.entity),
    ...textAnswer(index, value.entity),
  };
}

function buildNumber(index: BankIndex, plan: Plan): NumberQuestion | null {
  const value = plan.fact!.slots[plan.slot!]!;
  if ('entity' in value) return null;
  return {
    ...base(index, plan),
    kind: 'number',
    prompt: plan.prompt!,
    answerText: 'number' in value ? figureText(value) : value.date.slice(0, 4),
    ...numberAnswer(value),
  };
}

function buildCloze(index: BankIndex, plan: Plan): ClozeQuestion | null {
  const fact = plan.fact!;
  const slot = plan.slot!;
  const value = fact.slots[slot]!;
  const parts = clozeParts(index, fact, slot);
  if (!parts) return null;
  if ('entity' in value) {
    return {
      ...base(index, plan),
      kind: 'cloze',
      prompt: isPerson(index, value.entity) ? 'Fill in the missing name:' : 'Fill in the blank:',
      ...parts,
      answerText: label(index, value.entity),
      blank: { type: 'text', ...textAnswer(index, value.entity) },
    };
  }
  const isDate = !('number' in value);
  if (isDate && dateGrain(value.date) !== 'year') return null;
  return {
    ...base(index, plan),
    kind: 'cloze',
    prompt: isDate ? 'Fill in the missing year:' : 'Fill in the missing number:',
    ...parts,
    answerText: 'number' in value ? formatNumber(value.number) : value.date,
    blank: { type: 'number', ...numberAnswer(value) },
  };
}

/** Whether an entity is a person (its type, or a type above it, asks "Who"): only then is the blank a name. */
function isPerson(index: BankIndex, id: string): boolean {
  for (let t = index.type(index.entity(id)?.type ?? ''); t; t = t.parent ? index.type(t.parent) : undefined) {
    if (t.ask?.toLowerCase() === 'who') return true;
  }
  return false;
}

/** A shuffle that never leaves every item where it was (which would give the answer away). */
function scramble<T>(rng: Rng, items: readonly T[]): T[] {
  for (let tries = 0; tries < 16; tries++) {
    const out = shuffle(rng, items);
    if (out.some((x, i) => x !== items[i])) return out;
  }
  return [...items.slice(1), items[0]!];
}

function buildMatch(index: BankIndex, plan: Plan, rng: Rng): MatchQuestion | null {
  const people = plan.people!;
  const roles = people.map((id) => {
    const r = index.bank.entities.find((e) => e.id === id)?.roles?.find((x) => x.article === plan.article);
    return r ? `${r.former ? 'former ' : ''}${r.title}` : null;
  });
  if (roles.some((r) => r === null)) return null;
  const left = people.map((id) => label(index, id));
  const order = scramble(rng, people.map((_, i) => i));
  const right = order.map((i) => roles[i]!);
  const pairs = people.map((_, i) => order.indexOf(i));
  const lines = left.map((name, i) => `${name}: ${roles[i]}`);
  const where = sources(
    index,
    'roles',
    people.map((id) => ({ article: plan.article, paragraph: index.bank.entities.find((e) => e.id === id)!.roles!.find((x) => x.article === plan.article)!.paragraph })),
  );
  return {
    id: plan.id,
    kind: 'match',
    prompt: 'Match each person with the role the articles give them:',
    answerText: lines.join('; '),
    facts: plan.facts,
    article: plan.article,
    paragraph: plan.paragraph,
    difficulty: plan.difficulty,
    // The answer already lists the pairs: the explanation says where they come from.
    explanation: where || `The roles come from paragraph ${plan.paragraph}.`,
    left,
    right,
    pairs,
  };
}

/**
 * A figure or date as an order question's answer shows it after the item's label: "at least
 * three", "44", "2022". The label already says what is counted, so the unit is not repeated
 * ("missiles and drones Russia fired (44)", not "(44 missiles and drones)").
 */
function shownValue(v: SlotValue): string {
  if ('number' in v) {
    const q = qualifierWords(v.qualifier);
    return `${q ? `${q} ` : ''}${numberInSentence(v.number)}`;
  }
  return 'date' in v ? renderDate(v.date) : v.entity;
}

/**
 * Where the parts of a match or order question come from, when that is more than the one
 * paragraph the question cites: "The roles come from paragraphs 2, 3, 9 and 13." (with the
 * article's title for each article when they span two). Empty for a single paragraph.
 */
function sources(index: BankIndex, what: string, refs: readonly { article: string; paragraph: number }[]): string {
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

/** "a", "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function buildOrder(index: BankIndex, plan: Plan, rng: Rng): OrderQuestion | null {
  const items = plan.items!;
  const sorted = items.map((_, i) => i).sort((a, b) => items[a]!.value - items[b]!.value);
  const shown = scramble(rng, sorted);
  // Dates run from earliest to latest; counts of different things and figures of one unit by
  // the figure the articles give: an open-ended figure ("at least 8") is ordered by its 8, so the
  // prompt asks about the reported figures, not about the true amounts.
  const [first, last, prompt] =
    plan.ends === 'dates'
      ? ['earliest', 'latest', 'Put these in order from earliest to latest:']
      : plan.ends === 'counts'
        ? ['fewest', 'most', 'Put these in order by the figure the article gives for each, from fewest to most:']
        : ['smallest', 'largest', 'Put these in order by the figure the articles give for each, from smallest to largest:'];
  const order = sorted.map((i) => shown.indexOf(i));
  const lines = sorted.map((i) => `${items[i]!.label} (${shownValue(items[i]!.fact.slots[items[i]!.slot]!)})`);
  return {
    id: plan.id,
    kind: 'order',
    prompt,
    answerText: lines.join('; '),
    facts: plan.facts,
    article: plan.article,
    paragraph: plan.paragraph,
    difficulty: plan.difficulty,
    // The answer already lists the sequence: the explanation says where the figures come from.
    explanation:
      sources(index, 'figures', items.map((i) => ({ article: i.fact.article, paragraph: i.fact.paragraph }))) ||
      `The figures come from paragraph ${plan.paragraph}.`,
    items: shown.map((i) => items[i]!.label),
    order,
    ends: { first, last },
  };
}
