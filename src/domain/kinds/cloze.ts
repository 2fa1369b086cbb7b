/**
 * A blank in the fact's own statement, for a name, a figure or a year: the
 * rest of the sentence is the question. The blank holds only what the reader
 * types (a figure's qualifier and unit stay outside it). Pure.
 */
import type { SlotValue } from '../bank.js';
import type { ClozeQuestion, NumberAnswer } from '../question.js';
import { answersFor } from '../bank-index.js';
import type { SlotPlan } from '../plan.js';
import { slotsOf, stemGivesAway } from '../plan.js';
import { common, explain, numberAnswer, textAnswer } from '../build.js';
import { askedNouns } from '../text.js';
import { clozeParts, formatNumber, inOpenList, takesThe } from '../render.js';
import { typedForms } from './alternatives.js';
import { standsAlone } from '../standalone.js';
import type { Kind } from './kind.js';
import { figurePoints, slotPlans, textPoints, typeable, typedDescribe } from './shared.js';

/**
 * A figure's blank: the figure the article writes. Where the sentence keeps "about" or "nearly"
 * outside the blank, the blank is that figure itself, so only a tolerance the bank sets widens it
 * ("nearly ___" takes 20,000, not 18,000).
 */
function blankFigure(value: SlotValue): NumberAnswer {
  const answer = numberAnswer(value);
  if ('number' in value && typeof value.tolerance !== 'number') return { ...answer, min: value.number, max: value.number };
  return answer;
}

/** How a blank's prompt opens: "Fill in the missing award:". */
const MISSING = 'Fill in the missing ';

/** What a blank asks for where its type is asked about with a bare question word: a place, a time, the word or words. */
const PLAIN_BLANK: Record<'what' | 'where' | 'when', (words: number) => string> = {
  what: (words) => (words > 1 ? 'words' : 'word'),
  where: () => 'place',
  when: () => 'time',
};

export const cloze: Kind<'cloze'> = {
  aim: 'recall',
  // The rest of the sentence is the question: only a statement that stands alone.
  fromFact: (index, fact) => (standsAlone(index, fact) ? slotPlans(index, fact, 'cloze', ['name', 'figure', 'bound', 'year'], true).filter((p) => typeable(fact, p.slot)) : []),
  asks: ['name', 'figure', 'bound', 'year'],
  build(index, p): ClozeQuestion | null {
    const plan = p as SlotPlan;
    const { fact, slot } = plan;
    const value = fact.slots[slot]!;
    const others = slotsOf(fact).filter((s) => s !== slot);
    if (answersFor(index, fact, slot, others).keys.size !== 1) return null;
    const parts = clozeParts(index, fact, slot);
    if (!parts) return null;
    const sentence = `${parts.before} ${parts.after}`;
    const shared = common(plan, explain(index, fact));
    if ('entity' in value) {
      if (stemGivesAway(index, value.entity, sentence) || inOpenList(fact, slot)) return null;
      const entity = index.entity(value.entity)!;
      const type = entity.type;
      // The blank says what it wants: "Emma Stone won ___ for playing ..." takes "an Oscar" as well as "Best Actress".
      // A type the bank asks about with a bare "What", "Where" or "When" ("medium", "kind of cosmic object") has a
      // label for sorting, not for a student: its blank asks for a place, a time, or the word or words it is.
      const plain = /^(what|where|when)$/i.exec(index.type(type)?.ask?.trim() ?? '')?.[1]?.toLowerCase() as keyof typeof PLAIN_BLANK | undefined;
      const words = entity.label.trim().split(/\s+/).length;
      const label = index.isPersonType(type) ? 'name' : plain ? PLAIN_BLANK[plain](words) : (index.type(type)?.label ?? PLAIN_BLANK.what(words));
      return {
        ...shared,
        kind: 'cloze',
        prompt: `${MISSING}${label}:`,
        ...parts,
        // The blank holds a name's "the" ("in ___" takes "the Netherlands"): the answer shows it too.
        answerText: takesThe(entity) ? `the ${entity.label}` : entity.label,
        blank: { type: 'text', ...textAnswer(index, value.entity, sentence, value.accept, askedNouns(parts.after)) },
      };
    }
    const isDate = !('number' in value);
    if (isDate && value.date.length !== 4) return null;
    return {
      ...shared,
      kind: 'cloze',
      prompt: isDate ? 'Fill in the missing year:' : 'Fill in the missing number:',
      ...parts,
      answerText: 'number' in value ? formatNumber(value.number) : value.date,
      blank: { type: 'number', ...blankFigure(value) },
    };
  },
  points: (q, answer) => (q.blank.type === 'text' ? textPoints(q.blank, answer, q.before, `${q.before} ${q.after}`) : figurePoints(q.blank, answer, `${q.before} ${q.after}`)),
  describe: typedDescribe,
  // The sentence, and the kind of name the prompt asks for ("award", "film"): words a reader sees too.
  shown: (q) => [...(q.blank.type === 'text' && q.prompt.startsWith(MISSING) && q.prompt !== `${MISSING}name:` ? [q.prompt.slice(MISSING.length, -1)] : []), `${q.before} ${q.after}`],
  alternatives: (_index, _p, q) => (q.blank.type === 'text' ? typedForms(q.blank) : []),
};
