/**
 * Planning: which questions a bank allows, one fact (or one set of people or
 * figures) at a time. A plan fixes the question's id, kind, wording, the
 * answers the uniqueness rule allows and the difficulty; the seeded parts
 * (distractors, shuffles) are drawn in `build.ts`. Pure.
 */
import type { DateSlot, Fact } from './bank.js';
import type { QuestionKind } from './question.js';
import type { Answers, BankIndex, OrderItem, Plan } from './candidates.js';
import { answersFor, falseAvoids, namedInWording, unitKey } from './candidates.js';
import { askQuestion, clozeParts, dateGrain, fallbackQuestion, placeholdersOf, renderStatement } from './render.js';
import { countAccepted, dateCandidates, entityTiers, numberCandidates, numberFalseValues, tolerance } from './distractors.js';

/** The wording of a question on one slot, and what it names, when its answer is unique in the bank. */
interface Wording {
  prompt: string;
  named: string[];
  answers: Answers;
  handPhrased: boolean;
}

function wordingFor(index: BankIndex, fact: Fact, slot: string): Wording | null {
  const ask = fact.ask?.[slot];
  if (ask) {
    const prompt = askQuestion(index, fact, ask);
    if (prompt) {
      const named = namedInWording(index, fact, slot, ask);
      const answers = answersFor(index, fact, slot, named);
      if (answers.keys.size === 1) return { prompt, named, answers, handPhrased: true };
    }
  }
  const prompt = fallbackQuestion(index, fact, slot);
  if (!prompt) return null;
  const named = placeholdersOf(fact.text).filter((s) => s !== slot);
  const answers = answersFor(index, fact, slot, named);
  return answers.keys.size === 1 ? { prompt, named, answers, handPhrased: false } : null;
}

function clamp(d: number, low: number, high: number): 1 | 2 | 3 {
  return Math.max(low, Math.min(high, d)) as 1 | 2 | 3;
}

/**
 * Difficulty from the kind (truefalse 1, choice 1–2, match and order 2,
 * number and cloze 2–3, text 3), raised one step by close distractors
 * (same-type names from the bank, the bank's own figures) and by an answer
 * the article treats as a detail (prominence 3).
 */
export function difficultyOf(kind: QuestionKind, prominence: number | undefined, close: boolean): 1 | 2 | 3 {
  const detail = (prominence ?? 2) >= 3 ? 1 : 0;
  switch (kind) {
    case 'truefalse':
      return 1;
    case 'choice':
      return clamp(1 + (close || detail ? 1 : 0), 1, 2);
    case 'match':
    case 'order':
      return 2;
    case 'number':
    case 'cloze':
      return clamp(2 + detail, 2, 3);
    case 'text':
      return 3;
  }
}

/** Kinds in the order a fact's drafts are listed. */
const FACT_KINDS: QuestionKind[] = ['choice', 'cloze', 'number', 'text'];

/**
 * The questions one fact may allow, among `kinds`: a cheap draft per slot and
 * kind (plus one true-or-false statement), with the difficulty already known.
 * Whether a draft really makes a question (a unique answer, a safe wording,
 * enough distractors) is settled by {@link complete} when it is built, so a
 * quiz pays only for the questions it considers.
 *
 * The difficulty of a choice counts its distractors as close when the bank
 * itself holds at least two other names of the answer's type (or figures of
 * its unit, or dates): it is known without drawing them.
 */
