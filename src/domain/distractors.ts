/**
 * Distractors: wrong answers that are plausible and provably wrong.
 *
 * Names come from the answer's most specific type, the bank's own first (those
 * the same article mentions best), then the curated pools, then, only where
 * the wording does not name the type, sibling types. Never a value that also
 * answers the question, never a value of a fact told as the same event, never
 * a name the lenient typed check would take for the answer.
 *
 * Figures come from the bank's other figures of the same unit first, then
 * near values and scale slips, inside the fact's bounds ("43 of 44" never
 * offers 47) and beyond its tolerance. Pure.
 */
import { isFigure, type DateSlot, type Fact, type NumberSlot } from './bank.js';
import type { Answers, BankIndex } from './bank-index.js';
import { unitKey } from './bank-index.js';
import { SCALE_WORDS, afterQuestionWord, askedNouns, normalize } from './text.js';
import { withoutSlots } from './render.js';
import { markedFor, otherPronoun, pronounOf, pronounOfPeopleIn } from './pronouns.js';

/** The accepted distance from a figure: the slot's `tolerance`, else 10% for `about` and `nearly` (below it only), else 0. */
export function tolerance(v: NumberSlot): number {
  if (typeof v.tolerance === 'number') return v.tolerance;
  return v.qualifier === 'about' || v.qualifier === 'nearly' ? Math.round(Math.abs(v.number) * 10) / 100 : 0;
}

/** Half the place of a figure's last significant digit: 0.05 for 1.3, 50 for 400, 5,000 for 20,000. */
function halfPlace(n: number): number {
  let place = 10 ** 12;
  while (place > 1e-6 && (Math.round(n / place) === 0 || Math.abs(n / place - Math.round(n / place)) > 1e-9)) place /= 10;
  return place / 2;
}

/**
 * The figures a typed answer may give: the figure within its tolerance, below it only for `nearly`.
 * Without a tolerance of the bank's, an "about" figure takes no more than the article's own precision
 * allows: "about 1.3 billion years" takes 1.3, not 1.2 or 1.4; "about 400" still takes 370.
 */
export function acceptedRange(v: NumberSlot): [number, number] {
  const tol = typeof v.tolerance === 'number' ? v.tolerance : Math.min(tolerance(v), halfPlace(v.number));
  // Rounded past float noise: 2.49 ± 0.2 is 2.29 to 2.69, not 2.6900000000000004.
  const exact = (x: number) => Number(x.toFixed(9));
  return [exact(v.number - tol), v.qualifier === 'nearly' ? v.number : exact(v.number + tol)];
}

/** Name distractors in order of preference, and the test each must pass. */
export interface EntityTiers {
  /** Same type and same article; same type in the bank; pool names tied to names the fact uses; the rest of the pool; sibling types. */
  tiers: readonly (readonly string[])[];
  accept: (id: string) => boolean;
}

const siblingCache = new WeakMap<BankIndex, Map<string, string[]>>();

/** Bank and pool entities of the types that share the parent of `type`. */
function siblings(index: BankIndex, type: string): string[] {
  let cache = siblingCache.get(index);
  if (!cache) siblingCache.set(index, (cache = new Map()));
  let list = cache.get(type);
  if (!list) {
    const parent = index.type(type)?.parent;
    list = [];
    if (parent) {
      for (const t of index.children.get(parent) ?? []) {
        if (t === type) continue;
        list.push(...(index.byType.get(t) ?? []), ...(index.poolByType.get(t) ?? []));
      }
    }
    cache.set(type, list);
  }
  return list;
}

/** Words opening a fact that set the whole of it before its article's news ("Before Oppenheimer, Nolan had won praise for ..."). */
const EARLIER = /^(?:before|previously|earlier|formerly|prior to|in the past|until then)\b/i;

/**
 * When a fact stands: "news" for the news its article tells (every article of a bank tells news of one
 * season, whatever its date or none); the year of its own date slot where that is another year ("the
 * {year} musical"); "earlier" where its wording opens by setting it before the news.
 */
function timeOf(index: BankIndex, fact: Fact): string {
  const published = index.article(fact.article)?.date?.slice(0, 4);
  for (const v of Object.values(fact.slots)) {
    if ('date' in v) {
      const year = String(v.date).slice(0, 4);
      return year === published ? 'news' : year;
    }
  }
  return EARLIER.test(fact.text.trim()) ? 'earlier' : 'news';
}

