/**
 * What someone said or argued, asked two ways: what the speaker said (the
 * claim among others the speaker did not make) or who said it (the speaker
 * among other people of the story, those who speak in the articles first).
 * Pure.
 */
import type { Entity, Role } from '../bank.js';
import type { ClaimQuestion } from '../question.js';
import type { BankIndex } from '../bank-index.js';
import type { UnderstandingPlan } from '../plan.js';
import { principal } from '../plan.js';
import { common, drawNames, nameInSentence, parallelForms } from '../build.js';
import { asQuestion, capitalize } from '../render.js';
import { normalize } from '../text.js';
import { shuffle } from '../random.js';
import type { Kind } from './kind.js';
import { optionDescribe, optionPoints, optionShown, optionStatement } from './shared.js';
import { itemPlans, withAlternatives } from './understanding.js';
import { articleDate, inItsYear } from '../standalone.js';

/** Words that open a sentence but not a name: lower-cased after "said that". */
const OPENERS = /^(?:The|A|An|It|Its|This|That|These|Those|There|Such|Some|No|All|Both|Each|Every|Any|Many|Most|Neither|Either|One|Another|Other|He|She|They|We)\b/;

/** A claim as a clause after "said that": its sentence capital dropped unless it opens a name, its full stop dropped. */
/**
 * The claim with what it is about told where the claim points back to it ("the letter was not
 * appropriate" about "the German government's letter"): a "who said" question shows no other context.
 * Only a noun phrase replaces "the letter", "such a deal"; a claim that already holds every word of
 * what it is about, or one about "how ..." or "what ...", stays as written.
 */
export function claimStandingAlone(claim: string, about: string): string {
  const subject = about.trim();
  if (/^(?:how|what|why|whether|when|where|who|which)\b/i.test(subject)) return claim;
  const words = (text: string) => normalize(text).split(' ').map((w) => w.replace(/s$/, '')).filter((w) => w.length > 3);
  const said = new Set(words(claim));
  const told = words(subject);
  if (told.every((w) => said.has(w))) return claim;
  for (const word of subject.split(/\s+/)) {
    const w = word.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
    if (w.length <= 3) continue;
    const at = new RegExp(`\\b(?:the|such an?)\\s+${w.replace(/[-]/g, '\\-')}\\b`, 'i').exec(claim);
    if (at) return claim.slice(0, at.index) + subject + claim.slice(at.index + at[0].length);
  }
  return claim;
}

/** A speaker named with the role an article gives them, the claim's article first: "Ozel Pikal, former journalist,". */
function introduced(index: BankIndex, id: string, article: string): string {
  const e = index.entity(id);
  const roles: Role[] = e && 'roles' in e ? ((e as Entity).roles ?? []) : [];
  const role = roles.find((r) => r.article === article) ?? roles[0];
  const name = nameInSentence(index, id);
  return role ? `${name}, ${role.former ? 'former ' : ''}${role.title.trim()},` : name;
}

function asClause(claim: string): string {
  const text = claim.trim().replace(/[.!?]+$/, '');
  return OPENERS.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * Who may stand beside the speaker: names of the speaker's own type (bank,
 * then pools), then the bank's other speakers, then (for a person) any person
 * of the bank. Never one of the story's main actors, whom nobody would take
 * for the speaker of another's words.
 */
function speakerTiers(index: BankIndex, speaker: string): string[][] {
  const type = index.entity(speaker)?.type ?? '';
  // Worked out once per bank, not per question: a large bank's people are tens of thousands.
  let lists = speakerLists.get(index);
  if (!lists) speakerLists.set(index, (lists = { speakers: (index.bank.understanding ?? []).flatMap((i) => (i.kind === 'claim' ? [i.speaker] : [])), people: null }));
  let people: string[] = [];
  if (index.isPersonType(type)) people = lists.people ??= index.bank.entities.filter((e) => index.isPersonType(e.type)).map((e) => e.id);
  return [index.byType.get(type) ?? [], index.poolByType.get(type) ?? [], lists.speakers, people];
}

const speakerLists = new WeakMap<BankIndex, { speakers: string[]; people: string[] | null }>();