export function planFact(index: BankIndex, fact: Fact, kinds: ReadonlySet<QuestionKind>): Plan[] {
  const plans: Plan[] = [];
  const slots = placeholdersOf(fact.text).filter((s) => fact.slots[s]);
  const all = slots.map((s) => `${fact.id}.${s}`);
  for (const slot of [...slots].sort(compare)) {
    const value = fact.slots[slot]!;
    const key = `${fact.id}.${slot}`;
    const shows = all.filter((s) => s !== key);
    let allowed: QuestionKind[];
    let close: boolean;
    if ('entity' in value) {
      const type = index.entity(value.entity)?.type;
      if (!type) continue;
      allowed = ['choice', 'cloze', 'text'];
      close = (index.byArticleType.get(`${fact.article}\u0000${type}`)?.length ?? 0) >= 3 || (index.byType.get(type)?.length ?? 0) >= 3;
    } else if ('number' in value) {
      // "At least how many?" has every smaller figure as a true answer too: asked typed, never as a choice.
      const openEnded = value.qualifier !== undefined && value.qualifier !== 'exactly' && value.qualifier !== 'about';
      allowed = openEnded ? ['cloze', 'number'] : ['choice', 'cloze', 'number'];
      close = index.sortedFigures(unitKey(value.unit)).length >= 3;
    } else {
      allowed = dateGrain(value.date) === 'year' ? ['choice', 'cloze', 'number'] : ['choice'];
      close = index.dates.length >= 3;
    }
    for (const kind of FACT_KINDS) {
      if (!allowed.includes(kind) || !kinds.has(kind)) continue;
      plans.push({
        id: `${key}.${kind}`,
        kind,
        article: fact.article,
        paragraph: fact.paragraph,
        difficulty: difficultyOf(kind, fact.prominence, close),
        facts: [fact.id],
        asks: [key],
        shows,
        fact,
        slot,
      });
    }
  }
  if (slots.length && kinds.has('truefalse')) {
    plans.push({
      id: `${fact.id}.truefalse`,
      kind: 'truefalse',
      article: fact.article,
      paragraph: fact.paragraph,
      difficulty: 1,
      facts: [fact.id],
      asks: all,
      shows: all,
      fact,
    });
  }
  return plans;
}

const completed = new WeakMap<Plan, Plan | null>();

/**
 * A draft from {@link planFact} made whole, or `null` when the bank does not
 * allow it: the wording (the fact's `ask`, else the statement turned into a
 * question) with an answer unique in the bank, enough distractors for a
 * choice, a blank that fits for a cloze, a false form for a statement.
 * Match and order plans are whole already. Computed once per plan.
 */
export function complete(index: BankIndex, plan: Plan): Plan | null {
  if (!plan.fact || plan.kind === 'match' || plan.kind === 'order') return plan;
  const known = completed.get(plan);
  if (known !== undefined) return known;
  const result = completeFact(index, plan, plan.fact);
  completed.set(plan, result);
  return result;
}

function completeFact(index: BankIndex, plan: Plan, fact: Fact): Plan | null {
  const slots = placeholdersOf(fact.text).filter((s) => fact.slots[s]);
  if (plan.kind === 'truefalse') {
    const statement = renderStatement(index, fact);
    const falseSlots = slots.filter((slot) => {
      const value = fact.slots[slot]!;
      const answers = falseAvoids(index, fact, slot, slots.filter((s) => s !== slot));
      if ('entity' in value) return countAccepted(entityTiers(index, fact, slot, answers, slots.filter((s) => s !== slot), false, statement), 1) >= 1;
      if ('number' in value) return numberFalseValues(index, fact, slot, value, answers).length > 0;
      return dateCandidates(index, fact, value, answers).values.length > 0;
    });
    return falseSlots.length ? { ...plan, prompt: statement, falseSlots } : null;
  }
  const slot = plan.slot!;
  const value = fact.slots[slot]!;
  const others = slots.filter((s) => s !== slot);
  if (plan.kind === 'cloze') {
    const answers = answersFor(index, fact, slot, others);
    return answers.keys.size === 1 && clozeParts(index, fact, slot) ? { ...plan, answers } : null;
  }
  const wording = wordingFor(index, fact, slot);
  if (!wording) return null;
  const whole: Plan = { ...plan, prompt: wording.prompt, answers: wording.answers, shows: wording.named.map((s) => `${fact.id}.${s}`) };
  if (plan.kind !== 'choice') return whole;
  if ('entity' in value) {
    const entity = index.entity(value.entity)!;
    const tiers = entityTiers(index, fact, slot, wording.answers, wording.named, allowsParentType(index, entity.type, wording.prompt), wording.prompt);
    return countAccepted(tiers, 3) >= 3 ? whole : null;
  }
  if ('number' in value) return numberCandidates(index, fact, slot, value, wording.answers).ranks.length ? whole : null;
  return dateCandidates(index, fact, value, wording.answers).ranks.length ? whole : null;
}