const timesCache = new WeakMap<BankIndex, Map<string, Set<string> | null>>();

/** The times ({@link timeOf}) of the facts that name a bank entity, in a slot or in their wording; `null` when none does. */
function timesOfName(index: BankIndex, id: string): Set<string> | null {
  let cache = timesCache.get(index);
  if (!cache) timesCache.set(index, (cache = new Map()));
  let times = cache.get(id);
  if (times === undefined) {
    const facts = index.factsNaming(id);
    times = facts.length ? new Set(facts.map((f) => timeOf(index, f))) : null;
    cache.set(id, times);
  }
  return times;
}

const otherTimesCache = new WeakMap<BankIndex, Set<string>>();

/**
 * The entities the facts of another time than the news name ({@link timeOf}), in a slot or in their
 * wording: few facts of a bank. A name none of them names is of the news, or named by no fact at all.
 */
function namedAtOtherTimes(index: BankIndex): Set<string> {
  let named = otherTimesCache.get(index);
  if (!named) {
    named = new Set();
    for (const fact of index.bank.facts) {
      if (timeOf(index, fact) === 'news') continue;
      for (const v of Object.values(fact.slots)) if ('entity' in v) named.add(v.entity);
      for (const id of index.namedIn(withoutSlots(fact.text))) named.add(id);
    }
    otherTimesCache.set(index, named);
  }
  return named;
}

/**
 * Whether a bank name belongs to the time of a fact: some fact naming it stands when that fact does.
 * A film the article names only among a director's earlier work, or with another year ("the 2016
 * musical"), is no rival for this year's award: the article itself rules it out.
 */
function ofTime(index: BankIndex, fact: Fact): (id: string) => boolean {
  const t = timeOf(index, fact);
  return (id) => {
    // A fact of the news and a name no fact of another time names: the facts naming it, if any, are all of the news.
    if (t === 'news' && !namedAtOtherTimes(index).has(id)) return true;
    const set = timesOfName(index, id);
    return !set || set.has(t);
  };
}

/**
 * The distractor tiers for an entity slot, unfiltered, with the test each
 * name must pass. `named` are the other slots the wording shows and `text`
 * the wording itself: names they show are not offered (a question naming
 * Kim Jong-un does not offer him).
 */
export function entityTiers(
  index: BankIndex,
  fact: Fact,
  slot: string,
  answers: Answers,
  named: readonly string[],
  parentType: boolean,
  text: string,
): EntityTiers {
  const answerId = (fact.slots[slot] as { entity: string }).entity;
  const type = index.entity(answerId)!.type;
  const empty: string[] = [];
  // The story's own world first: pool names tied to a name the fact uses (Sergei Lavrov beside Russia) before the others.
  const inFact = new Set<string>();
  for (const v of Object.values(fact.slots)) if ('entity' in v) inFact.add(v.entity);
  for (const id of index.namedIn(fact.text)) inFact.add(id);
  const pool = index.poolByType.get(type) ?? empty;
  const near = pool.filter((id) => index.entity(id)?.near?.some((n) => inFact.has(n)));
  // The bank's own names only of the fact's time (a pool name stands in no fact: the author chose it for the type).
  const now = ofTime(index, fact);
  const accept = entityAcceptor(index, fact, answerId, answers, named, text);
  return {
    tiers: [
      index.namedByArticle(fact.article, type) ?? empty,
      index.byType.get(type) ?? empty,
      near,
      pool,
      parentType ? siblings(index, type) : empty,
    ],
    accept: (id) => now(id) && accept(id),
  };
}

/**
 * How many distinct names of the first `tiers` tiers pass, counting no
 * further than `limit` (so a long tier costs only a few checks).
 */
export function countAccepted(t: EntityTiers, limit: number, tiers = t.tiers.length): number {
  const seen = new Set<string>();
  for (const tier of t.tiers.slice(0, tiers)) {
    for (const id of tier) {
      if (seen.size >= limit) return seen.size;
      if (!seen.has(id) && t.accept(id)) seen.add(id);
    }
  }
  return seen.size;
}

