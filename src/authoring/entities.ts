/**
 * Finding what an article names: people with their roles, places,
 * organisations, titles of works, events, awards and equipment.
 *
 * Candidate names are runs of capitalised words in each sentence (with the
 * small words that stand inside names: "of", "for", "al-"). compromise's tags
 * say which are people, places and organisations; patterns and the lexicon
 * do the rest: a role or title before a name is split off and kept as the
 * person's role ("French Culture Minister Clara Dubois"), heads type a name
 * ("... Party", "... Observatory", "... province"), an acronym in brackets
 * joins its name, a surname joins the full name. A capitalised word that
 * only opens sentences is not a name ("Stretched rescue teams"). Then every
 * form is found again in every sentence, longest first, in one pass over the
 * tokens.
 */
import nlp from 'compromise';
import { tokenize } from './tokens.js';
import { has, isCapitalised, lower, type Sentence, type Word } from './analysis.js';
import {
  AIRCRAFT_PREFIXES,
  AWARD_HEADS,
  COUNTRY_ALIASES,
  DEFINITE_PLACES,
  DEMONYMS,
  EQUIPMENT_KINDS,
  ETHNIC_ADJECTIVES,
  EVENT_HEADS,
  LANGUAGES,
  MONTHS,
  NAME_PARTICLES,
  NAME_TITLES,
  NEWS_ORGANISATIONS,
  NOT_EQUIPMENT,
  NOT_NAMES,
  ORGANISATION_HEADS,
  ORGANISATION_KINDS,
  PLACE_HEADS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  WORK_KINDS,
} from './lexicon.js';

/** A role an article gives a person. */
export interface FoundRole {
  /** Noun phrase without a leading article: "Cuban Foreign Minister", "spokeswoman for LIGO". */
  title: string;
  paragraph: number;
  former: boolean;
  /** "a" or "the", as the role reads after "is". */
  determiner: 'a' | 'the';
  /** The sentence that gives it. */
  source: Sentence;
}

/** An entity the draft found, before it becomes a bank entity. */
export interface FoundEntity {
  /** Entity type id (see DRAFT_TYPES). */
  type: string;
  /** The name to display. */
  label: string;
  /** Every form the article writes it in, label included. */
  forms: Set<string>;
  /** Whether it takes "the" inside a sentence. */
  definite: boolean;
  roles: FoundRole[];
  /** How many times the article names it (after the mentions are found). */
  count: number;
}

/** Where an entity is named in a sentence (offsets within the sentence). */
export interface Mention {
  entity: FoundEntity;
  form: string;
  start: number;
  end: number;
  /** Index of the first and last word of the mention. */
  first: number;
  last: number;
}

/** The entities of an article and where each sentence names them. */
export interface Found {
  entities: FoundEntity[];
  mentions: Map<Sentence, Mention[]>;
}

const stripPossessive = (s: string): string => s.replace(/['’]s$|(?<=s)['’]$/u, '');
const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,3}|XI{1,3}|XIV|XV)$/;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;

/** A word that can stand in a name: capitalised, an acronym, or "al-Baruda". */
function nameWord(word: Word | undefined): boolean {
  if (!word) return false;
  if (/^\p{Lu}/u.test(word.text)) {
    // "UK-based", "US-led", "Anti-IS": adjectives, not names.
    if (/-\p{Ll}+$/u.test(word.text) && !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word.text)) return false;
    if (/^(?:Anti|Pro|Non|Ex|Post|Pre|Pan|Mid|Neo|Semi)-/u.test(word.text)) return false;
    if (/-\p{Ll}+$/u.test(word.text) && /^\p{Lu}\p{Ll}+-(?:based|led|born|owned|backed|run|made|style|era|type|like|class)$/u.test(word.text)) return false;
    return /\p{L}/u.test(word.text);
  }
  return /^\p{Ll}{1,3}-\p{Lu}/u.test(word.text);
}

/** Whether a word is a first name by compromise's lexicon (asked about the word alone, once per word). */
const firstNames = new Map<string, boolean>();
function isFirstName(word: string): boolean {
  let known = firstNames.get(word);
  if (known === undefined) {
    known = /^\p{Lu}\p{Ll}+$/u.test(word) && nlp(word).has('#FirstName');
    firstNames.set(word, known);
  }
  return known;
}

/** Common nouns capitalised as if they were names ("the City's Director"): never an entity on their own. */
const GENERIC_NOUNS = new Set(['City', 'Town', 'County', 'State', 'Government', 'Council', 'Department', 'Ministry', 'Court', 'Police', 'Army', 'Navy', 'Party', 'Company', 'Group', 'University', 'School', 'Hospital', 'Parliament', 'Congress', 'Senate', 'Committee', 'Administration', 'Agency', 'Board', 'Commission', 'Office']);

/** Legal forms after a company's name: "EADS NV" is EADS. */
const LEGAL_FORM = /\s+(?:NV|N\.V\.|AG|SA|S\.A\.|SE|plc|PLC|Inc\.?|Ltd\.?|LLC|Co\.|Corp\.?|GmbH|SpA|BV|AB|ASA|Oyj)$/;

/** Registry of found entities by label. */
class Registry {
  readonly byLabel = new Map<string, FoundEntity>();
  private readonly byForm = new Map<string, FoundEntity>();

  add(type: string, label: string, definite = false): FoundEntity {
    const existing = this.byLabel.get(label) ?? this.byForm.get(label);
    if (existing) return existing;
    const entity: FoundEntity = { type, label, forms: new Set([label]), definite, roles: [], count: 0 };
    this.byLabel.set(label, entity);
    this.byForm.set(label, entity);
    return entity;
  }

  addForm(entity: FoundEntity, form: string): void {
    if (this.byForm.has(form)) return;
    entity.forms.add(form);
    this.byForm.set(form, entity);
  }

  owner(form: string): FoundEntity | undefined {
    return this.byForm.get(form);
  }

