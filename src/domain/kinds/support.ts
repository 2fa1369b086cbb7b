/**
 * Which statement the article supports: one fact's statement among three
 * statements of other facts of the same article, each changed in one value so
 * that the article shows it false. Reading, not recall of one name: every
 * option is a whole claim to weigh against the article. The feedback says
 * what each false statement changed. Pure.
 */
import type { Fact } from '../bank.js';
import type { SupportQuestion } from '../question.js';
import type { StatementPlan } from '../plan.js';
import { slotsOf, statementPlan } from '../plan.js';
import { andList, common, explain } from '../build.js';
import { figureAlone, givesFigure, loneTone, showsByForm, standsOut } from '../balance.js';
import type { FalseStatement } from '../statements.js';
import { falseStatement, falsifiable } from '../statements.js';
import { renderStatement } from '../render.js';
import { standsAlone } from '../standalone.js';
import { normalize } from '../text.js';
import { pick, shuffle } from '../random.js';
import type { Kind } from './kind.js';
import { VISIBLY_LONGER, longestBy } from '../balance.js';
import { optionDescribe, optionPoints, optionShown, optionStatement } from './shared.js';

/** The most facts whose false statements one question looks at. */
const LOOK_AT_MOST = 16;

/**
 * Whether a text writes a value (a name or a figure with its unit) as words of its own, whatever their case:
 * `text` is the text {@link normalize}d with a space at each end, `value` the value normalised. Each is
 * normalised once per question: the sets of three compare every pair of the statements looked at.
 */
function writes(text: string, value: string): boolean {
  return value.length > 0 && text.includes(` ${value} `);
}

/** A text normalised with a space at each end, as {@link writes} reads it. */
const spaced = (text: string): string => ` ${normalize(text)} `;

export const support: Kind<'support'> = {
  aim: 'understanding',
  fromFact: (index, fact): StatementPlan[] => (slotsOf(fact).length && standsAlone(index, fact) ? [statementPlan(fact, 'support')] : []),
  // A statement shows every slot, given ones and main actors too.
  asks: 'any',
  build(index, p, rng): SupportQuestion | null {
    const plan = p as StatementPlan;
    const fact = plan.fact;
    // Other facts of the same article that can be made false, not told as the same event and not competing for
    // the same question: in a seeded order, looked at only as far as needed, those whose statements agree with
    // the truth on giving a figure first (so that where the article has enough of them, the truth is not the
    // only one with, or without, a figure, however many facts the look stops at).
    const truth = renderStatement(index, fact);
    const truthWords = spaced(truth);
    const shuffled = shuffle(rng, index.byArticle.get(fact.article) ?? []);
    const figure = givesFigure(truth);
    // Each fact's statement rendered once, not once for each of the two lists.
    const agreeing = shuffled.map((f) => givesFigure(renderStatement(index, f)) === figure);
    const pool = [...shuffled.filter((_, i) => agreeing[i]), ...shuffled.filter((_, i) => !agreeing[i])];
    const eligible = (f: Fact) =>
      f !== fact &&
      f.relation !== fact.relation &&
      !index.isSameEvent(f.id, fact.id) &&
      !index.isDistinctEvents(f.id, fact.id) &&
      standsAlone(index, f) &&
      falsifiable(index, f).length > 0;
    // Two statements made false the same way would fall together (one known fact would rule out both), and
    // one whose wrong value is another's right one muddles the feedback; nor may the truth stand out by its form.
    // Nor may another option write the value a false statement changed: "the border of Estonia" beside "Because
    // Finland belongs to NATO" tells which country it should be.
    const apart = ({ change: a, words: aWords, right: aRight }: Candidate, { change: b, words: bWords, right: bRight }: Candidate) =>
      a.text !== b.text && a.wrong !== b.wrong && a.right !== b.right && a.wrong !== b.right && a.right !== b.wrong && !writes(bWords, aRight) && !writes(aWords, bRight);
    /** A false statement looked at, with its text and the value it changed normalised for {@link writes}. */
    type Candidate = { fact: string; change: FalseStatement; words: string; right: string };
    const candidates: Candidate[] = [];
    // The fair sets of three (apart, the truth not standing out), and among them the even ones: where the bank
    // allows, not even a lesser cue, the truth neither the lone longest by a tenth nor alone with (or without) a figure.
    const fair: Candidate[][] = [];
    const even: Candidate[][] = [];
    // And best of all, the level ones: the truth not even the lone longest by a few letters.
    const level: Candidate[][] = [];
    // Failing those, the sets where at least the figure does not single the truth out: the plainer cue.
    const figureEven: Candidate[][] = [];
    let looked = 0;
    // Five facts' false statements first; one more at a time only while no three of them are fair and even, up
    // to sixteen (560 sets of three at most, however large the article).
    for (const other of pool) {
      if (!eligible(other)) continue;
      looked += 1;
      const change = falseStatement(index, other, pick(rng, falsifiable(index, other)), rng);
      const right = change ? normalize(change.right) : '';
      if (change && !writes(truthWords, right)) {
        const added: Candidate = { fact: other.id, change, words: spaced(change.text), right };
        // Only the sets with the new statement are new.
        for (let a = 0; a < candidates.length; a++) {
          for (let b = a + 1; b < candidates.length; b++) {
            const three = [candidates[a]!, candidates[b]!, added];
            if (!apart(three[0]!, three[1]!) || !apart(three[0]!, added) || !apart(three[1]!, added)) continue;
            const texts = three.map((f) => f.change.text);
            if (standsOut(truth, texts) || loneTone(truth, texts)) continue;
            fair.push(three);
            if (!showsByForm(truth, texts)) (longestBy(truth, texts) >= VISIBLY_LONGER ? even : level).push(three);
            else if (!figureAlone(truth, texts)) figureEven.push(three);
          }
        }
        candidates.push(added);
      }
      if ((looked >= 5 && level.length) || looked >= LOOK_AT_MOST) break;
    }
    if (!fair.length) return null;
    const falses = pick(rng, level.length ? level : even.length ? even : figureEven.length ? figureEven : fair);
    const order = shuffle(rng, [0, 1, 2, 3]);
    const statements = [truth, ...falses.map((f) => f.change.text)];
    const options = order.map((i) => statements[i]!);
    const changes = andList(falses.map((f) => `\u201c${f.change.wrong}\u201d should be \u201c${f.change.right}\u201d`));
    return {
      ...common(plan, `${explain(index, fact)} In the other statements, ${changes}.`),
      facts: [fact.id, ...falses.map((f) => f.fact)],
      kind: 'support',
      // Not the headline: a statement that restates it would be the one that sounds like the story.
      prompt: `Which of these statements is true, according to ${index.bank.articles.length === 1 ? 'the article' : 'the articles'}?`,
      options,
      correct: order.indexOf(0),
      answerText: truth,
    };
  },
  points: optionPoints,
  describe: optionDescribe,
  shown: optionShown,
  statement: optionStatement,
  alternatives(index, p) {
    const fact = (p as StatementPlan).fact;
    const others = (index.byArticle.get(fact.article) ?? []).filter(
      (f) => f !== fact && f.relation !== fact.relation && !index.isSameEvent(f.id, fact.id) && !index.isDistinctEvents(f.id, fact.id) && standsAlone(index, f) && falsifiable(index, f).length,
    );
    // Each of these facts' false statements is listed under its own true-or-false question.
    return [{ label: 'facts whose false statements it may draw (three of them)', values: [...new Set(others.map((f) => f.id))] }];
  },
};