const acceptCache = new WeakMap<Answers, Map<string, (id: string) => boolean>>();

/** The test a name must pass to be a distractor for this answer. */
export function entityAcceptor(
  index: BankIndex,
  fact: Fact,
  answerId: string,
  answers: Answers,
  named: readonly string[],
  text: string,
): (id: string) => boolean {
  const key = `${named.join('\u0000')}\u0001${text}`;
  let byNamed = acceptCache.get(answers);
  if (!byNamed) acceptCache.set(answers, (byNamed = new Map()));
  const cached = byNamed.get(key);
  if (cached) return cached;
  const excluded = new Set<string>();
  for (const k of answers.keys) if (k.startsWith('e:')) excluded.add(k.slice(2));
  for (const n of named) {
    const v = fact.slots[n];
    if (v && 'entity' in v) excluded.add(v.entity);
  }
  for (const id of index.sameEventFacts(fact.id)) {
    for (const v of Object.values(index.overlapFact(id)?.slots ?? {})) if ('entity' in v) excluded.add(v.entity);
  }
  // A name the slot accepts as right ("accept") is no wrong answer, nor a swap for a false statement.
  const accepted = new Set<string>();
  for (const v of Object.values(fact.slots)) if ('entity' in v && v.entity === answerId) for (const a of v.accept ?? []) accepted.add(normalize(a));
  const words = ` ${normalize(text)} `;
  // Names tied by a role to a name the wording uses: "Which leader plans a trip to North Korea?" never offers Kim Jong-un.
  for (const id of index.namedIn(text)) for (const other of index.linked(id)) if (other !== answerId) excluded.add(other);
  // A name marked as of the other sex than the people the wording names ("Best Actress" for "Which award did
  // Cillian Murphy win?"): ruled out by grammar, not by the article. Not where the answer is marked so itself.
  const of = pronounOfPeopleIn(index, text);
  const unlike = of && !markedFor(index.entity(answerId)?.label ?? '', otherPronoun(of)) ? otherPronoun(of) : undefined;
  // A person asked for by a noun of one sex ("Which spokeswoman called the result monumental?"): no person the
  // bank's writing points at with the other pronoun is an option.
  const asked = askedNouns(afterQuestionWord(text)).join(' ');
  const askedAs = asked && index.isPersonType(index.entity(answerId)?.type ?? '') ? (['he', 'she'] as const).find((p) => markedFor(asked, p)) : undefined;
  const accept = (id: string): boolean => {
    if (excluded.has(id)) return false;
    if (unlike && !index.isPersonType(index.entity(id)?.type ?? '') && markedFor(index.entity(id)?.label ?? '', unlike)) return false;
    if (askedAs && pronounOf(index, id) === otherPronoun(askedAs)) return false;
    if (accepted.size && index.norms(id).some((f) => accepted.has(f))) return false;
    // A pool name that could look right for this relation or fact ("avoid").
    const avoid = index.entity(id)?.avoid;
    if (avoid && (avoid.includes(fact.relation) || avoid.includes(fact.id))) return false;
    // A name the wording itself uses ("... that North Korea would pay ...") is no option.
    if (index.norms(id).some((f) => words.includes(` ${f} `))) return false;
    // Nor one the lenient check would take for the answer (Il-78 beside Il-76 is safe: digits differ).
    return !index.confusable(id, answerId);
  };
  byNamed.set(key, accept);
  return accept;
}

/** Numeric distractors: those below and above the figure, best first, and the correct option's feasible ranks. */
export interface NumberCandidates {
  below: number[];
  above: number[];
  /** How many distractors may stand below the answer (0 to 3), given what is available. */
  ranks: number[];
}

/** Figures a unit of time per a longer one cannot pass: 24 hours a day, 7 days a week, 12 months a year, 60 minutes an hour. */
const PER_PERIOD: readonly [RegExp, number][] = [
  [/^hours?\b.{0,20}?\b(?:a|per|each|every)\s+day\b/, 24],
  [/^days?\b.{0,20}?\b(?:a|per|each|every)\s+week\b/, 7],
  [/^months?\b.{0,20}?\b(?:a|per|each|every)\s+year\b/, 12],
  [/^(?:minutes?|seconds?)\b.{0,20}?\b(?:an|a|per|each|every)\s+(?:hour|minute)\b/, 60],
];

