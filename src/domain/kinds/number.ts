/**
 * A typed figure or year on one slot of a fact: "How many missiles and
 * drones did Russia fire?" Read from digits or words, with the unit or its
 * abbreviation, within the fact's tolerance; a hedge or a qualifier the
 * article does not use is not the answer. Pure.
 */
import type { NumberQuestion } from '../question.js';
import type { SlotPlan } from '../plan.js';
import { wordingFor } from '../plan.js';
import { common, explain, figureText, numberAnswer } from '../build.js';
import type { Kind } from './kind.js';
import { figurePoints, slotPlans, typeable, typedDescribe } from './shared.js';

export const number: Kind<'number'> = {
  aim: 'recall',
  fromFact: (index, fact) => slotPlans(index, fact, 'number', ['figure', 'bound', 'year']).filter((p) => typeable(fact, p.slot)),
  asks: ['figure', 'bound', 'year'],
  build(index, p): NumberQuestion | null {
    const plan = p as SlotPlan;
    const value = plan.fact.slots[plan.slot]!;
    if ('entity' in value) return null;
    const wording = wordingFor(index, plan.fact, plan.slot);
    if (!wording) return null;
    return {
      ...common(plan, explain(index, plan.fact)),
      kind: 'number',
      prompt: wording.prompt,
      answerText: 'number' in value ? figureText(value) : value.date.slice(0, 4),
      ...numberAnswer(value),
    };
  },
  points: (q, answer) => figurePoints(q, answer, q.prompt),
  describe: typedDescribe,
  shown: (q) => [q.prompt],
};
