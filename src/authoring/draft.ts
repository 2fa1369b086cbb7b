/**
 * Drafting a fact bank from an article's text: the people with their roles,
 * places, organisations and other named things, the figures with their units
 * and qualifiers, and a fact for each clause that holds one, each citing its
 * paragraph as the reader counts them.
 *
 * A draft is a start for a teacher to review: each fact keeps its source
 * sentence and what the teacher should check in the notes beside the bank
 * ({@link draftArticle}); what the draft leaves out is listed with the reason.
 * Drafted statements stay close to the article's own clauses (and are its
 * words): the review page is where they are reworded.
 *
 * Pure except for compromise (no DOM, no storage, no clock, no randomness):
 * the same text and meta give the same bank in Node and in the browser. One
 * pass of the tagger per paragraph and one pass over each sentence's words
 * for names, so the time grows linearly with the text; a text of more than
 * {@link MAX_ARTICLE_WORDS} words is refused.
 */
import type { Article, Bank, EntityType, Fact, Role, SlotValue } from '../domain/bank.js';
import { BANK_VERSION } from '../domain/bank.js';
import { normalize } from '../domain/text.js';
import { analyse, type Sentence } from './analysis.js';
import { findEntities, type FoundEntity } from './entities.js';
import { BODY_HEADS } from './lexicon.js';
import { explainFacts, type ExplainInput } from './explain.js';
import { draftSentence, roleFacts, type DraftFact } from './facts.js';
import { parseDate, readPreamble, splitArticle } from './paragraphs.js';
import { DRAFT_TYPES, MAX_ARTICLE_WORDS, UNTITLED, sizeProblem, slugify, type DraftNotes, type LeftOut } from './types.js';

export { DRAFT_TYPES, MAX_ARTICLE_WORDS, UNTITLED, countWords, slugify } from './types.js';
export { parseDate, splitArticle } from './paragraphs.js';
export { DEMONYMS } from './lexicon.js';
export type { DraftNotes, FactNote, LeftOut } from './types.js';

/** What the teacher says about the article. Missing fields are read from the text where it can be done (headline, page date). */
export interface DraftMeta {
  /** The headline. Default: the first line before the body that does not end a sentence. */
  title?: string;
  /** Publisher or site; `null` or absent when the page names none. */
  site?: string | null;
  /** Page date (ISO or e.g. "June 19, 2024"); `null` for none. Default: a date line before the body, if any. */
  date?: string | null;
}

/** A problem with the input that makes a draft impossible; the message says what to fix. */
export class DraftError extends Error {
  override name = 'DraftError';
}

/** A drafted bank and the notes beside it. */
export interface Draft {
  bank: Bank;
  notes: DraftNotes;
}

/** Summary in the project's words: what the article names (the quiz does not show it). */
function draftSummary(title: string, entities: FoundEntity[]): string {
  const named = [...entities].sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)).slice(0, 3).map((e) => e.label);
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
  return list ? `The article “${title}” names ${list}.` : `The article “${title}”.`;
}

/** Gives out ids that are unique within one namespace. */
class Ids {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}

/**
 * Drafts a fact bank from an article's text, with notes: each fact's source
 * sentence and slot positions, what to check, and what was left out and why.
 *
 * Throws {@link DraftError} when the text is empty or longer than
 * {@link MAX_ARTICLE_WORDS} words, has no body paragraph, gives no fact, or
 * `meta.date` is not a date.
 *
 * @example
 * const { bank, notes } = draftArticle(text, { title: 'Embassies reopen', site: 'Example News', date: '2015-07-21' });
 */