/** The most a figure can be by what it counts: its unit, or the words after it in the fact ("{n} hours a day"). */
function naturalMost(fact: Fact, slot: string, v: NumberSlot): number {
  const at = fact.text.indexOf(`{${slot}}`);
  const after = at < 0 ? '' : fact.text.slice(at + slot.length + 2, at + slot.length + 42).trim().toLowerCase();
  const unit = v.unit.trim().toLowerCase();
  for (const [pattern, most] of PER_PERIOD) if (pattern.test(`${unit} ${after}`) || pattern.test(after)) return most;
  return Infinity;
}

/** The range a distractor must stay in: counts are positive; a figure and another of the same unit in its fact bound each other, strictly ("43 of the 44" never offers 44 of the 44); a time per period stays within the period (24 hours a day). */
function bounds(fact: Fact, slot: string, v: NumberSlot): [number, number] {
  let low = v.number >= 1 ? 1 : v.number >= 0 ? 0 : -Infinity;
  let high = v.number <= naturalMost(fact, slot, v) ? naturalMost(fact, slot, v) : Infinity;
  const unit = unitKey(v.unit);
  for (const [other, w] of Object.entries(fact.slots)) {
    if (other === slot || !('number' in w) || unitKey(w.unit) !== unit) continue;
    if (w.number > v.number) high = Math.min(high, w.number);
    if (w.number < v.number) low = Math.max(low, w.number);
  }
  return [low, high];
}

/** The nearest figures of the same unit in the fact, below and above (`NaN` for none): a distractor never equals one. */
function sameUnitNeighbours(fact: Fact, slot: string, v: NumberSlot): [number, number] {
  let below = NaN;
  let above = NaN;
  const unit = unitKey(v.unit);
  for (const [other, w] of Object.entries(fact.slots)) {
    if (other === slot || !('number' in w) || unitKey(w.unit) !== unit) continue;
    if (w.number < v.number && !(w.number <= below)) below = w.number;
    if (w.number > v.number && !(w.number >= above)) above = w.number;
  }
  return [below, above];
}

