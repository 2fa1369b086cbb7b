/**
 * The authoring page's state: the article as typed, the drafted bank as the
 * teacher edits it, the draft's notes (each fact's source sentence, what to
 * check, what was left out), and what they dropped. Turning it into the bank
 * to download, the edits a teacher makes to a fact (remove or add a slot, add
 * a fact or a name), reading it back from storage, and saying where a problem
 * is in the page's words. Pure: no DOM, no storage, no NLP.
 */
import type { Bank, Entity, EntityType, Fact, Qualifier, SlotValue } from '../src/domain/bank.js';
import type { Problem } from '../src/domain/validate.js';
import { DRAFT_TYPES, slugify, type DraftNotes } from '../src/authoring/types.js';
import { DEFAULT_COUNT } from '../src/domain/generate.js';
import { quizCount } from './settings.js';

/** Every entity type the page offers: the draft's own list (no NLP needed to edit). */
export const AUTHOR_TYPES: readonly EntityType[] = DRAFT_TYPES;

/** The qualifiers a figure may carry, with the words the page shows. */
export const QUALIFIER_CHOICES: readonly { value: Qualifier; label: string }[] = [
  { value: 'exactly', label: 'exactly' },
  { value: 'about', label: 'about' },
  { value: 'at-least', label: 'at least' },
  { value: 'more-than', label: 'more than' },
  { value: 'at-most', label: 'at most' },
  { value: 'fewer-than', label: 'fewer than' },
];

/** The seed of the page's preview quiz until the teacher gives another. */
export const PREVIEW_SEED = 'preview';

/** What the teacher has typed and decided. */
export interface AuthorState {
  version: 1;
  /** The article as given: headline, site, page date (as typed) and text. */
  meta: { title: string; site: string; date: string };
  text: string;
  /** The drafted bank as edited; `null` before the first draft. */
  bank: Bank | null;
  /** What the draft knows beside the bank; `null` before the first draft (or for a bank saved before notes were kept). */
  notes: DraftNotes | null;
  /** Ids the teacher dropped. A fact that names a dropped entity goes too. */
  dropped: { entities: string[]; facts: string[] };
  /** The quiz: its code (seed), length, and whether every student gets the same questions. */
  preview: { seed: string; count: number; same: boolean };
}

