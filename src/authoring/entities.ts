/**
 * Finding the entities an article names: people (with their roles), places,
 * organisations and equipment. compromise proposes people, places and
 * organisations; patterns and the lexicon add what it misses (equipment names,
 * "Pskov airfield", "Kyiv regional military administration", names anchored by
 * a role) and clean what it gets half right ("Kim Jong-" → "Kim Jong-un").
 * Then every name is found again in each sentence, longest first, so a name
 * inside a longer one ("White House" in "White House National Security
 * Council") is not counted twice.
 */
import nlp from 'compromise';

type Doc = ReturnType<typeof nlp>;
import {
  AIRCRAFT_PREFIXES,
  COUNTRY_ALIASES,
  DEFINITE_PLACES,
  DEMONYMS,
  EQUIPMENT_KINDS,
  EQUIPMENT_PATTERN,
  NAME_TITLES,
  NOT_EQUIPMENT,
  NOT_NAMES,
  ORGANISATION_HEADS,
  ORGANISATION_MODIFIERS,
  PLACE_HEADS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
} from './lexicon.js';
import { splitSentences, tokenize } from './tokens.js';

/** An entity the draft found, before it becomes a bank entity. */
export interface FoundEntity {
  /** Entity type id: person, country, city, region, airfield, place, organisation, fighter-jet, ... */
  type: string;
  /** The name to display. */
  label: string;
  /** Every form the article writes it in, label included (found again in each sentence). */
  forms: Set<string>;
  /** Whether it takes "the" inside a sentence. */
  definite: boolean;
  /** Roles the article gives a person, with the paragraph (1-based). */
  roles: { title: string; paragraph: number; former: boolean; determiner: string }[];
}

/** A place in a sentence where an entity is named. */
export interface Mention {
  entity: FoundEntity;
  /** The name as written there. */
  form: string;
  start: number;
  end: number;
}