/**
 * Whether names of a sibling type may stand in as distractors: only when the
 * wording does not name the answer's type ("Who ...?", "which air base"), so
 * a city never appears among "Which airfield" options.
 */
export function allowsParentType(index: BankIndex, type: string, prompt: string): boolean {
  const t = index.type(type);
  if (!t?.parent) return false;
  const lower = prompt.toLowerCase();
  return !lower.includes(t.label.toLowerCase()) && !lower.includes(t.plural.toLowerCase());
}

/** Match questions: for each article, people with roles there, four at a time (three when only three). */
export function planMatches(index: BankIndex, articles: ReadonlySet<string> | null): Plan[] {
  const plans: Plan[] = [];
  const byArticle = new Map<string, { id: string; title: string; paragraph: number }[]>();
  for (const e of index.bank.entities) {
    const seen = new Set<string>();
    for (const r of e.roles ?? []) {
      if (seen.has(r.article) || (articles && !articles.has(r.article))) continue;
      seen.add(r.article);
      const title = `${r.former ? 'former ' : ''}${r.title}`;
      const list = byArticle.get(r.article) ?? [];
      list.push({ id: e.id, title, paragraph: r.paragraph });
      byArticle.set(r.article, list);
    }
  }
  for (const article of [...byArticle.keys()].sort(compare)) {
    // One role per title: two people with the same role would make the pairing ambiguous.
    const titles = new Map<string, number>();
    const people = byArticle.get(article)!;
    for (const p of people) titles.set(p.title.toLowerCase(), (titles.get(p.title.toLowerCase()) ?? 0) + 1);
    const usable = people.filter((p) => titles.get(p.title.toLowerCase()) === 1).sort((a, b) => compare(a.id, b.id));
    if (usable.length < 3) continue;
    const groups: (typeof usable)[] = [];
    if (usable.length <= 4) groups.push(usable);
    else for (let start = 0; start < usable.length; start += 4) {
      const group = usable.slice(start, start + 4);
      for (let i = 0; group.length < 4; i++) group.push(usable[i]!);
      groups.push(group);
    }
    groups.forEach((group, n) => {
      const ids = group.map((p) => p.id);
      const facts = index.bank.facts
        .filter((f) => f.article === article && Object.values(f.slots).some((v) => 'entity' in v && ids.includes(v.entity)))
        .map((f) => f.id);
      plans.push({
        id: `roles.${article}.${n + 1}`,
        kind: 'match',
        article,
        paragraph: Math.min(...group.map((p) => p.paragraph)),
        difficulty: 2,
        facts,
        asks: ids.map((id) => `role:${id}`),
        shows: [],
        people: ids,
      });
    });
  }
  return plans;
}

/** Units that measure rather than count: their figures are ordered only among themselves. */
const MEASURES = /^(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|percent|per cent|%|dollars?|euros?|tonnes?|tons?|kg|kilograms?)$/;

/**
 * Order questions, four items at a time (three when a group has no more):
 * figures of one unit; then the remaining counts of one article, whatever
 * they count ("the figures the article gives"); then dates. No two items of a
 * question tie or come from facts told as the same event. An open-ended
 * figure ("at least 3") is ordered by the figure the article gives.
 * `facts` come in id order.
 */
