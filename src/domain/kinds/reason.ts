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
import { articleDate, inItsYear } from '../standalone.js';

export const reason: Kind<'reason'> = {
  aim: 'understanding',
  fromBank: (index, scope) => itemPlans(index, scope, 'reason'),
  build(index, p, rng): ReasonQuestion | null {
    const plan = p as UnderstandingPlan;
    const item = plan.item;
    if (item.kind !== 'reason') return null;
    // "This year" told as the article's year, read whenever the quiz is.
    const dated = (text: string) => inItsYear(text, articleDate(index, item.article));
    const question = dated(item.question);
    const answer = dated(item.answer);
    const picked = withAlternatives(rng, answer, item.wrong.map(dated), asQuestion(question));
    if (!picked) return null;
    return {
      ...common(plan, item.explanation),
      kind: 'reason',
      ...picked,
      answerText: picked.options[picked.correct]!,
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