const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripPossessive = (s: string): string => s.replace(/['’]s?$/u, '');
const clean = (s: string): string => stripPossessive(s.replace(/^[\s"'“‘(]+|[\s"”’),.;:!?]+$/gu, '').replace(/\s+/g, ' '));
const words = (s: string): string[] => s.split(' ').filter(Boolean);
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Registry of found entities, keyed by label. */
class Registry {
  readonly byLabel = new Map<string, FoundEntity>();

  add(type: string, label: string, definite = false): FoundEntity {
    const existing = this.byLabel.get(label);
    if (existing) return existing;
    const entity: FoundEntity = { type, label, forms: new Set([label]), definite, roles: [] };
    this.byLabel.set(label, entity);
    return entity;
  }

  has(label: string): boolean {
    return this.byLabel.has(label);
  }

  /** The entity a form belongs to, if any. */
  owner(form: string): FoundEntity | undefined {
    for (const entity of this.byLabel.values()) if (entity.forms.has(form)) return entity;
    return undefined;
  }
}

interface TaggedWord {
  tags: Set<string>;
}

/** compromise's tags for each capitalised word of the article (union over all its uses). */
function wordTags(docs: Doc[]): Map<string, TaggedWord> {
  const tagged = new Map<string, TaggedWord>();
  for (const doc of docs) {
    const json = doc.json() as { terms: { text: string; tags: string[] }[] }[];
    for (const sentence of json) {
      for (const term of sentence.terms) {
        const w = stripPossessive(term.text);
        if (!isCapitalised(w)) continue;
        const entry = tagged.get(w) ?? { tags: new Set<string>() };
        for (const tag of term.tags) entry.tags.add(tag);
        tagged.set(w, entry);
      }
    }
  }
  return tagged;
}

/** Whether a capitalised word is a place by compromise's own lexicon (asked about the word alone). */
const knownPlaces = new Map<string, 'country' | 'city' | 'region' | 'place' | null>();
function isKnownPlace(word: string): 'country' | 'city' | 'region' | 'place' | null {
  if (!knownPlaces.has(word)) knownPlaces.set(word, lookUpPlace(word));
  return knownPlaces.get(word)!;
}

function lookUpPlace(word: string): 'country' | 'city' | 'region' | 'place' | null {
  const doc = nlp(word);
  if (doc.has('#Country')) return 'country';
  if (doc.has('#City')) return 'city';
  if (doc.has('#Region')) return 'region';
  if (doc.has('#Place')) return 'place';
  return null;
}

/** Removes leading titles ("President", "Prime Minister") from a name. */
function stripTitles(name: string): string {
  const parts = words(name);
  while (parts.length > 1 && (NAME_TITLES.has(parts[0]!.replace(/\.$/, '')) || DEMONYMS[parts[0]!] !== undefined)) parts.shift();
  return parts.join(' ');
}

/** Whether a phrase after ", the" reads as a role ("the Russian governor of the Pskov region"). */
function isRolePhrase(phrase: string, hasDeterminer: boolean): boolean {
  const ws = words(phrase.toLowerCase());
  if (ws.length === 0 || ws.length > 14) return false;
  if (ws.slice(0, 5).some((w) => ROLE_WORDS.has(w))) return true;
  return hasDeterminer && ws.length >= 3 && /^(?:[\p{L}-]+ ){0,2}[\p{L}-]+ (?:of|for) /u.test(phrase);
}

/** Reads the role title just before a name ("Ukrainian commander-in-chief", "Russian President"). */
function rolePrefix(before: string): string | null {
  const ws = words(before.replace(/[,;:(]\s*$/, ' ').trim());
  const taken: string[] = [];
  let hasRole = false;
  for (let k = ws.length - 1; k >= 0 && taken.length < 4; k--) {
    const w = ws[k]!;
    const l = w.toLowerCase().replace(/[.,]$/, '');
    if (ROLE_WORDS.has(l) || (NAME_TITLES.has(w) && l !== 'mr' && l !== 'mrs' && l !== 'ms' && l !== 'dr')) {
      hasRole = true;
      taken.unshift(w);
      continue;
    }
    if (DEMONYMS[w] !== undefined || (ROLE_MODIFIERS.has(l) && taken.length > 0)) {
      taken.unshift(w);
      continue;
    }
    if (k > 0 && DEMONYMS[`${ws[k - 1]} ${w}`] !== undefined) {
      taken.unshift(ws[k - 1]!, w);
      k -= 1;
      continue;
    }
    break;
  }
  if (!hasRole) return null;
  // A bare title ("President") says too little to ask about.
  if (taken.length === 1) return null;
  return taken.join(' ');
}

/** Finds the organisations named with an organisation head word ("Russian Defense Ministry", "Kyiv regional military administration"). */
function organisationsByHead(sentence: string, registry: Registry): void {
  const tokens = tokenize(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!.text;
    if (!ORGANISATION_HEADS.has(head.toLowerCase())) continue;
    let k = i - 1;
    let capitals = isCapitalised(head) ? 1 : 0;
    let possessive = false;
    while (k >= 0) {
      const w = tokens[k]!.text;
      if (/^['’]s$|^['’]$/u.test(w)) break;
      // "Ukraine's Air Force": the possessor opens the name, and the name takes no "the".
      if (/^\p{Lu}.*['’]s$/u.test(w) && !NOT_NAMES.has(w)) {
        possessive = true;
        capitals += 1;
        k -= 1;
        break;
      }
      if (isCapitalised(w) && !NOT_NAMES.has(w)) capitals += 1;
      else if (!ORGANISATION_MODIFIERS.has(w.toLowerCase())) break;
      k -= 1;
    }
    let first = k + 1;
    while (first < i && ['of', 'and'].includes(tokens[first]!.text.toLowerCase())) first += 1;
    if (first === i && !isCapitalised(head)) continue;
    if (capitals < 2 && first === i && !/^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(tokens[i]!.end))) continue;
    if (capitals === 0 || !isCapitalised(tokens[first]!.text)) continue;
    const start = tokens[first]!.start;
    let end = tokens[i]!.end;
    // "Ministry of Transport", "Council of Europe": the name goes on after the head.
    const tail = new RegExp(`^\\s+(?:of|for)\\s+(?:the\\s+)?${CAP}(?:\\s+(?:and\\s+)?${CAP})*`, 'u').exec(sentence.slice(end));
    if (tail && isCapitalised(head)) end += tail[0].length;
    if (end === tokens[i]!.end && capitals < 2 && first === i) continue;
    let label = sentence.slice(start, end);
    // Apps and networks are named by their brand alone ("the Telegram messaging app" → Telegram).
    if (/^(?:app|network)$/i.test(head)) {
      const brand = words(label).filter(isCapitalised);
      if (brand.length === 0) continue;
      label = brand.join(' ');
      registry.add('organisation', label, false);
      continue;
    }
    const firstWord = words(label)[0]!;
    if (DEMONYMS[firstWord] !== undefined && words(label).length === 2 && !isCapitalised(head)) continue;
    // "Ukraine's Air Force": the possessor is part of the name.
    const before = sentence.slice(0, start);
    const possessor = new RegExp(`(${CAP})['’]s\\s+$`, 'u').exec(before);
    if (possessor && !NOT_NAMES.has(possessor[1]!)) label = `${possessor[1]}'s ${label}`;
    const acronymLike = /^\p{Lu}{2,}$/u.test(label);
    registry.add('organisation', label, !acronymLike && !possessor && !possessive);
  }
}

/** Everything the article names, found in its body paragraphs. */
export function findEntities(paragraphs: string[]): Registry {
  const registry = new Registry();
  const docs = paragraphs.map((paragraph) => nlp(paragraph));
  const tags = wordTags(docs);
  const fullText = paragraphs.join('\n');

  // Equipment: F-16, Il-76; the type comes from the words after the name, or the prefix.
  for (const m of fullText.matchAll(EQUIPMENT_PATTERN)) {
    const label = m[0];
    if (registry.has(label) || NOT_EQUIPMENT.test(label)) continue;
    const after = fullText.slice(m.index + label.length, m.index + label.length + 40);
    const kind = EQUIPMENT_KINDS.find((k) => k.test.test(after.split(/[,.;]/)[0] ?? ''));
    const prefix = label.split('-')[0]!;
    const type = kind?.type ?? (AIRCRAFT_PREFIXES.has(prefix) ? 'aircraft' : 'weapon');
    const entity = registry.add(type, label);
    entity.forms.add(`${label}s`);
  }

  // Organisations with a head word, then acronyms.
  for (const paragraph of paragraphs) for (const sentence of splitSentences(paragraph)) organisationsByHead(sentence, registry);
  for (const m of fullText.matchAll(/\b\p{Lu}{2,6}\b/gu)) {
    const a = m[0];
    if (/^[IVXLCDM]+$/.test(a) || NOT_NAMES.has(a)) continue;
    if (COUNTRY_ALIASES[a]) continue;
    registry.add('organisation', a);
  }

  // People: compromise's, cleaned, then names anchored by an appositive role.
  paragraphs.forEach((paragraph, p) => {
    for (const person of docs[p]!.people().json() as { text: string }[]) {
      let name = stripTitles(clean(person.text));
      if (name.endsWith('-')) {
        const tail = new RegExp(`${escapeRe(name)}[\\p{L}]+`, 'u').exec(paragraph);
        if (tail) name = tail[0];
      }
      const parts = words(name);
      if (parts.length === 0 || parts.some((w) => !isCapitalised(w) || NOT_NAMES.has(w))) continue;
      // A lone surname becomes an alias of its full name below, never a person of its own.
      if (parts.length > 1 && !registry.owner(name)) registry.add('person', name);
    }
    const appositive = new RegExp(`(${CAP}(?:\\s+(?:\\p{Lu}\\.|${CAP})){1,3}),\\s+(the|a|an)\\s+(former\\s+)?([^,.;]+)`, 'gu');
    for (const m of paragraph.matchAll(appositive)) {
      const name = stripTitles(m[1]!);
      const parts = words(name);
      if (parts.length < 2 || parts.some((w) => NOT_NAMES.has(w) || DEMONYMS[w] !== undefined)) continue;
      if (registry.owner(name) && registry.owner(name)!.type !== 'person') continue;
      if (!isRolePhrase(m[4]!, true)) continue;
      if (parts.some((w) => isKnownPlace(w) !== null && !tags.get(w)?.tags.has('Person'))) continue;
      if (!registry.owner(name)) registry.add('person', name);
    }
  });
  // Merge forms of one person ("Vladimir Putin", "Vladimir V. Putin", "Putin").
  const people = [...registry.byLabel.values()].filter((e) => e.type === 'person');
  for (const a of people) {
    for (const b of people) {
      if (a === b || !registry.has(a.label) || !registry.has(b.label)) continue;
      const pa = words(a.label);
      const pb = words(b.label);
      if (pa[0] === pb[0] && pa[pa.length - 1] === pb[pb.length - 1] && pa.length >= pb.length) {
        for (const form of b.forms) a.forms.add(form);
        registry.byLabel.delete(b.label);
      }
    }
  }
  for (const person of registry.byLabel.values()) {
    if (person.type !== 'person') continue;
    const last = words(person.label).pop()!;
    const shared = [...registry.byLabel.values()].filter((e) => e.type === 'person' && words(e.label).pop() === last);
    if (shared.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(last)) person.forms.add(last);
  }

  // Places: "X airfield", "X region"; "Estonian border"; compromise's places; capitalised words compromise knows as places.
  for (const m of fullText.matchAll(new RegExp(`\\b((?:${CAP}\\s+){1,2})(airfield|air base|airbase|airport|region|province|oblast)\\b`, 'gu'))) {
    const name = m[1]!.trim();
    if (words(name).some((w) => NOT_NAMES.has(w) || DEMONYMS[w] !== undefined)) continue;
    const head = m[2]!;
    const type = PLACE_HEADS.find((p) => p.words.test(head))?.type ?? 'place';
    registry.add(type, `${name} ${head}`, true);
  }
  const placeCandidates: string[] = [];
  for (const doc of docs) for (const place of doc.places().json() as { text: string }[]) placeCandidates.push(clean(place.text));
  // A single word always followed by another capitalised word is part of a longer name ("North" in "North Korean").
  const standsAlone = (word: string): boolean => new RegExp(`(?<![\\p{L}-])${escapeRe(word)}(?:['’]s)?(?!\\s+\\p{Lu})(?![\\p{L}-])`, 'u').test(fullText);
  for (const [word, entry] of tags) {
    if (entry.tags.has('Demonym') || !standsAlone(word)) continue;
    if (entry.tags.has('Place') || entry.tags.has('Country') || entry.tags.has('City')) placeCandidates.push(word);
    else if (entry.tags.has('ProperNoun') && !entry.tags.has('Person') && !NOT_NAMES.has(word) && DEMONYMS[word] === undefined && isKnownPlace(word)) {
      placeCandidates.push(word);
    }
  }
  // Capitalised words after "from ... to", "in", "near": places compromise does not know.
  for (const m of fullText.matchAll(new RegExp(`\\b(?:from|to|near|in|outside|towards)\\s+(${CAP})(?=[,.;]|\\s+\\p{Ll}|$)`, 'gu'))) {
    const word = stripPossessive(m[1]!);
    const t = tags.get(word)?.tags;
    if (!t || t.has('Person') || t.has('Organization') || t.has('Demonym') || NOT_NAMES.has(word) || DEMONYMS[word] !== undefined) continue;
    if (/^\p{Lu}+$/u.test(word)) continue;
    placeCandidates.push(word);
  }
  for (const m of fullText.matchAll(new RegExp(`\\b(?:port|town|city|village|capital) of (${CAP})`, 'gu'))) {
    const word = stripPossessive(m[1]!);
    if (!NOT_NAMES.has(word) && !registry.owner(word)) registry.add(/^port/.test(m[0]) ? 'place' : 'city', word);
  }
  for (const candidate of placeCandidates) {
    for (const part of candidate.split(/,\s*|[-–](?=\p{Lu})/u)) {
      const name = clean(part);
      const ws = words(name);
      if (ws.length === 0 || ws.length > 4 || !isCapitalised(name)) continue;
      if (NOT_NAMES.has(ws[0]!) && ws.length === 1) continue;
      // "Ukrainian territory", "Andalusian forest": an adjective of a people and a common noun is not a place's name.
      // Geographic heads keep the name ("Korean peninsula", "Atlantic coast").
      const geographic = /^(?:peninsula|sea|coast|mountains|river|valley|strait|gulf|basin|desert|islands?|ocean)$/i.test(ws[ws.length - 1]!);
      if (!geographic && (DEMONYMS[ws[0]!] !== undefined || (ws.length > 1 && /(?:ian|ean|ese|ish|ic)$/.test(ws[0]!))) && ws.slice(1).every((w) => !isCapitalised(w))) continue;
      if (ws.some((w) => NOT_NAMES.has(w) && !/^(?:of|the)$/i.test(w))) continue;
      const canonical = COUNTRY_ALIASES[name] ?? name;
      const owner = registry.owner(canonical);
      if (owner) continue;
      const known = ws.length === 1 ? isKnownPlace(name) : null;
      const tail = ws[ws.length - 1]!;
      const headType = PLACE_HEADS.find((p) => p.words.test(tail))?.type;
      const type =
        headType ??
        (Object.values(DEMONYMS).includes(canonical) || Object.values(COUNTRY_ALIASES).includes(canonical)
          ? 'country'
          : (known ?? (nlp(name).has('#Country') ? 'country' : nlp(name).has('#City') ? 'city' : 'place')));
      const entity = registry.add(type, canonical, DEFINITE_PLACES.has(canonical) || /\s\p{Ll}+$/u.test(canonical));
      if (canonical !== name) entity.forms.add(name);
    }
  }
  // Country aliases the article uses ("the Russian Federation" for Russia).
  for (const [alias, country] of Object.entries(COUNTRY_ALIASES)) {
    if (!new RegExp(`(?<![\\p{L}.])${escapeRe(alias)}(?![\\p{L}])`, 'u').test(fullText)) continue;
    const owner = registry.owner(alias);
    if (owner && owner.label !== country) registry.byLabel.delete(owner.label);
    registry.add('country', country, DEFINITE_PLACES.has(country)).forms.add(alias);
  }

  // compromise's organisations, where the patterns found none.
  for (const doc of docs) {
    for (const org of doc.organizations().json() as { text: string }[]) {
      let name = clean(org.text);
      const possessive = new RegExp(`^(${CAP})['’]s\\s+`, 'u').exec(name);
      if (possessive) name = name.slice(possessive[0].length);
      const ws = words(name);
      if (ws.length === 0 || !ws.every(isCapitalised) || NOT_NAMES.has(ws[0]!)) continue;
      if (DEMONYMS[ws[0]!] !== undefined && ws.length === 1) continue;
      if (COUNTRY_ALIASES[name] || registry.owner(name)) continue;
      const longer = [...registry.byLabel.values()].some((e) => e.type === 'organisation' && e.label.includes(name));
      if (longer) continue;
      registry.add('organisation', name, ws.length > 1 && !/^\p{Lu}+$/u.test(name));
    }
  }
  // Names only ever seen inside a longer name ("North" in "North Korea", "White House" in "White House National Security Council") go.
  const named = new Set<FoundEntity>();
  const all = [...registry.byLabel.values()];
  for (const paragraph of paragraphs) for (const sentence of splitSentences(paragraph)) for (const m of findMentions(sentence, all)) named.add(m.entity);
  for (const entity of all) if (!named.has(entity)) registry.byLabel.delete(entity.label);
  return registry;
}

/**
 * Finds the entities named in a sentence, longest name first, so that no two
 * mentions overlap. Names are matched case-sensitively on word boundaries.
 */
export function findMentions(sentence: string, entities: FoundEntity[]): Mention[] {
  const forms: { form: string; entity: FoundEntity }[] = [];
  for (const entity of entities) for (const form of entity.forms) forms.push({ form, entity });
  forms.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  const taken: Mention[] = [];
  for (const { form, entity } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRe(form)}(?![\\p{L}\\p{N}]|-\\p{N})`, 'gu');
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + form.length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ entity, form, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** "of Russia", "of the Kaltberg region" after a name. */
const OF_PLACE = new RegExp(`^\\s+of\\s+((?:the\\s+)?${CAP}(?:\\s+${CAP})*(?:\\s+(?:region|province|oblast|district|county|state))?)`, 'u');

/** Reads the roles the article gives each person, from appositives and titles around their mentions. */
export function findRoles(paragraphs: string[], people: FoundEntity[], all: FoundEntity[]): void {
  paragraphs.forEach((paragraph, index) => {
    const n = index + 1;
    for (const sentence of splitSentences(paragraph)) {
      for (const mention of findMentions(sentence, all)) {
        const person = mention.entity;
        if (!people.includes(person)) continue;
        const add = (title: string, former: boolean, determiner: string): void => {
          const t = title.replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '').trim();
          if (!t || person.roles.some((r) => r.title.toLowerCase() === t.toLowerCase())) return;
          person.roles.push({ title: t, paragraph: n, former, determiner });
        };
        const after = sentence.slice(mention.end);
        const apposition = /^,\s+(?:(the|a|an)\s+)?(former\s+)?([^,.;()]+?)\s*(?=[,.;()]|$)/.exec(after);
        if (apposition && isRolePhrase(apposition[3]!, Boolean(apposition[1]))) {
          add(apposition[3]!, Boolean(apposition[2]), apposition[1]?.toLowerCase() === 'a' || apposition[1]?.toLowerCase() === 'an' ? 'a' : 'the');
          continue;
        }
        const before = sentence.slice(0, mention.start);
        const leading = /(?:^|[.;]\s*)(?:(A|An|The|His|Her|Its|Their)\s+)(former\s+)?([^,;.]{3,110}),\s*$/.exec(before);
        if (leading && isRolePhrase(leading[3]!, true)) {
          add(leading[3]!, Boolean(leading[2]), /^an?$/i.test(leading[1]!) ? 'a' : 'the');
          continue;
        }
        const prefix = rolePrefix(before);
        if (prefix) {
          const of = OF_PLACE.exec(after);
          add(of ? `${prefix} of ${of[1]}` : prefix, false, 'the');
          continue;
        }
        // "President Vladimir V. Putin of Russia": the title was part of compromise's name.
        const title = new RegExp(`(${[...NAME_TITLES].join('|')})\\s+$`).exec(before);
        const of = OF_PLACE.exec(after);
        if (title && of) add(`${title[1]} of ${of[1]}`, false, 'the');
      }
    }
  });
}