export function draftArticle(text: string, meta: DraftMeta = {}): Draft {
  const size = sizeProblem(text);
  if (size) throw new DraftError(size);
  // Braces mark slots in a fact's text, so the article's own become parentheses.
  const source = text
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\{/g, '(')
    .replace(/\}/g, ')');
  if (source.trim() === '') throw new DraftError('The article text is empty: paste the text of the article.');
  const { paragraphs, preamble, left: outside } = splitArticle(source);
  if (paragraphs.length === 0) {
    throw new DraftError('No body paragraph found: the text has no sentence (a paragraph ends with a full stop, or has at least 20 words).');
  }
  const read = readPreamble(preamble);
  const headline = meta.title?.trim() || read.title || null;
  const title = headline ?? UNTITLED;
  let date: string | null;
  if (meta.date === undefined) date = read.date;
  else if (meta.date === null || meta.date.trim() === '') date = null;
  else {
    date = parseDate(meta.date);
    if (date === null) throw new DraftError(`The date "${meta.date}" is not a date: write it as 2024-06-19, 2024-06, 2024 or "June 19, 2024".`);
  }
  const site = meta.site?.trim() ? meta.site.trim() : null;
  const articleId = slugify(title.split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ') || title, 32, 'article');

  const sentences = analyse(paragraphs);
  const { entities, mentions } = findEntities(sentences);
  markDefinite(sentences, entities, mentions);

  const drafted: DraftFact[] = [];
  const left: LeftOut[] = [...outside];
  let before: FoundEntity[] = [];
  const lastInParagraph = new Map<number, FoundEntity[]>();
  // What "the city" or "the coalition" may point back to: the names before, with the sentence each was last named in.
  const lastNamed = new Map<FoundEntity, number>();
  const earlier = new Set<string>();
  sentences.forEach((sentence, at) => {
    const here = mentions.get(sentence) ?? [];
    const named = [
      ...[...lastNamed].sort((a, b) => a[1] - b[1]).map(([entity, n]) => ({ entity, distance: at - n })),
      ...here.map((m) => ({ entity: m.entity, distance: 0, start: m.start })),
    ];
    for (const m of here) lastNamed.set(m.entity, at);
    if (sentence.index === 0) before = lastInParagraph.get(sentence.paragraph - 1) ?? [];
    const prominence: 1 | 2 | 3 = sentence.paragraph === 1 ? 1 : sentence.paragraph <= Math.max(2, Math.ceil(paragraphs.length / 3)) ? 2 : 3;
    const result = draftSentence({ sentence, mentions: here, peopleBefore: before, prominence, named, earlier });
    for (const w of sentence.words) if (/^\p{L}/u.test(w.text)) earlier.add(w.text.toLowerCase()).add(w.text.toLowerCase().replace(/s$/, ''));
    drafted.push(...result.facts);
    left.push(...result.left);
    const people = [...new Set(here.filter((m) => m.entity.type === 'person').map((m) => m.entity))];
    // "He" means a person of the sentence just before; a sentence that opens with "he" and names nobody passes the same person on ("He said ... He added ...").
    if (people.length > 0) before = people;
    else if (!/^["“]?(?:He|She)\b/.test(sentence.text)) before = [];
    lastInParagraph.set(sentence.paragraph, before);
  });
  const bodies = entities.filter((e) => e.definite && ORGANISATION_TYPES.has(e.type)).map((e) => e.label);
  for (const person of entities.filter((e) => e.type === 'person')) drafted.push(...roleFacts(person, bodies));
  if (drafted.length === 0) {
    throw new DraftError('No facts found: the text names no person, place, organisation, figure or year the draft can use (is it a news article in English?).');
  }

  // Ids: entities from their labels, facts from where they stand.
  const used = new Set<FoundEntity>();
  for (const f of drafted) for (const v of Object.values(f.slots)) if ('entity' in v) used.add(v.entity);
  const kept = entities.filter((e) => used.has(e) || e.type !== 'unknown');
  const byLabel = [...kept].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const entityIds = new Ids();
  const idOf = new Map<FoundEntity, string>();
  // Two found names of one type that a typed answer reads alike ("Kyiv", "Kyiv —") are one entity.
  const sameName = new Map<string, FoundEntity>();
  const sorted: FoundEntity[] = [];
  for (const entity of byLabel) {
    const key = `${entity.type}\u0000${normalize(entity.label)}`;
    const first = sameName.get(key);
    if (first) {
      idOf.set(entity, idOf.get(first)!);
      continue;
    }
    sameName.set(key, entity);
    sorted.push(entity);
    idOf.set(entity, entityIds.take(slugify(entity.label)));
  }
  const factIds = new Ids();
  const seenTexts = new Set<string>();
  const facts: Fact[] = [];
  const notes: DraftNotes = { paragraphs, facts: {}, left, used: [], headline };
  drafted.sort((a, b) => a.paragraph - b.paragraph || (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
  const unique: DraftFact[] = [];
  for (const d of drafted) {
    if (seenTexts.has(d.text)) continue;
    seenTexts.add(d.text);
    unique.push(d);
  }
  // A sentence that gives several facts is not the feedback of any of them: it would show the answers
  // of the others, which a quiz then could not ask (the generator keeps what one question shows out
  // of what another asks). Such a fact is explained by its own statement; each adds context (explain.ts).
  const factsPerSentence = new Map<string, number>();
  const sentenceOf = (d: DraftFact) => `${d.paragraph}\u0000${d.source}`;
  for (const d of unique) factsPerSentence.set(sentenceOf(d), (factsPerSentence.get(sentenceOf(d)) ?? 0) + 1);
  const explaining: ExplainInput[] = [];
  for (const d of unique) {
    const id = factIds.take(d.base);
    const slots: Record<string, SlotValue> = {};
    for (const [name, value] of Object.entries(d.slots)) slots[name] = 'entity' in value ? { entity: idOf.get(value.entity)!, ...(value.given ? { given: true } : {}) } : value;
    const prominence: 1 | 2 | 3 = d.paragraph === 1 ? 1 : d.paragraph <= Math.max(2, Math.ceil(paragraphs.length / 3)) ? 2 : 3;
    const fact: Fact = { id, relation: id, article: articleId, paragraph: d.paragraph, text: d.text, slots };
    if (Object.keys(d.ask).length > 0) fact.ask = d.ask;
    const sentence = sentences.find((x) => x.paragraph === d.paragraph && x.text === d.source);
    if (sentence) explaining.push({ id, sentence, shared: factsPerSentence.get(sentenceOf(d))! > 1 });
    fact.prominence = prominence;
    facts.push(fact);
    notes.facts[id] = { source: d.source, marks: d.marks, checks: d.checks };
  }
  notes.used = [...new Set(facts.map((f) => f.paragraph))].sort((a, b) => a - b);
  left.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));

  const typesInUse = new Set<string>();
  for (const entity of sorted) {
    for (let t: EntityType | undefined = DRAFT_TYPES.find((x) => x.id === entity.type); t; t = DRAFT_TYPES.find((x) => x.id === t!.parent)) typesInUse.add(t.id);
  }
  const article: Article = { id: articleId, title, site, date, paragraphs: paragraphs.length, summary: draftSummary(title, sorted) };
  const bank: Bank = {
    $schema: '../schema/bank.schema.json',
    version: BANK_VERSION,
    id: slugify(title, 48, 'draft'),
    title: `Quiz: ${title}`,
    language: 'en',
    articles: [article],
    types: DRAFT_TYPES.filter((t) => typesInUse.has(t.id)).map((t) => ({ ...t })),
    entities: sorted.map((entity) => {
      const aliases = [...entity.forms].filter((f) => f !== entity.label && f !== `${entity.label}s`);
      const roles: Role[] = entity.roles.map((r) => ({ title: r.title, article: articleId, paragraph: r.paragraph, ...(r.former ? { former: true } : {}) }));
      return {
        id: idOf.get(entity)!,
        type: entity.type,
        label: entity.label,
        ...(aliases.length > 0 ? { aliases } : {}),
        ...(entity.definite ? { definite: true } : {}),
        ...(roles.length > 0 ? { roles } : {}),
      };
    }),
    facts,
  };
  explainFacts(bank, explaining, sentences);
  return { bank, notes };
}

/** Drafts a fact bank from an article's text: {@link draftArticle} without the notes. */
export function draftBank(text: string, meta: DraftMeta = {}): Bank {
  return draftArticle(text, meta).bank;
}

/** The types of a body with a name: an organisation and its kinds. */
const ORGANISATION_TYPES = new Set(DRAFT_TYPES.filter((t) => t.id === 'organisation' || t.parent === 'organisation').map((t) => t.id));

/**
 * An organisation, event or place of several words takes "the" when the article mostly writes it so, and
 * an organisation whose name ends with a body's noun ("Section", "Observatory") always does.
 */
function markDefinite(sentences: Sentence[], entities: FoundEntity[], mentions: Map<Sentence, { entity: FoundEntity; start: number }[]>): void {
  const withThe = new Map<FoundEntity, number>();
  for (const s of sentences) {
    for (const m of mentions.get(s) ?? []) {
      if (/\bthe\s+$/i.test(s.text.slice(Math.max(0, m.start - 4), m.start))) withThe.set(m.entity, (withThe.get(m.entity) ?? 0) + 1);
    }
  }
  for (const e of entities) {
    if (e.type === 'person' || e.type === 'unknown') continue;
    const words = e.label.split(/\s+/);
    if (ORGANISATION_TYPES.has(e.type) && words.length > 1 && !/['’]s$/.test(words[0]!) && BODY_HEADS.has(words[words.length - 1]!.toLowerCase())) {
      e.definite = true;
      continue;
    }
    const n = withThe.get(e) ?? 0;
    if (n * 2 >= e.count && n > 0 && (e.label.includes(' ') || /^(?:organisation|company|party|news-organisation|event|award)$/.test(e.type))) e.definite = true;
  }
}

void MAX_ARTICLE_WORDS;
