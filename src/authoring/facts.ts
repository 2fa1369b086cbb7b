/**
 * Drafting the facts of an article, one sentence at a time.
 *
 * A fact is a whole clause of its sentence with slots where its figures,
 * years and names stand: the clause keeps its subject, verb and qualifiers,
 * and loses only what a question does not need (a conversion in brackets, an
 * acronym in brackets, a title before a name that a role fact already gives,
 * a relative clause or an appositive without a slot, an opening "But").
 * A sentence of two clauses joined by "; ", ", but", ", while" gives a fact
 * per clause. A sentence that is mostly a quotation gives "{person} said:
 * "..."" when the speaker is named (or a "he"/"she" whose person the draft
 * can tell: then the fact says so in its checks). Each figure has a slot of
 * its own; names in a list ("Turkey and Syria") and names used as modifiers
 * ("IS targets") are not slots; nothing inside a quotation is a slot.
 *
 * What the draft leaves out, it says why. Pure except for the tags computed
 * in analysis.ts.
 */
import type { DateSlot, NumberSlot } from '../domain/bank.js';
import { has, isCapitalised, lower, type Sentence, type Word } from './analysis.js';
import type { FoundEntity, FoundRole, Mention } from './entities.js';
import { findFigures, findYears, type Figure } from './figures.js';
import { asFeedback } from './explain.js';
import { pointingBack, type NamedBefore } from './pointing.js';
import { DRAFT_TYPES, slugify, type LeftOut, type SourceMark } from './types.js';
import { article as indefinite } from '../domain/text.js';

/** An entity slot before ids are given: it points at the found entity. */
export interface DraftEntitySlot {
  entity: FoundEntity;
  given?: boolean;
}

/** A drafted fact before ids are given to its entities. */
export interface DraftFact {
  /** A base for the fact's id ("p3-s2"). */
  base: string;
  paragraph: number;
  text: string;
  slots: Record<string, DraftEntitySlot | NumberSlot | DateSlot>;
  ask: Record<string, string>;
  explanation?: string;
  source: string;
  marks: SourceMark[];
  checks: string[];
}

/** What one sentence gives: facts, or why none. */
export interface SentenceDraft {
  facts: DraftFact[];
  left: LeftOut[];
}

/** A change to a sentence: `text` replaces `start`..`end`; `slot` when it puts a slot there. */
interface Edit {
  start: number;
  end: number;
  text: string;
  slot?: string;
}

const SPEECH_VERBS = /^(?:said|says|say|told|tells|added|adds|emphasi[sz]ed|noted|notes|asked|wrote|writes|commented|declared|insisted|explained|stressed|warned|argued|recalled|remarked|continued|concluded|replied|acknowledged)$/i;

const LEADING_CONNECTIVE = /^(?:But|And|So|Yet|Or|However|Meanwhile|Also|Still|Instead|Moreover|Furthermore|Besides|Then|Now|Thus|Hence|Nevertheless|Nonetheless)\b,?\s+/;