  /** Merges `from` into `into` (its forms and roles) and forgets `from`. */
  merge(into: FoundEntity, from: FoundEntity): void {
    if (into === from) return;
    for (const form of from.forms) {
      into.forms.add(form);
      this.byForm.set(form, into);
    }
    into.roles.push(...from.roles);
    into.definite ||= from.definite;
    this.byLabel.delete(from.label);
  }

  delete(entity: FoundEntity): void {
    this.byLabel.delete(entity.label);
    for (const form of entity.forms) if (this.byForm.get(form) === entity) this.byForm.delete(form);
  }
}

/** A run of name words in a sentence: words `first`..`last` (inclusive). */
interface Run {
  sentence: Sentence;
  first: number;
  last: number;
  text: string;
  /** Inside quotation marks of its own: a title. */
  quoted: boolean;
  /** Preceded by "the". */
  definite: boolean;
}

const text = (s: Sentence, first: number, last: number): string => s.text.slice(s.words[first]!.start, s.words[last]!.end);

/** The runs of name words of a sentence, split at punctuation and lower-case words (but for "of", "for", particles). */
function runsOf(sentence: Sentence, capitalisedElsewhere: Set<string>): Run[] {
  const words = sentence.words;
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!nameWord(words[i])) {
      i += 1;
      continue;
    }
    let last = i;
    for (let k = i + 1; k < words.length; k++) {
      const w = words[k]!;
      if ((nameWord(w) || ROMAN.test(w.text)) && !has(w, 'WeekDay') && !has(w, 'Month') && !(has(w, 'Date') && !has(w, 'ProperNoun'))) {
        // A possessive ends the name before the next word ("Serbia's bid"), but a plural one inside a name does not ("Farmers' Union").
        if (/['’]s$/.test(words[k - 1]!.text) || (/s['’]$/.test(words[k - 1]!.text) && !ORGANISATION_HEADS.has(w.text.toLowerCase()))) break;
        if (w.start !== words[k - 1]!.end + 1) break;
        last = k;
        continue;
      }
      const l = w.text.toLowerCase();
      // "Farmers' Union": a plural possessive inside a name.
      if (/^['’]$/.test(w.text) && w.start === words[k - 1]!.end && /s$/.test(words[k - 1]!.text) && nameWord(words[k + 1]) && ORGANISATION_HEADS.has(lower(words[k + 1]))) continue;
      // "Raqqa is Being Slaughtered Silently": a title with "is" between capitalised words; "Nobel Prize in Physics".
      const titleIs = l === 'is' && nameWord(words[k + 1]) && nameWord(words[k + 2]) && !has(words[k + 1], 'Date');
      const awardIn = l === 'in' && AWARD_HEADS.has(words[k - 1]!.text) && nameWord(words[k + 1]) && !has(words[k + 1], 'Place');
      if ((titleIs || awardIn) && k > i) continue;
      // "Department of Forestry and Fire Protection", "Ministry of Culture and Sport": an "and" inside what a body is of,
      // before words that are no acronym and no body of their own ("Ministry of Defence and NATO" is two).
      const ofBody = (from: number): boolean => {
        for (let j = k - 1; j > from; j--) if (/^(?:of|for)$/.test(lower(words[j])) && ORGANISATION_HEADS.has(lower(words[j - 1]))) return true;
        return false;
      };
      const andOf =
        l === 'and' && ofBody(i) && nameWord(words[k + 1]) && !/^\p{Lu}{2,}$/u.test(words[k + 1]!.text) && !ORGANISATION_HEADS.has(lower(words[k + 1])) && !ORGANISATION_HEADS.has(lower(words[k + 2]));
      const connector = l === 'of' || l === 'for' || (l === 'the' && lower(words[k - 1]) === 'of') || NAME_PARTICLES.has(l) || andOf;
      if (connector && nameWord(words[k + 1]) && !/['’]s?$/.test(words[k - 1]!.text)) continue;
      if (connector && l === 'of' && lower(words[k + 1]) === 'the' && nameWord(words[k + 2])) continue;
      break;
    }
    // Trailing connectors never end a name.
    while (last > i && /^(?:of|for|the)$/i.test(words[last]!.text)) last -= 1;
    let first = i;
    // A capitalised word that only opens sentences and is no name by compromise is an ordinary word ("Stretched rescue teams").
    while (first <= last && first === 0 + leadingPunct(words) && !properAtStart(words[first]!, capitalisedElsewhere, words[first + 1])) first += 1;
    while (first <= last && NOT_NAMES.has(stripPossessive(words[first]!.text)) && !ACRONYM.test(words[first]!.text.replace(/\.$/, ''))) first += 1;
    while (first <= last && /^(?:of|for|the)$/i.test(words[first]!.text)) first += 1;
    if (first <= last) {
      const before = words[first - 1];
      const after = words[last + 1];
      const quoted = /^["“'‘]$/.test(before?.text ?? '') && (/^["”'’]$/.test(after?.text ?? '') || (after?.text === ',' && /^["”]$/.test(words[last + 2]?.text ?? '')));
      runs.push({ sentence, first, last, text: text(sentence, first, last), quoted, definite: lower(before) === 'the' });
    }
    i = last + 1;
  }
  return runs;
}

/** Index of the first word after opening quotes or brackets. */
function leadingPunct(words: Word[]): number {
  let k = 0;
  while (k < words.length && /^["“'‘(\[]$/.test(words[k]!.text)) k += 1;
  return k;
}

/** Whether a capitalised word that opens a sentence is a name. */
function properAtStart(word: Word, capitalisedElsewhere: Set<string>, next?: Word): boolean {
  const w = stripPossessive(word.text);
  // "Apple said on Tuesday": a capitalised word that says or announces something is a name.
  if (next && /^(?:said|says|announced|reported|confirmed|denied|added|told)$/.test(next.text) && !has(word, 'Pronoun') && !NOT_NAMES.has(w)) return true;
  if (capitalisedElsewhere.has(w)) return true;
  if (ACRONYM.test(w)) return true;
  // "Norwegian Halvard Ostrem won": a nationality before a name opens the name's run, as it does mid-sentence.
  if (has(word, 'Demonym') && next && nameWord(next)) return true;
  return has(word, 'Person') || has(word, 'Place') || has(word, 'Organization') || has(word, 'Country') || has(word, 'City');
}

/** Whether a word is a role word ("minister", "spokeswoman", "CEO"). */
const isRoleWord = (w: string): boolean => ROLE_WORDS.has(w.toLowerCase().replace(/[.,]$/, ''));

/**
 * Splits a run into a title and a person: "French Culture Minister Clara Dubois" gives
 * the person "Clara Dubois" (words from `core`) after the title words. Returns the index of
 * the person's first word, or `null` when the run holds no person.
 */
function personCore(run: Run): number | null {
  const words = run.sentence.words;
  const titleWord = (w: Word): boolean => isRoleWord(w.text) || NAME_TITLES.has(w.text) || has(w, 'Honorific');
  const nameLike = (x: Word): boolean => nameWord(x) || /^\p{Lu}\.$/u.test(x.text) || NAME_PARTICLES.has(x.text.toLowerCase());
  // The person starts at a first name ("... Minister Bruno Rodriguez", "... of State John Kerry").
  for (let k = run.first; k < run.last; k++) {
    const w = words[k]!;
    if ((has(w, 'FirstName') || isFirstName(w.text) || /^\p{Lu}\.$/u.test(w.text) && has(words[k + 1], 'FirstName')) && !titleWord(w)) {
      const rest = words.slice(k, run.last + 1);
      if (rest.length <= 4 && rest.every(nameLike) && !rest.some((x) => titleWord(x) || has(x, 'Organization') && !has(x, 'Person'))) return k;
    }
  }
  // Or it is the run's last words when compromise calls the last one a person.
  const lastWord = words[run.last]!;
  let k = run.last;
  if (has(lastWord, 'Person') || has(lastWord, 'LastName')) {
    while (k > run.first && k > run.last - 3 && (has(words[k - 1]!, 'Person') || /^\p{Lu}\.$/u.test(words[k - 1]!.text)) && !titleWord(words[k - 1]!)) k -= 1;
    if (titleWord(words[k]!)) k += 1;
    return k <= run.last ? k : null;
  }
  const span = run.last - run.first + 1;
  const plainName = (x: Word): boolean =>
    /^\p{Lu}\p{Ll}/u.test(x.text) && !['Place', 'Organization', 'Demonym', 'Date'].some((tag) => has(x, tag)) && !titleWord(x) &&
    !GENERIC_NOUNS.has(x.text) && !ORGANISATION_HEADS.has(x.text.toLowerCase()) && !EVENT_HEADS.has(x.text) && !AWARD_HEADS.has(x.text);
  // Or a nationality opens the run and two or three plain capitalised words follow: "Spaniard Garbine Muguruza",
  // "German Steffi Graf" (a news story's way of introducing a person whose names no lexicon knows).
  const opener = words[run.first]!;
  if (span >= 3 && span <= 4 && (has(opener, 'Demonym') || DEMONYMS[opener.text] !== undefined) && words.slice(run.first + 1, run.last + 1).every(plainName)) {
    return run.first + 1;
  }
  // Or a role stands right before it: "former journalist Ozel Pikal", "CEO Louis Gallois".
  const before = words[run.first - 1];
  if (span >= 2 && span <= 3 && before && (isRoleWord(before.text) || before.text === 'CEO') && words.slice(run.first, run.last + 1).every((x) => /^\p{Lu}\p{Ll}/u.test(x.text) && !has(x, 'Place') && !has(x, 'Organization'))) {
    return run.first;
  }
  return null;
}

/**
 * A run that opens with a title and "of" names what follows: "Head of Harbour Trust" is
 * the Harbour Trust; "Director of Parks and Leisure" names nothing.
 */
function withoutTitle(run: Run): Run | null {
  const words = run.sentence.words;
  let k = run.first;
  while (k < run.last && (isRoleWord(words[k]!.text) || ROLE_MODIFIERS.has(words[k]!.text.toLowerCase()))) k += 1;
  if (k === run.first) return run;
  if (!/^(?:of|for)$/i.test(words[k]!.text)) return run;
  k += 1;
  if (lower(words[k]) === 'the') k += 1;
  if (k > run.last) return null;
  const rest = { ...run, first: k, text: text(run.sentence, k, run.last), definite: lower(words[k - 1]) === 'the' };
  // Only a name with a head of its own ("Section", "Ministry") or a place is kept.
  const head = words[run.last]!.text.toLowerCase();
  return ORGANISATION_HEADS.has(head) || placeType(words, k, run.last) ? rest : null;
}

/** Whether the word at `k` follows a place preposition ("in al-Sukhna", "village of al-Baruda") or opens with "al-". */
function placeContext(words: Word[], k: number): boolean {
  const prev = lower(words[k - 1]);
  return (PLACE_PREPOSITIONS.has(prev) && prev !== 'of') || /\b(?:village|town|city|province|region|district) of$/.test(`${lower(words[k - 2])} ${prev}`) || /^(?:al|el)-/.test(words[k]!.text);
}

/** What compromise's lexicon says a word alone is, as a place type (once per word). */
const lexiconPlaces = new Map<string, string | null>();
function lexiconPlace(word: string): string | null {
  if (!lexiconPlaces.has(word)) {
    const doc = nlp(word);
    lexiconPlaces.set(word, doc.has('#Country') ? 'country' : doc.has('#City') ? 'city' : doc.has('#Region') ? 'region' : null);
  }
  return lexiconPlaces.get(word)!;
}

/** The place type a name has by compromise's tags or its head word, or `null`. */
function placeType(words: Word[], first: number, last: number): string | null {
  const tail = words[last]!.text;
  const head = PLACE_HEADS.find((p) => p.words.test(tail));
  if (head && last > first) return head.type;
  const all = words.slice(first, last + 1);
  const every = (tag: string): boolean => all.every((w) => has(w, tag) || ['of', 'the'].includes(w.text.toLowerCase()));
  if (every('Country')) return 'country';
  if (every('City')) return 'city';
  if (every('Region')) return 'region';
  if (every('Place')) return 'place';
  return null;
}

/** Words before a single capitalised word that make it a place ("in Raqqa", "near al-Sukhna"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'from', 'to', 'towards', 'toward', 'across', 'around', 'into', 'inside', 'across', 'of', 'at']);

/** Reads the role phrase before a person's name, back to punctuation or a word that cannot be in a title. */
function titleBefore(sentence: Sentence, core: number, runFirst: number): { title: string; former: boolean; capitalised: boolean } | null {
  const words = sentence.words;
  let k = core - 1;
  const taken: Word[] = [];
  let roleSeen = false;
  while (k >= 0 && taken.length < 12) {
    const w = words[k]!;
    const l = w.text.toLowerCase();
    if (k >= runFirst || nameWord(w) || ['of', 'for', 'in', 'the'].includes(l) && taken.length > 0 && k >= runFirst - 6 && nameWord(words[k - 1])) {
      taken.unshift(w);
      if (isRoleWord(w.text) || NAME_TITLES.has(w.text)) roleSeen = true;
      k -= 1;
      continue;
    }
    // Lower-case titles right before the name: "opposition leader", "former journalist", "theoretical physicist".
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && (isRoleWord(l) || (taken.length > 0 || roleSeen) && (has(w, 'Adjective') || has(w, 'Noun') || ROLE_MODIFIERS.has(l)) && !has(w, 'Pronoun') && !has(w, 'Determiner') && !has(w, 'Verb') && !has(w, 'Preposition'))) {
      if (!roleSeen && !isRoleWord(l)) break;
      taken.unshift(w);
      if (isRoleWord(l)) roleSeen = true;
      k -= 1;
      continue;
    }
    break;
  }
  // "the", "of", "in" never open a title; neither do names of places alone.
  while (taken.length > 0 && /^(?:of|for|in|the|and)$/i.test(taken[0]!.text)) taken.shift();
  // A name before the title belongs to someone else ("Putin and North Korean leader Kim"): the title starts after it.
  for (let k = taken.length - 1; k > 0; k--) if (has(taken[k - 1], 'Person') && !isRoleWord(taken[k - 1]!.text) && !NAME_TITLES.has(taken[k - 1]!.text)) {
    taken.splice(0, k);
    break;
  }
  if (!roleSeen || taken.length === 0) return null;
  // A title is the phrase up to its last role word or the place it names ("Head of Harbour Trust in Dover").
  let former = false;
  if (taken[0]!.text.toLowerCase() === 'former') {
    former = true;
    taken.shift();
  }
  if (taken.length === 0) return null;
  // A bare honorific ("President", "Mr") is a title but says too little for a role of its own... unless it is the only role.
  const title = sentence.text.slice(taken[0]!.start, taken[taken.length - 1]!.end);
  if (/^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?$/.test(title)) return null;
  return { title, former, capitalised: isCapitalised(taken.find((w) => isRoleWord(w.text)) ?? taken[0]) };
}

/** Whether a phrase after a name reads as a role ("a spokeswoman for LIGO", "executive director of ..."). */
function rolePhrase(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  if (ws.length === 0 || ws.length > 14) return false;
  return ws.slice(0, 4).some((w) => ROLE_WORDS.has(w.replace(/[.,]$/, '')));
}

/** The kind of organisation a name is, by its head word. */
function organisationType(label: string): string {
  if (NEWS_ORGANISATIONS.has(label)) return 'news-organisation';
  const head = label.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, '');
  for (const kind of ORGANISATION_KINDS) if (kind.heads.has(head) || kind.heads.has(`${head}.`)) return kind.type;
  return 'organisation';
}

/** What a quoted title is, from the nouns around it ("the biopic", "the musical"). */
function workType(run: Run): string {
  const words = run.sentence.words;
  const near = [...words.slice(Math.max(0, run.first - 4), run.first), ...words.slice(run.last + 1, run.last + 5)];
  for (const w of near) for (const kind of WORK_KINDS) if (kind.words.test(w.text)) return kind.type;
  return 'work';
}

/** Finds the entities an article names, and where each sentence names them. */
export function findEntities(sentences: Sentence[]): Found {
  const registry = new Registry();
  // Words seen capitalised where no sentence opens: those are names wherever they stand.
  const capitalisedElsewhere = new Set<string>();
  for (const s of sentences) {
    const start = leadingPunct(s.words);
    s.words.forEach((w, k) => {
      if (k > start && /^\p{Lu}/u.test(w.text) && !/^["“'‘(]$/.test(s.words[k - 1]!.text)) capitalisedElsewhere.add(stripPossessive(w.text));
    });
  }

  const pending: { run: Run; entity: FoundEntity }[] = [];
  const people: FoundEntity[] = [];
  for (const sentence of sentences) {
    const words = sentence.words;
    for (const found of runsOf(sentence, capitalisedElsewhere)) {
      const run = withoutTitle(found);
      if (!run) continue;
      const name = stripPossessive(run.text);
      const one = run.first === run.last;
      const first = words[run.first]!;
      if (!name || LANGUAGES.has(name) || ETHNIC_ADJECTIVES.has(name) || (NOT_NAMES.has(name) && !COUNTRY_ALIASES[name]) || GENERIC_NOUNS.has(name)) continue;
      if (MONTHS[name.toLowerCase()] !== undefined || has(first, 'WeekDay')) continue;
      // "Best Actor", "Best Picture": the category of an award, not a name of anything that could be asked or offered.
      if (/^Best\s+\p{Lu}/u.test(name)) continue;
      // A title alone ("the Mayor's budget", "the Governor said") is a role, no name.
      if (one && (NAME_TITLES.has(name) || isRoleWord(name))) continue;
      // A demonym alone ("Serbian", "Cuban") is no entity.
      if (one && (DEMONYMS[name] !== undefined || has(first, 'Demonym'))) continue;
      if (run.quoted && run.last - run.first <= 6) {
        registry.add(workType(run), name);
        continue;
      }
      // Equipment: Il-76, F-16, Su-34 (one token with a hyphen and digits).
      if (one && /^\p{Lu}[\p{L}]{0,9}-\d{1,4}\p{Lu}?s?$/u.test(run.text) && !NOT_EQUIPMENT.test(run.text)) {
        const label = run.text.replace(/s$/, '');
        const after = sentence.text.slice(words[run.last]!.end, words[run.last]!.end + 40).split(/[,.;]/)[0] ?? '';
        const kind = EQUIPMENT_KINDS.find((k) => k.test.test(after));
        const prefix = label.split('-')[0]!;
        const entity = registry.add(kind?.type ?? (AIRCRAFT_PREFIXES.has(prefix) ? 'aircraft' : 'weapon'), label);
        registry.addForm(entity, `${label}s`);
        continue;
      }
      const country = COUNTRY_ALIASES[name];
      if (country) {
        const entity = registry.add('country', country, DEFINITE_PLACES.has(country));
        registry.addForm(entity, name);
        continue;
      }
      const head = name.split(/\s+/).pop()!;
      const headLower = head.toLowerCase().replace(/\.$/, '');
      const orgHead = !one && ORGANISATION_HEADS.has(headLower);
      // "the directing Oscar", "an acting Oscar": a word after an article or a lower-case word is no person's name.
      const afterModifier = one && (/^(?:the|a|an)$/i.test(words[run.first - 1]?.text ?? '') || /^\p{Ll}+ing$/u.test(words[run.first - 1]?.text ?? ''));
      if (one && AWARD_HEADS.has(head)) {
        registry.add('award', name);
        continue;
      }
      const core = orgHead || afterModifier ? null : personCore(run);
      if (core !== null) {
        const personName = stripPossessive(text(sentence, core, run.last));
        if (personName.split(/\s+/).length >= 2 || (has(words[core]!, 'Person') && !placeContext(words, core))) {
          const entity = registry.add('person', personName);
          if (!people.includes(entity)) people.push(entity);
          pending.push({ run: { ...run, first: core, text: personName }, entity });
          continue;
        }
      }
      if (!one && AWARD_HEADS.has(head) || / Prizes? in \p{Lu}/u.test(name)) {
        registry.add('award', name, run.definite);
        continue;
      }
      if ((!one && EVENT_HEADS.has(head)) || / War (?:I|II)$/.test(name)) {
        registry.add('event', name, run.definite);
        continue;
      }
      if (one && AWARD_HEADS.has(head)) {
        registry.add('award', name);
        continue;
      }
      if (orgHead || NEWS_ORGANISATIONS.has(name) || (!one && has(words[run.last]!, 'Organization'))) {
        registry.add(organisationType(name), name, run.definite && !/^\p{Lu}+$/u.test(name));
        continue;
      }
      const place = placeType(words, run.first, run.last);
      if (place) {
        // "the Welsh town of Brecon": the noun before "of" types it.
        const before = sentence.text.slice(0, first.start);
        const kind = /\bcity of\s*$/i.test(before) ? 'city' : /\b(?:town|village) of\s*$/i.test(before) || /^,\s+a\s+(?:small\s+)?(?:town|village)\b/.test(sentence.text.slice(words[run.last]!.end)) ? 'town' : place;
        registry.add(kind, name, DEFINITE_PLACES.has(name) || (run.definite && !one));
        continue;
      }
      if (one && ACRONYM.test(name) && !ROMAN.test(name)) {
        registry.add(organisationType(name), name);
        continue;
      }
      if (one) {
        // One capitalised word: a place after "in", "near", "from" ...; a person when compromise knows the name; else decided below from all its uses.
        if (has(first, 'Person') && (has(first, 'FirstName') || has(first, 'LastName')) && !placeContext(words, run.first)) {
          const entity = registry.add('person', name);
          if (!people.includes(entity)) people.push(entity);
          continue;
        }
        if (/\b(?:city|capital) of\s*$/i.test(sentence.text.slice(0, first.start))) {
          registry.add('city', name);
          continue;
        }
        if (/\b(?:town|village) of\s*$/i.test(sentence.text.slice(0, first.start)) || /^,\s+a\s+(?:small\s+)?(?:town|village)\b/.test(sentence.text.slice(first.end))) {
          registry.add('town', name);
          continue;
        }
        if ((has(first, 'Country') || has(first, 'City') || has(first, 'Region')) && !has(first, 'Person')) {
          registry.add(has(first, 'Country') ? 'country' : has(first, 'City') ? 'city' : 'region', name);
          continue;
        }
        if (has(first, 'Organization')) registry.add(organisationType(name), name);
        else registry.add('unknown', name);
        continue;
      }
      // Several capitalised words with no head: an organisation when compromise says so, or a name with "is" inside ("Raqqa is Being Slaughtered Silently").
      // A "the" alone says nothing of the kind ("the Dark Knight" is a film): such a name is no entity, so never a wrong option of another kind.
      // A "the" before a name built on "of" or "for" is an institution ("the Ministry of Transport", "the Chamber of Commerce").
      const inner = words.slice(run.first, run.last + 1);
      if (inner.some((w) => has(w, 'Organization') || w.text === 'is') || (run.definite && inner.some((w) => /^(?:of|for)$/.test(w.text)))) {
        registry.add(organisationType(name), name, run.definite);
        continue;
      }
    }
  }

  // News agencies written in lower case ("dpa reported").
  for (const sentence of sentences) for (const w of sentence.words) if (/^\p{Ll}+$/u.test(w.text) && NEWS_ORGANISATIONS.has(w.text)) registry.add('news-organisation', w.text);

  // Acronyms in brackets join the name before them: "Syrian Democratic Forces (SDF)".
  for (const sentence of sentences) {
    const m = sentence.text.matchAll(/((?:\p{Lu}[\p{L}'’-]*|of|for|and|the)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the))*)\s+\((\p{Lu}[\p{Lu}\d&-]{1,7})\)/gu);
    for (const match of m) {
      const acronym = match[2]!;
      const long = [...registry.byLabel.values()].find((e) => match[1]!.endsWith(e.label) && e.label.split(' ').length >= 2 && e.type !== 'person');
      const short = registry.owner(acronym);
      if (long && short && short !== long) registry.merge(long, short);
      else if (long) registry.addForm(long, acronym);
    }
  }
  const all = (): FoundEntity[] => [...registry.byLabel.values()];
  // An acronym of a name's initials is that name: "IS" for "Islamic State".
  for (const short of all().filter((e) => /^\p{Lu}{2,6}$/u.test(e.label) && e.type !== 'person')) {
    const long = all().filter((e) => e !== short && e.type !== 'person' && initials(e.label) === short.label);
    if (long.length !== 1) continue;
    if (isOrganisation(short.type) && !isOrganisation(long[0]!.type)) long[0]!.type = short.type;
    registry.merge(long[0]!, short);
  }
  // "EADS NV" is EADS: the legal form joins the name without it.
  for (const entity of all()) {
    if (!registry.byLabel.has(entity.label) || !LEGAL_FORM.test(entity.label)) continue;
    const name = entity.label.replace(LEGAL_FORM, '');
    const base = registry.owner(name) ?? registry.add(entity.type, name, entity.definite);
    if (base !== entity && base.type !== 'person') {
      if (base.type === 'unknown' || base.type === 'organisation') base.type = entity.type;
      registry.merge(base, entity);
    }
  }
  // "NRA (National Rail Authority Ltd.)": the words in brackets are the acronym's long name; pieces of it are no names.
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(/\b(\p{Lu}[\p{Lu}\d&-]{1,7})\s+\(([\p{Lu}][^()]{5,80})\)/gu)) {
      const short = registry.owner(m[1]!);
      const long = m[2]!.trim();
      if (!short || short.type === 'person' || !/^(?:\p{Lu}[\p{L}.'’-]*|and|of|for|the|&)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|of|for|the|&))*$/u.test(long)) continue;
      // A piece of the long name that the article writes nowhere else ("Space Co.") is no name of its own.
      const everywhere = sentences.map((x) => x.text).join('\n');
      const count = (text: string, label: string): number => text.split(label).length - 1;
      for (const piece of all()) {
        if (piece === short || piece.type === 'person' || !long.includes(piece.label) || piece.label === long) continue;
        if (count(everywhere, piece.label) <= count(everywhere, long) * count(long, piece.label)) registry.delete(piece);
      }
      registry.addForm(short, long);
    }
  }
  // "The Observatory" for "Syrian Observatory for Human Rights"; "State Department" for "US State Department".
  for (const entity of all()) {
    if (!registry.byLabel.has(entity.label) || entity.type === 'person') continue;
    const longer = all().filter((e) => e !== entity && e.type !== 'person' && new RegExp(`(?:^|\\s)${escapeRe(entity.label)}(?:\\s|$)`).test(e.label));
    if (longer.length === 1 && (entity.type === 'unknown' || isOrganisation(entity.type) || entity.type === longer[0]!.type)) {
      if (longer[0]!.label.endsWith(entity.label) || entity.label.split(' ').length === 1 && ORGANISATION_HEADS.has(entity.label.toLowerCase())) registry.merge(longer[0]!, entity);
    }
  }
  // People: a surname alone joins the one full name that ends with it; forms of one name join ("Vladimir V. Putin", "Vladimir Putin").
  const persons = all().filter((e) => e.type === 'person');
  for (const a of persons) {
    for (const b of persons) {
      if (a === b || !registry.byLabel.has(a.label) || !registry.byLabel.has(b.label)) continue;
      const pa = a.label.split(' ');
      const pb = b.label.split(' ');
      if (pa.length > pb.length && pa[pa.length - 1] === pb[pb.length - 1] && (pb.length === 1 || pa[0] === pb[0])) registry.merge(a, b);
    }
  }
  for (const person of all().filter((e) => e.type === 'person')) {
    const parts = person.label.split(' ');
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    const sharing = all().filter((e) => e.type === 'person' && e.label.split(' ').pop() === last);
    const other = registry.owner(last);
    // A given name after a hyphen ("Kim Jong-un") is no surname.
    if (sharing.length === 1 && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) && !/-\p{Ll}/u.test(last)) {
      if (other && other !== person && (other.type === 'unknown' || other.type === 'person')) registry.merge(person, other);
      else if (!other) registry.addForm(person, last);
    }
  }
  // Unknown single words: a place when named after a place preposition somewhere, an organisation when it owns or acts; else dropped.
  for (const entity of all().filter((e) => e.type === 'unknown')) {
    // Its uses on its own, not inside a longer name ("Raqqa" in "Raqqa is Being Slaughtered Silently").
    const uses = sentences.flatMap((s) =>
      s.words.map((w, k) => ({ s, w, k })).filter(({ s, w, k }) => stripPossessive(w.text) === entity.label && !(lower(s.words[k + 1]) === 'is' && nameWord(s.words[k + 2]) && nameWord(s.words[k + 3]))),
    );
    if (uses.length === 0) {
      registry.delete(entity);
      continue;
    }
    const placeUse = uses.some(({ s, k }) => {
      const prev = lower(s.words[k - 1]);
      if (PLACE_PREPOSITIONS.has(prev) && prev !== 'of' && prev !== 'at') return true;
      // "west of Raqqa", "stronghold of Raqqa", "an assault on Raqqa".
      if (prev === 'of' && /^(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts|edge|centre|center|capital|stronghold|city|cities|town|towns|village|villages|province|provinces|region|regions|district|districts|suburbs|heart|port|states|counties)$/.test(lower(s.words[k - 2]))) return true;
      if (prev === 'on' && /^(?:assault|attack|attacks|march|advance|offensive|strike|strikes)$/.test(lower(s.words[k - 2]))) return true;
      // "in hard-hit Kahramanmaras": an adjective between.
      return /^\p{Ll}/u.test(prev) && (has(s.words[k - 1], 'Adjective') || prev.includes('-')) && ['in', 'near', 'from', 'to', 'outside'].includes(lower(s.words[k - 2])) || placeContext(s.words, k);
    });
    // "Head of Product at Waymo", "an analyst at CM-CIC": where a person works, an organisation.
    const workplace = uses.some(({ s, k }) => lower(s.words[k - 1]) === 'at' && (isRoleWord(s.words[k - 2]?.text ?? '') || (/^\p{Lu}/u.test(s.words[k - 2]?.text ?? '') && s.words[k - 3]?.text !== undefined && /^(?:of|for)$/.test(lower(s.words[k - 3])))));
    const acts = workplace || uses.some(({ s, k, w }) => /['’]s$/.test(w.text) || has(s.words[k + 1], 'Verb') && !has(s.words[k + 1], 'Gerund') || lower(s.words[k - 1]) === 'group' || lower(s.words[k - 1]) === 'company');
    const known = lexiconPlace(entity.label);
    // "Niland said she voted ...": a name that says something of "she" or "he" is a person's.
    const person = uses.some(({ s, k }) => /^(?:said|says|told|added)$/.test(lower(s.words[k + 1])) && /^(?:she|he)$/.test(lower(s.words[k + 2])));
    if (person) entity.type = 'person';
    else if (known) entity.type = known;
    else if (workplace) entity.type = 'organisation';
    else if (placeUse) entity.type = 'place';
    else if (acts) entity.type = 'organisation';
    // Left unknown: a list of places may still say what it is (below); else it goes.
  }
  // A person named in full once and by the surname after, as news writes people ("Tavi Morrow of Dunmore ...
  // Morrow says", "Lena Forbes ... Forbes explained"): a one-word name that speaks, written once just after a
  // capitalised word that is no name of its own, no title and no place, is that person's surname. It wins over a
  // guess from the word alone (Forbes the magazine, a word that "acts" typed as a body).
  for (const entity of all().filter((e) => !e.label.includes(' ') && ['unknown', 'organisation', 'news-organisation', 'company'].includes(e.type))) {
    const speaks = sentences.some((s) => s.words.some((w, k) => stripPossessive(w.text) === entity.label && SPEECH.test(lower(s.words[k + 1]))));
    if (!speaks) continue;
    const given = new Set<string>();
    for (const s of sentences) {
      s.words.forEach((w, k) => {
        const before = s.words[k - 1];
        if (w.text !== entity.label || !before || before.end + 1 !== w.start || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || nameWord(s.words[k - 2])) return;
        if (NOT_NAMES.has(before.text) || NAME_TITLES.has(before.text) || isRoleWord(before.text) || registry.owner(before.text) || DEMONYMS[before.text] !== undefined) return;
        if (has(before, 'Place') || has(before, 'Organization') || has(before, 'Country') || has(before, 'City')) return;
        // At a sentence's start any word has a capital: only one the tagger takes for a name or does not know (a lone
        // singular noun), never a word of its own ("Officials", "Crews", "Early").
        const known = [...before.tags].some((t) => !['Noun', 'Singular', 'ProperNoun', 'Person', 'FirstName', 'MaleName', 'FemaleName'].includes(t));
        if (k - 1 === leadingPunct(s.words) && known) return;
        given.add(before.text);
      });
    }
    if (given.size !== 1) continue;
    const person = registry.add('person', `${[...given][0]!} ${entity.label}`);
    person.type = 'person';
    registry.merge(person, entity);
    if (!people.includes(person)) people.push(person);
  }
  // A list of places goes on being one ("the towns of Leeds, York, Hull, and Selby"): a one-word name after a place in a list is a place of its type.
  const placeTypes = new Set(['country', 'city', 'town', 'region', 'place']);
  for (const s of sentences) {
    s.words.forEach((w, k) => {
      const here = registry.owner(stripPossessive(w.text));
      if (!here || (here.type !== 'unknown' && !(here.type === 'person' && !here.label.includes(' ')))) return;
      let j = k - 1;
      if (lower(s.words[j]) === 'and' || lower(s.words[j]) === 'or') j -= 1;
      if (s.words[j]?.text !== ',' && j === k - 1) return;
      if (s.words[j]?.text === ',') j -= 1;
      const before = s.words[j] && registry.owner(stripPossessive(s.words[j]!.text));
      if (before && placeTypes.has(before.type) && before !== here) here.type = before.type;
    });
  }
  // "the neighboring cities of Chandler, Tempe, Mesa, and Gilbert": the plural noun types every name of its list.
  const LIST_KINDS: Record<string, string> = { cities: 'city', towns: 'town', villages: 'town', countries: 'country', states: 'region', provinces: 'region', regions: 'region' };
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\b(cities|towns|villages|countries|states|provinces|regions)\s+(?:of|including|such\s+as)\s+/gi)) {
      const kind = LIST_KINDS[m[1]!.toLowerCase()]!;
      let k = s.words.findIndex((w) => w.start >= m.index + m[0].length);
      while (k >= 0 && k < s.words.length) {
        const here = registry.owner(stripPossessive(s.words[k]!.text));
        if (!here || here.type === 'person' || !/^\p{Lu}/u.test(s.words[k]!.text)) break;
        if (here.type === 'place' || here.type === 'unknown') here.type = kind;
        k += 1;
        if (s.words[k]?.text === ',') k += 1;
        if (/^(?:and|or)$/.test(lower(s.words[k]))) k += 1;
      }
    }
  }
  for (const entity of all()) if (entity.type === 'unknown') registry.delete(entity);
  for (const { entity, run } of pending) if (registry.byLabel.has(entity.label) && entity.type === 'person') readRoles(run, entity);

  const entities = all();
  const mentions = findMentions(sentences, entities);
  // Names never found again on their own (only inside longer names) go.
  for (const list of mentions.values()) for (const m of list) m.entity.count += 1;
  const kept = entities.filter((e) => e.count > 0);
  for (const [s, list] of mentions) mentions.set(s, list.filter((m) => m.entity.count > 0));
  // Roles of people found in appositives and leading phrases.
  for (const [sentence, list] of mentions) for (const m of list) if (m.entity.type === 'person') readAppositive(sentence, m);
  return { entities: kept, mentions };
}

/** Verbs a person speaks with, after a surname ("Morrow says", "Forbes explained"). */
const SPEECH = /^(?:said|says|explained|explains|told|tells|added|adds|recalled|recalls|noted|notes|wrote|writes|argued|argues|insisted|insists)$/;

/** The capitals that open a name's words: "Islamic State" → "IS". */
const initials = (label: string): string => label.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

const isOrganisation = (type: string): boolean => ['organisation', 'company', 'party', 'news-organisation'].includes(type);
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Adds the title written before a person's name as a role. */
function readRoles(run: Run, person: FoundEntity): void {
  const found = titleBefore(run.sentence, run.first, run.first);
  if (!found) return;
  const title = found.title.replace(/\s+/g, ' ');
  if (person.roles.some((r) => r.title.toLowerCase() === title.toLowerCase())) return;
  person.roles.push({ title, paragraph: run.sentence.paragraph, former: found.former, determiner: found.capitalised ? 'the' : 'a', source: run.sentence });
}

/** Adds a role written beside a mention: "Ana Ruiz, a press officer at the lab," or "The town's head of X, Tom Reed,". */
function readAppositive(sentence: Sentence, m: Mention): void {
  const person = m.entity;
  const add = (title: string, former: boolean, determiner: 'a' | 'the'): void => {
    const t = title.replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '').trim();
    if (!t || t.split(' ').length > 12 || person.roles.some((r) => r.title.toLowerCase() === t.toLowerCase())) return;
    person.roles.push({ title: t, paragraph: sentence.paragraph, former, determiner, source: sentence });
  };
  const after = sentence.text.slice(m.end);
  const apposition = /^,\s+(?:(the|a|an)\s+)?(former\s+)?([^,;()"“”]+?)\s*(?=[,;()"“”]|\.(?:\s|$)|$)/i.exec(after);
  if (apposition) {
    const phrase = apposition[3]!.replace(/\s+(?:who|which|where|whose)\b.*$/i, '');
    if (rolePhrase(phrase) && !/^(?:said|says|told|added)\b/i.test(phrase)) {
      // No article before a post in a body ("Tom Reed, director of the museum,") is how a paper writes the one holder of
      // it: "the"; "a" only where the paper writes it ("a spokeswoman for ...") or for a class with no body ("physicist").
      const determiner = apposition[1] ? (/^an?$/i.test(apposition[1]) ? 'a' : 'the') : /^\p{Lu}/u.test(phrase) || /\s(?:of|for|at)\s/i.test(phrase) ? 'the' : 'a';
      add(phrase, Boolean(apposition[2]), determiner);
      return;
    }
  }
  const before = sentence.text.slice(0, m.start);
  const leading = /(?:^|[.;]\s*)(?:(A|An|The)\s+)(former\s+)?([^,;.]{3,90}),\s*$/.exec(before);
  if (leading && rolePhrase(leading[3]!)) add(leading[3]!, Boolean(leading[2]), /^an?$/i.test(leading[1]!) ? 'a' : 'the');
}

/**
 * Finds every form of every entity in every sentence, longest first, in one
 * pass over each sentence's words (a form is matched word by word; a
 * possessive on its last word counts).
 */
export function findMentions(sentences: Sentence[], entities: FoundEntity[]): Map<Sentence, Mention[]> {
  // Forms by their first word; each form as its words.
  const byFirst = new Map<string, { words: string[]; form: string; entity: FoundEntity }[]>();
  for (const entity of entities) {
    for (const form of entity.forms) {
      const ws = tokenize(form).map((t) => t.text);
      const list = byFirst.get(ws[0]!) ?? [];
      list.push({ words: ws, form, entity });
      byFirst.set(ws[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  const out = new Map<Sentence, Mention[]>();
  for (const sentence of sentences) {
    const words = sentence.words;
    const found: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const candidates = byFirst.get(w.text) ?? byFirst.get(stripPossessive(w.text));
      if (!candidates) continue;
      for (const c of candidates) {
        let ok = true;
        for (let k = 0; k < c.words.length && ok; k++) {
          const word = words[i + k];
          if (!word) ok = false;
          else if (k > 0 && word.start !== words[i + k - 1]!.end + 1 && word.start !== words[i + k - 1]!.end) ok = false;
          else ok = word.text === c.words[k] || (k === c.words.length - 1 && stripPossessive(word.text) === c.words[k]);
        }
        if (!ok) continue;
        // A name inside a longer capitalised name is not a mention of it ("Washington" in "Washington Post"); a day or month after it is no part of it.
        const last = i + c.words.length - 1;
        const next = words[last + 1];
        if (c.entity.type !== 'person' && next && nameWord(next) && next.start === words[last]!.end + 1 && !/['’]s$/.test(words[last]!.text) && !has(next, 'Date')) continue;
        const end = stripPossessive(words[last]!.text) !== words[last]!.text && c.words[c.words.length - 1] === stripPossessive(words[last]!.text)
          ? words[last]!.start + stripPossessive(words[last]!.text).length
          : words[last]!.end;
        found.push({ entity: c.entity, form: c.form, start: w.start, end, first: i, last });
        i = last;
        break;
      }
    }
    out.set(sentence, found);
  }
  return out;
}
