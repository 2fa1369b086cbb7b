/**
 * What the author's questions of understanding share: the plans of one kind
 * from the bank's `understanding` items in the articles asked for, and
 * options of the answer among alternatives. Pure.
 */
import type { Understanding } from '../bank.js';
import type { BankIndex } from '../bank-index.js';
import type { UnderstandingPlan } from '../plan.js';
import { compare, difficultyOf } from '../plan.js';
import type { Rng } from '../random.js';
import { pick, shuffle } from '../random.js';
import { VISIBLY_LONGER, combinations, longestBy, loneEcho, loneTone, showsByForm, standsOut } from '../balance.js';
import { capitalize } from '../render.js';
import type { Scope } from './kind.js';
import { push } from '../maps.js';

const itemLists = new WeakMap<BankIndex, Map<string, Understanding[]>>();

/** The bank's understanding items of one kind, in id order: sorted once per bank. */
function itemsOf(index: BankIndex, kind: Understanding['kind']): Understanding[] {
  let byKind = itemLists.get(index);
  if (!byKind) {
    byKind = new Map();
    for (const item of index.bank.understanding ?? []) push(byKind, item.kind, item);
    for (const list of byKind.values()) list.sort((a, b) => compare(a.id, b.id));
    itemLists.set(index, byKind);
  }
  return byKind.get(kind) ?? [];
}

/** The plans of one kind of understanding item, one per item (or per way of asking it), in id order. */
export function itemPlans(
  index: BankIndex,
  { articles }: Scope,
  kind: UnderstandingPlan['kind'],
  ways: readonly (UnderstandingPlan['way'] | undefined)[] = [undefined],
): UnderstandingPlan[] {
  const plans: UnderstandingPlan[] = [];
  for (const item of itemsOf(index, kind)) {
    const from = item.kind === 'sequence' ? item.events.map((e) => e.article) : [item.article];
    if (articles && !from.every((a) => articles.has(a))) continue;
    for (const way of ways) {
      plans.push({
        id: way ? `${item.id}.${kind}.${way}` : `${item.id}.${kind}`,
        kind,
        article: item.article,
        paragraph: item.paragraph,
        difficulty: difficultyOf(kind, { prominence: item.prominence }),
        facts: [...(item.facts ?? [])],
        asks: [`item:${item.id}`],
        shows: [],
        key: item.key === true,
        item,
        ...(way ? { way } : {}),
      });
    }
  }
  return plans;
}

/**
 * Every three of the alternatives beside which the answer does not stand out by its form (much
 * the longest or shortest, alone with or without a figure) nor by its tone (alone in its tense, alone
 * qualified or alone plain: {@link loneTone}); repeats and the answer itself left out.
 * Where some threes also leave it no lone longest by a tenth ({@link showsByForm}), only those, and of
 * those the ones beside which it is not the lone longest by {@link VISIBLY_LONGER} letters: a reader who
 * has not read the article picks the longest answer first.
 */
export function fairAlternatives(answer: string, wrong: readonly string[], stem = ''): string[][] {
  const seen = new Set([answer.trim().toLowerCase()]);
  const distinct = wrong.filter((w) => {
    const key = w.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Twelve are plenty to choose three from, and keep the choice cheap.
  const pool = distinct.slice(0, 12);
  const fair = combinations(pool.length, 3)
    .map((c) => c.map((i) => pool[i]!))
    .filter((three) => !standsOut(answer, three) && !loneTone(answer, three));
  const even = fair.filter((three) => !showsByForm(answer, three));
  // Best of all, threes beside which the answer is not even the lone longest by a few letters.
  const level = even.filter((three) => longestBy(answer, three) < VISIBLY_LONGER);
  const best = level.length ? level : even.length ? even : fair;
  // Where some of those threes echo the stem too, or none does, the answer is not the only one shaped like the question.
  const unechoed = best.filter((three) => !loneEcho(answer, three, stem));
  return unechoed.length ? unechoed : best;
}

/** Words that carry no meaning of their own: a frame of only these is not worth moving into the question. */
const FRAME_SMALL = new Set('a an the of and or but in on at to for by with from as that this it its he she they his her their was were is are be been had has have would could will did do not no'.split(' '));

/**
 * The words every option opens or closes with, moved into the question: "The budget debate had
 * become futile ...", "... had at last produced a fair compromise" read as one sentence with a gap,
 * "Why ...? Because the revised budget …", or as `lead` says it ("Cortney Niland said the budget
 * debate had …"), and options that say only what differs. Only a frame of three words or more, one
 * of them a word of meaning, and only where every option keeps a word of its own; else the options
 * as they are.
 */
export function framed(question: string, options: readonly string[], lead?: (gap: string, options: readonly string[]) => string): { prompt: string; options: string[] } {
  const words = options.map((o) => o.trim().replace(/[.!?]+$/, '').split(/\s+/));
  const shortest = Math.min(...words.map((w) => w.length));
  const first = words[0]!;
  let before = 0;
  while (before < shortest - 1 && words.every((w) => w[before] === first[before])) before += 1;
  let after = 0;
  while (before + after < shortest - 1 && words.every((w) => w[w.length - 1 - after] === first[first.length - 1 - after])) after += 1;
  const frame = [...first.slice(0, before), ...first.slice(first.length - after)];
  const meaning = frame.filter((w) => !FRAME_SMALL.has(w.toLowerCase()) && w.replace(/[^\p{L}\p{N}]/gu, '').length >= 3);
  if (frame.length < 3 || meaning.length < 1) return { prompt: question, options: [...options] };
  const opening = first.slice(0, before).join(' ');
  const closing = first.slice(first.length - after).join(' ');
  const gap = closing ? `${capitalize(`${opening ? `${opening} ` : ''}___ ${closing}`)}.` : `${capitalize(opening)} …`;
  const rest = words.map((w) => w.slice(before, w.length - after).join(' '));
  return { prompt: lead ? lead(gap, rest) : `${question} ${gap}`, options: rest };
}

/**
 * The answer among three of the alternatives, in a seeded order, with the words they all share
 * moved into the question ({@link framed}); `null` with fewer than three, or when every three of
 * them leave the answer standing out by its form: such an item is better not asked than asked with
 * its answer showing.
 */
export function withAlternatives(
  rng: Rng,
  answer: string,
  wrong: readonly string[],
  stem: string,
  lead?: (gap: string, options: readonly string[]) => string,
): { prompt: string; options: string[]; correct: number } | null {
  const fair = fairAlternatives(answer, wrong, stem);
  if (!fair.length) return null;
  const order = shuffle(rng, [answer, ...pick(rng, fair)]);
  const correct = order.indexOf(answer);
  return { ...framed(stem, order, lead), correct };
}