/** Where the quotations of a sentence are: pairs of double quotes, or one open at either end. */
function quoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const marks = [...text.matchAll(/["“”]/g)].map((m) => ({ at: m.index, ch: m[0] }));
  let open: number | null = null;
  const firstIsClosing = marks.length > 0 && (marks[0]!.ch === '”' || (marks[0]!.ch === '"' && marks.length % 2 === 1 && /[\p{L}.,!?]$/u.test(text.slice(0, marks[0]!.at))));
  let k = 0;
  if (firstIsClosing) {
    spans.push({ start: 0, end: marks[0]!.at + 1 });
    k = 1;
  }
  for (; k < marks.length; k++) {
    const m = marks[k]!;
    if (open === null && m.ch !== '”') open = m.at;
    else if (open !== null && m.ch !== '“') {
      spans.push({ start: open, end: m.at + 1 });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open, end: text.length });
  return spans;
}

const inside = (spans: { start: number; end: number }[], start: number, end: number): boolean => spans.some((q) => start >= q.start && end <= q.end);

/** Whether a word is a finite verb (not a gerund or participle alone). */
const finite = (w: Word): boolean => (has(w, 'Verb') && !has(w, 'Gerund') && !has(w, 'Infinitive')) || has(w, 'Copula') || has(w, 'Modal') || has(w, 'Auxiliary') || has(w, 'PastTense');

/** Pronouns a fact cannot open with: the reader would not know who or what is meant ("There were ..." names no one and opens a statement, unless it denies: a changed value would not make "There was no ..." false; "Some 40 fans" is a figure, not a pronoun). */
const UNRESOLVED_OPENERS = /^(?:it|its|it's|it’s|they|their|them|this|these|those|that|there(?!\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|had\s+been)\s+(?!no\b|not\b|never\b|little\b|few\b|nothing\b|none\b))|we|our|i|you|such|both|one|others|some(?!\s+(?:[\d{]|(?:a\s+)?(?:dozen|hundred|thousand|million|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))|most|several|all)\b/i;

/** A report whose subject is a bare quantifier: "said many were ...", "says most of them had ...". */
const REPORTED_QUANTIFIER = /\b(?:said|says|say|reported|reports|added|told\s+\p{L}+)\s+(?:that\s+)?(many|most|some|several|all|both|few|others|none)(?:\s+of\s+(?:them|those|these))?\s+(?:were|was|are|is|had|have|has|would|will|could|did)\b/iu;

/** The context one sentence is drafted in. */
export interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[];
  /** The people named in the sentence before this one (the same paragraph, or the previous paragraph's last). */
  peopleBefore: FoundEntity[];
  /** Paragraph prominence, 1 (lead) to 3 (detail). */
  prominence: 1 | 2 | 3;
  /** The entities named before (and in) this sentence, the most recent last: what "the city" may mean. */
  named?: readonly NamedBefore[];
  /** The words of the article before this sentence, in lower case: a noun used before points back. */
  earlier?: ReadonlySet<string>;
}

/** Drafts the facts of one sentence. */
export function draftSentence(ctx: SentenceContext): SentenceDraft {
  const { sentence } = ctx;
  const text = sentence.text;
  const words = sentence.words;
  const leave = (reason: string): SentenceDraft => ({ facts: [], left: [{ paragraph: sentence.paragraph, text: cut(text), reason }] });
  if (words.filter((w) => /^\p{L}|\d/u.test(w.text)).length < 3) return leave('too short to ask about');
  const quotes = quoteSpans(text);
  const quoted = quotes.reduce((n, q) => n + (q.end - q.start), 0);
  // Mostly a quotation, or a quotation of a few words with its speaker: "'...,' said Ana Ruiz, a press officer at the lab."
  const attributed = quotes.some((q) => countWords(text.slice(q.start, q.end)) >= 2 && attributionBeside(text, q));
  if (quoted > text.length * 0.5 || attributed) {
    const quote = draftQuote(ctx, quotes);
    if (quote) return quote;
    if (quoted > text.length * 0.5) return leave(quoteReason(ctx, quotes));
  }
  if (/\?["”')]*$/.test(text.trim())) return leave('a question, not a statement');

  const figures = findFigures(words).filter((f) => !inside(quotes, f.start, f.end));
  const years = findYears(words).filter((y) => !inside(quotes, y.start, y.end));
  const removed: Edit[] = [];
  const lead = LEADING_CONNECTIVE.exec(text);
  if (lead) removed.push({ start: 0, end: lead[0].length, text: '' });
  for (const f of figures) if (f.conversion) removed.push({ start: spaceBefore(text, f.conversion.start), end: f.conversion.end, text: '' });
  // Brackets holding only an acronym ("(SDF)") or nothing a slot needs go.
  for (const m of text.matchAll(/\s?\(([^()]{1,60})\)/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (removed.some((e) => start < e.end && end > e.start)) continue;
    const holdsFigure = figures.some((f) => f.start >= start && f.end <= end) || years.some((y) => y.start >= start && y.end <= end);
    if (!holdsFigure || /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(m[1]!)) removed.push({ start, end, text: '' });
  }
  const mentions = ctx.mentions.filter((m) => !inside(quotes, m.start, m.end) && !removed.some((e) => m.start >= e.start && m.end <= e.end));
  // A title before a person's name that gives their role goes: "French Culture Minister Clara Dubois" → "Clara Dubois" (the role is a fact of its own).
  for (const m of mentions) {
    if (m.entity.type !== 'person') continue;
    for (const role of m.entity.roles) {
      if (role.source !== sentence) continue;
      const at = text.lastIndexOf(role.title, m.start);
      if (at >= 0 && at + role.title.length + 1 >= m.start - 1 && text.slice(at + role.title.length, m.start).trim() === '') {
        let start = at;
        const former = /\bformer\s+$/i.exec(text.slice(0, start));
        if (former) start -= former[0].length;
        const det = /\b(?:the|a|an)\s+$/i.exec(text.slice(0, start));
        if (det) start -= det[0].length;
        // '"Oppenheimer" director Christopher Nolan', "Apple's chief Tim Cook": what the title is of stands before it;
        // without the title it would stand before the name ('"Oppenheimer" Christopher Nolan'), so the title stays.
        if (/(?:["”’]|\p{L}['’]s?)\s*$/u.test(text.slice(0, start))) continue;
        if (!removed.some((e) => start < e.end && m.start > e.start)) removed.push({ start, end: m.start, text: '' });
      }
      // ", a spokeswoman for LIGO," after the name.
      const after = text.slice(m.end);
      const appos = new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(?:former\\s+)?${escapeRe(role.title)}[^,.;]*(?:,(?=\\s)|(?=[.;]))`, 'i').exec(after);
      if (appos) removed.push({ start: m.end, end: m.end + appos[0].length, text: '' });
      // "An analyst at the lab, Tom Reed, said ..." → "Tom Reed said ...": the role before the name goes with the comma after it.
      const leading = new RegExp(`(?:^|(?<=[,;:]\\s))(?:(?:the|a|an)\\s+)?(?:former\\s+)?${escapeRe(role.title)}[^,.;]*,\\s+$`, 'i').exec(text.slice(0, m.start));
      if (leading && /^,\s/.test(text.slice(m.end)) && !removed.some((e) => leading.index < e.end && m.start > e.start)) {
        removed.push({ start: leading.index, end: m.start, text: '' }, { start: m.end, end: m.end + 1, text: '' });
      }
    }
  }
  // Relative clauses between commas: dropped when they hold no slot.
  for (const m of text.matchAll(/,\s+(?:which|who|whose|where)\s+[^,;"“”]*?,(?!\d)/g)) {
    const start = m.index;
    // ", which monitors ..., said": the closing comma goes too, where the clause goes on with its verb; before anything
    // else ("Route 9, which ..., Mara Dell said") it stays.
    const next = sentence.words.find((w) => w.start >= start + m[0].length);
    const end = start + m[0].length - (next && has(next, 'Verb') && /^\p{Ll}/u.test(next.text) ? 0 : 1);
    const holds = figures.some((f) => f.start >= start && f.end <= end) || years.some((y) => y.start >= start && y.end <= end);
    if (!holds && !removed.some((e) => start < e.end && end > e.start)) removed.push({ start, end, text: '' });
  }

  const units = clauses(sentence, removed);
  const facts: DraftFact[] = [];
  const left: LeftOut[] = [];
  units.forEach((unit, u) => {
    const within = (a: number, b: number): boolean => a >= unit.start && b <= unit.end && !removed.some((e) => a >= e.start && b <= e.end);
    // "24 hours a day", "7 days a week": the whole of its period, which common sense gives; no slot.
    const unitFigures = figures.filter((f) => within(f.start, f.end) && !wholePeriod(f, text));
    const unitYears = years.filter((y) => within(y.start, y.end) && !unitFigures.some((f) => y.start < f.end && y.end > f.start));
    // A name inside a figure's own phrase ("seven Academy Awards") is its unit, not a slot.
    const unitMentions = mentions.filter((m) => within(m.start, m.end) && !unitFigures.some((f) => m.start < Math.max(f.end, f.phraseEnd) && m.end > f.start));
    const edits: Edit[] = removed.filter((e) => e.start >= unit.start && e.end <= unit.end);
    const checks: string[] = [];
    // The opening word: a pronoun the draft can resolve, or one it cannot.
    let openAt = unit.start;
    for (const e of edits) if (e.start <= openAt && e.end > openAt) openAt = e.end;
    while (openAt < unit.end && /[\s,;:—–-]/.test(text[openAt]!)) openAt += 1;
    const opening = text.slice(openAt, unit.end);
    // "Had she prevailed, X would have been ...": what did not happen; a changed name would not make it false.
    if (/^(?:Had|Were)\s+(?:\p{Ll}+|\p{Lu}\p{Ll}+)\s/u.test(opening) || /\b(?:would|could|might)\s+have\s+(?:been|won|become|had)\b/i.test(opening)) {
      left.push({ paragraph: sentence.paragraph, text: cut(opening), reason: 'tells what might have been, not what happened' });
      return;
    }
    // "..., while rescuers waited for vans to take them away": a clause split from its sentence may say "they" or "them" of
    // what the clause before it named; on its own it would leave the student to guess.
    const back = u > 0 ? words.find((w) => w.start >= openAt && w.end <= unit.end && /^(?:they|them|their|theirs|themselves)$/i.test(w.text) && !inside(quotes, w.start, w.end) && !removed.some((e) => w.start >= e.start && w.end <= e.end)) : undefined;
    if (back && unitFigures.length + unitYears.length + unitMentions.length > 0) {
      left.push({ paragraph: sentence.paragraph, text: cut(opening), reason: `says “${back.text.toLowerCase()}” of what the clause before it names, and a question could not tell what` });
      return;
    }
    // "X said many were displaced residents", "said most of them had fled": what is told is of people named before.
    const told = REPORTED_QUANTIFIER.exec(text.slice(openAt, unit.end));
    if (told && !inside(quotes, openAt + told.index, openAt + told.index + told[0].length) && unitFigures.length + unitYears.length + unitMentions.length > 0) {
      left.push({ paragraph: sentence.paragraph, text: cut(opening), reason: `says “${told[1]!.toLowerCase()}” of people or things named before it, and a question could not tell whom` });
      return;
    }
    // "Tadic's party was the runner-up": a place in a contest the clause does not name (runner-up of what?).
    const placed = CONTEST_PLACE.exec(text.slice(openAt, unit.end).trim());
    if (placed && unitFigures.length + unitYears.length + unitMentions.length > 0) {
      left.push({ paragraph: sentence.paragraph, text: cut(opening), reason: `says “${placed[1]!.toLowerCase()}” without the contest, and a question could not tell of what` });
      return;
    }
    let subject: { entity: FoundEntity; edit: Edit } | null = null;
    const he = /^(He|She|he|she)\b/.exec(opening);
    if (he) {
      const person = ctx.peopleBefore.length === 1 ? ctx.peopleBefore[0]! : null;
      if (!person) {
        left.push({ paragraph: sentence.paragraph, text: cut(opening), reason: `begins with “${he[1]!.toLowerCase()}”, and the draft cannot tell whom it means` });
        return;
      }
      subject = { entity: person, edit: { start: openAt, end: openAt + he[1]!.length, text: '', slot: 'person' } };
      checks.push(`“${he[1]!.charAt(0).toUpperCase()}${he[1]!.slice(1)}” is taken to be ${person.label}, named just before.`);
    } else if (UNRESOLVED_OPENERS.test(opening) && !unitMentions.some((m) => m.start === openAt)) {
      const word = /^\S+/.exec(opening)![0];
      if (unitFigures.length + unitYears.length + unitMentions.length > 0) {
        const reason = /^there$/i.test(word) && /^there\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|had\s+been)\s/i.test(opening)
          ? 'says there is none of something, and a changed value would not make it false'
          : `begins with “${word.toLowerCase()}”, and a question could not tell what it means`;
        left.push({ paragraph: sentence.paragraph, text: cut(opening), reason });
      }
      return;
    }
    // Slots: every figure, the years, and up to two names (one beside figures).
    const names = new Set<string>();
    const name = (base: string): string => {
      let n = slugify(base, 24, 'value').replace(/^(\d)/, 'n$1');
      if (!/^[a-z]/.test(n)) n = `value-${n}`;
      let out = n;
      for (let k = 2; names.has(out); k++) out = `${n}-${k}`;
      names.add(out);
      return out;
    };
    const slots: DraftFact['slots'] = {};
    // What a fact that does not ask a slot writes in its place, where the article's words would say less than the name.
    const whole = new Map<string, Edit>();
    const marks: SourceMark[] = [];
    const phrases: Record<string, string | null> = {};
    const pairs = new Map<string, { other: string; start: number; end: number }>();
    for (const f of unitFigures.slice(0, 4)) {
      const slot = name(f.kind === 'percent' ? 'share' : f.kind === 'money' ? 'amount' : f.unit.split(' ').pop()!);
      slots[slot] = numberSlot(f);
      edits.push({ start: f.start, end: f.end, text: `{${slot}}`, slot });
      marks.push({ slot, start: f.start, end: f.end });
      phrases[slot] = numberPhrase(f);
    }
    for (const y of unitYears.slice(0, 2)) {
      const slot = name('year');
      slots[slot] = { date: String(y.year), label: '' };
      edits.push({ start: y.start, end: y.end, text: `{${slot}}`, slot });
      marks.push({ slot, start: y.start, end: y.end });
      phrases[slot] = 'which year';
    }
    if (subject) {
      const slot = name('person');
      slots[slot] = { entity: subject.entity };
      edits.push({ ...subject.edit, text: `{${slot}}`, slot });
      whole.set(slot, { ...subject.edit, text: subject.entity.label });
      phrases[slot] = 'who';
    }
    const room = unitFigures.length + unitYears.length > 0 ? 1 : 2;
    const chosen = chooseMentions(sentence, unitMentions, room - (subject ? 1 : 0), edits);
    const addMention = (m: Mention): { slot: string; start: number } => {
      const slot = name(slotName(m.entity.type));
      slots[slot] = { entity: m.entity };
      let start = m.start;
      // "the State Department": the entity brings its own "the"; "the Paris-based Ocean Watch ..." loses its modifier with it.
      const the = /\bthe\s+$/i.exec(text.slice(unit.start, m.start));
      const theModified = /\bthe\s+(?:(?:[\p{Ll}-]+|\p{Lu}+-\p{Ll}+)\s+){1,2}$/u.exec(text.slice(unit.start, m.start));
      if (the && (m.entity.definite || m.form !== m.entity.label)) start -= the[0].length;
      else if (theModified && m.entity.definite && !/\b(?:of|in|on|at|to|for|and|or)\s/.test(theModified[0])) start -= theModified[0].length;
      edits.push({ start, end: m.end, text: `{${slot}}`, slot });
      // "The Observatory", "Nikolic": a short form says less than the name; a fact that does not ask it writes the name.
      if (m.form !== m.entity.label) whole.set(slot, { start, end: m.end, text: m.entity.definite || start < m.start ? `the ${m.entity.label.replace(/^the\s+/i, '')}` : m.entity.label });
      marks.push({ slot, start: m.start, end: m.end });
      phrases[slot] = entityPhrase(m.entity.type, /^['’]s/.test(text.slice(m.end)));
      return { slot, start };
    };
    for (const { mention, pair } of chosen) {
      const a = addMention(mention);
      if (!pair) continue;
      const b = addMention(pair);
      pairs.set(a.slot, { other: b.slot, start: a.start, end: pair.end });
      pairs.set(b.slot, { other: a.slot, start: a.start, end: pair.end });
    }
    if (Object.keys(slots).length === 0) return;
    // "the city", "the coalition", "also": resolved to the name named before, dropped, or the clause is left out.
    const pointing = pointingBack(sentence, openAt, unit.end, ctx.named ?? [], ctx.earlier ?? new Set(), (a, b) => inside(quotes, a, b) || edits.some((e) => a < e.end && b > e.start));
    if ('leave' in pointing) {
      left.push({ paragraph: sentence.paragraph, text: cut(text.slice(unit.start, unit.end)), reason: `${pointing.leave} points back to something named before it, and a question could not tell what` });
      return;
    }
    const pointed: string[] = [];
    for (const e of pointing.edits) {
      edits.push({ start: e.start, end: e.end, text: e.text });
      if (e.check) pointed.push(e.check);
    }
    const plan = segmentPlan(sentence, unit, edits, quotes);
    if (!plan) {
      left.push({ paragraph: sentence.paragraph, text: cut(text.slice(unit.start, unit.end)), reason: 'no clause with a subject and a verb' });
      return;
    }
    // A clause that opens with its verb has no subject: an item of a list under a heading ("Gave grants of $3 million
    // to ..."), which a statement would leave without who did it. A participle that describes the subject ("Stretched
    // rescue teams are toiling") has a verb of the clause after it, before any "and".
    const mainWords = plan.wordsIn(plan.segments[plan.main]!);
    const verbFirst = mainWords[0];
    const and = mainWords.findIndex((w, i) => i > 0 && lower(w) === 'and');
    const upToAnd = mainWords.slice(1, and < 0 ? undefined : and);
    if (plan.main === 0 && verbFirst !== undefined && /^\p{Lu}\p{Ll}/u.test(verbFirst.text) && finite(verbFirst) && !has(verbFirst, 'Noun') && !has(verbFirst, 'Gerund') && !upToAnd.some(finite)) {
      left.push({ paragraph: sentence.paragraph, text: cut(text.slice(unit.start, unit.end)), reason: `opens with its verb (“${verbFirst.text}”) and names no one who did it` });
      return;
    }
    // One fact per group of slots whose statements keep the same segments: "Some 400 fans came ...",
    // "... among them 20 players from Leeds ...", "... watched by about 90 reporters" are three facts.
    const slotEdits = edits.filter((e) => e.slot);
    const groups = new Map<string, { keep: boolean[] | null; slots: string[] }>();
    for (const e of slotEdits) {
      // A value inside an aside before the main verb ("Nikolic, a former nationalist who ... backed Serbia's bid, said") is a detail of a detail.
      if (plan) {
        const k = plan.segments.findIndex((g) => e.start >= g.start && e.end <= g.end);
        if (k >= 0 && k < plan.main && /^(?:a|an|who|which|whose|whom|where)$/i.test(plan.wordsIn(plan.segments[k]!)[0]?.text ?? '')) continue;
      }
      const keep = plan ? keptSegments(plan, text, e.start, e.end) : null;
      const key = keep ? keep.map((k) => (k ? 1 : 0)).join('') : 'all';
      const group = groups.get(key) ?? { keep, slots: [] };
      group.slots.push(e.slot!);
      groups.set(key, group);
    }
    let g = 0;
    for (const group of groups.values()) {
      g += 1;
      const own = new Set(group.slots);
      // The other groups' values stay as the article writes them.
      const theirs = (e: Edit): Edit[] => (!e.slot || own.has(e.slot) ? [e] : whole.has(e.slot) ? [whole.get(e.slot)!] : []);
      const factEdits = [...edits.flatMap(theirs), ...(plan && group.keep ? dropEdits(plan, group.keep) : [])];
      const statement = finish(applyEdits(text, unit.start, unit.end, factEdits));
      if (countWords(statement) < 3) continue;
      // "Since then, its ships have ...": without the opening phrase the statement opens with a word a reader cannot resolve.
      if (UNRESOLVED_OPENERS.test(statement)) {
        if (g === 1) left.push({ paragraph: sentence.paragraph, text: cut(text.slice(unit.start, unit.end)), reason: `begins with “${/^\S+/.exec(statement)![0].toLowerCase()}”, and a question could not tell what it means` });
        continue;
      }
      const factSlots: DraftFact['slots'] = {};
      for (const name of group.slots) factSlots[name] = slots[name]!;
      const fact: DraftFact = {
        base: `p${sentence.paragraph}-s${sentence.index + 1}${units.length > 1 ? `-c${u + 1}` : ''}${groups.size > 1 ? `-${g}` : ''}`,
        paragraph: sentence.paragraph,
        text: statement,
        slots: factSlots,
        ask: {},
        source: text,
        marks: marks.filter((m) => own.has(m.slot)),
        // Every fact of the clause names the person a "he" was taken to be, asked or written out.
        checks: [...(subject ? checks : []), ...pointed],
      };
      if (normalise(statement) !== normalise(text)) fact.explanation = asFeedback(text);
      const groupEdits = edits.flatMap(theirs);
      for (const name of group.slots) {
        const ask = plan ? askFor(sentence, unit, groupEdits, name, phrases[name] ?? null, plan, pairs.get(name)) : null;
        if (typeof ask === 'string') fact.ask[name] = ask;
        else if (ask) {
          // Refused: the slot stays as context (a generic question made from the statement would put the question word
          // where this one would have stood).
          factSlots[name] = { ...factSlots[name]!, given: true };
          left.push({ paragraph: sentence.paragraph, text: cut(text.slice(unit.start, unit.end)), reason: `its ${slotNoun(factSlots[name]!)} is not asked: ${ask.refuse}` });
        }
        const value = factSlots[name]!;
        if ('number' in value || 'date' in value) value.label = labelFor(statement, name, factSlots);
      }
      facts.push(fact);
    }
  });
  if (facts.length === 0 && left.length === 0) {
    const reason = figures.length + years.length + ctx.mentions.length === 0 ? 'no name, figure or year to ask about' : 'its names stand only in lists, as modifiers or in quotations';
    return leave(reason);
  }
  return { facts, left };
}

/** Whether a speaker is named right beside a quotation: `"...," Reitze said`, `"...," said Gonzalez`, `he said: "..."`. */
function attributionBeside(text: string, q: { start: number; end: number }): boolean {
  const after = text.slice(q.end);
  const before = text.slice(0, q.start);
  const SPEECH = '(?:said|says|added|adds|told|emphasi[sz]ed|noted|insisted|explained|stressed|warned|declared)';
  if (new RegExp(`^\\s*,?\\s*(?:(?:\\p{Lu}[\\p{L}.'’-]*|he|she|the\\s+\\S+(?:\\s+\\S+)?)\\s+){1,4}${SPEECH}\\b`, 'u').test(after)) return true;
  if (new RegExp(`^\\s*,?\\s*${SPEECH}\\s+\\p{Lu}`, 'u').test(after)) return true;
  return new RegExp(`\\b${SPEECH}[:,]?\\s*$`).test(before);
}

/** Why a quotation gave no fact. */
function quoteReason(ctx: SentenceContext, quotes: { start: number; end: number }[]): string {
  const outside = ctx.mentions.filter((m) => !inside(quotes, m.start, m.end) && m.entity.type === 'person');
  if (outside.length === 0 && !/\b(?:he|she)\s+(?:said|says|added)\b|\b(?:said|says|added)\s+(?:he|she)\b/i.test(ctx.sentence.text)) return 'a quotation whose speaker is not named in it';
  return 'a quotation whose speaker the draft cannot tell';
}

/** "{person} said: "..."" from a sentence that is mostly a quotation with its speaker. */
function draftQuote(ctx: SentenceContext, quotes: { start: number; end: number }[]): SentenceDraft | null {
  const { sentence } = ctx;
  const text = sentence.text;
  const outsideWords = sentence.words.filter((w) => !inside(quotes, w.start, w.end));
  if (!outsideWords.some((w) => SPEECH_VERBS.test(w.text))) return null;
  const speakers = ctx.mentions.filter((m) => m.entity.type === 'person' && !inside(quotes, m.start, m.end));
  const checks: string[] = [];
  let speaker: FoundEntity | null = null;
  const marks: SourceMark[] = [];
  if (speakers.length > 0 && new Set(speakers.map((m) => m.entity)).size === 1) {
    speaker = speakers[0]!.entity;
    marks.push({ slot: 'person', start: speakers[0]!.start, end: speakers[0]!.end });
  } else if (speakers.length === 0) {
    const pronoun = outsideWords.find((w) => /^(?:he|she)$/i.test(w.text));
    if (pronoun && ctx.peopleBefore.length === 1) {
      speaker = ctx.peopleBefore[0]!;
      checks.push(`“${pronoun.text.toLowerCase()}” is taken to be ${speaker.label}, named just before.`);
    }
  }
  if (!speaker) return null;
  const chosen = quotes.find((q) => countWords(text.slice(q.start, q.end)) >= 2);
  if (!chosen) return null;
  let quote = text.slice(chosen.start, chosen.end).replace(/^["“”]|["“”]$/g, '').trim();
  quote = quote.replace(/[,;:]+$/, '').replace(/\s+/g, ' ').trim();
  if (countWords(quote) < 2) return null;
  quote = shortenQuote(quote);
  const statement = `{person} said: “${quote.replace(/[.,;:]$/, '')}”.`;
  return {
    facts: [
      {
        base: `p${sentence.paragraph}-s${sentence.index + 1}-quote`,
        paragraph: sentence.paragraph,
        text: statement,
        slots: { person: { entity: speaker } },
        ask: {},
        explanation: asFeedback(text),
        source: text,
        marks,
        checks,
      },
    ],
    left: [],
  };
}

/** A quotation of more than 25 words is cut at a sentence or clause end before that, with "…". */
function shortenQuote(quote: string): string {
  if (countWords(quote) <= 25) return quote;
  const firstSentence = /^.+?[.!?](?=\s+\p{Lu})/u.exec(quote)?.[0];
  if (firstSentence && countWords(firstSentence) >= 5 && countWords(firstSentence) <= 25) return firstSentence;
  const words = quote.split(' ');
  let cutAt = 25;
  for (let k = 25; k >= 8; k--) if (/[,;:]$/.test(words[k - 1]!)) {
    cutAt = k;
    break;
  }
  return `${words.slice(0, cutAt).join(' ').replace(/[,;:]$/, '')} …`;
}

/** Verbs of saying, whose object is what was said. */
const REPORTING = /^(?:said|says|say|announced|announces|reported|reports|added|adds|confirmed|confirms|told|tells|stated|states|noted|notes|argued|argues|claimed|claims|warned|warns|explained|explains)$/i;

/** The clauses of a sentence: split at "; " and at ", but", ", while", ", whereas", ", although" when both sides have a verb. */
function clauses(sentence: Sentence, removed: Edit[]): { start: number; end: number }[] {
  const text = sentence.text;
  const cuts: { at: number; next: number }[] = [];
  for (const m of text.matchAll(/;\s+|:\s+(?!["“‘'])|,\s+(?:and|but|so|while|whereas|although|though)\s+|\s+but\s+(?=\p{Ll})/gu)) {
    if (removed.some((e) => m.index >= e.start && m.index < e.end)) continue;
    cuts.push({ at: m.index, next: m.index + m[0].length });
  }
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const c of cuts) {
    parts.push({ start, end: c.at });
    start = c.next;
  }
  parts.push({ start, end: text.length });
  // Join a part without a finite verb, or without a subject before its verb, to the part before it.
  const verbs = (p: { start: number; end: number }): boolean => sentence.words.some((w) => w.start >= p.start && w.end <= p.end && finite(w));
  const subjectless = (p: { start: number; end: number }): boolean => {
    const first = sentence.words.find((w) => w.start >= p.start);
    return first !== undefined && finite(first) && !has(first, 'Noun');
  };
  // A part that ends in what a verb of saying reports, without a verb of its own, is the start of a list the next part
  // ends ("The clerk said A, B, and C opposed the plan").
  const unfinishedReport = (p: { start: number; end: number }): boolean => {
    const words = sentence.words.filter((w) => w.start >= p.start && w.end <= p.end);
    let last = words.length - 1;
    while (last >= 0 && !finite(words[last]!)) last -= 1;
    return last >= 0 && REPORTING.test(words[last]!.text) && last < words.length - 1 && !words.slice(last + 1).some((w) => /^["“‘']$/.test(w.text));
  };
  const out: { start: number; end: number }[] = [];
  for (const p of parts) {
    const before = out[out.length - 1];
    if (before && (!verbs(p) || subjectless(p) || !verbs(before) || unfinishedReport(before))) before.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

/**
 * The names to slot: the subject first, then others, skipping names in a list
 * ("Peru and Chile", "Leeds, York and Hull"), names used as modifiers
 * ("UN troops", "EU summit"), and a second mention of one entity.
 */
function chooseMentions(sentence: Sentence, mentions: Mention[], room: number, edits: Edit[]): { mention: Mention; pair?: Mention }[] {
  if (room <= 0) return [];
  // Words removed from the statement (a title, an aside) are looked through: "Jacobson and [Chief of ...] DeLaurentis".
  const words = sentence.words.filter((w) => !edits.some((e) => !e.slot && w.start >= e.start && w.end <= e.end) || mentions.some((m) => w.start >= m.start && w.end <= m.end));
  const at = (m: Mention): [number, number] => [words.findIndex((w) => w.start >= m.start), words.findIndex((w) => w.end >= m.end)];
  const listed = (m: Mention): boolean => {
    const [first, last] = at(m);
    const neighbour = (w: Word | undefined): boolean => w !== undefined && mentions.some((o) => o !== m && o.start <= w.start && w.end <= o.end);
    const joiner = (w: Word | undefined): boolean => lower(w) === 'and' || lower(w) === 'or' || w?.text === ',';
    // After it: "and", "or" or a comma, then within two small words another name ("Syria and neighbouring Iraq"), or "and other leaders".
    const next = words[last + 1];
    if (joiner(next)) {
      for (let d = 2; d <= 4; d++) {
        const w = words[last + d];
        if (!w) break;
        if (neighbour(w)) return true;
        if (lower(next) === 'and' && d === 2 && (finite(w) || has(w, 'Adverb'))) break;
        if (!/^\p{Ll}/u.test(w.text) && !joiner(w)) break;
      }
      if (lower(next) === 'and' && /^(?:other|several|many|some|the|its|his|her|their|a|an)$/.test(lower(words[last + 2])) && !finite(words[last + 3] ?? words[last + 2]!)) return true;
    }
    // Before it: another name, then within two small words "and", "or" or a comma (", and" as well).
    for (let d = 1; d <= 3; d++) {
      const w = words[first - d];
      if (!w) break;
      if (joiner(w)) {
        const before = joiner(words[first - d - 1]) ? words[first - d - 2] : words[first - d - 1];
        if (neighbour(before)) return true;
        break;
      }
      if (!/^\p{Ll}/u.test(w.text)) break;
    }
    return false;
  };
  const modifier = (m: Mention): boolean => {
    const [, last] = at(m);
    const next = words[last + 1];
    if (!next) return false;
    if (/['’]s$/.test(words[last]!.text)) return false;
    return /^\p{Ll}/u.test(next.text) && has(next, 'Noun') && !has(next, 'Verb') && !has(next, 'Preposition') && !has(next, 'Pronoun') && !has(next, 'Determiner') && !has(next, 'Adverb') && !has(next, 'Conjunction');
  };
  // "The town's head of parks, Tom Reed, proposed ...": a person set off by commas after their role is asked in the role's own fact.
  const appositive = (m: Mention): boolean => {
    const [first, last] = at(m);
    return m.entity.type === 'person' && words[first - 1]?.text === ',' && words[last + 1]?.text === ',' && m.entity.roles.some((r) => r.source === sentence);
  };
  // A name followed by "who" or "which" carries a clause of its own; one inside a relative clause ", which ..." is a detail of a detail.
  const relative = (m: Mention): boolean => {
    const [first, last] = at(m);
    if (/^(?:who|which|whose)$/.test(lower(words[last + 1]))) return true;
    for (let k = first - 1; k >= 0; k--) {
      const w = words[k]!;
      if (/^(?:which|who|whose|where)$/.test(lower(w)) && words[k - 1]?.text === ',') return true;
      if (w.text === ',' || w.text === ';') break;
    }
    return false;
  };
 // "Tadic's Democratic Party": a person who owns a name is no slot (a question would ask whose party it is).
  const possessor = (m: Mention): boolean => {
    const [, last] = at(m);
    return m.entity.type === 'person' && /['’]s?$/.test(words[last]!.text) && mentions.some((o) => o !== m && o.start > m.end && o.start - m.end <= 3);
  };
  // "an acting Oscar", "worthy of a Nobel Prize": a name after "a" or "an" means any of its kind, not the one the article tells of.
  const generic = (m: Mention): boolean => {
    const [first] = at(m);
    for (let d = 1; d <= 3; d++) {
      const w = words[first - d];
      if (!w) return false;
      if (/^(?:a|an)$/i.test(w.text)) return true;
      if (!/^\p{Ll}/u.test(w.text) || has(w, 'Verb') && !has(w, 'Adjective') || has(w, 'Preposition') || has(w, 'Determiner')) return false;
    }
    return false;
  };
  // Two names of one kind joined by "and" ("Turkey and Syria", "Kerry and Rodriguez") are slots together: a question asks one beside the other.
  const category = (type: string): string => (['country', 'city', 'region', 'place', 'airfield', 'venue'].includes(type) ? 'place' : ['organisation', 'company', 'party', 'news-organisation'].includes(type) ? 'organisation' : type);
  const pairOf = (m: Mention): Mention | undefined => {
    const n = mentions.find((o) => o.start > m.end && /^\s+(?:and|or)\s+$/.test(sentence.text.slice(m.end, o.start)));
    if (!n || n.entity === m.entity || category(n.entity.type) !== category(m.entity.type)) return undefined;
    const [first] = at(m);
    const [, last] = at(n);
    const prev = words[first - 1];
    const next = words[last + 1];
    // Part of a longer list, or "and others" after it: not a pair.
    if (prev?.text === ',' || /^(?:and|or)$/.test(lower(prev)) || next?.text === ',' && mentions.some((o) => o.start > n.end && o.start - n.end < 4)) return undefined;
    if (/^(?:and|or)$/.test(lower(next))) return undefined;
    if (modifier(n) || relative(n)) return undefined;
    return n;
  };
  const seen = new Set<FoundEntity>();
  const out: { mention: Mention; pair?: Mention }[] = [];
  for (const m of mentions) {
    if (seen.has(m.entity)) continue;
    const pair = pairOf(m);
    if (pair && !seen.has(pair.entity)) {
      seen.add(m.entity);
      seen.add(pair.entity);
      out.push({ mention: m, pair });
      if (out.length >= room) break;
      continue;
    }
    if (listed(m) || modifier(m) || relative(m) || possessor(m) || appositive(m) || generic(m)) continue;
    seen.add(m.entity);
    out.push({ mention: m });
    if (out.length >= room) break;
  }
  return out;
}


/** Slot names by entity type. */
function slotName(type: string): string {
  if (type === 'person') return 'person';
  if (['country', 'city', 'region', 'airfield', 'venue', 'place'].includes(type)) return type === 'place' ? 'place' : type;
  if (['organisation', 'company', 'party', 'news-organisation'].includes(type)) return type === 'organisation' ? 'organisation' : type;
  return type;
}

/** How many of a unit make one period: "24 hours a day". */
const PERIODS: Record<string, Record<string, number>> = {
  hour: { day: 24 },
  day: { week: 7, year: 365 },
  month: { year: 12 },
  week: { year: 52 },
  minute: { hour: 60 },
  second: { minute: 60 },
};

/** Whether a figure is the whole of the period after it ("24 hours a day", "seven days a week", "12 months a year"). */
function wholePeriod(f: Figure, text: string): boolean {
  const unit = f.unit.toLowerCase().split(' ').pop()!.replace(/s$/, '');
  const period = /^\s*(?:[\p{L}-]+\s+){0,1}?(?:a|an|per|each|every)\s+(day|week|year|hour|minute)\b/iu.exec(text.slice(f.end));
  return period !== null && PERIODS[unit]?.[period[1]!.toLowerCase()] === f.value;
}

/** How far from an approximate figure ("about 15", "some 30", "nearly 20,000") a reader may fairly take it to be: a fifth of it. */
const APPROXIMATE_SHARE = 0.2;

/**
 * A number slot from a figure. An approximate figure gets a tolerance of a fifth of it: the article's
 * "about" is loose, so no wrong option may stand within it ("17" beside "about 15", "35" beside
 * "some 30" are answers a student could defend), and a typed answer within it is taken.
 */
function numberSlot(f: Figure): NumberSlot {
  const slot: NumberSlot = { number: f.value, unit: f.unit, label: '' };
  if (f.qualifier !== 'exactly') slot.qualifier = f.qualifier;
  if (f.qualifier === 'about' && f.value !== 0) slot.tolerance = Number((Math.abs(f.value) * APPROXIMATE_SHARE).toPrecision(2));
  if (f.unitSingular) slot.unitSingular = f.unitSingular;
  return slot;
}

/** The question words that stand for a figure: "at least how many", "what percentage", "how many billion euros". */
function numberPhrase(f: Figure): string {
  const qualifier = f.qualifier !== 'exactly' ? `${QUALIFIER_WORDS[f.qualifier]} ` : '';
  if (f.kind === 'percent') return `${qualifier}what percentage`;
  return `${qualifier}how many${f.unitInside ? ` ${f.unit}` : ''}`;
}

/** The question words that stand for a name: "who", "whose", "which party". */
function entityPhrase(type: string, possessive: boolean): string {
  if (type === 'person') return possessive ? 'whose' : 'who';
  const label = DRAFT_TYPES.find((t) => t.id === type)?.label ?? 'one';
  return `which ${label}${possessive ? '' : ''}`;
}

/**
 * The question on one slot of a clause, asked where the value stands ("Who opened the
 * bridge?", "Smith won what percentage of the votes?"), without the parts of the clause
 * between commas that the question does not need: an aside ("among them 20 players"),
 * an attribution ("dpa reported"), an opening phrase ("According to ..."), another clause. An
 * opening phrase that holds the value moves to the end ("Crowds gathered ... in
 * which Welsh town?"). `null` when the value stands where a question word cannot ("its {n}
 * strikes" is asked without "its"; "a {name}" not at all).
 */
/** The comma segments of a clause, which one holds its main verb, and which ones a statement on a slot keeps. */
interface SegmentPlan {
  segments: { start: number; end: number }[];
  main: number;
  wordsIn(g: { start: number; end: number }): Word[];
  hasFinite(g: { start: number; end: number }): boolean;
  intro(k: number): boolean;
}

const ATTRIBUTION = /^(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?)(?:said|reported|say|says|added|claimed|announced|told reporters|confirmed)\s*[.!]?$/u;

/** Whether the comma at `at` separates items of a list ("in 1990, 1994 and 1998", "Leeds, York, Hull, and Selby"), not clauses. */
function listComma(sentence: Sentence, at: number): boolean {
  const words = sentence.words;
  const k = words.findIndex((w) => w.start === at);
  if (k <= 0) return false;
  const item = (w: Word | undefined): boolean => w !== undefined && /^[\p{Lu}\d]/u.test(w.text);
  let next = k + 1;
  if (/^(?:and|or)$/.test(lower(words[next]))) next += 1;
  if (!item(words[k - 1]) || !item(words[next])) return false;
  // The item after the comma is short and without a verb, and the list ends with "and" or "or" before any other comma.
  for (let j = next; j < words.length && j < next + 8; j++) {
    const w = words[j]!;
    if (finite(w) && !has(w, 'ProperNoun')) return false;
    if (/^(?:and|or)$/.test(lower(w)) || (j === next && /^(?:and|or)$/.test(lower(words[k + 1])))) return true;
    if (w.text === ',') return listComma(sentence, w.start);
    if (/^[.;:]$/.test(w.text)) return /^(?:and|or)$/.test(lower(words[k + 1]));
  }
  return false;
}

/** Splits a clause at the commas outside quotations and brackets (and outside what the statement removes). */
function segmentPlan(sentence: Sentence, unit: { start: number; end: number }, edits: Edit[], quotes: { start: number; end: number }[]): SegmentPlan | null {
  const text = sentence.text;
  const removedAt = (a: number): boolean => edits.some((e) => !e.slot && a >= e.start && a < e.end);
  const cuts: number[] = [unit.start];
  let depth = 0;
  for (let k = unit.start; k < unit.end; k++) {
    const ch = text[k]!;
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0 && !/\d/.test(text[k + 1] ?? '') && !inside(quotes, k, k + 1) && !removedAt(k) && !listComma(sentence, k)) cuts.push(k);
  }
  const segments = cuts.map((c, k) => ({ start: c, end: k + 1 < cuts.length ? cuts[k + 1]! : unit.end }));
  const wordsIn = (g: { start: number; end: number }): Word[] => sentence.words.filter((w) => w.start >= g.start && w.end <= g.end && !removedAt(w.start) && !/^[,;:]$/.test(w.text));
  const hasFinite = (g: { start: number; end: number }): boolean => wordsIn(g).some(finite);
  const opensAside = (g: { start: number; end: number }, k: number): boolean => {
    const ws = wordsIn(g);
    const first = ws[0]?.text ?? '';
    // The sentence's first segment with a verb of its own is its main clause ("A 2009 flood near Ghent closed ..."), unless it is subordinate ("When ...").
    if (k === 0 && !/^(?:which|who|whom|whose|where|while|when|as|because|although|though|after|before|if|since|until|unless|whereas|once)$/i.test(first)) {
      // An opening phrase ("In the Welsh town of Brecon,", "Amid talk of ...,", "With the polls closed,") when a later segment has a verb of its own.
      const opener = has(ws[0], 'Preposition') || /^(?:in|on|at|with|without|amid|during|despite|according|for|from|under|by|early|late|last|over|across|throughout)$/i.test(first);
      return opener && segments.slice(1).some((g) => wordsIn(g).some(finite));
    }
    return ASIDE_OPENERS.test(first) || has(ws[0], 'Gerund');
  };
  // "Situated a mere 30 miles from the border, ...": a sentence that opens with a participle has its subject elsewhere.
  const participle = (k: number): boolean => {
    const ws = wordsIn(segments[k]!);
    return k === 0 && /^\p{Lu}\p{Ll}+ed$/u.test(ws[0]?.text ?? '') && !has(ws[0], 'Noun') && !ws.slice(1).some(finite);
  };
  const main = segments.findIndex((g, k) => hasFinite(g) && !opensAside(g, k) && !participle(k));
  if (main < 0) return null;
  const intro = (k: number): boolean => k < main && (/^(?:in|on|at|amid|after|before|during|according|early|late|last|with|for|from|under|despite|by|since|as)$/i.test(wordsIn(segments[k]!)[0]?.text ?? '') || has(wordsIn(segments[k]!)[0], 'Gerund'));
  return { segments, main, wordsIn, hasFinite, intro };
}

/** "built by a team of builders": a segment that opens with a participle is an aside. */
const participleOpens = (w: Word | undefined): boolean => w !== undefined && /^\p{Ll}+(?:ed|ing)$/u.test(w.text) && has(w, 'Verb');

/** Words that open a relative clause, which says something of what stands just before it. */
const RELATIVE = /^(?:which|who|whom|whose|where)$/i;

const ASIDE = /^(?:a|an|including|which|who|whom|whose|where|while|when|as|and|but|adding|saying|according|compared|up|down|from|with)$/i;

/**
 * The segments a statement on the value at `at`..`end` keeps: the main clause, its subject,
 * the segment that holds the value (and those that carry the main clause on to it), and a
 * closing attribution ("activists say"); asides, opening phrases and other clauses go.
 */
function keptSegments(plan: SegmentPlan, text: string, at: number, end: number): boolean[] {
  const { segments, main, wordsIn, hasFinite, intro } = plan;
  const holds = (g: { start: number; end: number }): boolean => at >= g.start && end <= g.end;
  const keep = segments.map((g, k) => {
    if (holds(g) || k === main) return true;
    if (k < main) return !intro(k) && !ASIDE.test(wordsIn(g)[0]?.text ?? '') && !participleOpens(wordsIn(g)[0]);
    // A closing attribution stays: the statement is the source's claim, not the article's.
    return k === segments.length - 1 && ATTRIBUTION.test(text.slice(g.start, g.end).replace(/^[\s,]+/, '').trim());
  });
  const asked = segments.findIndex(holds);
  // A segment without a verb of its own after the main clause ("enough for about two years of work") says
  // something about the segment just before it: every segment between the main clause and it stays, or the statement
  // would hang it on another figure.
  // So too a relative clause ("which is 3% below what the council wanted"): it says something of what stands just
  // before it ("the subsidy will grow by 4%, which is 3% below"), never of the main clause's figure ("fares will be $2.40").
  const dependent = asked > main && (!hasFinite(segments[asked]!) || RELATIVE.test(wordsIn(segments[asked]!)[0]?.text ?? ''));
  for (let k = main + 1; k < asked; k++) if (dependent || (!hasFinite(segments[k]!) && !ASIDE.test(wordsIn(segments[k]!)[0]?.text ?? ''))) keep[k] = true;
  return keep;
}

/** The edits that drop the segments not kept, each with the comma that joined it. */
function dropEdits(plan: SegmentPlan, keep: boolean[]): Edit[] {
  const drops: Edit[] = [];
  plan.segments.forEach((g, k) => {
    if (keep[k]) return;
    // An aside before the verb goes with the comma after it ("400 fans[, among them ...,] came"); one after it with the
    // comma before it, unless the segment kept after it goes on with a verb ("the plan they set out[, written by ...,] comes to").
    const next = plan.segments[k + 1];
    const first = next ? plan.wordsIn(next)[0] : undefined;
    const verbNext = first !== undefined && keep[k + 1] === true && /^\p{Ll}/u.test(first.text) && (has(first, 'PresentTense') || has(first, 'PastTense')) && !has(first, 'Gerund');
    const end = (k === 0 || k < plan.main || verbNext) && next ? next.start + 1 : g.end;
    drops.push({ start: g.start, end, text: '' });
  });
  return drops;
}

function askFor(
  sentence: Sentence,
  unit: { start: number; end: number },
  edits: Edit[],
  slot: string,
  phrase: string | null,
  plan: SegmentPlan,
  pair?: { other: string; start: number; end: number },
): string | Refusal | null {
  if (!phrase) return null;
  const text = sentence.text;
  const found = edits.find((e) => e.slot === slot);
  if (!found) return null;
  const own: Edit = found;
  const { segments, main, wordsIn, intro } = plan;
  const slotIn = (g: { start: number; end: number }): boolean => own.start >= g.start && own.end <= g.end;
  const keep = keptSegments(plan, text, own.start, own.end);
  // The closing attribution goes when the question asks about something else.
  const lastIndex = segments.length - 1;
  if (keep[lastIndex] && !slotIn(segments[lastIndex]!) && lastIndex !== main) keep[lastIndex] = false;
  const asked = segments.findIndex(slotIn);
  const drops = dropEdits(plan, keep);
  let wh = phrase;
  let ownStart = own.start;
  let ownEnd = own.end;
  const before = text.slice(unit.start, own.start);
  // "{person}'s party": the possessive goes into "whose".
  const poss = /^['’]s?/.exec(text.slice(own.end));
  if (poss && poss[0] && /^whose$|^which /.test(wh)) {
    ownEnd += poss[0].length;
    if (/^which /.test(wh)) wh = `${wh}'s`;
  }
  // "Anti-IS group {organisation} said": the noun before the name says what is asked ("Which group said ...?").
  const descriptor = /(?:^|[\s,])((?:[\p{L}-]+\s+){0,2}?)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(before);
  if (descriptor && !/^which (?:year|percentage)/.test(wh) && !/how many/.test(wh)) {
    const noun = sentence.words.find((w) => w.end === own.start - 1 || w.end === own.start - (before.length - before.trimEnd().length));
    if (noun && !SMALL_WORDS.test(noun.text) && has(noun, 'Noun') && !has(noun, 'Verb') && !has(noun, 'Preposition') && !has(noun, 'Determiner') && !has(noun, 'Pronoun') && !has(noun, 'Adjective')) {
      // The words that modify the noun go with it, back to a determiner or a preposition.
      let from = sentence.words.indexOf(noun);
      while (from > 0) {
        const w = sentence.words[from - 1]!;
        if (has(w, 'Determiner') || has(w, 'Preposition') || has(w, 'Verb') || /^[,;:(]$/.test(w.text) || has(w, 'Conjunction')) break;
        from -= 1;
      }
      ownStart = sentence.words[from]!.start;
      wh = wh === 'who' || wh === 'whom' ? wh : `which ${noun.text}`;
    }
  }
  // "The Netherlands-based {organisation} said", "Mayor {person} vetoed", "American {person} reinforced": what stands before the name goes with it.
  const modifiers = /(?:^|\s)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}]*-\p{Ll}+|\p{Ll}+-\p{Ll}+|\p{Lu}\p{Ll}+))\s+$/u.exec(before);
  if (modifiers && /^(?:which |who$|whom$)/.test(wh) && ownStart === own.start) {
    const word = modifiers[1]!.replace(/^the\s+/i, '');
    const title = NAME_TITLE_WORDS.has(word) || DEMONYM_WORDS.test(word);
    if (/-/.test(word) || (title && /^who|^whom/.test(wh))) ownStart = own.start - modifiers[1]!.length - (before.length - before.trimEnd().length);
  }
  // "..., the UK-based {organisation} reported": asked as "Which organisation reported that ...?".
  const last = segments[lastIndex]!;
  const attribution = /^,?\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?\{[a-z0-9-]+\}\s+(said|reported|say|says|added|claimed|announced|told reporters|confirmed)\s*[.!]?$/u;
  if (slotIn(last) && segments.length > 1 && lastIndex > main && attribution.test(applyEdits(text, last.start, last.end, edits.filter((e) => e.slot === slot)).replace(/\.$/, ''))) {
    const verb = attribution.exec(applyEdits(text, last.start, last.end, edits.filter((e) => e.slot === slot)))![1]!;
    const body = applyEdits(text, unit.start, last.start, [...edits.filter((e) => e !== own), ...drops]).replace(/^[\s,]+|[\s,]+$/g, '');
    const lead = /^which |^whose /.test(wh) ? wh : 'who';
    const q = finish(`${lead} ${verb} that ${body.charAt(0).toLowerCase()}${body.slice(1)}`).replace(/\.$/, '?');
    return q.includes(`{${slot}}`) ? null : q;
  }
  // "its {n} air strikes" asks "how many air strikes"; "the Turkish city of {city}" asks "which Turkish city".
  const possessive = /\b(?:its|their|his|her|the)\s+$/i.exec(before);
  const typed = /\bthe\s+((?:[\p{L}-]+\s+){0,2}(?:city|town|village|province|region|country|state|district|port|island))\s+of\s+$/iu.exec(before);
  if (typed && /^which /.test(wh)) {
    ownStart -= typed[0].length;
    // "the Turkish city of {city}" asks "which Turkish city"; "the village of {town}" asks "which town or village" (the type's own words, so no other kind of place is offered).
    const adjectives = typed[1]!.split(/\s+/).slice(0, -1).join(' ');
    wh = `which ${adjectives ? `${adjectives} ` : ''}${wh.replace(/^which /, '')}`;
  } else if (possessive && /how many|what percentage/.test(wh)) {
    ownStart -= possessive[0].length;
  } else if (/\b(?:a|an)\s+$/i.test(before)) {
    return null;
  }
  // "{person}'s {party} was the runner-up" asks "Which party was the runner-up?".
  const possessor = /(?:\{[a-z0-9-]+\}|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)['’]s\s+$/u.exec(applyEdits(text, unit.start, own.start, edits.filter((e) => e !== own)));
  if (possessor && /^which /.test(wh) && !typed) {
    const raw = /(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)['’]s\s+$/u.exec(before);
    if (raw) ownStart = Math.min(ownStart, own.start - raw[0].length);
  }
  if (pair) {
    // "Turkey and {country}" asks "Syria and which other country"; "Kerry and who else".
    ownStart = pair.start;
    ownEnd = pair.end;
    wh = `{${pair.other}} and ${phrase === 'who' || phrase === 'whose' ? 'who else' : phrase.replace(/^which /, 'which other ')}`;
  }
  const subjectPosition = wordsIn({ start: unit.start, end: ownStart }).filter((w) => keepAt(w.start)).length === 0;
  function keepAt(a: number): boolean {
    return !drops.some((d) => a >= d.start && a < d.end) && !(a >= ownStart && a < ownEnd);
  }
  if (wh === 'who' && !subjectPosition) wh = 'whom';
  // "A person who vetoed ..." : the person is the subject of the verb after it, whatever stands before.
  if (wh === 'whom' && /^\s+\p{Ll}+(?:ed|s)?\b/u.test(text.slice(ownEnd)) && finite(sentence.words.find((w) => w.start > ownEnd) ?? ({ tags: new Set() } as unknown as Word)) && !has(sentence.words.find((w) => w.start > ownEnd), 'Preposition')) wh = 'who';
  // "net profits jumped 87%" asks "jumped by what percentage".
  if (/^(?:about |at least |more than |at most |fewer than )?what percentage$/.test(wh) && /\b(?:jumped|rose|fell|gained|grew|increased|decreased|dropped|declined|climbed|slipped|surged|soared|plunged|slumped|rise|fall|grow|gain)\s*$/i.test(text.slice(unit.start, ownStart))) wh = `by ${wh}`;
  const ownEdit: Edit = { start: ownStart, end: ownEnd, text: `${ASKED_MARK}${wh}` };
  const all = [...edits.filter((e) => e !== own && !(pair && e.slot === pair.other)), ...drops, ownEdit];
  // An opening phrase that holds the question words goes to the end: "... in which Turkish city?"
  const first = keep.indexOf(true);
  let question: string;
  const moved = asked >= 0 && asked < main && intro(asked) && first === asked;
  if (moved) {
    const head = applyEdits(text, segments[asked]!.start, segments[asked]!.end, all).replace(/^[\s,]+|[\s,]+$/g, '');
    const rest = applyEdits(text, segments[asked]!.end, unit.end, all).replace(/^[\s,]+/, '');
    question = `${rest.replace(/[.!]+["”]?\s*$/, '')} ${head.charAt(0).toLowerCase()}${head.slice(1)}`;
  } else {
    question = applyEdits(text, unit.start, unit.end, all);
  }
  // A question word inside the clause ("hitting how many double faults and facing four break points before ...?") is
  // lost in what follows it: the question ends with the phrase it asks, before the next "and", comma or clause.
  // Never before the main verb: "Ava and Bo, two towns how many miles apart?" would have lost what is said of them.
  if (!subjectPosition && !(asked >= 0 && asked < main)) question = endAtAsked(question, wh);
  const mark = question.indexOf(ASKED_MARK);
  const prefix = mark >= 0 ? question.slice(0, mark).replace(/\s+/g, ' ').replace(/^[\s,;:—–-]+/, '') : '';
  question = question.replace(ASKED_MARK, '');
  const finished = finish(question).replace(/\.$/, '?');
  if (finished.includes(`{${slot}}`) || countWords(finished) < 3) return null;
  // A question word after an article or a possessive ("took home the which directing?") took the place
  // of a noun its adjective still stands before: no question reads that way.
  if (/\b(?:the|a|an|its|his|her|their|our|your)\s+(?:which|what|who|whom|whose|how)\b/i.test(finished)) return null;
  // A question word in an aside that names or counts something ("two towns how many miles apart", ", including about
  // how many officials,", "..., about how many kilometres west of X?") asks about a detail of a detail, where no one
  // would put the question; an aside that goes on with a verb ("..., hitting how many aces?") still reads as a question.
  if (asked > 0 && asked !== main && !moved) {
    const opener = wordsIn(segments[asked]!)[0];
    // An aside that is a clause of its own ("..., the ministry said in a statement") is no aside of a name.
    const relative = /^(?:which|who|whom|whose|where|that)$/i.test(opener?.text ?? '');
    if (opener && (relative || ((APPOSITIVE_OPENERS.test(opener.text) || /^\d/.test(opener.text) || has(opener, 'Value')) && !plan.hasFinite(segments[asked]!)))) {
      return { refuse: `the question word would stand in an aside (“${cut(applyEdits(text, segments[asked]!.start, segments[asked]!.end, []).replace(/^[\s,]+|[\s,]+$/g, ''), 60)}”)` };
    }
  }
  return placeQuestionWord(sentence, finished, prefix, wh);
}

/** Marks where the question word stands while the question is put together. */
const ASKED_MARK = '\u2063';

/** A clause that ends with a place in a contest and names no contest: "... was the runner-up.", "... finished second." */
const CONTEST_PLACE = /\b((?:is|was|are|were|became|becomes|remains|remained)\s+(?:the\s+)?(?:clear\s+|overall\s+|eventual\s+)?(?:runner-up|runners-up|runner up|winner|winners|loser|losers|favourite|favorite|front-?runner|champion|champions|victor|victors)|(?:came|finished|placed|ended|ranked)\s+(?:up\s+)?(?:first|second|third|fourth|fifth|last|runner-up))\s*[.!]?$/i;

/** What a question word was refused for. */
interface Refusal {
  refuse: string;
}

/** First words of an aside that names or counts something, or says more of it ("two towns ...", "including ...", "which ..."). */
const APPOSITIVE_OPENERS = /^(?:a|an|the|about|some|nearly|around|almost|roughly|approximately|only|just|including|among|excluding|which|who|whom|whose|where|that|or|up)$/i;

/** The most words a question may hold before its question word: beyond it a reader has lost the clause's start before the question comes. */
const MAX_BEFORE_ASKED = 20;

/** Forms of "be" after which a question word stands where English never puts it ("Fighters are how many kilometres from X?"). */
const COPULA = /^(?:is|are|was|were|be|been|became|become|becomes|remains|remained)$/i;

/**
 * The question word where English puts it, or the reason it cannot be: never after a relative pronoun or a
 * complementizer ("... declared that the alliance which had governed Serbia since which year will be renewed?"),
 * never after an article and its adjectives ("an additional how many dollars"), never after twenty words; after a
 * form of "be" it goes first with what it asks ("How many kilometres from X are the fighters?").
 */
function placeQuestionWord(sentence: Sentence, question: string, before: string, wh: string): string | Refusal {
  if (!before.trim()) return question;
  const at = question.toLowerCase().indexOf(wh.toLowerCase(), Math.max(0, before.length - 4));
  if (at <= 0) return question;
  const beforeWords = before.split(/\s+/).filter(Boolean);
  // "The board estimated that 65 shops would close" asks the reported clause itself: "According to the board, how many
  // shops would close?", "According to Daniel Cho, repairs could take how many days?".
  // The second of two reported clauses ("said A and that B") is reported the same way.
  const reported = /^([^,;:]*?)\s+(?:said|says|warned|warns|estimated|estimates|reported|reports|announced|announces|declared|claimed|believes|believed|predicted|predicts|told reporters)\s+(?:(?:that\s+)?[^,;:]*?\s+and\s+)?that\s+(.*)$/i.exec(before);
  if (reported && !/\b(?:that|which|who|whom|whose|where|and)\b/i.test(`${reported[1]} ${reported[2]}`) && !/^who/i.test(wh) && countWords(reported[1]!) <= 8 && /^[\p{Lu}{]/u.test(reported[1]!)) {
    const head = sentence.words.find((w) => reported[1]!.startsWith(w.text));
    const proper = head !== undefined && (has(head, 'ProperNoun') || has(head, 'Acronym') || /^\p{Lu}{2}/u.test(head.text));
    const source = /^\{/.test(reported[1]!) || proper ? reported[1]! : `${reported[1]!.charAt(0).toLowerCase()}${reported[1]!.slice(1)}`;
    const clause = reported[2]! + question.slice(at);
    return placeQuestionWord(sentence, `According to ${source}, ${clause}`, `According to ${source}, ${reported[2]!}`, wh);
  }
  // "another how many millimetres" is "how many more millimetres".
  if (/\banother\s+$/i.test(before) && /^how many\b/i.test(wh)) {
    return placeQuestionWord(sentence, `${question.slice(0, at).replace(/another\s+$/i, '')}how many more ${question.slice(at + 'how many '.length)}`, before.replace(/another\s+$/i, ''), 'how many more');
  }
  const joiner = /\b(that|which|who|whom|whose|where)\b/i.exec(before);
  if (joiner) return { refuse: `the question word would come inside a clause that “${joiner[1]!.toLowerCase()}” opens` };
  // "an additional how many dollars": an article and its adjectives left before the question word.
  const det = /\b(?:a|an|the|its|his|her|their|our|your)\s+((?:[\p{Ll}-]+\s+){1,2})$/u.exec(before);
  if (det) {
    const adjectives = det[1]!.trim().split(/\s+/);
    const word = (t: string): Word | undefined => sentence.words.find((w) => w.text === t);
    if (adjectives.every((t) => has(word(t), 'Adjective') && !has(word(t), 'Preposition') && !has(word(t), 'Verb') && !has(word(t), 'Noun'))) {
      return { refuse: `the question word would stand after “${det[0].trim()}”` };
    }
  }
  const copula = /(?:^|\s)(\S+)\s+$/.exec(before);
  if (copula && COPULA.test(copula[1]!) && /^(?:about |at least |more than |at most |fewer than |nearly )?(?:how many|what percentage|how much)/i.test(wh)) {
    const subject = before.slice(0, copula.index).trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const rest = question.slice(at).replace(/\?$/, '');
    const asked = rest.slice(wh.length).trim();
    if (/[,;:]/.test(subject) || countWords(subject) > 10 || countWords(rest) > 10) return { refuse: `the question word would stand after “${copula[1]}”, far from the start` };
    const first = sentence.words.find((w) => subject.startsWith(w.text));
    const keepCase = first !== undefined && (has(first, 'ProperNoun') || has(first, 'Acronym') || has(first, 'Demonym') || /^\p{Lu}{2}/u.test(first.text));
    const subj = keepCase ? subject : `${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
    const comparative = asked.split(/\s+/)[0] ?? '';
    const cw = sentence.words.find((w) => w.text === comparative);
    if (/what percentage$/i.test(wh) && (has(cw, 'Comparative') || /^(?:more|less)$/i.test(comparative))) {
      return `By ${wh} ${copula[1]} ${subj} ${asked}?`;
    }
    return `${rest.charAt(0).toUpperCase()}${rest.slice(1)} ${copula[1]} ${subj}?`;
  }
  if (beforeWords.length > MAX_BEFORE_ASKED) return { refuse: `the question word would come after ${beforeWords.length} words` };
  return question;
}

/** The last word of a span of time ("minutes", "days"). */
const TIME_UNIT = /(?:^|\s)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;

/** The most words a question may go on after its question word before it ends at the next "and", comma or clause. */
const MAX_AFTER_ASKED = 4;

/** The question cut after the phrase it asks, when more than {@link MAX_AFTER_ASKED} words follow it and a phrase of its own ends soon after. */
function endAtAsked(question: string, wh: string): string {
  const at = question.lastIndexOf(wh);
  if (at < 0) return question;
  const rest = question.slice(at + wh.length);
  if (countWords(rest) <= MAX_AFTER_ASKED) return question;
  const own = /^([^,;:"“”(]*?)(?:[,;:]|\s+(and|but|before|after|while|as|when|because|although|to\s+\p{Ll}+)\s)/u.exec(rest);
  if (!own || countWords(own[1]!) > MAX_AFTER_ASKED || /\{/.test(own[1]!)) return question;
  // "warned which country that EADS will continue[ to be managed ...]": a clause the kept words open is kept whole.
  if (/\b(?:that|which|who|whom|whose)\b/i.test(own[1]!)) return question;
  // "how many minutes after the polls closed": a span of time is counted from what follows it, which the question needs.
  if (/^(?:before|after)$/.test(own[2] ?? '') && TIME_UNIT.test(`${wh}${own[1]!}`.trim())) return question;
  return `${question.slice(0, at + wh.length)}${own[1]!.replace(/\s+$/, '')}`;
}

/** First words of a comma segment that make it an aside or an opening phrase, not the main clause. */
const ASIDE_OPENERS = /^(?:which|who|whom|whose|where|while|when|as|because|although|though|after|before|if|since|until|adding|saying|a|an|including|according|amid|in|on|at|during|despite|with|without|under|by|for|from|early|late|last)$/i;

/** Titles and nationality words written before a name ("Mayor Oscar Leeser", "American Williams"), which go with the name in a question. */
const NAME_TITLE_WORDS = new Set(['Mayor', 'President', 'Governor', 'Senator', 'General', 'Minister', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Judge', 'Coach', 'Captain', 'Dr', 'Mr', 'Mrs', 'Ms', 'Professor', 'Representative', 'Rep', 'Sen', 'Gov']);
const DEMONYM_WORDS = /^(?:American|British|German|French|Spanish|Spaniard|Italian|Russian|Chinese|Japanese|Indian|Irish|Scottish|Welsh|English|Canadian|Australian|Mexican|Brazilian|Dutch|Swiss|Swedish|Norwegian|Danish|Polish|Ukrainian|Turkish|Syrian|Iranian|Israeli|Egyptian|Nigerian|Kenyan|Korean|Serbian|Croatian|Greek|Portuguese|Belgian|Austrian|Czech|Hungarian|Romanian|Finnish|Cuban|Argentine|Chilean|Colombian|Venezuelan|Peruvian|Pakistani|Afghan|Iraqi|Saudi|Lebanese|Jordanian|Moroccan|Algerian|Tunisian|Ethiopian|African|European|Asian)$/;

/** Words a tagger may call nouns inside a name ("town of Brecon") that never describe one. */
const SMALL_WORDS = /^(?:of|for|in|on|at|to|by|with|from|the|a|an|and|or|as|than|that|near)$/i;

const QUALIFIER_WORDS: Record<string, string> = { about: 'about', 'at-least': 'at least', 'more-than': 'more than', 'at-most': 'at most', 'fewer-than': 'fewer than' };

/** Plural nouns for people: "guests who attended", not "guests that attended". */
const PEOPLE_NOUNS = /^(?:people|guests|officials|journalists|reporters|civilians|residents|soldiers|troops|workers|students|children|women|men|voters|members|fans|players|riders|passengers|patients|victims|volunteers|delegates|leaders|scientists|employees|staff|refugees|migrants|protesters|visitors|customers|users|participants|candidates|families)$/i;

/** A figure as a reader writes it: "20,200", "1.03". */
function figureText(n: number): string {
  const [whole, decimals] = String(n).split('.');
  const grouped = whole!.length > 4 ? whole!.replace(/\B(?=(\d{3})+$)/g, ',') : whole!;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/** Whether a text goes on with a unit's last word within six words, as the generator reads "{n} Su-34 fighter jets". */
function unitAfter(text: string, unit: string): boolean {
  const last = unit.split(' ').pop()!.toLowerCase();
  return text.trim().split(/\s+/).slice(0, 6).some((w) => w.toLowerCase().replace(/[^\p{L}%]/gu, '') === last);
}

/** Units of amounts and rates rather than of things counted: a label "percent gained ..." says nothing. */
const MEASURED = /(?:percent|per cent|%|euros?|dollars?|pounds?|yen|yuan|francs?|rubles?|roubles?|\$|£|€|billion|million|trillion)/i;

const AUXILIARY = /^(?:have|has|had|were|was|are|is|be|been|being|will|would)$/i;

/**
 * A label for a figure or year, for ordering questions: what is counted, as a noun phrase made
 * from its statement ("homes flooded in a storm last week", "fans who came
 * to the opening match", "cars towed from the car park"), at most
 * about a dozen words.
 */
function labelFor(statement: string, slot: string, slots: DraftFact['slots']): string {
  const token = `{${slot}}`;
  let s = statement.replace(/[.!]$/, '');
  for (const [other, value] of Object.entries(slots)) {
    if (other === slot) continue;
    s = s
      .split(`{${other}}`)
      .map((part, i) => {
        if (i === 0) return part;
        // A figure whose unit the statement does not write after it shows its unit ("46.7 per cent").
        const shown = 'entity' in value ? value.entity.label : 'number' in value ? `${figureText(value.number)}${unitAfter(part, value.unit) ? '' : ` ${value.unit}`}` : (value as DateSlot).date;
        return `${shown}${part}`;
      })
      .join('');
  }
  const at = s.indexOf(token);
  const value = slots[slot]!;
  const before = s.slice(0, at).trim().split(/\s+/).filter(Boolean);
  let after = s.slice(at + token.length).split(/[,;:(]|\s+(?:and|but|while)\s+(?=\p{Lu})/u)[0]!.trim().split(/\s+/).filter(Boolean);
  const words = (ws: string[], n: number): string => {
    const cut = ws.slice(0, n);
    while (cut.length > 1 && /^(?:a|an|the|of|in|on|at|to|by|for|from|with|near|between|and|or|its|their|his|her|so-called|some|about|than|more|less)$/i.test(cut[cut.length - 1]!)) cut.pop();
    return cut.join(' ');
  };
  if ('date' in value) {
    // "... proclaimed by IS in {year}": the event, without the year's preposition.
    const ws = [...before];
    if (/^(?:in|since|by|until|before|after)$/i.test(ws[ws.length - 1] ?? '')) ws.pop();
    let event = ws.join(' ').replace(/,$/, '');
    // A long one keeps the part after its last comma, when that says enough on its own.
    const part = event.slice(event.lastIndexOf(',') + 1).trim();
    if (countWords(event) > 16 && countWords(part) >= 5) event = part;
    return event.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) || s.replace(token, '').trim();
  }
  const number = value as NumberSlot;
  // The statement with a gap for the figure: "New orders were … percent higher in 2011", up to the end of the gap's clause part.
  const gapped = (): string => {
    const rest = s.slice(at + token.length);
    const text = `${s.slice(0, at)}…${unitAfter(rest, number.unit) ? '' : ` ${number.unit}`}${rest}`;
    const gap = text.indexOf('…');
    const end = text.indexOf(',', gap);
    const upTo = (end < 0 ? text : text.slice(0, end)).trim();
    // A long one keeps only the part between commas that holds the gap, when that says enough on its own.
    const part = upTo.slice(upTo.lastIndexOf(',', gap) + 1).trim();
    return countWords(upTo) > 16 && countWords(part) >= 5 ? part : upTo;
  };
  // The unit words as the statement writes them after the figure, or the unit the slot holds.
  let unit = number.unit;
  const unitWords = number.unit.split(' ');
  if (after.length > 0 && after.slice(0, 4).some((w) => w.toLowerCase().replace(/[^a-z]/g, '') === unitWords[unitWords.length - 1]!.toLowerCase() || w.toLowerCase() === (number.unitSingular ?? '').toLowerCase())) {
    const k = after.findIndex((w) => w.toLowerCase().replace(/[^a-z]/g, '') === unitWords[unitWords.length - 1]!.toLowerCase() || w.toLowerCase() === (number.unitSingular ?? '').toLowerCase());
    unit = after.slice(0, k + 1).join(' ');
    after = after.slice(k + 1);
  }
  // "8 out of 10 small bakeries had raised prices": the part is labelled like its whole.
  if (/^out$/i.test(after[0] ?? '') && /^of$/i.test(after[1] ?? '')) {
    const k = after.findIndex((w, i) => i > 2 && w.toLowerCase() === unitWords[unitWords.length - 1]!.toLowerCase());
    if (k > 0) after = after.slice(k + 1);
  }
  const verbBefore = before[before.length - 1] ?? '';
  // "Rescue crews from over 12 regions have come ...": the words before say whose the figure is.
  if (/^(?:from|of|in|to|by|for|with|across|among)$/i.test(verbBefore)) return gapped();
  // "12 homes have been flooded in ..." → "homes flooded in ..."; "1,200 residents of Belmont were moved to ..." → "residents of Belmont moved to ...".
  let k = 0;
  while (k < after.length && AUXILIARY.test(after[k]!)) k += 1;
  if (k > 0 && /(?:ed|en|wn|ne)$/.test(after[k] ?? '')) return `${unit} ${words(after.slice(k), 9)}`.trim();
  const aux = after.findIndex((w) => AUXILIARY.test(w));
  if (aux > 0 && aux <= 6 && /^(?:of|in|from|at|on)$/i.test(after[0]!)) {
    let end = aux;
    while (end < after.length && AUXILIARY.test(after[end]!)) end += 1;
    if (/(?:ed|en|wn|ne)$/.test(after[end] ?? '')) return `${unit} ${words([...after.slice(0, aux), ...after.slice(end)], 11)}`.trim();
  }
  // "400 fans came ..." → "fans who came ...".
  if (k === 0 && after.length > 0 && /(?:ed|[^s]s)$/.test(after[0]!) && !/^(?:in|on|at|of|from)$/i.test(after[0]!) && before.length === 0) {
    return `${unit} ${PEOPLE_NOUNS.test(unit.split(' ').pop()!) ? 'who' : 'that'} ${words(after, 8)}`.trim();
  }
  // "... closed at least 40 schools since 2019" → "schools closed since 2019" (things counted; "sales gained 7%" is no count of things).
  if (/ed$/.test(verbBefore) && !AUXILIARY.test(verbBefore) && !MEASURED.test(number.unit)) return `${unit} ${verbBefore} ${words(after, 7)}`.trim();
  // Otherwise the figure's own words do not say what it counts: the statement says it, with a gap.
  return gapped();
}

/** Applies edits (sorted, not overlapping) to the part `from`..`to` of a text. */
function applyEdits(text: string, from: number, to: number, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = from;
  for (const e of sorted) {
    if (e.start < at || e.start >= to) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at, to);
}

/** Tidies a clause into a statement: one space, no space before punctuation, a capital first, one full stop. */
function finish(clause: string): string {
  let s = clause
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/,\s*,/g, ',')
    .trim()
    .replace(/^[,;:—–-]+\s*/, '')
    .replace(/[\s,;:—–-]+$/, '');
  s = s.replace(/[.!]+$/, '');
  // 'called Monday "a historic day."' ends 'day".': the full stop goes outside the quotation.
  s = s.replace(/[.,!]+(["”’])$/, '$1');
  // Quotes left open by a cut clause are closed or dropped.
  if ((s.match(/["“”]/g) ?? []).length % 2 === 1) s = s.replace(/["“”]/g, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return `${s}.`;
}


const normalise = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const countWords = (s: string): number => (s.match(/[\p{L}\p{N}{][^\s]*/gu) ?? []).length;
const cut = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text);
const spaceBefore = (text: string, at: number): number => (at > 0 && text[at - 1] === ' ' ? at - 1 : at);
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The role facts of a person: "{person} is the Cuban Foreign Minister." A body the role names takes its
 * "the" in the sentence even where the title dropped it (`bodies`: the labels of bodies that take one):
 * "the chief of the Records Office", never "the chief of Records Office".
 */
export function roleFacts(person: FoundEntity, bodies: readonly string[] = []): DraftFact[] {
  // A bare title ("Colonel", "President") says too little to ask about: "Who is the President?".
  // "Who is a theoretical physicist?", "Who is an Irish actor?": a class many belong to, with no "of", "for" or "at" to make it one post, has no one answer.
  const post = (role: FoundRole): boolean => role.determiner !== 'a' || /\s(?:of|for|at|in|to)\s/i.test(role.title);
  return person.roles.filter((role) => (/\s/.test(role.title) || !/^\p{Lu}/u.test(role.title)) && post(role)).map((role: FoundRole) => {
    const article = role.former ? 'a former' : role.determiner === 'a' ? indefinite(role.title) : 'the';
    const at = role.source.text.indexOf(role.title);
    return {
      base: `p${role.paragraph}-role-${slugify(person.label.split(' ').pop()!, 24)}`,
      paragraph: role.paragraph,
      text: `{person} is ${article} ${withThe(role.title, bodies)}.`,
      slots: { person: { entity: person } },
      ask: {},
      explanation: asFeedback(role.source.text),
      source: role.source.text,
      marks: at >= 0 ? [] : [],
      checks: [],
    };
  });
}

/** A title with "the" before each body it names bare after a preposition ("of Records Office" → "of the Records Office"). */
function withThe(title: string, bodies: readonly string[]): string {
  let out = title;
  for (const body of bodies) out = out.replace(new RegExp(`\\b(of|for|at|in|to|with)\\s+(${escapeRe(body)})\\b`, 'g'), '$1 the $2');
  return out;
}

void isCapitalised;

/** What a slot holds, in a word for the notes: "figure", "year", "organisation". */
function slotNoun(value: DraftFact['slots'][string]): string {
  if ('number' in value) return 'figure';
  if ('date' in value) return 'year';
  if ('entity' in value) return value.entity.type === 'person' ? 'name' : value.entity.type;
  return 'value';
}
