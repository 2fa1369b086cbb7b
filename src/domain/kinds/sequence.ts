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

/** A common word that opens a label: lower case inside a sentence ("...; then two listening facilities"). */
const OPENING_WORD = /^(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Several|Many|Most|Its|Their|His|Her|This|That|These|Those|Both|All|Each|Another|Other|Officials|Scientists|Researchers|Police|Rescuers|Voters)\b/;

/** An event's label as it reads after "; then ": a common opening word in lower case, a name as written. */
const midSentence = (label: string): string => (OPENING_WORD.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** Words that place one event against another: "after which", "then", "later", "as a result". */
const RELATIVE = /\b(?:after|afterwards?|before|then|later|earlier|subsequently|following|followed|since|until|first|finally|eventually|meanwhile|next|previously|already|in response|as a result|which led|led to|prompted|prompting|in turn)\b/i;
/** A year or a date in an event's words: the order would be read off them. */
const WHEN = /\b(?:1[0-9]{3}|20[0-9]{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Why the events' own words give their order away, or `null`: a word that places one event
 * against another ("after which"), or years or dates in two or more of them.
 */
export function orderCue(labels: readonly string[]): string | null {
  for (const label of labels) {
    const m = RELATIVE.exec(label);
    if (m) return `"${label}" says "${m[0]}", which places it against another event`;
  }
  const dated = labels.filter((l) => WHEN.test(l));
  if (dated.length >= 2) return `${dated.length} of the events carry a year or a date, so their order is read off the words`;
  return null;
}

export const sequence: Kind<'sequence'> = {
  aim: 'understanding',
  most: 1,
  fromBank: (index, scope) => itemPlans(index, scope, 'sequence'),
  build(index, p, rng): SequenceQuestion | null {
    const plan = p as UnderstandingPlan;
    const item = plan.item;
    if (item.kind !== 'sequence' || item.events.length < 3) return null;
    const labels = item.events.map((e) => capitalize(e.label));
    if (orderCue(labels)) return null;
    const positions = labels.map((_, i) => i);
    const shown = scramble(rng, positions);
    const where = sources(index, 'events', item.events);
    return {
      ...common(plan, where ? `${item.explanation} ${where}` : item.explanation),
      kind: 'sequence',
      prompt: 'Put these events in the order they happened, from earliest to latest:',
      answerText: labels.map((label, i) => (i ? midSentence(label) : label)).join('; then '),
      items: shown.map((i) => labels[i]!),
      order: positions.map((i) => shown.indexOf(i)),
      ends: { first: 'earliest', last: 'latest' },
    };
  },
  points: arrangePoints,
  describe: arrangeDescribe,
  shown: arrangeShown,
};
