/**
 * Multiple choice on one slot of a fact: "Which airfield near the Estonian
 * border was hit?" with the answer among three distractors of its type (names
 * from the story's own world first, in one form), or among figures or dates
 * placed in order. Pure.
 */
import type { ChoiceQuestion } from '../question.js';
import type { SlotPlan } from '../plan.js';
import { stemGivesAway, wordingFor } from '../plan.js';
import { common, drawNames, explain, parallelForms } from '../build.js';
import { dateCandidates, entityTiers, numberCandidates } from '../distractors.js';
import { formatFigures, moneyText, renderDate, unitFor } from '../render.js';
import type { NumberSlot } from '../bank.js';
import { SCALE_WORDS, normalize, rootOf } from '../text.js';
import { combinations, loneCentre, loneEcho, loneName, loneShape, oddFigure } from '../balance.js';
import { pick, sample, shuffle } from '../random.js';
import { distractorList } from './alternatives.js';
import type { Kind } from './kind.js';
import { optionDescribe, optionPoints, optionShown, slotPlans } from './shared.js';
import { allowsParentType } from './text.js';
import { unmarkedAsk } from '../pronouns.js';

const UNIT_TAIL = new Set(['a', 'an', 'of', 'per', 'in', 'on', 'for', 'each', 'at', 'from', 'to']);
const SCALES = new Set([...SCALE_WORDS.keys(), 'trillion']);

/**
 * Figures as options: bare where the question names what they count ("How many cargo planes ...?"),
 * else each with its unit ("How much did the city save?": "3 million dollars", never a bare "3").
 */
function withUnit(texts: string[], figures: readonly number[], value: NumberSlot, prompt: string): string[] {
  const asked = new Set(normalize(prompt).split(' ').map(rootOf));
  // The unit's own noun phrase, before "a", "of", "per" ("dollars" of "dollars a month"), scale words aside.
  const words = normalize(value.unit).split(' ');
  const end = words.findIndex((w) => UNIT_TAIL.has(w));
  const core = words.slice(0, end < 0 ? words.length : end).filter((w) => !SCALES.has(w));
  const named = core.length > 0 && core.every((w) => asked.has(rootOf(w)));
  return named ? texts : texts.map((t, i) => moneyText(t, figures[i]!, value) ?? `${t} ${unitFor(figures[i]!, value)}`);
}

export const choice: Kind<'choice'> = {
  aim: 'recall',
  fromFact: (index, fact) => slotPlans(index, fact, 'choice', ['name', 'figure', 'year', 'date']),
  asks: ['name', 'figure', 'year', 'date'],
  build(index, p, rng): ChoiceQuestion | null {
    const plan = p as SlotPlan;
    const { fact, slot } = plan;
    const wording = wordingFor(index, fact, slot);
    if (!wording) return null;
    const value = fact.slots[slot]!;
    let options: string[];
    let correct: number;
    let prompt = wording.prompt;
    if ('entity' in value) {
      if (stemGivesAway(index, value.entity, wording.prompt)) return null;
      const parentOk = allowsParentType(index, index.entity(value.entity)!.type, wording.prompt);
      const tiers = entityTiers(index, fact, slot, wording.answers, wording.named, parentOk, wording.prompt);
      // Six drawn, best first: the first three beside which the answer is neither the odd one out by its form (a
      // first or last word the others share, or the only one of its number of words: "the moon" among "Mars",
      // "Venus" and "Jupiter") nor the only one that echoes the stem ("Eurocopter" for "Which helicopter
      // group"). Without such three the name is asked typed only.
      const drawn = drawNames(index, rng, tiers, value.entity, 6);
      const idSets = combinations(drawn.length, 3).map((three) => [value.entity, ...three.map((i) => drawn[i]!)]);
      const sets = idSets.map((ids) => parallelForms(index, ids));
      const at = sets.findIndex((set) => !loneName(set[0]!, set.slice(1)) && !loneEcho(set[0]!, set.slice(1), wording.prompt) && !loneShape(set[0]!, set.slice(1)));
      if (at < 0) return null;
      const forms = sets[at]!;
      prompt = unmarkedAsk(index, prompt, idSets[at]!.slice(1));
      const order = shuffle(rng, [0, 1, 2, 3]);
      options = order.map((i) => forms[i]!);
      correct = order.indexOf(0);
    } else if ('number' in value) {
      const c = numberCandidates(index, fact, slot, value, wording.answers);
      // A place for the answer among the options, and the nearest figures either side: drawn, then
      // the first set (in a seeded order) in which the answer neither breaks the others' even spacing nor
      // stands alone in their middle; failing that, the first that does not break the spacing.
      let sorted: number[] | null = null;
      let fallback: number[] | null = null;
      for (const r of shuffle(rng, c.ranks)) {
        const belowSets = combinations(Math.min(r + 1, c.below.length), r).map((ix) => ix.map((i) => c.below[i]!));
        const aboveSets = combinations(Math.min(4 - r, c.above.length), 3 - r).map((ix) => ix.map((i) => c.above[i]!));
        const sets = shuffle(rng, belowSets.flatMap((b) => aboveSets.map((a) => [...b, value.number, ...a].sort((x, y) => x - y)))).filter(
          (set) => !oddFigure(set, value.number),
        );
        fallback ??= sets[0] ?? null;
        sorted = sets.find((set) => !loneCentre(set, value.number)) ?? null;
        if (sorted) break;
      }
      sorted ??= fallback;
      if (!sorted) return null;
      options = withUnit(formatFigures(sorted), sorted, value, wording.prompt);
      correct = sorted.indexOf(value.number);
    } else {
      const c = dateCandidates(index, fact, value, wording.answers);
      if (!c.ranks.length) return null;
      const r = pick(rng, c.ranks);
      const below = sample(rng, c.below.slice(0, r + 1), r, () => true);
      const above = sample(rng, c.above.slice(0, 3 - r + 1), 3 - r, () => true);
      const sorted = [...below, value.date, ...above].sort();
      options = sorted.map(renderDate);
      correct = sorted.indexOf(value.date);
    }
    return {
      ...common(plan, explain(index, fact)),
      kind: 'choice',
      prompt,
      options,
      correct,
      answerText: options[correct]!,
    };
  },
  points: optionPoints,
  describe: optionDescribe,
  shown: optionShown,
  alternatives: (index, p) => [{ label: 'every distractor, best first', values: distractorList(index, p as SlotPlan) }],
};