function excludedFigures(index: BankIndex, fact: Fact, answers: Answers): Set<number> {
  const out = new Set<number>();
  // A figure the sentence itself writes ("... 47.2 percent, compared to {rival} at {share}") is never the changed one.
  for (const m of withoutSlots(fact.text).matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(Number(m[0].replace(/,/g, '')));
  for (const k of answers.keys) if (k.startsWith('n:')) out.add(Number(k.slice(2)));
  for (const id of index.sameEventFacts(fact.id)) {
    for (const w of Object.values(index.overlapFact(id)?.slots ?? {})) if ('number' in w) out.add(w.number);
  }
  return out;
}

/**
 * For a round figure (30, 11,000) or one with decimals (7.8): the largest of 1, 2 or 5 times a power
 * of ten that divides it and is at most a quarter of it, so that near values are as round as the
 * figure itself (20, 25, 35, 40 beside 30; 7.4, 7.6, 8.0, 8.2 beside 7.8); `null` for any other.
 */
function roundStep(a: number): number | null {
  if (a === 0 || (Number.isInteger(a) && a % 10 !== 0)) return null;
  let best: number | null = null;
  for (let k = -6; k <= 12; k++) {
    for (const m of [1, 2, 5]) {
      const s = m * 10 ** k;
      const q = a / s;
      if (s <= a / 4 && Math.abs(q - Math.round(q)) < 1e-9) best = s;
    }
  }
  return best;
}

/** How many decimals a figure shows (2 for 2.49, 0 for 30). */
function places(x: number): number {
  const text = String(clean(x));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The steps of "near" values: a round step for a round figure; else about a tenth of the figure
 * first (39 and 47 beside 43), then single units; `null` for a figure with decimals too fine for a
 * round step to tell apart (2.49: 2.48 is no real alternative), which {@link spreadValues} moves.
 */
function nearSteps(n: number): number[] | null {
  const a = Math.abs(n);
  const round = roundStep(a);
  if (round && round >= a / 50) return [round];
  if (!Number.isInteger(a)) return null;
  if (round) return [round];
  const tenth = a < 10 ? 1 : 10 ** Math.floor(Math.log10(a / 10)) * Math.max(1, Math.round(a / 10 / 10 ** Math.floor(Math.log10(a / 10))));
  return tenth === 1 ? [1] : [tenth, 1];
}

/** The least share of a sum by which an option differs from it, for a reader to tell the two apart. */
const TOLD_APART = 0.03;

/** How far below and above a fine figure its near values lie, as shares of it: uneven, so that no two gaps repeat. */
const SPREAD: readonly (readonly [number, number])[] = [
  [0.07, 0.06],
  [0.13, 0.12],
  [0.2, 0.19],
  [0.26, 0.27],
  [0.33, 0.34],
  [0.4, 0.41],
];

/**
 * Near values of a figure with fine decimals, the `from`-th to the `to`-th pair (below, above), at the
 * figure's own precision: shares of it, not steps of one size, so that they do not keep its last digits
 * (€887.1, €829.8 and €1,011.0 million beside €953.8 million, not €853.8, €903.8 and €1,003.8, a ladder
 * a reader sees through). A value that would drop a decimal (887.0) moves one unit of the last place.
 */
function spreadValues(n: number, from: number, to: number): number[] {
  const decimals = places(n);
  const unit = 10 ** -decimals;
  const out: number[] = [];
  for (const [below, above] of SPREAD.slice(from, to)) {
    for (const [share, sign] of [[below, -1], [above, 1]] as const) {
      let d = Number((n * (1 + sign * share)).toFixed(decimals));
      if (places(d) < decimals) d = clean(d + sign * unit);
      out.push(d);
    }
  }
  return out;
}

/** The `from`-th to the `to`-th near values of a figure, below and above it in turn. */
function nearValues(n: number, from: number, to: number): number[] {
  const steps = nearSteps(n);
  if (!steps) return spreadValues(n, from, to);
  const out: number[] = [];
  for (const step of steps) {
    for (let k = from + 1; k <= to; k++) out.push(clean(n - k * step), clean(n + k * step));
  }
  return out;
}

/** A figure moved by steps, without the float's dust (7.8 - 0.2 is 7.6, not 7.6000000000000005). */
const clean = (x: number): number => Number(x.toFixed(6));

const numberCache = new WeakMap<Answers, NumberCandidates>();

/** The period a figure's label counts over ("monthly cost", "a year", "per week"), or `''`. */
const PERIODS: [RegExp, string][] = [
  [/\b(?:daily|a day|per day|each day|every day)\b/i, 'day'],
  [/\b(?:weekly|a week|per week|each week|every week)\b/i, 'week'],
  [/\b(?:monthly|a month|per month|each month|every month)\b/i, 'month'],
  [/\b(?:yearly|annual|annually|a year|per year|each year|every year|over a year)\b/i, 'year'],
];
const NONE: ReadonlySet<number> = new Set();
const periodOf = (label: string): string => PERIODS.find(([re]) => re.test(label ?? ''))?.[1] ?? '';

const periodLists = new WeakMap<BankIndex, Map<string, Set<number>>>();

/**
 * The story's figures of a unit that count over another period than `label` does: a yearly saving of
 * $8.66 is no believable monthly rise beside $3.22, whatever its size. A figure also given without a
 * period, or over the same one, stays.
 */
function otherPeriods(index: BankIndex, unit: string, label: string): ReadonlySet<number> {
  const period = periodOf(label);
  if (!period) return NONE;
  let lists = periodLists.get(index);
  if (!lists) periodLists.set(index, (lists = new Map()));
  // Worked out once per unit and period: a large bank has thousands of figures of a unit.
  const key = `${unit}\u0000${period}`;
  let out = lists.get(key);
  if (!out) {
    const periods = new Map<number, Set<string>>();
    for (const f of index.figuresByUnit.get(unit) ?? []) {
      const set = periods.get(f.value.number) ?? new Set<string>();
      set.add(periodOf(f.value.label));
      periods.set(f.value.number, set);
    }
    out = new Set();
    for (const [n, set] of periods) if (!set.has('') && !set.has(period)) out.add(n);
    lists.set(key, out);
  }
  return out;
}

/** Every numeric distractor the bank and the figure allow, for a question on `slot`. */
export function numberCandidates(index: BankIndex, fact: Fact, slot: string, v: NumberSlot, answers: Answers): NumberCandidates {
  const cached = numberCache.get(answers);
  if (cached) return cached;
  const [low, high] = bounds(fact, slot, v);
  const tol = tolerance(v);
  // No option shows more decimals than the figure (2.49 never offers 1.245).
  const decimals = places(v.number);
  const integer = decimals === 0;
  const excluded = excludedFigures(index, fact, answers);
  const seen = new Set<number>();
  const [fromOther, toOther] = sameUnitNeighbours(fact, slot, v);
  // The figure rounded is no wrong answer: "8" for 7.8, "2.5" for 2.49 is what a reader may fairly take it for.
  const rounded = new Set<number>();
  for (let p = 0; p < decimals; p++) rounded.add(Number(v.number.toFixed(p)));
  // A sum in millions or billions keeps to the figures its scale writes: "$953.8 million" is never offered beside
  // "$1,011.1 million" (a reader writes that $1.01 billion), nor "€1.03 billion" beside "€0.9 billion".
  const scaled = v.unit.trim().toLowerCase().split(/\s+/).some((w) => SCALE_WORDS.has(w));
  const sameScale = (d: number) => !scaled || ((d >= 1) === (v.number >= 1) && (d < 1000) === (v.number < 1000));
  const ok = (d: number) =>
    Number.isFinite(d) &&
    sameScale(d) &&
    !rounded.has(d) && d >= low && d <= high && d !== fromOther && d !== toOther && Math.abs(d - v.number) > tol + 1e-9 && places(d) <= decimals && !excluded.has(d) && !seen.has(d);
  const below: number[] = [];
  const above: number[] = [];
  const add = (d: number) => {
    if (!ok(d)) return false;
    seen.add(d);
    (d < v.number ? below : above).push(d);
    return true;
  };
  // The story's other figures of the unit first, within a factor of three: €131 billion of orders is no
  // believable net profit beside €1.03 billion, and an option a glance rules out is no option.
  const figures = index.sortedFigures(unitKey(v.unit));
  const elsewhen = otherPeriods(index, unitKey(v.unit), v.label);
  const within = (d: number) => (v.number <= 0 || (d >= v.number / 3 && d <= v.number * 3)) && !elsewhen.has(d);
  let at = lowerBound(figures, v.number);
  for (let i = at - 1, n = 0; i >= 0 && n < 4; i--) if (within(figures[i]!) && add(figures[i]!)) n++;
  while (at < figures.length && figures[at]! <= v.number) at++;
  for (let i = at, n = 0; i < figures.length && n < 4; i++) if (within(figures[i]!) && add(figures[i]!)) n++;
  for (const d of nearValues(v.number, 0, 4)) add(d);
  // Slips of scale (twice, half, ten times, a tenth) are a reader's mistakes with counts and sums; a
  // measure with decimals (a magnitude of 7.8) has no such mistake, and 15.6 is no magnitude: more near values.
  if (integer) for (const d of [v.number * 2, v.number / 2, v.number * 10, v.number / 10]) add(clean(d));
  else for (const d of nearValues(v.number, 4, 6)) add(d);
  // A sum its scale bounds on one side ($953.8 million, just under a billion): figures between it and the bound, so
  // that it is not always the largest of the options; only those a reader tells apart from it (never €1.02 billion
  // beside €1.03 billion, a test of the last digit's memory, not of reading).
  if (scaled && v.number >= 1 && v.number < 1000) {
    const step = 10 ** -decimals;
    for (const [side, edge] of [[above, 1000 - step], [below, 1]] as const) {
      if (side.length >= 2) continue;
      for (const part of [1 / 3, 2 / 3]) {
        const d = Number((v.number + (edge - v.number) * part).toFixed(decimals));
        if (Math.abs(d - v.number) >= TOLD_APART * v.number) add(d);
      }
    }
  }
  const ranks = [0, 1, 2, 3].filter((r) => below.length >= r && above.length >= 3 - r);
  const out = { below, above, ranks };
  numberCache.set(answers, out);
  return out;
}

/**
 * Figures that make the statement false by the article: only for a figure the
 * article gives as such (exactly or about), past its tolerance. A bound is
 * never moved: where the article says "at least three", "at least six" is
 * not false by it, only unknown. Never turns a plural into a singular.
 */
export function numberFalseValues(index: BankIndex, fact: Fact, slot: string, v: NumberSlot, answers: Answers): number[] {
  if (Math.abs(v.number) === 1) return [];
  if (!isFigure(v.qualifier)) return [];
  const c = numberCandidates(index, fact, slot, v, answers);
  // One event told twice with a bound ("at least two" dead beside "two"): a value the bound allows is not false by it.
  const bounds: ((d: number) => boolean)[] = [];
  const unit = unitKey(v.unit);
  for (const id of index.sameEventFacts(fact.id)) {
    for (const w of Object.values(index.overlapFact(id)?.slots ?? {})) {
      if (!('number' in w) || unitKey(w.unit) !== unit) continue;
      if (w.qualifier === 'at-least') bounds.push((d) => d >= w.number);
      if (w.qualifier === 'more-than') bounds.push((d) => d > w.number);
      if (w.qualifier === 'at-most') bounds.push((d) => d <= w.number);
      if (w.qualifier === 'fewer-than') bounds.push((d) => d < w.number);
    }
  }
  // Believable: within half again of the figure either way (a magnitude of 7.8 is never made 3.8), the
  // nearest first, from both sides; but a tenth of it away at least: "€132 billion" for 131, "25 years" for
  // 24 test the reader's eye for a digit, not what the article says.
  const a = Math.abs(v.number);
  const near = (d: number) =>
    a === 0
      ? Math.abs(d) <= 2
      : Math.abs(d) >= (a * 2) / 3 && Math.abs(d) <= (a * 3) / 2 && Math.sign(d) === Math.sign(v.number) && Math.abs(d - v.number) >= a / 10 - 1e-9;
  return [...c.below, ...c.above].filter((d) => Math.abs(d) !== 1 && near(d) && !bounds.some((allows) => allows(d))).sort((x, y) => Math.abs(x - v.number) - Math.abs(y - v.number) || x - y);
}

/** Date distractors, below and above, with the feasible ranks, and all of them for a false statement. */
export interface DateCandidates {
  below: string[];
  above: string[];
  ranks: number[];
  values: string[];
}

const dateCache = new WeakMap<Answers, DateCandidates>();

/** Other dates of the bank at the same precision first, then the same date a few years off. */
export function dateCandidates(index: BankIndex, fact: Fact, v: DateSlot, answers: Answers): DateCandidates {
  const cached = dateCache.get(answers);
  if (cached) return cached;
  const grain = v.date.length;
  const excluded = new Set<string>();
  for (const k of answers.keys) if (k.startsWith('d:')) excluded.add(k.slice(2));
  for (const id of index.sameEventFacts(fact.id)) {
    for (const w of Object.values(index.overlapFact(id)?.slots ?? {})) if ('date' in w) excluded.add(w.date);
  }
  const below: string[] = [];
  const above: string[] = [];
  const seen = new Set<string>();
  let bankCount = 0;
  const add = (d: string) => {
    if (d.length !== grain || d === v.date || excluded.has(d) || seen.has(d) || d.slice(0, 4) === v.date.slice(0, 4)) return false;
    seen.add(d);
    (d < v.date ? below : above).push(d);
    return true;
  };
  // Each date once: a date refused once is refused again (the tests look at the date alone).
  for (const date of index.distinctDates) {
    if (bankCount >= 8) break;
    if (add(date)) bankCount++;
  }
  const year = Number(v.date.slice(0, 4));
  const rest = v.date.slice(4);
  // A date after the newest article cannot be what an article reports.
  const latest = index.latestYear();
  if (latest !== null) {
    for (const list of [below, above]) {
      for (let i = list.length - 1; i >= 0; i--) if (Number(list[i]!.slice(0, 4)) > latest) list.splice(i, 1);
    }
  }
  if (rest !== '-02-29') {
    for (let k = 1; k <= 5; k++) {
      add(`${year - k}${rest}`);
      if (latest === null || year + k <= latest) add(`${year + k}${rest}`);
    }
  }
  const ranks = [0, 1, 2, 3].filter((r) => below.length >= r && above.length >= 3 - r);
  const out = { below, above, ranks, values: [...below, ...above] };
  dateCache.set(answers, out);
  return out;
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

