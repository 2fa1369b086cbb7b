/**
 * What a page needs to know about drafting without loading the NLP: the
 * entity types a draft gives, the size limit, how words are counted, ids from
 * names, and the shape of the notes a draft keeps beside its bank. Data and
 * small pure functions only.
 */
import type { EntityType } from '../domain/bank.js';

/** Every entity type a draft may use; a drafted bank holds only those its entities need. */
export const DRAFT_TYPES: readonly EntityType[] = [
  { id: 'person', label: 'person', plural: 'people', ask: 'Who' },
  { id: 'place', label: 'place', plural: 'places' },
  { id: 'country', parent: 'place', label: 'country', plural: 'countries' },
  { id: 'city', parent: 'place', label: 'city', plural: 'cities' },
  { id: 'town', parent: 'place', label: 'town or village', plural: 'towns and villages' },
  { id: 'region', parent: 'place', label: 'region', plural: 'regions' },
  { id: 'airfield', parent: 'place', label: 'airfield', plural: 'airfields' },
  { id: 'venue', parent: 'place', label: 'venue', plural: 'venues' },
  { id: 'organisation', label: 'organisation', plural: 'organisations' },
  { id: 'company', parent: 'organisation', label: 'company', plural: 'companies' },
  { id: 'party', parent: 'organisation', label: 'party', plural: 'parties' },
  { id: 'news-organisation', parent: 'organisation', label: 'news organisation', plural: 'news organisations' },
  { id: 'work', label: 'title', plural: 'titles' },
  { id: 'film', parent: 'work', label: 'film', plural: 'films' },
  { id: 'book', parent: 'work', label: 'book', plural: 'books' },
  { id: 'show', parent: 'work', label: 'show', plural: 'shows' },
  { id: 'song', parent: 'work', label: 'song', plural: 'songs' },
  { id: 'event', label: 'event', plural: 'events' },
  { id: 'award', label: 'award', plural: 'awards' },
  { id: 'aircraft', label: 'aircraft', plural: 'aircraft' },
  { id: 'fighter-jet', parent: 'aircraft', label: 'fighter jet', plural: 'fighter jets' },
  { id: 'cargo-plane', parent: 'aircraft', label: 'cargo plane', plural: 'cargo planes' },
  { id: 'helicopter', parent: 'aircraft', label: 'helicopter', plural: 'helicopters' },
  { id: 'weapon', label: 'weapon', plural: 'weapons' },
  { id: 'tank', parent: 'weapon', label: 'tank', plural: 'tanks' },
  { id: 'missile', parent: 'weapon', label: 'missile', plural: 'missiles' },
  { id: 'weapon-system', parent: 'weapon', label: 'weapon system', plural: 'weapon systems' },
];

/** The most words an article may have: a draft of up to this many finishes in seconds; longer text is refused. */
export const MAX_ARTICLE_WORDS = 50_000;

/** Counts the words of a text (runs of letters or digits), in one pass. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) n += 1;
  return n;
}

/** Why a text cannot be drafted because of its size, or `null` when it can. */
export function sizeProblem(text: string): string | null {
  // A cheap bound first: no text of this length can hold too many words.
  if (text.length <= MAX_ARTICLE_WORDS * 2) return null;
  const words = countWords(text);
  if (words <= MAX_ARTICLE_WORDS) return null;
  return `The text has ${grouped(words)} words; a draft takes at most ${grouped(MAX_ARTICLE_WORDS)} (one article, not a collection): paste a single article.`;
}

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export { slugify } from '../domain/slug.js';

/** Where a slot's value stands in a fact's source sentence (offsets into `source`). */
export interface SourceMark {
  slot: string;
  start: number;
  end: number;
}

/** What the draft knows about one drafted fact that the bank does not hold. */
export interface FactNote {
  /** The article's sentence the fact comes from, as written. */
  source: string;
  /** Where each slot's value stands in it. */
  marks: SourceMark[];
  /** What the teacher should check before the fact reaches a student; empty when the draft is sure. */
  checks: string[];
}

/** Something of the article the draft made no fact from, and why. */
export interface LeftOut {
  /** The paragraph (counted as the reader sees them), or `null` for text outside the body (headline, byline, credit). */
  paragraph: number | null;
  /** The text left out, as written (cut to about 200 characters). */
  text: string;
  /** Why, in a few words: "a byline", "a quotation whose speaker is not named", "no name, figure or year to ask about". */
  reason: string;
}

/** The article's title in a draft of a text without a headline (the notes then say `headline: null`). */
export const UNTITLED = 'Untitled article';

/** Notes kept beside a drafted bank: the source of each fact and what was left out. */
export interface DraftNotes {
  /** The body paragraphs as numbered (paragraph N is `paragraphs[N - 1]`), after datelines are cut. */
  paragraphs: string[];
  /** By fact id. */
  facts: Record<string, FactNote>;
  /** In reading order. */
  left: LeftOut[];
  /** The numbers of the paragraphs at least one fact comes from. */
  used: number[];
  /**
   * The headline, as given or as found before the body; `null` when there is none, and the bank
   * then calls the article "Untitled article", which students would see: ask for the headline.
   */
  headline: string | null;
}
