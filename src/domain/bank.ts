/**
 * The fact bank: the data a quiz is generated from.
 *
 * A bank holds the articles it draws on, a hierarchy of entity types, the
 * entities (people, places, aircraft, ...) the articles name, the facts that
 * link them, and curated pools of real same-type names from outside the
 * articles that serve as distractors. Every fact cites its article and
 * paragraph. The JSON Schema in `schema/bank.schema.json` describes the same
 * shape for editors; `validateBank` checks it at run time.
 *
 * Pure data: no DOM, no Lit.
 */

/** The format version this code reads. */
export const BANK_VERSION = 1;

/** A whole fact bank, as stored in `questions/*.json`. */
export interface Bank {
  /** Points editors at the JSON Schema; ignored at run time. */
  $schema?: string;
  /** Format version; must equal {@link BANK_VERSION}. */
  version: number;
  /** Stable id of the bank (lower-case, digits and `-`); keys saved attempts. */
  id: string;
  /** Title of the quiz a reader sees. */
  title: string;
  /** BCP 47 language tag of every text in the bank, e.g. `en`. */
  language: string;
  /** The articles the facts come from. */
  articles: Article[];
  /** The entity-type hierarchy. */
  types: EntityType[];
  /** Every entity the articles name. */
  entities: Entity[];
  /** The facts, each citing its article and paragraph. */
  facts: Fact[];
  /** Curated same-type names from outside the articles, used only as distractors. */
  pools?: Pool[];
  /** Places where facts touch: two events that look alike, or one event told two ways. */
  overlaps?: Overlap[];
}

/** One source article. */
export interface Article {
  /** Stable id, referenced by facts. */
  id: string;
  /** Headline as the article gives it. */
  title: string;
  /** Publisher or site as the page gives it; `null` when the page names none. */
  site: string | null;
  /** Date as the page gives it (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `null` when it gives none. A dateline is not an event date. */
  date: string | null;
  /** Address of the article, where known. */
  url?: string;
  /** How many paragraphs the article's body has (at most 10,000); cited paragraphs run from 1 to this. */
  paragraphs: number;
  /** Two or three sentences in our own words; the quiz's start screen shows it under the title. */
  summary: string;
}

/** A type of entity, e.g. `fighter-jet` under `aircraft`. */
export interface EntityType {
  /** Stable id, referenced by entities, pools and other types. */
  id: string;
  /** The more general type, if any; distractors come from the most specific type first. */
  parent?: string;
  /** Singular noun for questions: "airfield", "fighter jet". */
  label: string;
  /** Plural noun: "airfields", "fighter jets". */
  plural: string;
  /** Question word for an answer of this type: "Who" for people; default "Which <label>". */
  ask?: string;
}

/** Something the articles name: a person, place, organisation, aircraft, ... */
export interface Entity {
  /** Stable id, referenced by facts. */
  id: string;
  /** Its most specific type's id. */
  type: string;
  /** The name to display: "Oleksandr Syrskyi". */
  label: string;
  /** Other names that also count as right: "Syrskyi", "Kim Jong Un". */
  aliases?: string[];
  /** Spelling and transliteration variants: "Syrskyj", "Sirsky". */
  spellings?: string[];
  /** Whether the label takes "the" inside a sentence ("the United States"). */
  definite?: boolean;
  /** For people: the roles the articles give them. */
  roles?: Role[];
}

/** A role an article gives a person. */
export interface Role {
  /** Noun phrase without leading article: "governor of the Pskov region". */
  title: string;
  /** Article id the role comes from. */
  article: string;
  /** Paragraph (1-based) of that article. */
  paragraph: number;
  /** Whether the role is a former one ("former secretary of ..."). */
  former?: boolean;
}

/** How a number is bounded. */
export type Qualifier = 'exactly' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'fewer-than';

/** The value in one slot of a fact. */
export type SlotValue = EntitySlot | NumberSlot | DateSlot;

/** A slot that holds an entity. */
export interface EntitySlot {
  /** The entity's id. */
  entity: string;
}

/** A slot that holds a figure. */
export interface NumberSlot {
  /** The figure as the article gives it: at most twelve digits and six decimals (what a reader can read and type back); negative only with a unit of a scale that runs below zero (degrees, per cent, points). */
  number: number;
  /** How the figure is bounded; default `exactly`. */
  qualifier?: Qualifier;
  /** Plural unit: "planes", "miles", "missiles and drones". */
  unit: string;
  /** Singular unit when it differs by more than an -s: "person" for "people". */
  unitSingular?: string;
  /** What is counted, as a noun phrase for ordering and matching: "Il-76 cargo planes damaged at Pskov". */
  label: string;
  /** Accepted distance from the figure for typed answers; default 0 (or 10% for `about`). */
  tolerance?: number;
}

/** A slot that holds a date. */
export interface DateSlot {
  /** ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** What happened then, as a noun phrase for ordering: "Russia's full-scale invasion of Ukraine". */
  label: string;
}

/** A statement from an article, in our own words, with named slots. */
export interface Fact {
  /** Stable id. */
  id: string;
  /** Facts with the same relation compete for the same questions (see {@link Overlap}). */
  relation: string;
  /** Article id. */
  article: string;
  /** Paragraph (1-based) of that article. */
  paragraph: number;
  /** The statement in our words, with `{slot}` where a slot's value stands. */
  text: string;
  /** The slots the text refers to. */
  slots: Record<string, SlotValue>;
  /** Hand-phrased question wordings by slot name, where the template would read badly. */
  ask?: Record<string, string>;
  /** Feedback shown after the answer; default the statement itself. */
  explanation?: string;
  /** How central the fact is to its article, 1 (headline) to 3 (detail); feeds difficulty. */
  prominence?: 1 | 2 | 3;
}

/** Curated real names of one type from outside the articles. */
export interface Pool {
  /** The entity type they belong to. */
  type: string;
  /** Where the names come from and why they are sure not to answer any question. */
  note: string;
  /** The names; ids must not collide with the bank's entities. */
  entities: PoolEntity[];
}

/** A name in a pool. */
export interface PoolEntity {
  id: string;
  label: string;
  aliases?: string[];
  spellings?: string[];
  definite?: boolean;
}

/**
 * Where two facts touch.
 *
 * `distinct-events`: two different events that look alike (drones hit the Pskov
 * airfield in one article and the Morozovsk air base in the other); a question on
 * one must name a detail the other lacks, and then the other's value is a fair
 * distractor. `same-event`: one event told two ways (43 of 44 intercepted; more
 * than 20 missiles thwarted); neither fact's values are ever used against the other.
 */
export interface Overlap {
  kind: 'distinct-events' | 'same-event';
  /** The fact ids, two or more. */
  facts: string[];
  /** Why, in a sentence. */
  note: string;
}