/** The question word for the speaker: "Who" for a person, else its type's ("Which country"). */
function whoAsks(index: BankIndex, speaker: string): string {
  const type = index.type(index.entity(speaker)?.type ?? '');
  if (!type || index.isPersonType(type.id)) return 'Who';
  return type.ask ? capitalize(type.ask) : `Which ${type.label}`;
}

/** Whether another name can stand beside the speaker: a person for a person, else a name of the same type. */
function sameSort(index: BankIndex, speaker: string, id: string): boolean {
  const a = index.entity(speaker)?.type ?? '';
  const b = index.entity(id)?.type ?? '';
  return index.isPersonType(a) ? index.isPersonType(b) : a === b;
}

export const claim: Kind<'claim'> = {
  aim: 'understanding',
  // "Who said it" among people only: among countries or bodies the speaker is guessed, not read.
  fromBank: (index, scope) => [
    ...itemPlans(index, scope, 'claim', ['what']),
    ...itemPlans(index, scope, 'claim', ['who']).filter((p) => p.item.kind === 'claim' && index.isPersonType(index.entity(p.item.speaker)?.type ?? '')),
  ],
  build(index, p, rng): ClaimQuestion | null {
    const plan = p as UnderstandingPlan;
    const item = plan.item;
    if (item.kind !== 'claim') return null;
    const speaker = index.entity(item.speaker);
    if (!speaker) return null;
    if (plan.way === 'what') {
      // "This year" told as the article's year, read whenever the quiz is.
      const dated = (text: string) => capitalize(inItsYear(text.trim(), articleDate(index, item.article)));
      const prompt = asQuestion(capitalize(`What did ${nameInSentence(index, item.speaker)} say about ${inItsYear(item.about, articleDate(index, item.article))}`));
      // Where the options share words, one sentence with a gap, the speaker told with their role: "Cortney
      // Niland, city representative, said the budget debate had …".
      const lead = (gap: string) => `${capitalize(introduced(index, item.speaker, item.article))} said ${asClause(gap)}${gap.endsWith('…') ? '' : '.'}`;
      const picked = withAlternatives(rng, dated(item.claim), item.wrong.map(dated), prompt, lead);
      if (!picked) return null;
      return {
        ...common(plan, item.explanation),
        kind: 'claim',
        ...picked,
        answerText: picked.options[picked.correct]!,
      };
    }
    // Who said it: never a person the claim itself names, nor one tied to such a name by a role.
    const named = index.namedIn(item.claim);
    const tied = new Set<string>();
    for (const id of named) for (const other of index.linked(id)) tied.add(other);
    const words = ` ${normalize(item.claim)} `;
    const accept = (id: string) =>
      id !== item.speaker &&
      !named.has(id) &&
      !tied.has(id) &&
      !principal(index, id) &&
      sameSort(index, item.speaker, id) &&
      !index.norms(id).some((f) => words.includes(` ${f} `));
    const others = drawNames(index, rng, { tiers: speakerTiers(index, item.speaker), accept }, item.speaker, 3);
    if (others.length < 3) return null;
    const forms = parallelForms(index, [item.speaker, ...others]);
    const order = shuffle(rng, [0, 1, 2, 3]);
    const options = order.map((i) => forms[i]!);
    const claimText = asClause(claimStandingAlone(item.claim, item.about));
    return {
      ...common(plan, item.explanation),
      kind: 'claim',
      prompt: `${whoAsks(index, item.speaker)} said that ${claimText}?`,
      options,
      correct: order.indexOf(0),
      answerText: options[order.indexOf(0)]!,
    };
  },
  points: optionPoints,
  describe: optionDescribe,
  shown: optionShown,
  // Who said it is a name, matched by value; what was said is a statement.
  statement: (q) => (q.id.endsWith('.who') ? null : optionStatement(q)),
  alternatives: (_index, p) => {
    const item = (p as UnderstandingPlan).item;
    return item.kind === 'claim' && (p as UnderstandingPlan).way === 'what' ? [{ label: 'every alternative (three are drawn)', values: item.wrong }] : [];
  },
};