export function planOrders(index: BankIndex, facts: readonly Fact[]): Plan[] {
  const byUnit = new Map<string, OrderItem[]>();
  const dates: OrderItem[] = [];
  for (const fact of facts) {
    for (const slot in fact.slots) {
      const v = fact.slots[slot]!;
      if ('number' in v) {
        const tol = v.qualifier === 'exactly' || v.qualifier === 'about' || !v.qualifier ? tolerance(v) : 0;
        push(byUnit, unitKey(v.unit), { fact, slot, label: v.label, value: v.number, low: v.number - tol, high: v.number + tol });
      } else if ('date' in v) {
        const [low, high] = dateRange(v);
        dates.push({ fact, slot, label: v.label, value: low, low, high });
      }
    }
  }
  const plans: Plan[] = [];
  const used = new Set<OrderItem>();
  const emit = (slug: string, groups: OrderItem[][], min: number, ends: 'numbers' | 'counts' | 'dates') => {
    let n = 0;
    for (const group of groups) {
      if (group.length < min) continue;
      n += 1;
      for (const item of group) used.add(item);
      const first = group[0]!;
      plans.push({
        id: `order.${slug}.${n}`,
        kind: 'order',
        article: first.fact.article,
        // The first paragraph its figures come from; the explanation names the others.
        paragraph: Math.min(...group.filter((i) => i.fact.article === first.fact.article).map((i) => i.fact.paragraph)),
        difficulty: 2,
        facts: [...new Set(group.map((i) => i.fact.id))],
        asks: group.map((i) => `${i.fact.id}.${i.slot}`),
        shows: [],
        items: group,
        ends,
      });
    }
  };
  for (const unit of [...byUnit.keys()].sort(compare)) {
    emit(`by-${unit.replace(/[^a-z0-9]+/g, '-')}`, orderGroups(index, byUnit.get(unit)!), 3, 'numbers');
  }
  const byArticle = new Map<string, OrderItem[]>();
  for (const [unit, items] of byUnit) {
    if (MEASURES.test(unit)) continue;
    for (const item of items) if (!used.has(item) && Number.isInteger(item.value)) push(byArticle, item.fact.article, item);
  }
  for (const article of [...byArticle.keys()].sort(compare)) {
    emit(`figures-${article}`, orderGroups(index, byArticle.get(article)!), 4, 'counts');
  }
  emit('dates', orderGroups(index, dates), 3, 'dates');
  return plans;
}

/** Items in groups of up to four that can be ordered without doubt: ranges apart, labels distinct, no shared event. */
function orderGroups(index: BankIndex, items: OrderItem[]): OrderItem[][] {
  // Items come in fact-id order; grouping them by article keeps that order within each article.
  const byArticle = new Map<string, OrderItem[]>();
  for (const item of items) push(byArticle, item.fact.article, item);
  const sorted = [...byArticle.keys()].sort(compare).flatMap((a) => byArticle.get(a)!);
  const open: OrderItem[][] = [];
  const done: OrderItem[][] = [];
  const labels = new Map<OrderItem, string>();
  for (const item of sorted) labels.set(item, item.label.toLowerCase());
  const fits = (g: OrderItem[], item: OrderItem): boolean => {
    for (const o of g) {
      if (!(o.high < item.low || item.high < o.low)) return false;
      if (labels.get(o) === labels.get(item) || index.isSameEvent(o.fact.id, item.fact.id)) return false;
    }
    return true;
  };
  for (const item of sorted) {
    let group: OrderItem[] | undefined;
    for (const g of open) {
      if (fits(g, item)) {
        group = g;
        break;
      }
    }
    if (!group) {
      if (open.length >= 4) done.push(open.shift()!);
      group = [];
      open.push(group);
    }
    group.push(item);
    if (group.length === 4) {
      done.push(group);
      open.splice(open.indexOf(group), 1);
    }
  }
  return [...done, ...open];
}

/** The days a date covers, as numbers (yyyymmdd), so "2022" spans the whole year. */
function dateRange(v: DateSlot): [number, number] {
  const [y, m, d] = v.date.split('-').map(Number) as [number, number?, number?];
  const low = y * 10000 + (m ?? 1) * 100 + (d ?? 1);
  const high = y * 10000 + (m ?? 12) * 100 + (d ?? 31);
  return [low, high];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

