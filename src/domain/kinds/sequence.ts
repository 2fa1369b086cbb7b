/**
 * The order in which events happened, as the articles tell or imply it,
 * across articles: "the talks on arms, then the summit they led to". Partial
 * points for pairs in the right order. Pure.
 */
import type { SequenceQuestion } from '../question.js';
import type { UnderstandingPlan } from '../plan.js';
import { common, scramble, sources } from '../build.js';
import { capitalize } from '../render.js';
import type { Kind } from './kind.js';
import { arrangeDescribe, arrangePoints, arrangeShown } from './shared.js';
import { itemPlans } from './understanding.js';

export const sequence: Kind<'sequence'> = {
  aim: 'understanding',
  most: 1,
  fromBank: (index, scope) => itemPlans(index, scope, 'sequence'),
  build(index, p, rng): SequenceQuestion | null {
    const plan = p as UnderstandingPlan;
    const item = plan.item;
    if (item.kind !== 'sequence' || item.events.length < 3) return null;
    const labels = item.events.map((e) => capitalize(e.label));
    const positions = labels.map((_, i) => i);
    const shown = scramble(rng, positions);
    const where = sources(index, 'events', item.events);
    return {
      ...common(plan, where ? `${item.explanation} ${where}` : item.explanation),
      kind: 'sequence',
      prompt: 'Put these events in the order they happened, from earliest to latest:',
      answerText: labels.join('; then '),
      items: shown.map((i) => labels[i]!),
      order: positions.map((i) => shown.indexOf(i)),
      ends: { first: 'earliest', last: 'latest' },
    };
  },
  points: arrangePoints,
  describe: arrangeDescribe,
  shown: arrangeShown,
};