/** A page with nothing typed yet. */
export function emptyState(): AuthorState {
  return {
    version: 1,
    meta: { title: '', site: '', date: '' },
    text: '',
    bank: null,
    notes: null,
    dropped: { entities: [], facts: [] },
    preview: { seed: PREVIEW_SEED, count: DEFAULT_COUNT, same: true },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Reads a state saved by an earlier visit. Anything unreadable falls back to
 * the empty state's part, so a damaged save never blocks the page; the bank is
 * taken as saved (the validator reports its problems like any edit's).
 */
export function restoreState(value: unknown): AuthorState {
  const state = emptyState();
  if (!isObject(value) || value['version'] !== 1) return state;
  const meta = isObject(value['meta']) ? value['meta'] : {};
  state.meta = { title: str(meta['title']), site: str(meta['site']), date: str(meta['date']) };
  state.text = str(value['text']);
  const bank = value['bank'];
  if (isObject(bank) && Array.isArray(bank['entities']) && Array.isArray(bank['facts']) && Array.isArray(bank['articles'])) {
    state.bank = bank as unknown as Bank;
  }
  const notes = value['notes'];
  if (state.bank && isObject(notes) && isObject(notes['facts']) && Array.isArray(notes['left'])) {
    state.notes = {
      paragraphs: strings(notes['paragraphs']),
      facts: notes['facts'] as DraftNotes['facts'],
      left: (notes['left'] as unknown[]).filter(isObject) as unknown as DraftNotes['left'],
      used: Array.isArray(notes['used']) ? (notes['used'] as unknown[]).filter((n): n is number => typeof n === 'number') : [],
      headline: typeof notes['headline'] === 'string' ? notes['headline'] : null,
    };
  }
  const dropped = isObject(value['dropped']) ? value['dropped'] : {};
  state.dropped = { entities: strings(dropped['entities']), facts: strings(dropped['facts']) };
  const preview = isObject(value['preview']) ? value['preview'] : {};
  state.preview = {
    seed: str(preview['seed']) || PREVIEW_SEED,
    count: quizCount(preview['count']),
    same: preview['same'] !== false,
  };
  return state;
}

/** The entity ids a fact's slots name. */
export function entitiesOf(fact: Fact): string[] {
  return Object.values(fact.slots).flatMap((slot) => ('entity' in slot ? [slot.entity] : []));
}

/** Whether a fact stays in the bank: not dropped itself, and every entity it names is kept. */
export function factKept(state: AuthorState, fact: Fact): boolean {
  return !state.dropped.facts.includes(fact.id) && entitiesOf(fact).every((id) => !state.dropped.entities.includes(id));
}

/** Turns the title into an id: lower-case letters, digits and `-`. */
export const slug = (text: string): string => slugify(text, 48, 'draft');

/**
 * The bank to preview and download: the edited draft without what was
 * dropped, with the article's headline, site and date as typed, the entity
 * types the kept entities need, and no empty question wording or feedback.
 */
export function finalBank(state: AuthorState, parseDate: (text: string) => string | null): Bank | null {
  const draft = state.bank;
  if (!draft) return null;
  const entities = draft.entities.filter((e) => !state.dropped.entities.includes(e.id));
  const facts = draft.facts.filter((f) => factKept(state, f)).map(tidyFact);
  // No headline typed: the validator names the empty title, and nothing is downloaded until it is typed.
  const title = state.meta.title.trim();
  const typedDate = state.meta.date.trim();
  const articles = draft.articles.map((article, i) =>
    i === 0
      ? {
          ...article,
          title,
          site: state.meta.site.trim() || null,
          // A date that does not read as one is kept as typed, so the validator names it.
          date: typedDate ? (parseDate(typedDate) ?? typedDate) : null,
        }
      : article,
  );
  const known = new Map<string, EntityType>([...AUTHOR_TYPES, ...draft.types].map((t) => [t.id, t]));
  const needed = new Set<string>();
  for (const entity of entities) {
    for (let t = known.get(entity.type); t && !needed.has(t.id); t = t.parent ? known.get(t.parent) : undefined) needed.add(t.id);
  }
  // An entity whose type is unknown keeps it, so the validator reports it where the teacher can fix it.
  const types = [...known.values()].filter((t) => needed.has(t.id));
  return {
    ...draft,
    id: slug(title),
    title: draft.title.startsWith('Quiz: ') ? `Quiz: ${title}` : draft.title,
    articles,
    types,
    entities,
    facts,
  };
}

/** A fact without blank question wordings or a blank feedback (the generator's defaults apply). */
function tidyFact(fact: Fact): Fact {
  const out: Fact = { ...fact };
  const ask = Object.fromEntries(Object.entries(fact.ask ?? {}).filter(([slot, wording]) => wording.trim() !== '' && slot in fact.slots));
  if (Object.keys(ask).length > 0) out.ask = ask;
  else delete out.ask;
  if (fact.explanation === undefined || fact.explanation.trim() === '') delete out.explanation;
  return out;
}

/** A slot's value as plain words, as a statement reads it: "the United States", "about 500 guests", "2014". */
export function valueWords(bank: Bank, value: SlotValue, unitFollows = false): string {
  if ('entity' in value) {
    const entity = bank.entities.find((e) => e.id === value.entity);
    if (!entity) return value.entity;
    return entity.definite ? `the ${entity.label}` : entity.label;
  }
  if ('number' in value) {
    const q = QUALIFIER_CHOICES.find((c) => c.value === (value.qualifier ?? 'exactly'))!;
    const figure = `${q.value === 'exactly' ? '' : `${q.label} `}${value.number}`;
    return unitFollows ? figure : `${figure} ${Math.abs(value.number) === 1 ? (value.unitSingular ?? value.unit.replace(/s$/, '')) : value.unit}`;
  }
  return value.date;
}

/** The `{slot}` names a text uses, in order of first use. */
export function placeholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\{([A-Za-z][A-Za-z0-9_-]*)\}/g)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

/**
 * Removes a slot from a fact: its `{slot}` in the statement (and in the other
 * slots' question wordings) becomes the value in words, so the statement still
 * says what it said; its own question wording goes.
 */
export function removeSlot(bank: Bank, fact: Fact, name: string): void {
  const value = fact.slots[name];
  if (!value) return;
  const token = `{${name}}`;
  const fill = (text: string): string => {
    let out = text;
    for (let at = out.indexOf(token); at >= 0; at = out.indexOf(token)) {
      // "{guests} guests": the unit is already written after the figure.
      const after = out.slice(at + token.length, at + token.length + 40).toLowerCase();
      const unitFollows = 'number' in value && after.trimStart().startsWith(value.unit.split(' ')[0]!.toLowerCase());
      out = `${out.slice(0, at)}${valueWords(bank, value, unitFollows)}${out.slice(at + token.length)}`;
    }
    return out.replace(/(^|[.!?]\s+)the /g, '$1The ');
  };
  fact.text = fill(fact.text);
  if (fact.ask) {
    delete fact.ask[name];
    for (const slot of Object.keys(fact.ask)) fact.ask[slot] = fill(fact.ask[slot]!);
    if (Object.keys(fact.ask).length === 0) delete fact.ask;
  }
  delete fact.slots[name];
}

/** An id free among the bank's facts (or entities). */
export function freeId(taken: readonly { id: string }[], base: string): string {
  const ids = new Set(taken.map((x) => x.id));
  const clean = slugify(base, 40, 'item');
  let id = clean;
  for (let k = 2; ids.has(id); k++) id = `${clean}-${k}`;
  return id;
}

/** A new fact written by the teacher: cites the article's first paragraph until they choose another. */
export function newFact(bank: Bank, paragraph = 1): Fact {
  const id = freeId(bank.facts, 'added-fact');
  return { id, relation: id, article: bank.articles[0]?.id ?? 'article', paragraph, text: '', slots: {} };
}

/** A new name added by the teacher. */
export function newEntity(bank: Bank, label: string, type: string): Entity {
  return { id: freeId(bank.entities, label || 'name'), type, label };
}

/**
 * Says where a validator problem is in the page's words: "Name “Kyiv”",
 * "Fact p2-s1 (paragraph 2)", "The article", with the message.
 */
export function describeProblem(bank: Bank, problem: Problem): string {
  const m = /^\$\.(entities|facts|articles|types)\[(\d+)\](.*)$/.exec(problem.path);
  if (!m) return `${problem.path}: ${problem.message}`;
  const [, part, index, rest] = m;
  const i = Number(index);
  const where = rest ? ` (${rest.replace(/^\./, '')})` : '';
  if (part === 'entities') return `Name “${bank.entities[i]?.label ?? i}”${where}: ${problem.message}`;
  if (part === 'facts') {
    const fact = bank.facts[i];
    return `Fact ${fact?.id ?? i}${fact ? ` (paragraph ${fact.paragraph})` : ''}${where}: ${problem.message}`;
  }
  if (part === 'articles' && rest === '.title') return 'The article has no headline: type it under 1 (students see it in the quiz).';
  if (part === 'articles') return `The article${where}: ${problem.message}`;
  return `Type ${bank.types[i]?.id ?? i}${where}: ${problem.message}`;
}

