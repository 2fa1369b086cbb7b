/**
 * Putting figures in order: three or four figures of one unit (regions,
 * miles, missiles and drones), or dates, so that only comparable things are
 * ranked. No two items tie or come from one event told twice, and no bound
 * ("at least 3") is ranked: it does not say where the figure stands. Pure.
 */
import { articleDate, inItsYear } from '../standalone.js';
import { isFigure, type DateSlot, type SlotValue } from '../bank.js';
import type { OrderQuestion } from '../question.js';
import type { BankIndex } from '../bank-index.js';
import { unitKey } from '../bank-index.js';
import type { OrderItem, OrderPlan } from '../plan.js';
import { compare, difficultyOf } from '../plan.js';
import { figureText, scramble, sources } from '../build.js';
import { tolerance } from '../distractors.js';
import { qualifierWords, renderDate, renderStatement } from '../render.js';
import type { Kind } from './kind.js';
import { arrangeDescribe, arrangePoints, arrangeShown } from './shared.js';
import { push } from '../maps.js';

/** The days a date covers, as numbers (yyyymmdd), so "2022" spans the whole year. */
function dateRange(v: DateSlot): [number, number] {
  const [y, m, d] = v.date.split('-').map(Number) as [number, number?, number?];
  return [y * 10000 + (m ?? 1) * 100 + (d ?? 1), y * 10000 + (m ?? 12) * 100 + (d ?? 31)];
}

/** Items in groups of up to four that can be ordered without doubt: ranges apart, labels distinct, no shared event. */
function orderGroups(index: BankIndex, items: OrderItem[]): OrderItem[][] {
  const byArticle = new Map<string, OrderItem[]>();
  for (const item of items) push(byArticle, item.fact.article, item);
  const sorted = [...byArticle.keys()].sort(compare).flatMap((a) => byArticle.get(a)!);
  const open: OrderItem[][] = [];
  const done: OrderItem[][] = [];
  const labels = new Map<OrderItem, string>(sorted.map((i) => [i, i.label.toLowerCase()]));
  const fits = (g: OrderItem[], item: OrderItem): boolean =>
    g.every(
      (o) =>
        (o.high < item.low || item.high < o.low) &&
        labels.get(o) !== labels.get(item) &&
        o.fact !== item.fact &&
        !index.isSameEvent(o.fact.id, item.fact.id),
    );
  for (const item of sorted) {
    let group = open.find((g) => fits(g, item));
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

/** A figure or date as the answer shows it after the item's label: "at least three", "44", "2022" (the label says what is counted). */
function shownValue(v: SlotValue): string {
  if ('number' in v) {
    // With its unit: "(€1.03 billion)", "(34 per cent)", "($3 million)", not a bare "(1.03)".
    const q = qualifierWords(v.qualifier);
    return `${q ? `${q} ` : ''}${figureText(v)}`;
  }
  return 'date' in v ? renderDate(v.date) : v.entity;
}

export const order: Kind<'order'> = {
  aim: 'recall',
  most: 1,
  fromBank(index, { facts }): OrderPlan[] {
    const byUnit = new Map<string, OrderItem[]>();
    const dates: OrderItem[] = [];
    for (const fact of facts) {
      for (const slot in fact.slots) {
        const v = fact.slots[slot]!;
        if (v.given) continue;
        if ('number' in v) {
          // A bound ("at least 3") says nothing of where the true figure stands among the others: never ordered.
          if (!isFigure(v.qualifier)) continue;
          const tol = tolerance(v);
          push(byUnit, unitKey(v.unit), { fact, slot, label: inItsYear(v.label, articleDate(index, fact.article)), value: v.number, low: v.number - tol, high: v.number + tol });
        } else if ('date' in v) {
          const [low, high] = dateRange(v);
          dates.push({ fact, slot, label: inItsYear(v.label, articleDate(index, fact.article)), value: low, low, high });
        }
      }
    }
    const plans: OrderPlan[] = [];
    const emit = (slug: string, groups: OrderItem[][], ends: 'numbers' | 'dates') => {
      let n = 0;
      for (const group of groups) {
        if (group.length < 3) continue;
        n += 1;
        const first = group[0]!;
        plans.push({
          id: `order.${slug}.${n}`,
          kind: 'order',
          article: first.fact.article,
          // The first paragraph its figures come from; the explanation names the others.
          paragraph: Math.min(...group.filter((i) => i.fact.article === first.fact.article).map((i) => i.fact.paragraph)),
          difficulty: difficultyOf('order', {}),
          facts: [...new Set(group.map((i) => i.fact.id))],
          asks: group.map((i) => `${i.fact.id}.${i.slot}`),
          shows: [],
          key: false,
          items: group,
          ends,
        });
      }
    };
    for (const unit of [...byUnit.keys()].sort(compare)) emit(`by-${unit.replace(/[^a-z0-9]+/g, '-')}`, orderGroups(index, byUnit.get(unit)!), 'numbers');
    emit('dates', orderGroups(index, dates), 'dates');
    return plans;
  },
  build(index, p, rng): OrderQuestion | null {
    const plan = p as OrderPlan;
    const items = plan.items;
    const sorted = items.map((_, i) => i).sort((a, b) => items[a]!.value - items[b]!.value);
    const shown = scramble(rng, sorted);
    const oneArticle = new Set(items.map((i) => i.fact.article)).size === 1;
    const [first, last, prompt] =
      plan.ends === 'dates'
        ? ['earliest', 'latest', 'Put these in order from earliest to latest:']
        : ['smallest', 'largest', `Put these in order by the figure ${oneArticle ? 'the article gives' : 'the articles give'} for each, from smallest to largest:`];
    return {
      id: plan.id,
      kind: 'order',
      prompt,
      answerText: sorted.map((i) => `${items[i]!.label} (${shownValue(items[i]!.fact.slots[items[i]!.slot]!)})`).join('; '),
      facts: plan.facts,
      article: plan.article,
      paragraph: plan.paragraph,
      difficulty: plan.difficulty,
      // The answer lists the sequence; the explanation tells what each figure counts, in its fact's words (a
      // fact with two of the items once), and where they come from.
      explanation: [
        ...new Set(items.map((i) => renderStatement(index, i.fact))),
        sources(index, 'figures', items.map((i) => ({ article: i.fact.article, paragraph: i.fact.paragraph }))) ||
          `The figures come from paragraph ${plan.paragraph}.`,
      ].join(' '),
      items: shown.map((i) => items[i]!.label),
      order: sorted.map((i) => shown.indexOf(i)),
      ends: { first, last },
    };
  },
  points: arrangePoints,
  describe: arrangeDescribe,
  shown: arrangeShown,
};
