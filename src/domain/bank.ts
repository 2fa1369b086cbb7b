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

/** The format version this code writes: 2 added `understanding`, slot `accept` and `given`, fact `key` and `hedged`, pool `near` and `avoid`. */
export const BANK_VERSION = 2;

/** Every format version this code reads: a bank written to an earlier one keeps working unchanged. */
export const BANK_VERSIONS: readonly number[] = [1, 2];

/** A whole fact bank, as stored in `questions/*.json`. */
export interface Bank {
  /** Points editors at the JSON Schema; ignored at run time. */
  $schema?: string;
  /** Format version: one of {@link BANK_VERSIONS}. */
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
  /** Questions on what the news means, written by the bank's author: reasons, claims, sequences of events. */
  understanding?: Understanding[];
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
  /** Two or three sentences in our own words; the results show it under the title (never before the answers). */
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
  /** Whether the label takes "the" inside a sentence ("the United States"); default: by the name's last word (Organization, Council, ...). */
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
/**
 * How a number is bounded: `about` a little either side; `nearly` a little under, never over
 * ("nearly 20,000": 18,000 to 20,000); `at-least` and the others open on one side.
 */
export type Qualifier = 'exactly' | 'about' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'fewer-than';

/** Whether a qualifier gives a figure (exactly, about or nearly so much) rather than a bound ("at least three"). */
export const isFigure = (q: Qualifier | undefined): boolean => q === undefined || q === 'exactly' || q === 'about' || q === 'nearly';

/** The value in one slot of a fact. */
export type SlotValue = EntitySlot | NumberSlot | DateSlot;

/** What every slot may say besides its value. */
interface SlotBase {
  /** Context, never asked: the slot stays in every question of the fact (a story's main actor, an obvious value). */
  given?: boolean;
}

/** A slot that holds an entity. */
export interface EntitySlot extends SlotBase {
  /** The entity's id. */
  entity: string;
  /** Answers that count as right here besides the entity's own names ("Air Force" where the fact is about Ukraine). */
  accept?: string[];
}

/** A slot that holds a figure. */
export interface NumberSlot extends SlotBase {
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
export interface DateSlot extends SlotBase {
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
  /** A key fact of the story: it may come up in most quizzes (others are spread out). */
  key?: boolean;
  /**
   * Whether the statement is hedged ("might bring", "could obtain"): then no
   * false statement is made from it, since a hedge is not false when another
   * value is put in. Default: hedge words in the text (might, may, could,
   * possibly, fear ...).
   */
  hedged?: boolean;
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
  /**
   * Entity ids of the bank this name belongs with (Sergei Lavrov with Russia):
   * a question naming one of them offers this name before names without such
   * a tie, so distractors come from the story's own world first.
   */
  near?: string[];
  /** Relations (or fact ids) where this name could look right: it is never offered there. */
  avoid?: string[];
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

/** What every question of understanding has. */
interface UnderstandingBase {
  /** Stable id. */
  id: string;
  /** Article id it comes from (for a sequence, the article of its first event). */
  article: string;
  /** Paragraph (1-based) of that article. */
  paragraph: number;
  /** Feedback shown after the answer: how the article shows it. */
  explanation: string;
  /** Facts it draws on: no question on them stands in the same quiz, since either would give the other away. */
  facts?: string[];
  /** A key point of the story: it may come up in most quizzes. */
  key?: boolean;
  /** 1 (headline) to 3 (detail); feeds difficulty. */
  prominence?: 1 | 2 | 3;
}

/**
 * Why something happened or was done: the question, the article's reason and
 * at least three alternatives that the article rules out (each plausible to
 * someone who has not read it, none defensible to someone who has).
 */
export interface ReasonItem extends UnderstandingBase {
  kind: 'reason';
  /** "Why does Ukraine strike targets far inside Russia, according to ...?" */
  question: string;
  /** The reason the article gives, written like the alternatives. */
  answer: string;
  /** Reasons the article rules out, in the same form as the answer. */
  wrong: string[];
}

/**
 * What someone said or argued. Asked two ways: what the speaker said (the
 * claim among alternatives), or who said it (the speaker among other people
 * of the bank who speak in the articles).
 */
export interface ClaimItem extends UnderstandingBase {
  kind: 'claim';
  /** The person (entity id) who said it. */
  speaker: string;
  /** The claim in our words, as a clause that completes "... said that": "Russia holds the initiative for now, but that will change". */
  claim: string;
  /** Claims the speaker did not make, in the same form (at least three). */
  wrong: string[];
  /** What the claim is about, for the question "What did X say about ...?": "the initiative on the battlefield". */
  about: string;
}

/** One event of a sequence. */
export interface SequenceEvent {
  /** What happened, as a noun phrase or short clause: "Russia's full-scale invasion of Ukraine". */
  label: string;
  article: string;
  paragraph: number;
}

/** Events in the order they happened, as the articles tell or imply it. */
export interface SequenceItem extends UnderstandingBase {
  kind: 'sequence';
  /** The events, earliest first (three or four; no two at the same time). */
  events: SequenceEvent[];
}

/** A question on what the news means, written by the bank's author. */
export type Understanding = ReasonItem | ClaimItem | SequenceItem;
