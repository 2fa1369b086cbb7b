/**
 * A typed name on one slot of a fact: "Who posted videos of the fire?" The
 * answer is checked leniently (aliases, spellings, initials, small typos, the
 * words the question gives) but never taken for a rival of its type. Pure.
 */
import type { TextQuestion } from '../question.js';
import type { BankIndex } from '../bank-index.js';
import type { SlotPlan } from '../plan.js';
import { stemGivesAway, wordingFor } from '../plan.js';
import { common, explain, textAnswer } from '../build.js';
import { typedForms } from './alternatives.js';
import { inOpenList } from '../render.js';
import type { Kind } from './kind.js';
import { leadOf, slotPlans, textPoints, typedDescribe } from './shared.js';

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

export const text: Kind<'text'> = {
  aim: 'recall',
  fromFact: (index, fact) => slotPlans(index, fact, 'text', ['name']),
  asks: ['name'],
  build(index, p): TextQuestion | null {
    const plan = p as SlotPlan;
    const value = plan.fact.slots[plan.slot]!;
    // One name of a list the fact leaves open has more right answers than the bank's.
    if (!('entity' in value) || inOpenList(plan.fact, plan.slot)) return null;
    const wording = wordingFor(index, plan.fact, plan.slot);
    if (!wording || stemGivesAway(index, value.entity, wording.prompt)) return null;
    return {
      ...common(plan, explain(index, plan.fact)),
      kind: 'text',
      prompt: wording.prompt,
      answerText: index.entity(value.entity)!.label,
      ...textAnswer(index, value.entity, wording.prompt, value.accept),
    };
  },
  points: (q, answer) => textPoints(q, answer, leadOf(q.prompt), q.prompt),
  describe: typedDescribe,
  shown: (q) => [q.prompt],
  alternatives: (_index, _p, q) => typedForms(q),
};
