/**
 * What someone said or argued, asked two ways: what the speaker said (the
 * claim among others the speaker did not make) or who said it (the speaker
 * among other people of the story, those who speak in the articles first).
 * Pure.
 */
import type { Entity, Role } from '../bank.js';
import type { ClaimQuestion, Question } from '../question.js';
import type { BankIndex } from '../bank-index.js';
import type { UnderstandingPlan } from '../plan.js';
import { principal } from '../plan.js';
import { common, drawNames, nameInSentence, parallelForms } from '../build.js';
import { asQuestion, capitalize } from '../render.js';
import { article, normalize } from '../text.js';
import { shuffle } from '../random.js';
import type { Kind } from './kind.js';
import { optionDescribe, optionPoints, optionShown, optionStatement } from './shared.js';
import { itemPlans, withAlternatives } from './understanding.js';
import { articleDate, inItsYear } from '../standalone.js';
import { otherPronoun, pronounIn, pronounOf } from '../pronouns.js';

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

/** A speaker named with the role an article gives them, the claim's article first: "Ozel Pikal, a former journalist,". */
function introduced(index: BankIndex, id: string, article: string): string {
  const e = index.entity(id);
  const roles: Role[] = e && 'roles' in e ? ((e as Entity).roles ?? []) : [];
  const role = roles.find((r) => r.article === article) ?? roles[0];
  const name = nameInSentence(index, id);
  return role ? withRole(name, role) : name;
}

/** A name with a role in apposition, as a sentence says it: "Ozel Pikal, a former journalist,". */
const withRole = (name: string, role: Role): string => `${name}, ${inApposition(role)},`;

/**
 * A quiz's questions with each speaker's role told once: where a prompt names a person with their role
 * ("Ozel Pikal, a former journalist, said ...") as an earlier prompt of the quiz already did, the later
 * one names them alone ("Ozel Pikal said ..."). It only takes words away, so nothing it shows is new.
 */
export function rolesToldOnce(index: BankIndex, questions: readonly Question[]): Question[] {
  const told = new Set<string>();
  return questions.map((q) => {
    let prompt = q.prompt;
    for (const [with_, name] of introductions(index, prompt)) {
      if (told.has(with_)) prompt = prompt.split(with_).join(name);
      told.add(with_);
    }
    return prompt === q.prompt ? q : ({ ...q, prompt } as Question);
  });
}

/** The people a text names with a role ("Ozel Pikal, a former journalist,"), each as that phrase and the name alone. */
function introductions(index: BankIndex, text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const id of index.namedIn(text)) {
    const e = index.entity(id);
    if (!e || !('roles' in e) || !index.isPersonType(e.type)) continue;
    const name = nameInSentence(index, id);
    for (const role of (e as Entity).roles ?? []) {
      const phrase = withRole(name, role);
      if (text.includes(phrase)) out.push([phrase, name]);
    }
  }
  return out;
}

/** Offices one person holds at a time: said bare, they take "the" ("the mayor"). */
const SOLE_OFFICES = /^(?:mayor|governor|president|vice[- ]president|prime minister|premier|chancellor|king|queen|chief executive|ceo|chair(?:man|woman|person)?|speaker|commander-in-chief|secretary-general|head teacher|headteacher|principal)$/i;

/**
 * A role as it stands after a name, set off by commas. A title that says whose office it is ("director
 * of management and budget for the city", "president of Turkey", "Ukraine's defence minister") needs
 * no article, as news writing has it; a bare office one person holds takes "the" ("the mayor"); any
 * other takes "a" or "an" ("a city representative", "a former journalist", "an analyst at CM-CIC").
 */
export function inApposition(role: Pick<Role, 'title' | 'former'>): string {
  const title = role.title.trim().replace(/^(?:the|an?)\s+/i, '');
  const said = `${role.former ? 'former ' : ''}${title}`;
  if (/\s(?:of|for)\s|['’]s\s/i.test(title)) return said;
  if (SOLE_OFFICES.test(title) && !role.former) return `the ${said}`;
  return `${article(said)} ${said}`;
}

/** The words of meaning of a text, a plural's "s" dropped: what two texts are compared by. */
const meaningWords = (text: string): string[] => normalize(text).split(' ').filter((w) => w.length > 3).map((w) => w.replace(/s$/, ''));

/**
 * Whether options point back to what the claim is about where the gap does not name it: a word of
 * meaning of `about`, not in the gap, after "the", "such a", "its", "those" in an option ("finance the
 * vehicles" about "how the city should pay for emergency and police vehicles"; "such a deal" about
 * "an arms deal"). A word of `about` said plainly is no pointer, and naming it would echo the answer.
 */
function speaksOf(about: string, gap: string, options: readonly string[]): boolean {
  const inGap = new Set(meaningWords(gap));
  const told = meaningWords(about).filter((w) => !inGap.has(w));
  return options.some((o) => [...o.matchAll(POINTER)].some((m) => told.includes(meaningWords(m[1]!)[0] ?? '')));
}

/** A noun an option points back with: "the vehicles", "such a deal", "its plans". */
const POINTER = /\b(?:the|such an?|its|their|those|these|that|this)\s+([\p{L}-]+)/giu;

/**
 * What a claim is about as a sentence's opening, as news writing puts it: "Commenting on how the city
 * should pay", "Commenting on the letter". Not "Asked about ...": the article may report a statement no one
 * asked for; nor a bare "On the letter, ...", which readers found stilted before a speaker's name.
 */
const opening = (about: string): string => `Commenting on ${about}`;

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
      // What the claim is about goes first where the options speak of it and the gap does not ("On how the
      // city should pay for its vehicles, ... said the city should …": "finance the vehicles").
      const about = inItsYear(item.about.trim(), articleDate(index, item.article));
      // The gap names it where it points back to it: "the results were …" about EADS's results for 2011.
      const lead = (frame: string, rest: readonly string[]) => {
        const gap = claimStandingAlone(frame, about);
        const topic = speaksOf(about, gap, rest) ? `${opening(about)}, ` : '';
        return capitalize(`${topic}${introduced(index, item.speaker, item.article)} said ${asClause(gap)}${gap.endsWith('…') ? '' : '.'}`);
      };
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
    // A claim that points at its speaker with "he" or "she" ("the moment was overwhelming for her") rules out
    // by grammar a person the bank writes of with the other pronoun, where it names no other person and
    // the bank's own writing gives the speaker that pronoun.
    const pointed = pronounIn(item.claim);
    const namesPerson = [...named].some((id) => index.isPersonType(index.entity(id)?.type ?? ''));
    const unlike = pointed && !namesPerson && pronounOf(index, item.speaker) === pointed ? otherPronoun(pointed) : undefined;
    const accept = (id: string) =>
      id !== item.speaker &&
      (!unlike || pronounOf(index, id) !== unlike) &&
      !named.has(id) &&
      !tied.has(id) &&
      !principal(index, id) &&
      sameSort(index, item.speaker, id) &&
      !index.norms(id).some((f) => words.includes(` ${f} `));
    // Two names of the speaker's sort first (the bank's, then a pool's), then one who speaks in the articles:
    // three names from outside them beside the one a reader met there are told apart by recognition.
    const tiers = speakerTiers(index, item.speaker);
    const first = drawNames(index, rng, { tiers: tiers.slice(0, 2), accept }, item.speaker, 2);
    const others = [...first, ...drawNames(index, rng, { tiers: [tiers[2]!, ...tiers.slice(0, 2), ...tiers.slice(3)], accept: (id) => accept(id) && !first.includes(id) }, item.speaker, 3 - first.length)];
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
