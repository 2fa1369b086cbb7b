/**
 * Why something happened or was done: the reason the article gives among
 * alternatives the bank's author wrote and the article rules out. Pure.
 */
import type { ReasonQuestion } from '../question.js';
import type { UnderstandingPlan } from '../plan.js';
import { asQuestion } from '../render.js';
import { common } from '../build.js';
import type { Kind } from './kind.js';
import { optionDescribe, optionPoints, optionShown, optionStatement } from './shared.js';
import { itemPlans, withAlternatives } from './understanding.js';

export const reason: Kind<'reason'> = {
  aim: 'understanding',
  fromBank: (index, scope) => itemPlans(index, scope, 'reason'),
  build(_index, p, rng): ReasonQuestion | null {
    const plan = p as UnderstandingPlan;
    const item = plan.item;
    if (item.kind !== 'reason') return null;
    const picked = withAlternatives(rng, item.answer, item.wrong);
    if (!picked) return null;
    return {
      ...common(plan, item.explanation),
      kind: 'reason',
      prompt: asQuestion(item.question),
      ...picked,
      answerText: item.answer,
    };
  },
  points: optionPoints,
  describe: optionDescribe,
  shown: optionShown,
  statement: optionStatement,
  alternatives: (_index, p) => {
    const item = (p as UnderstandingPlan).item;
    return item.kind === 'reason' ? [{ label: 'every alternative (three are drawn)', values: item.wrong }] : [];
  },
};
