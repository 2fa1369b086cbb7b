/**
 * True or false: a fact's statement as the article gives it, or changed in
 * one value so that the article shows it false (never by moving a bound,
 * never under a hedge, never absurd; see `statements.ts`). A false statement's
 * feedback gives the article's value. Pure.
 */
import type { TrueFalseQuestion } from '../question.js';
import type { StatementPlan } from '../plan.js';
import { statementPlan } from '../plan.js';
import { common, explain } from '../build.js';
import { falseStatement, falsifiable } from '../statements.js';
import { renderStatement } from '../render.js';
import { standsAlone } from '../standalone.js';
import { namesFigure } from '../text.js';
import { coin, pick } from '../random.js';
import { everyFalseStatement } from '../statements.js';
import type { Kind } from './kind.js';
import { optionDescribe, optionPoints } from './shared.js';

export const truefalse: Kind<'truefalse'> = {
  aim: 'recall',
  // Only a fact that can also be false (a statement that is always true teaches a pattern, not the article) and
  // whose statement stands alone.
  fromFact: (index, fact): StatementPlan[] => (standsAlone(index, fact) && falsifiable(index, fact).length ? [statementPlan(fact, 'truefalse')] : []),
  // A statement shows every slot, given ones and main actors too.
  asks: 'any',
  build(index, p, rng): TrueFalseQuestion | null {
    const plan = p as StatementPlan;
    const fact = plan.fact;
    const slots = falsifiable(index, fact);
    if (!slots.length) return null;
    const truth = renderStatement(index, fact);
    const explanation = explain(index, fact);
    let changed = coin(rng) ? falseStatement(index, fact, pick(rng, slots), rng) : null;
    const statement = changed?.text ?? truth;
    // Feedback on a false statement gives the article's value: the explanation when it names it (in any
    // form: "1.8 billion euros" names €1.8 billion), else the true statement first.
    const right = changed ? fact.slots[changed.slot] : undefined;
    const named =
      changed &&
      (explanation.toLowerCase().includes(changed.right.replace(/^the /, '').toLowerCase()) ||
        (right !== undefined &&
          ('number' in right ? namesFigure(explanation, right.number) : 'entity' in right ? index.namedIn(explanation).has(right.entity) : explanation.includes(right.date.slice(0, 4)))));
    // And it says which words were wrong, as a "which is true" question's feedback does: the explanation alone
    // tells what is right, not where the statement went astray.
    let feedback = explanation;
    if (changed && named) feedback = `In the statement, \u201c${changed.wrong}\u201d should be \u201c${changed.right}\u201d. ${explanation}`;
    else if (changed) feedback = fact.explanation ? `${truth} ${fact.explanation}` : truth;
    return {
      ...common(plan, feedback),
      kind: 'truefalse',
      prompt: `${statement} True or false?`,
      options: ['True', 'False'],
      correct: changed ? 1 : 0,
      answerText: changed ? 'False' : 'True',
    };
  },
  points: optionPoints,
  describe: optionDescribe,
  shown: (q) => [q.prompt],
  // A true statement is the answer itself; a false one is given away by its right value (an answer key).
  statement: (q) => (q.correct === 0 ? { key: q.prompt.replace(/ True or false\?$/, ''), others: [] } : null),
  alternatives: (index, p) => [{ label: 'every false statement', values: everyFalseStatement(index, (p as StatementPlan).fact) }],
};
