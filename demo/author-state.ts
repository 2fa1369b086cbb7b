/**
 * The authoring page's state: the article as typed, the drafted bank as the
 * teacher edits it, and what they dropped. Turning it into the bank to
 * download, reading it back from storage, and saying where a problem is in the
 * words of the tables. Pure: no DOM, no storage, no NLP.
 */
import type { Bank, EntityType, Fact, Qualifier } from '../src/domain/bank.js';
import type { Problem } from '../src/domain/validate.js';
import { DRAFT_TYPES, slugify } from '../src/authoring/types.js';

/** Every entity type the page offers: the draft's own list (no NLP needed to edit). */
export const AUTHOR_TYPES: readonly EntityType[] = DRAFT_TYPES;

/** The qualifiers a figure may carry, with the words the table shows. */
export const QUALIFIER_CHOICES: readonly { value: Qualifier; label: string }[] = [
  { value: 'exactly', label: 'exactly' },
  { value: 'about', label: 'about' },
  { value: 'at-least', label: 'at least' },
  { value: 'more-than', label: 'more than' },
  { value: 'at-most', label: 'at most' },
  { value: 'fewer-than', label: 'fewer than' },
];

/** What the teacher has typed and decided. */
export interface AuthorState {
  version: 1;
  /** The article as given: headline, site, page date (as typed) and text. */
  meta: { title: string; site: string; date: string };
  text: string;
  /** The drafted bank as edited; `null` before the first draft. */
  bank: Bank | null;
  /** Ids the teacher dropped. A fact that names a dropped entity goes too. */
  dropped: { entities: string[]; facts: string[] };
  /** The preview quiz's seed and length. */
  preview: { seed: string; count: number };
}

/** A page with nothing typed yet. */
export function emptyState(): AuthorState {
  return {
    version: 1,
    meta: { title: '', site: '', date: '' },
    text: '',
    bank: null,
    dropped: { entities: [], facts: [] },
    preview: { seed: 'preview', count: 10 },
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
  const dropped = isObject(value['dropped']) ? value['dropped'] : {};
  state.dropped = { entities: strings(dropped['entities']), facts: strings(dropped['facts']) };
  const preview = isObject(value['preview']) ? value['preview'] : {};
  const count = Number(preview['count']);
  state.preview = {
    seed: str(preview['seed']) || 'preview',
    count: Number.isInteger(count) && count >= 1 && count <= 40 ? count : 10,
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
 * dropped, with the article's headline, site and date as typed, and the
 * entity types the kept entities need.
 */
export function finalBank(state: AuthorState, parseDate: (text: string) => string | null): Bank | null {
  const draft = state.bank;
  if (!draft) return null;
  const entities = draft.entities.filter((e) => !state.dropped.entities.includes(e.id));
  const facts = draft.facts.filter((f) => factKept(state, f));
  const title = state.meta.title.trim() || draft.articles[0]?.title || 'Untitled article';
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

/**
 * Says where a validator problem is in the page's words: "Entity “Kyiv”",
 * "Fact p2-s1-figure (paragraph 2)", "The article", with the message.
 */
export function describeProblem(bank: Bank, problem: Problem): string {
  const m = /^\$\.(entities|facts|articles|types)\[(\d+)\](.*)$/.exec(problem.path);
  if (!m) return `${problem.path}: ${problem.message}`;
  const [, part, index, rest] = m;
  const i = Number(index);
  const where = rest ? ` (${rest.replace(/^\./, '')})` : '';
  if (part === 'entities') return `Entity “${bank.entities[i]?.label ?? i}”${where}: ${problem.message}`;
  if (part === 'facts') {
    const fact = bank.facts[i];
    return `Fact ${fact?.id ?? i}${fact ? ` (paragraph ${fact.paragraph})` : ''}${where}: ${problem.message}`;
  }
  if (part === 'articles') return `The article${where}: ${problem.message}`;
  return `Type ${bank.types[i]?.id ?? i}${where}: ${problem.message}`;
}

